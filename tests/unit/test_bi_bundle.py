"""The Superset bundle in include/bi/ holds together, follows the BI contract and keeps no
password; ``readouts.bi.write_bundle`` zips it as Superset imports it, with the URI given.

Superset itself imports and draws it in tests/integration/test_superset_dashboard.py.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
import yaml

from readouts import bi
from readouts.config import PROJECT_ROOT

BUNDLE = PROJECT_ROOT / "include" / "bi"
MART = yaml.safe_load((PROJECT_ROOT / "include" / "sql" / "mart" / "mart.yaml").read_text(encoding="utf-8"))


def _load(folder: str) -> dict[str, dict]:
    return {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((BUNDLE / folder).rglob("*.yaml"))}


DATABASES, DATASETS, CHARTS, DASHBOARDS = (_load(f) for f in ("databases", "datasets", "charts", "dashboards"))


def _chart_columns(params: dict) -> set[str]:
    """Every dataset column a chart's form data names."""
    names = set()
    for key in ("groupby", "groupbyRows", "groupbyColumns", "all_columns"):
        names.update(params.get(key) or [])
    if params.get("x_axis"):
        names.add(params["x_axis"])
    names.update(f["subject"] for f in params.get("adhoc_filters") or [] if f.get("expressionType") == "SIMPLE")
    return names


def _chart_metrics(params: dict) -> set[str]:
    metrics = list(params.get("metrics") or []) + ([params["metric"]] if params.get("metric") else [])
    if params.get("timeseries_limit_metric"):
        metrics.append(params["timeseries_limit_metric"])
    assert all(isinstance(m, str) for m in metrics), "charts use the datasets' saved metrics by name"
    return set(metrics)


def test_every_reference_in_the_bundle_resolves_and_every_uuid_is_unique():
    assert yaml.safe_load((BUNDLE / "metadata.yaml").read_text()) | {"timestamp": None} == {
        "version": "1.0.0",
        "type": "Dashboard",
        "timestamp": None,
    }
    every = [*DATABASES.values(), *DATASETS.values(), *CHARTS.values(), *DASHBOARDS.values()]
    uuids = [item["uuid"] for item in every]
    assert len(uuids) == len(set(uuids))
    assert all(item["version"] == "1.0.0" for item in every)
    database_uuids = {d["uuid"] for d in DATABASES.values()}
    datasets = {d["uuid"]: d for d in DATASETS.values()}
    assert {d["database_uuid"] for d in DATASETS.values()} <= database_uuids
    assert {c["dataset_uuid"] for c in CHARTS.values()} <= set(datasets)
    [dashboard] = DASHBOARDS.values()
    placed = {n["meta"]["uuid"] for n in dashboard["position"].values() if isinstance(n, dict) and n["type"] == "CHART"}
    assert placed == {c["uuid"] for c in CHARTS.values()}  # every chart on the dashboard, none missing
    for node_id, node in dashboard["position"].items():
        if isinstance(node, dict):
            assert node["id"] == node_id
            assert set(node.get("children", [])) <= set(dashboard["position"]), node_id
    for row in (n for n in dashboard["position"].values() if isinstance(n, dict) and n["type"] == "ROW"):
        assert sum(dashboard["position"][c]["meta"]["width"] for c in row["children"]) <= 12, row["id"]


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_a_chart_names_only_its_datasets_columns_and_metrics(name):
    chart = CHARTS[name]
    [dataset] = [d for d in DATASETS.values() if d["uuid"] == chart["dataset_uuid"]]
    assert chart["viz_type"] == chart["params"]["viz_type"]
    assert _chart_columns(chart["params"]) <= {c["column_name"] for c in dataset["columns"]}
    assert _chart_metrics(chart["params"]) <= {m["metric_name"] for m in dataset["metrics"]}


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_a_dataset_reads_the_mart_and_its_columns_are_in_the_bi_contract(name):
    dataset = DATASETS[name]
    assert dataset["schema"] == "mart"
    columns = {c["column_name"] for c in dataset["columns"]}
    if dataset["sql"] is None:  # a mart view itself
        assert dataset["table_name"] in MART
        assert columns <= set(MART[dataset["table_name"]]["columns"])
    else:  # SQL over mart views only (readouts_bi may read nothing else)
        assert set(re.findall(r"\b(\w+)\.\w+\s+as\b", dataset["sql"])) == {"mart"}
    if dataset["main_dttm_col"]:
        assert dataset["main_dttm_col"] in columns


def test_the_committed_database_holds_no_password():
    [database] = DATABASES.values()
    assert re.fullmatch(r"postgresql\+psycopg2://readouts_bi:X+@[\w.]+:\d+/\w+", database["sqlalchemy_uri"])
    assert not {"password", "encrypted_extra", "masked_encrypted_extra"} & set(database)


def test_write_bundle_zips_the_bundle_with_the_uri_given(tmp_path: Path):
    uri = bi.superset_uri("postgresql+psycopg://readouts_app:app@127.0.0.1:5999/readouts", "s3cr:et/pw")
    assert uri == "postgresql+psycopg2://readouts_bi:s3cr%3Aet%2Fpw@127.0.0.1:5999/readouts"
    target = bi.write_bundle(uri, tmp_path / "out" / "bundle.zip")
    assert target.stat().st_mode & 0o077 == 0  # it holds a password
    with zipfile.ZipFile(target) as bundle:
        names = bundle.namelist()
        assert {n.split("/")[0] for n in names} == {"readout_warehouse"}  # one root folder, as Superset exports
        files = {n.removeprefix("readout_warehouse/"): bundle.read(n).decode() for n in names}
    committed = {p.relative_to(BUNDLE).as_posix() for p in BUNDLE.rglob("*.yaml")}
    assert set(files) == committed
    for path, text in files.items():
        original = yaml.safe_load((BUNDLE / path).read_text(encoding="utf-8"))
        written = yaml.safe_load(text)
        if path.startswith("databases/"):
            assert written.pop("sqlalchemy_uri") == uri
            original.pop("sqlalchemy_uri")
        assert written == original, path


def test_write_bundle_names_a_missing_part(tmp_path: Path):
    (tmp_path / "bi").mkdir()
    (tmp_path / "bi" / "metadata.yaml").write_text("version: 1.0.0\n")
    with pytest.raises(FileNotFoundError, match="has no databases"):
        bi.write_bundle("postgresql://x", tmp_path / "b.zip", tmp_path / "bi")
