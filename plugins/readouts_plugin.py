"""The Readouts page in the Airflow UI (Airflow 3 plugin): wiring only.

A FastAPI app served by the api-server at ``/readouts`` (``readouts.ops_app``), linked from
the UI's navigation as an external view embedded in the UI (``url_route``). An external view
rather than a React app: the page is server-rendered from the warehouse, needs no build
step or JavaScript bundle, and is authorised by the api-server's own auth manager.
"""

from airflow.plugins_manager import AirflowPlugin

from readouts.ops_app import create_app


class ReadoutsPlugin(AirflowPlugin):
    name = "readouts"
    fastapi_apps = [{"app": create_app(), "url_prefix": "/readouts", "name": "Readouts"}]
    external_views = [
        {
            "name": "Readouts",
            "href": "/readouts/",
            "url_route": "readouts",
            "destination": "nav",
            "category": "browse",
        }
    ]
