# syntax=docker/dockerfile:1
#
# Readout Warehouse - Apache Superset image (compose profile "bi").
#
# The same Superset as `./dev bi`: Python 3.11 with the pinned requirements-bi.txt
# (apache-superset 6.1.0 and psycopg2, which the official image leaves out), the
# project's settings (include/bi/superset_config.py) and dashboard bundle (include/bi/),
# and readouts/bi.py, which writes the bundle with the warehouse's URI at init time.
# Build context is the repository root:
#
#   docker compose --env-file docker/.env build superset

FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    FLASK_APP=superset \
    SUPERSET_HOME=/var/lib/superset \
    SUPERSET_CONFIG_PATH=/opt/readouts/include/bi/superset_config.py \
    PYTHONPATH=/opt/readouts

# Dependencies first (own layer: rebuilt only when requirements-bi.txt changes).
COPY requirements-bi.txt /tmp/requirements-bi.txt
RUN pip install -r /tmp/requirements-bi.txt \
    && useradd --system --create-home --home-dir /var/lib/superset --uid 50001 superset

# Only what Superset's side needs from the project: the bundle writer and the bundle.
COPY readouts/__init__.py readouts/config.py readouts/bi.py /opt/readouts/readouts/
COPY include/bi /opt/readouts/include/bi

USER superset
WORKDIR /var/lib/superset
EXPOSE 8088
CMD ["gunicorn", "--bind", "0.0.0.0:8088", "--workers", "2", "--threads", "8", "--timeout", "120", "superset.app:create_app()"]
