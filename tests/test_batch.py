"""`claimdiff batch`: a dataset in, one report per case and a summary out, on every engine."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli.helpers import (
    FLOOD_MAYOR,
    FLOOD_POLICE,
    MOURA,
    ROOT,
    SQUARE_MINISTRY,
    SQUARE_RIGHTS_GROUP,
    SQUARE_WITNESSES,
    error_line,
    flood_case,
    run,
    write_case,
)

import claimdiff.batch
from claimdiff.errors import InputError
from claimdiff.ingest import load_jsonl_cases
from claimdiff.model import RECORD_FIELDS

SQUARE_MANIFEST = """\
title: Calder Square
reference_date: 2024-03-09
documents:
  - file: witnesses.txt
  - file: rights.txt
    source: Coalition for Civil Rights
  - file: ministry.txt
    source: Health Ministry
"""


def _record(title: str, *texts: str, **extra: object) -> dict[str, object]:
    docs = [{"text": t, "source": f"Voice {i}"} for i, t in enumerate(texts, 1)]
    return {"title": title, "date": "2023-09-11", "documents": docs, **extra}


def _jsonl(path: Path, lines: list[object]) -> Path:
    path.write_text(
        "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines), encoding="utf-8"
    )
    return path


@pytest.fixture
def folder_dataset(tmp_path: Path) -> Path:
    root = tmp_path / "dataset"
    flood_case(root / "flood")
    write_case(
        root / "square",
        SQUARE_MANIFEST,
        {
            "witnesses.txt": SQUARE_WITNESSES,
            "rights.txt": SQUARE_RIGHTS_GROUP,
            "ministry.txt": SQUARE_MINISTRY,
        },
    )
    return root


@pytest.fixture
def jsonl_dataset(tmp_path: Path) -> Path:
    lines = [
        _record("Vessary floods", FLOOD_POLICE, FLOOD_MAYOR, slug="flood"),
        _record("Calder Square", SQUARE_WITNESSES, SQUARE_RIGHTS_GROUP, SQUARE_MINISTRY),
        _record("Floods again", FLOOD_MAYOR, FLOOD_POLICE, id=7),
    ]
    return _jsonl(tmp_path / "cases.jsonl", lines)


def _outputs(outdir: Path) -> dict[str, bytes]:
    """Every file written, with summary.json's timings left out (they are measurements)."""
    files = {}
    for path in sorted(outdir.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.name == "summary.json":
                record = json.loads(data)
                for case in record["cases"]:
                    case.pop("seconds", None)
                data = json.dumps(record).encode()
            elif path.name == "summary.txt":
                continue  # the same table, with the timings
            files[str(path.relative_to(outdir))] = data
    return files


def _no_temp_files(outdir: Path) -> None:
    leftovers = list(outdir.rglob(".*"))
    assert leftovers == [], leftovers


# ---------------------------------------------------------------------------
# Datasets


def test_folder_dataset_writes_a_report_per_case_and_a_summary(folder_dataset, tmp_path):
    out = tmp_path / "out"
    result = run(["batch", folder_dataset, "-o", out])
    assert result.stderr == ""  # no progress bar when stderr is not a terminal
    reports = sorted(p.name for p in (out / "reports").iterdir())
    assert reports == ["flood.json", "square.json"]
    # The same report `claimdiff compare -f json` writes.
    alone = run(["compare", folder_dataset / "flood", "-f", "json"], exit_code=0).stdout
    assert (out / "reports" / "flood.json").read_text(encoding="utf-8") == alone
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["format"] == "claimdiff.batch/1"
    assert [c["slug"] for c in summary["cases"]] == ["flood", "square"]
    flood = summary["cases"][0]
    assert flood["ok"] is True and flood["report"] == "reports/flood.json"
    assert flood["relations"]["contradiction"] >= 1 and flood["hard_contradictions"] >= 1
    assert flood["statements"] > 0 and flood["voices"] == 2
    assert summary["totals"]["cases"] == 2 and summary["totals"]["failed"] == 0
    # The table on stdout is summary.txt.
    assert result.stdout == (out / "summary.txt").read_text(encoding="utf-8")
    assert result.stdout.splitlines()[0].split()[:2] == ["case", "status"]
    assert "2 cases: 2 ok, 0 failed" in result.stdout


@pytest.mark.parametrize(("fail_on", "code"), [("never", 0), ("contradiction", 1), ("hard", 1)])
def test_fail_on_gates_a_batch_on_what_its_cases_found(folder_dataset, tmp_path, fail_on, code):
    # The flood case holds a hard contradiction; every case runs and every report is written.
    out = tmp_path / "out"
    run(["batch", folder_dataset, "-o", out, "--fail-on", fail_on], exit_code=code)
    assert sorted(p.name for p in (out / "reports").iterdir()) == ["flood.json", "square.json"]


def test_fail_on_passes_a_batch_whose_cases_found_none_of_its_kind(tmp_path):
    out = tmp_path / "out"
    run(["batch", MOURA, "-o", out, "--fail-on", "omission"], exit_code=1)  # Moura: both kinds
    quiet = tmp_path / "quiet"
    write_case(
        quiet / "one",
        "title: One voice\ndocuments:\n  - file: a.txt\n    source: Police\n",
        {"a.txt": "Police said 12 people died in the Dorvel blast."},
    )
    run(["batch", quiet, "-o", tmp_path / "out2", "--fail-on", "omission"], exit_code=0)


def test_one_case_folder_is_a_dataset_of_one(tmp_path):
    out = tmp_path / "out"
    run(["batch", MOURA, "-o", out])
    assert [p.name for p in (out / "reports").iterdir()] == ["moura.json"]


def test_nested_case_folders_keep_their_path_as_slug(tmp_path):
    root = tmp_path / "data"
    flood_case(root / "2023" / "flood")
    flood_case(root / "2024" / "flood")
    out = tmp_path / "out"
    run(["batch", root, "-o", out])
    assert (out / "reports" / "2023" / "flood.json").is_file()
    assert (out / "reports" / "2024" / "flood.json").is_file()


def test_jsonl_dataset(jsonl_dataset, tmp_path):
    out = tmp_path / "out"
    result = run(["batch", jsonl_dataset, "-o", out, "-f", "table"])
    assert sorted(p.name for p in (out / "reports").iterdir()) == ["7.txt", "flood.txt", "line-2.txt"]
    assert "CONTRADICTION" in (out / "reports" / "flood.txt").read_text(encoding="utf-8")
    assert [line.split()[0] for line in result.stdout.splitlines()[2:5]] == ["flood", "line-2", "7"]


def test_a_jsonl_case_reads_like_the_same_texts_given_to_compare(tmp_path):
    folder = write_case(tmp_path / "texts", None, {"police.txt": FLOOD_POLICE, "mayor.txt": FLOOD_MAYOR})
    data = _jsonl(
        tmp_path / "one.jsonl",
        [{"title": None, "date": None, "documents": [
            {"text": FLOOD_POLICE, "name": str(folder / "police.txt")},
            {"text": FLOOD_MAYOR, "name": str(folder / "mayor.txt")},
        ]}],
    )  # fmt: skip
    out = tmp_path / "out"
    run(["batch", data, "-o", out])
    alone = run(["compare", folder / "police.txt", folder / "mayor.txt", "-f", "json"], exit_code=0).stdout
    assert (out / "reports" / "line-1.json").read_text(encoding="utf-8") == alone


# ---------------------------------------------------------------------------
# Failures


def test_a_bad_case_is_reported_and_the_others_still_run(tmp_path):
    data = _jsonl(
        tmp_path / "mixed.jsonl",
        [
            _record("good", FLOOD_POLICE, FLOOD_MAYOR, slug="good"),
            "{not json",
            {"title": "no documents", "documents": []},
            "",  # blank lines are skipped, not errors
            _record("also good", FLOOD_MAYOR, slug="also-good"),
        ],
    )
    out = tmp_path / "out"
    result = run(["batch", data, "-o", out], exit_code=1)
    assert sorted(p.name for p in (out / "reports").iterdir()) == ["also-good.json", "good.json"]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    by_slug = {c["slug"]: c for c in summary["cases"]}
    assert list(by_slug) == ["good", "line-2", "line-3", "also-good"]
    assert by_slug["line-2"]["ok"] is False
    assert by_slug["line-2"]["error"].startswith(f"{data}:2: not a JSON object")
    assert by_slug["line-3"]["error"] == f"{data}:3: documents: expected a non-empty list of " + (
        '{"text": ..., "source": ...}'
    )
    assert summary["totals"] == summary["totals"] | {"cases": 4, "ok": 2, "failed": 2}
    assert "FAILED" in result.stdout and "2 failed" in result.stdout


def _two_good_one_bad(path: Path, square: str = "square") -> Path:
    """Two cases that run and, between them, a line that is no case."""
    return _jsonl(
        path,
        [
            _record("floods", FLOOD_POLICE, FLOOD_MAYOR, slug="flood"),
            "{not json",
            _record("square", SQUARE_WITNESSES, SQUARE_RIGHTS_GROUP, SQUARE_MINISTRY, slug=square),
        ],
    )


def test_relations_csv_holds_every_case_relations_with_its_slug(tmp_path):
    data = _two_good_one_bad(tmp_path / "mixed.jsonl")
    out = tmp_path / "out"
    run(["batch", data, "-o", out, "--pairs"], exit_code=1)
    rows = list(csv.DictReader(io.StringIO((out / "relations.csv").read_text(encoding="utf-8"), newline="")))
    assert list(rows[0]) == ["case", *RECORD_FIELDS]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    for case in summary["cases"]:  # the failed case has no row; the others one per relation
        mine = [r for r in rows if r["case"] == case["slug"]]
        assert len(mine) == (sum(case["relations"].values()) if case["ok"] else 0)
    flood = json.loads((out / "reports" / "flood.json").read_text(encoding="utf-8"))
    assert [r["relation"] for r in rows if r["case"] == "flood"] == [r["id"] for r in flood["relations"]]


def test_by_default_relations_csv_and_reports_list_positions_not_pairs(tmp_path):
    data = _two_good_one_bad(tmp_path / "mixed.jsonl")
    out = tmp_path / "out"
    run(["batch", data, "-o", out], exit_code=1)
    rows = list(csv.DictReader(io.StringIO((out / "relations.csv").read_text(encoding="utf-8"), newline="")))
    square = json.loads((out / "reports" / "square.json").read_text(encoding="utf-8"))
    assert square["pairs"] is False
    several = [p["id"] for p in square["positions"] if p["pairs"] and len(p["sources"]) > 1]
    gathered = [x["id"] for x in (*square["conflicts"], *square["accords"])] + several
    listed = [r["id"] for r in square["relations"]]
    assert [r["relation"] for r in rows if r["case"] == "square"] == gathered + listed
    assert gathered  # the case has something to fold
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    counts = next(c for c in summary["cases"] if c["slug"] == "square")["relations"]
    assert counts == square["summary"]  # the summary counts every pair, folded or not


def test_an_html_batch_gets_an_index_page_linking_every_report(tmp_path):
    from html.parser import HTMLParser

    data = _two_good_one_bad(tmp_path / "mixed.jsonl", square="square.v2")
    out = tmp_path / "out"
    run(["batch", data, "-o", out, "-f", "html"], exit_code=1)
    page = (out / "index.html").read_text(encoding="utf-8")

    class Links(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.hrefs: list[str] = []
            self.tags: set[str] = set()

        def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
            self.tags.add(tag)
            self.hrefs += [v for k, v in attrs if k == "href" and v != "data:,"]

    parser = Links()
    parser.feed(page)
    assert parser.hrefs == ["reports/flood.html", "reports/square.v2.html"]
    assert all((out / href).is_file() for href in parser.hrefs)
    assert "FAILED" in page and "not a JSON object" in page
    assert "3 cases: 2 ok, 1 failed" in page
    # A name or an error holding markup is text on the page.
    from claimdiff.report.index import render_index

    record = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    record["cases"][0]["slug"] = "<script>alert(1)</script>"
    record["cases"][1]["error"] = '<img src=x onerror="alert(1)">'
    hostile = Links()
    hostile.feed(render_index(record))
    assert hostile.tags.isdisjoint({"script", "img"})
    # Other formats get no index.
    run(["batch", data, "-o", tmp_path / "json"], exit_code=1)
    assert not (tmp_path / "json" / "index.html").exists()


def test_a_broken_case_folder_is_reported_with_its_file_and_line(folder_dataset, tmp_path):
    (folder_dataset / "square" / "case.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    out = tmp_path / "out"
    run(["batch", folder_dataset, "-o", out], exit_code=1)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    square = summary["cases"][1]
    assert square["slug"] == "square" and not square["ok"]
    assert "case.yaml" in square["error"] and "invalid YAML" in square["error"]
    assert (out / "reports" / "flood.json").is_file()


def test_a_crash_in_one_case_is_reported_with_its_traceback(folder_dataset, tmp_path, monkeypatch):
    real = claimdiff.batch.run_case

    def crash_on_square(payload, fmt="json", pairs=False):
        if str(payload).endswith("square"):
            raise ZeroDivisionError("division by zero")
        return real(payload, fmt, pairs)

    monkeypatch.setattr(claimdiff.batch, "run_case", crash_on_square)
    out = tmp_path / "out"
    run(["batch", folder_dataset, "-o", out, "--workers", "1"], exit_code=1)
    square = json.loads((out / "summary.json").read_text(encoding="utf-8"))["cases"][1]
    assert square["error"] == "internal error: ZeroDivisionError: division by zero"
    assert "Traceback" in square["traceback"]


def test_a_report_left_by_an_earlier_run_goes_when_its_case_now_fails(folder_dataset, tmp_path):
    out = tmp_path / "out"
    run(["batch", folder_dataset, "-o", out])
    (folder_dataset / "square" / "case.yaml").write_text("documents: []\n", encoding="utf-8")
    run(["batch", folder_dataset, "-o", out], exit_code=1)
    assert not (out / "reports" / "square.json").exists()


def test_dataset_errors_are_one_line_and_exit_2(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    error_line(run(["batch", empty, "-o", tmp_path / "out"], exit_code=2), "no case.yaml found", str(empty))
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n", encoding="utf-8")
    error_line(run(["batch", blank, "-o", tmp_path / "out"], exit_code=2), "holds no case", str(blank))
    line = error_line(run(["batch", MOURA, "-o", tmp_path / "out", "--workers", "2", "--scheduler", "tcp://x:1"],
                          exit_code=2))  # fmt: skip
    assert "--workers or --scheduler" in line
    error_line(run(["batch", MOURA], exit_code=2), "Missing option '-o'")


def test_the_dask_engine_without_dask_is_a_one_line_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    result = run(["batch", MOURA, "-o", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:8786"], exit_code=2)
    error_line(result, "pip install 'claimdiff[dask]'")


# ---------------------------------------------------------------------------
# Same results on every run and every engine


def test_two_runs_write_the_same_bytes(jsonl_dataset, tmp_path):
    run(["batch", jsonl_dataset, "-o", tmp_path / "a"])
    run(["batch", jsonl_dataset, "-o", tmp_path / "b"])
    assert _outputs(tmp_path / "a") == _outputs(tmp_path / "b")


def test_two_workers_write_what_one_writes(folder_dataset, jsonl_dataset, tmp_path):
    flood_case(folder_dataset / "flood-copy")
    for name, data in (("folder", folder_dataset), ("jsonl", jsonl_dataset)):
        run(["batch", data, "-o", tmp_path / f"{name}-1", "--workers", "1"])
        run(["batch", data, "-o", tmp_path / f"{name}-2", "--workers", "2"])
        assert _outputs(tmp_path / f"{name}-1") == _outputs(tmp_path / f"{name}-2")


def test_a_dask_cluster_writes_what_one_process_writes(folder_dataset, tmp_path):
    distributed = pytest.importorskip(
        "distributed", reason="the Dask engine needs the extra: pip install 'claimdiff[dask]'"
    )
    run(["batch", folder_dataset, "-o", tmp_path / "local", "--workers", "1"])
    with distributed.LocalCluster(processes=False, n_workers=1, dashboard_address=None) as cluster:
        run(["batch", folder_dataset, "-o", tmp_path / "dask", "--scheduler", cluster.scheduler_address])
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "local")


# ---------------------------------------------------------------------------
# Ctrl-C


def test_ctrl_c_keeps_finished_reports_and_leaves_no_partial_file(tmp_path, monkeypatch):
    records = [_record(f"case {i}", FLOOD_POLICE, FLOOD_MAYOR, slug=f"c{i}") for i in range(6)]
    data = _jsonl(tmp_path / "six.jsonl", records)
    real = claimdiff.batch.run_case

    def interrupted_at_third(payload, fmt="json", pairs=False):
        if payload.title == "case 2":
            raise KeyboardInterrupt
        return real(payload, fmt, pairs)

    monkeypatch.setattr(claimdiff.batch, "run_case", interrupted_at_third)
    out = tmp_path / "out"
    result = run(["batch", data, "-o", out, "--workers", "1"], exit_code=130)
    assert result.stderr.startswith("Interrupted: 2 of 6 cases done")
    assert len(result.stderr.splitlines()) == 1
    assert sorted(p.name for p in (out / "reports").iterdir()) == ["c0.json", "c1.json"]
    for path in (out / "reports").iterdir():
        json.loads(path.read_text(encoding="utf-8"))  # complete
    assert not (out / "summary.json").exists()
    _no_temp_files(out)


def test_ctrl_c_while_a_report_is_written_leaves_no_partial_file(jsonl_dataset, tmp_path, monkeypatch):
    real_replace = os.replace
    calls = []

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    out = tmp_path / "out"
    run(["batch", jsonl_dataset, "-o", out, "--workers", "1"], exit_code=130)
    assert [p.name for p in (out / "reports").iterdir()] == ["flood.json"]
    _no_temp_files(out)


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name != "posix", reason="needs POSIX signals")
def test_sigint_stops_worker_processes_and_keeps_every_report_whole(tmp_path):
    records = [
        _record(f"case {i}", FLOOD_POLICE, FLOOD_MAYOR, SQUARE_MINISTRY, slug=f"c{i:04d}")
        for i in range(3000)
    ]
    data = _jsonl(tmp_path / "many.jsonl", records)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimdiff", "batch", str(data), "-o", str(out), "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list((out / "reports").glob("*.json"))) < 20:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr.decode()
    assert b"Traceback" not in stderr
    assert stderr.decode().startswith("Interrupted: ")
    reports = list((out / "reports").glob("*.json"))
    assert 20 <= len(reports) < 3000
    for path in reports:
        json.loads(path.read_text(encoding="utf-8"))
    _no_temp_files(out)


# ---------------------------------------------------------------------------
# The JSON Lines reader


def test_jsonl_reader_names_the_file_and_line_of_each_bad_case(tmp_path):
    path = _jsonl(
        tmp_path / "bad.jsonl",
        [
            '["a list"]',
            {"documents": [{"text": "  "}]},
            {"documents": [{"text": "x"}], "date": "2023-02-30"},
            {"documents": [{"text": "x"}], "slug": "../escape"},
            {"documents": [{"text": "x", "source": 3}]},
            {"documents": [{"text": "x"}], "slug": "a"},
            {"documents": [{"text": "x"}], "slug": "a"},
        ],
    )
    items = list(load_jsonl_cases(path))
    errors = [(slug, str(item)) for slug, item in items if isinstance(item, InputError)]
    assert errors == [
        ("line-1", f"{path}:1: not a JSON object but list"),
        ("line-2", f"{path}:2: documents[0].text: expected a non-empty string"),
        ("line-3", f"{path}:3: date: '2023-02-30' is not a calendar date (YYYY-MM-DD)"),
        (
            "line-4",
            f"{path}:4: slug '../escape' is not a file name (letters, digits, '.', '_', '-'; at most 100)",
        ),
        ("line-5", f"{path}:5: documents[0].source: expected a string or null"),
        ("line-7", f"{path}:7: slug 'a' is already used on line 6"),
    ]


def test_jsonl_reader_builds_cases(tmp_path):
    path = tmp_path / "ok.jsonl"
    record = {
        "title": "T",
        "reference_date": "2024-01-02",
        "documents": [{"text": "A\r\nB", "source": "Police", "name": "police.txt"}, {"text": "C"}],
        "aliases": {"Police": ["cops"]},
        "url": "ignored",
    }
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(record).encode() + b"\n\n")
    [(slug, case)] = list(load_jsonl_cases(path))
    assert slug == "line-1"
    assert case.title == "T" and case.reference_date.isoformat() == "2024-01-02"
    assert [(d.id, d.path, d.source, d.text) for d in case.documents] == [
        ("d1", "police.txt", "Police", "A\nB"),
        ("d2", None, None, "C"),
    ]
    assert case.aliases == (("Police", ("cops",)),)


def test_batch_help_shows_an_example():
    out = run(["batch", "--help"]).stdout
    assert "Example" in out and "  claimdiff batch " in out
    assert "--scheduler" in out and "--workers" in out


def test_check_on_the_engine_gives_the_same_output():
    from click.testing import CliRunner

    from claimdiff.cli import main

    fixtures = str(ROOT / "fixtures")
    one = CliRunner().invoke(main, ["check", fixtures, "--workers", "1", "-f", "json"])
    two = CliRunner().invoke(main, ["check", fixtures, "--workers", "2", "-f", "json"])
    assert one.exit_code in (0, 1), one.output
    assert (two.exit_code, two.stdout) == (one.exit_code, one.stdout)


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals")
def test_ctrl_c_during_a_write_waits_for_the_write_to_end():
    from claimdiff.cli import _InterruptGuard

    done = []
    with pytest.raises(KeyboardInterrupt), _InterruptGuard() as guard:
        with guard.held():
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)  # the handler has run by now, and raised nothing
            done.append("written")
        done.append("never")
    assert done == ["written"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # restored
