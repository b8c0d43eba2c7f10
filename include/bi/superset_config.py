"""Apache Superset's settings for the Readout Warehouse dashboard (``./dev bi`` and the
compose profile ``bi``), read through ``SUPERSET_CONFIG_PATH``.

No secret is written here: the session key comes from ``SUPERSET_SECRET_KEY`` (``./dev bi``
generates one into ``.local/superset/secret_key``), the metadata database from
``SUPERSET_METADATA_URL`` (default: SQLite in ``SUPERSET_HOME``). The warehouse itself is
registered by importing the bundle beside this file, as the read-only role ``readouts_bi``.
"""

import os

SECRET_KEY = os.environ["SUPERSET_SECRET_KEY"]
SQLALCHEMY_DATABASE_URI = os.environ.get(
    "SUPERSET_METADATA_URL",
    f"sqlite:///{os.path.join(os.environ.get('SUPERSET_HOME', '.'), 'superset.db')}?check_same_thread=false",
)
# the warehouse answers in well under a second; a chart never waits on a worker
GLOBAL_ASYNC_QUERIES = False
FEATURE_FLAGS = {"DASHBOARD_RBAC": False, "ALERT_REPORTS": False}
WTF_CSRF_ENABLED = True
# analysts read the mart; nobody uploads files or writes through SQL Lab
PREVENT_UNSAFE_DB_CONNECTIONS = True
