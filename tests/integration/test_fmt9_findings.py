"""An outside test of ``ajar scan PATH`` on files as real tools write them (round fmt9).

Written from the README and the tool's behaviour only. Every file is made here from synthetic people
(``tests/integration/fmt9_files.py``: Faker with a fixed seed, a canary in every e-mail and street) and
all of them are scanned in one ``ajar scan P1 P2 ...`` (one service per path, ``--no-store``, JSON on
stdout, under ``ulimit -v`` and a timeout); the files that leak today get a second such scan, so that the
first one's leak check holds. Two scans in all, whatever the number of cases.

What a user expects of each: the dataset, with the records it holds, its fields under their plain
names, the categories of the obvious fields (``name``, ``email``, ``phone``, ``born``, ``dni``), no
value unmasked anywhere, a bad file a note. Each fault found is a strict xfail saying what is wrong,
in the order a user would mind it: a value printed unmasked, then data silently merged or not read,
then fields unnamed or miscounted.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from tests.integration import fmt9_files as files

#: case -> builder (writes into its own folder, returns the path to scan)
CASES: dict[str, Callable[[Path], Path]] = {
    # formats that are read right today: they guard the leak check and the good reading
    "jsonl": files.jsonl,
    "jsonl_no_extension": lambda d: files.renamed(d, files.jsonl, "people"),
    "jsonl_mixed": files.jsonl_mixed,
    "json_pretty_array": files.pretty_array,
    "json_bom_crlf": files.json_bom,
    "json_utf16": files.json_utf16,
    "mongoexport_relaxed": files.mongoexport,
    "mongoexport_legacy": partial(files.mongoexport, mode="legacy"),
    "mongoexport_relaxed_array": partial(files.mongoexport, mode="relaxed", array=True),
    "mongoexport_canonical_array": partial(files.mongoexport, mode="canonical", array=True, pretty=True),
    "mongoexport_pretty": partial(files.mongoexport, pretty=True),
    "elasticdump": files.elasticdump,
    "es_bulk": files.es_bulk,
    "csv_bom_semicolon": files.csv_excel_semicolon_bom,
    "csv_utf16_tab": files.csv_excel_unicode_text,
    "csv_cp1252": files.csv_cp1252,
    "csv_mac_cr": files.csv_mac_cr,
    "csv_quote_all": files.csv_quote_all,
    "csv_quoted_newlines": files.csv_quoted_newlines,
    "csv_trailing_columns": files.csv_trailing_columns,
    "csv_title_one_cell": partial(files.csv_above, above="Listado de clientes 2026\r\n"),
    "parquet": files.parquet,
    "gz": partial(files.compressed, kind="gz"),
    "bz2": partial(files.compressed, kind="bz2"),
    "xz": partial(files.compressed, kind="xz"),
    "zst": partial(files.compressed, kind="zst"),
    "gz_two_members": files.gzip_multi,
    "mongodump": files.mongodump,
    "pg_copy": files.pg_dump_copy,
    "pg_inserts": files.pg_dump_inserts,
    "pg_column_inserts": partial(files.pg_dump_inserts, columns=True),
    "mysqldump": files.mysqldump_tricky,
    "sqlite_wal": files.sqlite_wal,
    "xlsx_title": partial(files.xlsx, title=True),
    "ods": files.ods,
    "mongoexport_csv": files.mongoexport_csv,
    "object_of_arrays": files.object_of_arrays,
    "nested_archive": files.nested_archive,
    "zip_of_two": files.zip_of_two,
    "tars": files.tar_kinds,
    "zipped_mongodump": files.zipped_mongodump,
    "wrong_names": files.wrong_names,
    "bad_files": files.folder_with_bad_files,
    "one_line_10mb": files.one_line_10mb,
    "names": files.personal_names,
    # the faults
    "pg_dump_overriding": files.pg_dump_overriding,
    "pg_dump_two_schemas": files.pg_dump_two_schemas,
    "json_in_sqlite": partial(files.json_in_text, kind="sqlite"),
    "json_in_csv": partial(files.json_in_text, kind="csv"),
    "json_in_jsonl": partial(files.json_in_text, kind="jsonl"),
    "json_in_parquet": partial(files.json_in_text, kind="parquet"),
    "pg_dumpall": files.pg_dumpall,
    "mysqldump_all": files.mysqldump_all,
    "parquet_nested": files.parquet_nested,
    "csv_named_json": lambda d: files.renamed(d, files.csv_quote_all, "people.json"),
    "csv_two_titles": partial(files.csv_above, above="Listado de clientes\r\nGenerado el 06/12/2026\r\n"),
    "csv_title_blank": partial(files.csv_above, above="Listado de clientes 2026\r\n\r\n"),
    "csv_excel_title_row": files.csv_title_line,
    "csv_sep_hint": partial(files.csv_above, above="sep=;\r\n"),
    "es_search": files.es_search,
    "es_scroll": partial(files.es_search, scroll=True),
    "solr_reply": partial(files.api_reply, kind="solr"),
    "graphql_reply": partial(files.api_reply, kind="graphql"),
    "firebase": files.firebase,
    "mysqldump_tab": files.mysqldump_tab,
    "gzip_truncated": files.gzip_truncated,
    "json_array_truncated": files.json_array_truncated,
    "mongodump_gzip": partial(files.mongodump, gz=True),
    "redis_cli_csv": files.redis_csv,
    "csv_mac_cr_big": files.csv_mac_cr_big,
    "csv_cp1252_late": files.csv_cp1252_late,
    "psql_aligned": files.psql_aligned,
    "mysql_table": files.mysql_table,
    "mongo_shell": files.mongo_shell,
}


def fault(reason: str) -> pytest.MarkDecorator:
    """A fault found in this round: a strict xfail, failing by its assertion (not by a crash of the test)."""
    return pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason)


class Scan:
    def __init__(self, root: Path, cases: dict[str, Callable[[Path], Path]]) -> None:
        self.paths: dict[str, Path] = {}
        for name, build in cases.items():
            d = root / name
            d.mkdir()
            self.paths[name] = build(d)
        self.rc, rep, self.out, self.err = files.run_scan(*self.paths.values())
        assert rep is not None, self.err[-2000:]
        self.report: dict[str, Any] = rep

    def service(self, case: str) -> dict[str, Any]:
        (svc,) = [s for s in self.report["services"] if s["host"] == str(self.paths[case])]
        assert isinstance(svc, dict)
        return svc

    def datasets(self, case: str) -> dict[str, dict[str, Any]]:
        return {d["name"]: d for d in self.service(case)["datasets"]}

    def only(self, case: str) -> dict[str, Any]:
        (ds,) = self.datasets(case).values()
        return ds


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> Scan:
    return Scan(tmp_path_factory.mktemp("fmt9"), CASES)


def _complete(ds: dict[str, Any], records: int = files.N) -> None:
    """The dataset holds every record, and each obvious field under its plain name, rightly classified."""
    assert ds["records"] == records, (ds["name"], ds["records"], ds["notes"])
    got = files.fields(ds)
    assert {k: got.get(k) for k in files.EXPECTED} == files.EXPECTED, (ds["name"], got, ds["notes"])


# ---------------------------------------------------------------- what works (guards)


def test_scan_ends_well_and_nothing_leaks(scan: Scan) -> None:
    """Exit 0 (no ``--fail-on``), one service per path, no e-mail, phone, DNI or canary unmasked."""
    assert scan.rc == 0, scan.err[-2000:]
    assert {s["host"] for s in scan.report["services"]} == {str(p) for p in scan.paths.values()}
    assert files.leaks(files.people(400), scan.out, scan.err) == []


WHOLE = ["jsonl", "jsonl_no_extension", "jsonl_mixed", "json_pretty_array", "json_bom_crlf", "json_utf16",
         "mongoexport_relaxed", "mongoexport_legacy", "mongoexport_relaxed_array", "mongoexport_canonical_array",
         "mongoexport_pretty", "elasticdump", "es_bulk", "csv_bom_semicolon", "csv_utf16_tab", "csv_cp1252",
         "csv_mac_cr", "csv_quote_all", "csv_quoted_newlines", "csv_trailing_columns", "csv_title_one_cell",
         "csv_two_titles", "csv_title_blank", "csv_sep_hint", "csv_excel_title_row",
         "parquet", "gz", "bz2", "xz", "zst", "gz_two_members"]


@pytest.mark.parametrize("case", WHOLE)
def test_read_whole(scan: Scan, case: str) -> None:
    _complete(scan.only(case))


@pytest.mark.parametrize(("case", "name"), [("mongodump", "crm.people"), ("pg_copy", "crm.people"),
                                            ("pg_inserts", "crm.people"), ("pg_column_inserts", "crm.people"),
                                            ("mysqldump", "crm.people"), ("sqlite_wal", "app.people"),
                                            ("xlsx_title", "clientes.Clientes"), ("ods", "clientes.Clientes"),
                                            ("object_of_arrays", "backup.users")])
def test_read_whole_named(scan: Scan, case: str, name: str) -> None:
    _complete(scan.datasets(case)[name])


@pytest.mark.parametrize(("case", "count"), [("nested_archive", 1), ("zip_of_two", 2), ("tars", 5),
                                             ("zipped_mongodump", 1), ("wrong_names", 4)])
def test_archives_and_lying_names(scan: Scan, case: str, count: int) -> None:
    got = scan.datasets(case)
    assert len(got) == count, list(got)
    for ds in got.values():
        _complete(ds)


def test_mongoexport_csv_dotted_header(scan: Scan) -> None:
    got = files.fields(scan.only("mongoexport_csv"))
    assert {k: got.get(k) for k in ("name", "contact.email", "contact.phone", "born", "dni")} == {
        "name": "person.name", "contact.email": "contact.email", "contact.phone": "contact.phone",
        "born": "person.birth_date", "dni": "person.national_id"}, got


def test_bad_files_are_notes_and_the_rest_is_read(scan: Scan) -> None:
    """A 0-byte file, a gzip cut at 200 bytes and a half-written array beside one good file."""
    got = scan.datasets("bad_files")
    _complete(got["people"])
    assert got["old"]["notes"] and got["partial"]["notes"]
    assert got["empty"]["records"] in (0, None)


def test_one_line_of_10_mb(scan: Scan) -> None:
    ds = scan.only("one_line_10mb")
    assert ds["records"] == len(json.loads(scan.paths["one_line_10mb"].read_text()))
    got = files.fields(ds)
    assert {k: got.get(k) for k in files.EXPECTED} == files.EXPECTED, got


def test_names_that_are_data_masked(scan: Scan) -> None:
    """A file named after an e-mail, keys that are e-mails and phones, a table named after a phone."""
    names = " ".join(scan.datasets("names")) + " ".join(
        f["path"] for d in scan.datasets("names").values() for f in d["fields"])
    assert files.leaks(files.people(), names) == []
    # contacts.json's two objects keyed by e-mail and by phone are a dataset each, one record per entry (mask8)
    assert len(scan.datasets("names")) == 5


# ---------------------------------------------------------------- the faults, most harmful first


#: files whose names or statements leak today: scanned apart, so that the shared scan's leak check holds
LEAKING: dict[str, Callable[[Path], Path]] = {
    "mysqldump_replace": files.mysqldump_replace,
    "mysql_insert_set": files.mysql_insert_set,
    "keys_are_addresses": files.keys_are_addresses,
    "keys_are_names": files.keys_are_names,
    "sheets_are_names": files.sheets_are_names,
    "files_are_names": files.files_are_names,
    "xlsx_no_header": files.xlsx_no_header,
    "csv_first_row_capitals": files.csv_first_row_capitals,
}


@pytest.fixture(scope="module")
def leaking(tmp_path_factory: pytest.TempPathFactory) -> Scan:
    return Scan(tmp_path_factory.mktemp("fmt9-leaking"), LEAKING)


def _said(scan: Scan, case: str) -> str:
    """Everything the report says of one case's service."""
    return json.dumps(scan.service(case), ensure_ascii=False)


def test_mysqldump_replace(leaking: Scan) -> None:
    assert files.leaks(files.people(), _said(leaking, "mysqldump_replace")) == []
    _complete(leaking.datasets("mysqldump_replace")["crm.people"])


def test_keys_that_are_addresses_masked(leaking: Scan) -> None:
    assert files.leaks(files.people(), _said(leaking, "keys_are_addresses")) == []


@pytest.mark.parametrize("case", [
    "keys_are_names",  # staff.<name>.email: a keyed collection, its keys at <key> (mask8)
    "sheets_are_names",  # a timesheet per employee (horas.<name>): fixed in mask8
    "files_are_names",  # `CV <full name>.csv`: fixed in mask8
])
def test_people_names_used_as_names_masked(leaking: Scan, case: str) -> None:
    said = _said(leaking, case)
    assert [r["name"] for r in files.people()[:10] if r["name"] in said] == []


def test_mysql_insert_set(leaking: Scan) -> None:
    assert files.leaks(files.people(), _said(leaking, "mysql_insert_set")) == []
    _complete(leaking.datasets("mysql_insert_set")["export.people"])


def test_xlsx_without_header(leaking: Scan) -> None:
    _headerless(leaking, "xlsx_no_header")


def test_csv_headerless_first_row_capitals(leaking: Scan) -> None:
    _headerless(leaking, "csv_first_row_capitals")


def _headerless(scan: Scan, case: str) -> None:
    said = _said(scan, case).lower()
    assert files.leaks(files.people(), said) == [] and files.people()[0]["name"].lower() not in said
    (ds,) = scan.datasets(case).values()
    assert ds["records"] == files.N


def test_pg_dump_overriding_system_value(scan: Scan) -> None:
    _complete(scan.datasets("pg_dump_overriding")["crm.people"])


@pytest.mark.parametrize("case", ["pg_dump_two_schemas", "pg_dumpall", "mysqldump_all"])
def test_dump_of_two_databases_keeps_each(scan: Scan, case: str) -> None:
    got = {n: d["records"] for n, d in scan.datasets(case).items()}
    assert sorted(got.values()) == [15, 25], got
    assert any("crm" in n for n in got) and any("shop" in n for n in got), got


def test_parquet_with_struct_column(scan: Scan) -> None:
    ds = scan.only("parquet_nested")
    assert ds["records"] == files.N, ds["notes"]
    got = files.fields(ds)
    assert got.get("contact.email") == "contact.email", got
    assert got.get("contact.phone") == "contact.phone", got
    assert got.get("dni") == "person.national_id", got
    assert got.get("name") == "person.name", got


def test_csv_mac_line_ends_past_64_kb(scan: Scan) -> None:
    _complete(scan.only("csv_mac_cr_big"), 1000)


@pytest.mark.parametrize("case", ["json_in_sqlite", "json_in_csv", "json_in_jsonl", "json_in_parquet"])
def test_json_held_as_text(scan: Scan, case: str) -> None:
    (ds,) = scan.datasets(case).values()
    assert ds["records"] == files.N
    got = files.fields(ds)
    assert sorted(got.values()) == ["contact.email", "contact.phone", "person.national_id"], got


@pytest.mark.parametrize("case", [
    "csv_named_json",  # a CSV saved under a .json name: read by content (fmt10)
    "redis_cli_csv",  # `redis-cli --csv HGETALL` lines: key,value pairs named by their keys (fmt10)
])
def test_read_whole_faults(scan: Scan, case: str) -> None:
    _complete(scan.only(case))


def test_firebase_export_object_keyed_by_id(scan: Scan) -> None:
    ds = scan.only("firebase")
    assert ds["records"] == files.N, ds["records"]
    assert len(ds["fields"]) <= 10, len(ds["fields"])


def test_mysqldump_tab_pair(scan: Scan) -> None:
    got = scan.datasets("mysqldump_tab")
    assert len(got) == 1, {n: d["records"] for n, d in got.items()}
    _complete(next(iter(got.values())))


def test_truncated_gzip_counts_what_it_read(scan: Scan) -> None:
    ds = scan.only("gzip_truncated")
    assert ds["records"] is not None and ds["records"] >= 200, (ds["records"], ds["notes"])


def test_truncated_json_array_counts_what_it_read(scan: Scan) -> None:
    ds = scan.only("json_array_truncated")
    assert ds["records"] == ds["sampled"] == 15, (ds["records"], ds["sampled"], ds["notes"])


def test_mongodump_gzip_metadata_skipped(scan: Scan) -> None:
    got = scan.datasets("mongodump_gzip")
    assert list(got) == ["crm.people"], list(got)
    _complete(got["crm.people"])


def test_cp1252_sniffed_past_its_start(scan: Scan) -> None:
    ds = scan.only("csv_cp1252_late")
    assert ds["records"] == 1500
    assert not [n for n in ds["notes"] if "undecodable" in n], ds["notes"]
