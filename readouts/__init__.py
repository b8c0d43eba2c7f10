"""Readout Warehouse: leader-level diplomacy readouts into a Postgres star schema.

The package holds the domain logic (intake, parsing, extraction, staging, quality,
loading); Airflow DAGs in ``dags/`` and the CLI (``python -m readouts``) only call it.
"""

EXTRACTOR_VERSION = "0.3.0"
