"""The Readouts page inside the Airflow UI: a FastAPI app that Airflow's own api-server
serves (``plugins/readouts_plugin.py`` mounts ``create_app()`` at ``/readouts`` and links it
from the UI's navigation as an external view).

Every route needs an authenticated Airflow user: the JWT the Airflow UI holds (its ``_token``
cookie) or an ``Authorization: Bearer`` token from ``POST /auth/token``, checked by Airflow's
auth manager (``airflow.api_fastapi.core_api.security``): no second login. No token: 401; a
token the auth manager rejects: 401 (expired) or 403 (invalid). Resubmitting needs the right
to edit the ``readouts_maintenance`` DAG (``PUT`` on it); the page then triggers that DAG
with the file's name (or for every quarantined file), which does what ``readouts
resubmit`` does and triggers an ingest run. The request body is JSON only (a cross-site
form cannot send it without the browser asking first). No SQL is built from request text.
"""

import datetime as dt
import mimetypes

from airflow.api_fastapi.core_api.security import GetUserDep, requires_access_dag
from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from readouts.ops_page import MAINTENANCE_DAG, docs_file, jsonable, ops_summary, render_page, rows


class ResubmitRequest(BaseModel):
    file_name: str | None = Field(default=None, max_length=1024)
    all_quarantined: bool = False


def trigger_resubmit(file_name: str | None, user_name: str) -> str:
    """Trigger ``readouts_maintenance`` for one quarantined file (or every one); returns the run id."""
    from airflow.api.common.trigger_dag import trigger_dag
    from airflow.utils.types import DagRunTriggeredByType

    conf = {"file_name": file_name} if file_name else {"all_quarantined": True}
    now = dt.datetime.now(dt.UTC)
    run_id = f"readouts_page__{now:%Y%m%dT%H%M%S%f}"
    trigger_dag(
        MAINTENANCE_DAG,
        triggered_by=DagRunTriggeredByType.REST_API,
        triggering_user_name=user_name,
        run_id=run_id,
        conf=conf,
        run_after=now,
        note=f"Resubmit from the Readouts page by {user_name}: {file_name or 'every quarantined file'}",
    )
    return run_id


def create_app() -> FastAPI:
    """The FastAPI app the api-server mounts at ``/readouts``."""
    app = FastAPI(  # no unauthenticated OpenAPI/Swagger routes: every route below needs a user
        title="Readouts", docs_url=None, redoc_url=None, openapi_url=None
    )
    can_edit_maintenance = Depends(requires_access_dag(method="PUT", param_dag_id=MAINTENANCE_DAG))

    @app.get("/", response_class=HTMLResponse)
    def page(user: GetUserDep) -> HTMLResponse:
        return HTMLResponse(render_page(ops_summary(), user.get_name()))

    @app.get("/api/summary")
    def summary(user: GetUserDep) -> JSONResponse:
        return JSONResponse(jsonable(ops_summary()))

    @app.post("/api/resubmit", dependencies=[can_edit_maintenance])
    def resubmit(request: ResubmitRequest, user: GetUserDep) -> JSONResponse:
        if not request.file_name and not request.all_quarantined:
            raise HTTPException(status_code=422, detail="say which files: file_name, or all_quarantined: true")
        if request.file_name:
            quarantined = {row["file_name"] for row in rows("quarantine", {"limit": 100_000})}
            if request.file_name not in quarantined:
                raise HTTPException(status_code=404, detail=f"no quarantined file named {request.file_name!r}")
        run_id = trigger_resubmit(request.file_name, user.get_name())
        return JSONResponse({"dag_id": MAINTENANCE_DAG, "dag_run_id": run_id, "file_name": request.file_name})

    @app.get("/docs/{relative:path}")
    def data_docs(relative: str, user: GetUserDep) -> FileResponse:
        target = docs_file(relative or "index.html")
        if target is None:
            raise HTTPException(status_code=404, detail="no such Data Docs page")
        return FileResponse(target, media_type=mimetypes.guess_type(target.name)[0] or "text/html")

    return app
