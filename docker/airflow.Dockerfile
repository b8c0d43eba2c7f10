# syntax=docker/dockerfile:1
#
# Readout Warehouse - Airflow image.
#
# Extends the official Airflow image with the project's pinned dependencies and
# the `readouts` package (domain code + DAGs + plugins + include/ data).
# Build context is the repository root:
#
#   docker compose --env-file docker/.env build
#   # or: docker build -f docker/airflow.Dockerfile -t readouts-airflow:latest .
#
# Layout inside the image (mirrors the repository so that readouts.config's
# PROJECT_ROOT resolves to /opt/readouts):
#
#   /opt/readouts/pyproject.toml
#   /opt/readouts/readouts/   -> installed editable (pip install -e)
#   /opt/readouts/dags/       -> AIRFLOW__CORE__DAGS_FOLDER
#   /opt/readouts/plugins/    -> AIRFLOW__CORE__PLUGINS_FOLDER
#   /opt/readouts/include/    -> READOUTS_INCLUDE_DIR (reference data, languages, SQL)
#   /opt/readouts/landing/    -> bind mount of ./landing at runtime (not baked in)

ARG AIRFLOW_BASE_IMAGE=apache/airflow:3.3.2-python3.11
FROM ${AIRFLOW_BASE_IMAGE}

# The version Airflow must stay at. The official image exports AIRFLOW_VERSION;
# refuse to build on top of any other base so a stray tag cannot slip through.
ARG READOUTS_AIRFLOW_VERSION=3.3.2
RUN if [ "${AIRFLOW_VERSION}" != "${READOUTS_AIRFLOW_VERSION}" ]; then \
        echo "Base image ships Airflow ${AIRFLOW_VERSION}, expected ${READOUTS_AIRFLOW_VERSION}" >&2; \
        exit 1; \
    fi

LABEL org.opencontainers.image.title="readouts-airflow" \
      org.opencontainers.image.description="Readout Warehouse: Airflow ${READOUTS_AIRFLOW_VERSION} with the readouts package"

# pip runs as the unprivileged `airflow` user, as the official image expects.
USER airflow

# 1) Third-party dependencies (own layer: only rebuilt when requirements.txt changes).
#    Any apache-airflow / apache-airflow[extras] line is dropped (providers such as
#    apache-airflow-providers-postgres are kept) and Airflow is pinned explicitly on
#    the same pip command line, so the resolver cannot up- or downgrade it.
COPY --chown=airflow:0 requirements.txt /requirements.txt
RUN grep -viE '^[[:space:]]*apache-airflow[[:space:]]*([=<>!~;[]|$)' /requirements.txt \
        > /tmp/requirements-no-airflow.txt || true \
    && pip install --no-cache-dir \
        "apache-airflow==${AIRFLOW_VERSION}" \
        -r /tmp/requirements-no-airflow.txt \
    && rm -f /tmp/requirements-no-airflow.txt \
    && python -c "import airflow, sys; v = airflow.__version__; print('Airflow', v); sys.exit(v != '${AIRFLOW_VERSION}')"

# 2) The project package, installed editable without dependencies (they came from
#    requirements.txt above). pyproject maps include/ into the package as
#    readouts.include (package data), so it is copied before the install.
#    README.m[d] is a glob so the build still works if pyproject does not need it.
COPY --chown=airflow:0 pyproject.toml README.m[d] /opt/readouts/
COPY --chown=airflow:0 readouts/ /opt/readouts/readouts/
COPY --chown=airflow:0 include/ /opt/readouts/include/
RUN pip install --no-cache-dir --no-deps -e /opt/readouts

# 3) DAGs and plugins (change most often -> last layers).
COPY --chown=airflow:0 dags/ /opt/readouts/dags/
COPY --chown=airflow:0 plugins/ /opt/readouts/plugins/

# Editable installs are wired up through a .pth file, which Python only reads from
# site directories. airflow-init runs as root (to fix volume ownership), and the
# entrypoint only adds the airflow user's site-packages to PYTHONPATH for root, so
# also put the project root on PYTHONPATH to make `python -m readouts` work for
# every user.
ENV PYTHONPATH=/opt/readouts \
    READOUTS_INCLUDE_DIR=/opt/readouts/include \
    READOUTS_LANDING_DIR=/opt/readouts/landing

# Fail the build early if the package or its CLI cannot be imported.
RUN python -c "import readouts, readouts.config; print('readouts package at', readouts.__file__)"

WORKDIR /opt/airflow
