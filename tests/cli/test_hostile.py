"""Hostile inputs (one test per row of what an attacker tried): bounded work, exit 2 with one
line naming the file, and nothing written."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import stat
import subprocess
import sys
import threading

import pytest
from click.testing import CliRunner

from claimdiff import compare
from claimdiff.cli import main
from claimdiff.errors import ConfigError

from .helpers import FLOOD_MANIFEST, error_line, flood_case, run


def _manifest_fails(tmp_path, extra: str, *fragments: str) -> str:
    case = flood_case(tmp_path / "vessary", FLOOD_MANIFEST + extra)
    out = tmp_path / "report.json"
    result = run(["compare", case, "-f", "json", "-o", out], exit_code=2)
    assert not out.exists()
    return error_line(result, str(case / "case.yaml"), *fragments)


def test_nested_aliases_are_refused_before_they_expand(tmp_path):
    # Nine levels of ten aliases each would be 10**9 strings if expanded.
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    line = _manifest_fails(tmp_path, "\n".join(levels) + "\n", "aliases")
    assert ":9:" in line  # the first alias met, on the second level


def test_a_recursive_alias_is_refused(tmp_path):
    _manifest_fails(tmp_path, "loop: &loop [*loop]\n", "aliases")


def test_an_alias_as_a_key_is_refused(tmp_path):
    _manifest_fails(tmp_path, "one: &k 1\n*k : x\n", "aliases")


def test_a_key_given_twice_is_refused_with_its_line(tmp_path):
    line = _manifest_fails(tmp_path, "title: Another title\n", "'title' is given twice")
    assert ":8:" in line


def test_a_number_of_thousands_of_digits_is_refused(tmp_path):
    _manifest_fails(tmp_path, "heldout: " + "9" * 5000 + "\n", "more than 40 digits")


def test_a_mapping_as_a_key_is_refused(tmp_path):
    _manifest_fails(tmp_path, "? [a, b]\n: c\n", "invalid YAML")


def test_yaml_nested_too_deeply(tmp_path):
    _manifest_fails(tmp_path, "deep: " + "[" * 20000 + "]" * 20000 + "\n", "nested too deeply")


def test_json_lines_nested_too_deeply_fails_alone(tmp_path):
    cases = tmp_path / "cases.jsonl"
    good = {"slug": "ok", "documents": [{"text": "Twelve people died in Vessary, police said."}]}
    cases.write_text("[" * 100000 + "]" * 100000 + "\n" + json.dumps(good) + "\n", encoding="utf-8")
    result = run(["batch", cases, "-o", tmp_path / "out"], exit_code=1)
    assert "nested too deeply" in result.stdout + result.stderr
    assert (tmp_path / "out" / "reports" / "ok.json").exists()


def test_a_baseline_nested_too_deeply(tmp_path):
    case = flood_case(tmp_path / "vessary")
    baseline = tmp_path / "baseline.json"
    baseline.write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    result = run(["check", case, "--baseline", baseline], exit_code=2)
    error_line(result, str(baseline), "nested too deeply")


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_a_reference_date_at_the_calendar_s_edge(tmp_path, day):
    case = flood_case(tmp_path / "vessary")
    result = run(["compare", case, "--date", day], exit_code=2)
    error_line(result, "--date", "outside the years")


def test_a_manifest_reference_date_at_the_calendar_s_edge(tmp_path):
    manifest = FLOOD_MANIFEST.replace("reference_date: 2023-09-11", "reference_date: 9999-12-31")
    case = flood_case(tmp_path / "vessary", manifest)
    result = run(["compare", case], exit_code=2)
    error_line(result, f"{case / 'case.yaml'}:2:", "outside the years")


def test_the_library_refuses_a_date_it_cannot_reckon_from():
    with pytest.raises(ConfigError, match="outside the years"):
        compare(["Twelve people died in Vessary, police said."], reference_date=dt.date(9999, 12, 31))
    with pytest.raises(ConfigError, match="outside the years"):
        compare(["Twelve people died in Vessary, police said."], reference_date="0001-01-01")


# ---------------------------------------------------------------------------
# outputs: never over an input, devices in place, links followed, all or none


def test_an_output_that_names_an_input_is_refused(tmp_path):
    case = flood_case(tmp_path / "vessary")
    police = case / "police.txt"
    before = police.read_bytes()
    result = run(["compare", case, "-f", "json", "-o", police], exit_code=2)
    error_line(result, str(police), "one of the inputs")
    assert police.read_bytes() == before


def test_a_device_is_written_in_place(tmp_path):
    # A null device of our own: were it replaced, the machine's /dev/null would not be.
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (OSError, AttributeError):
        pytest.skip("cannot make a device node here (needs root on Linux)")
    case = flood_case(tmp_path / "vessary")
    run(["compare", case, "-f", "json", "-o", device], exit_code=0)
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_fifo_is_written_in_place(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs FIFOs (POSIX)")
    case = flood_case(tmp_path / "vessary")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    run(["compare", case, "-f", "json", "-o", fifo], exit_code=0)
    reader.join(timeout=30)
    assert json.loads(got[0])["format"].startswith("claimdiff.report/")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_symlink_is_followed_not_replaced(tmp_path):
    case = flood_case(tmp_path / "vessary")
    real, link = tmp_path / "real.json", tmp_path / "link.json"
    link.symlink_to(real)
    run(["compare", case, "-f", "json", "-o", link], exit_code=0)
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))


def test_an_unwritable_output_leaves_none_of_the_runs_files(tmp_path):
    case = flood_case(tmp_path / "vessary")
    graph = tmp_path / "g.graphml"
    result = run(["compare", case, "--graph", graph, "-o", tmp_path / "missing" / "x.json"], exit_code=2)
    error_line(result, "missing", "cannot write")
    assert not graph.exists()
    junit = tmp_path / "check.xml"
    result = run(["check", case, "--junit", junit, "--sarif", tmp_path / "missing" / "s.sarif"], exit_code=2)
    error_line(result, "missing", "cannot write")
    assert not junit.exists()
    assert list(tmp_path.glob(".*")) == []


def test_a_file_name_that_is_not_utf8(tmp_path):
    case = flood_case(tmp_path / "vessary")
    name = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"r\xff.json"))
    run(["compare", case, "-f", "json", "-o", name], exit_code=0)
    assert os.path.exists(os.fsencode(name))


def _run_claimdiff(args: list[str], stdout: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "claimdiff", *args], stdout=stdout, stderr=subprocess.PIPE, timeout=120
    )


def test_a_full_device_on_stdout_is_one_line(tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("needs /dev/full")
    case = flood_case(tmp_path / "vessary")
    with open("/dev/full", "wb") as full:
        done = _run_claimdiff(["compare", str(case), "-f", "json"], full)
    assert done.returncode == 2
    assert done.stderr.decode().splitlines() == [
        "Error: standard output: cannot write (No space left on device)"
    ]


def test_a_closed_pipe_stops_quietly(tmp_path):
    case = flood_case(tmp_path / "vessary")
    read, write = os.pipe()
    os.close(read)  # the reader is gone before anything is written
    with os.fdopen(write, "wb") as pipe:
        done = _run_claimdiff(["compare", str(case), "-f", "json"], pipe)
    assert done.returncode == 141
    assert done.stderr == b""


def test_a_bug_says_it_is_one(tmp_path, monkeypatch):
    import claimdiff.pipeline

    def broken(*args, **kwargs):
        raise KeyError("voices")

    monkeypatch.setattr(claimdiff.pipeline, "compare_case", broken)
    case = flood_case(tmp_path / "vessary")
    result = CliRunner().invoke(main, ["compare", str(case)])
    assert result.exit_code == 70
    (line,) = result.stderr.splitlines()
    assert "internal error (KeyError" in line and "bug in claimdiff" in line


# ---------------------------------------------------------------------------
# terminal output: escape sequences and reordering marks are shown, never obeyed

_OSC = "\x1b]0;owned\x07"  # sets a terminal's title
_BIDI = "\u202e"  # reverses what follows


def _hostile_case(tmp_path):
    # YAML takes a control character only as an escape; an account takes it raw.
    manifest = FLOOD_MANIFEST.replace("title: Vessary floods", 'title: "Vessary\\x1b]0;owned\\x07 floods"')
    manifest = manifest.replace("source: Police", f"source: Police{_BIDI}")
    case = flood_case(tmp_path / "vessary", manifest)
    police = case / "police.txt"
    police.write_text(
        police.read_text(encoding="utf-8").replace("At least 70", f"At least{_OSC} 70"), "utf-8"
    )
    return case


def test_the_table_shows_escapes_instead_of_obeying_them(tmp_path):
    result = run(["compare", _hostile_case(tmp_path)], exit_code=0)
    assert "\x1b" not in result.stdout and _BIDI not in result.stdout
    assert "\\x1b]0;owned\\x07" in result.stdout and "\\u202e" in result.stdout


def test_the_check_output_and_the_batch_summary_show_escapes(tmp_path):
    case = _hostile_case(tmp_path)
    with open(case / "case.yaml", "a", encoding="utf-8") as fh:
        fh.write(
            f"expect:\n  - {{kind: omission, aspect: actor, fact: Army{_BIDI}, missing_in: Police{_BIDI}}}\n"
        )
    result = run(["check", case], exit_code=1)
    assert "\x1b" not in result.stdout and _BIDI not in result.stdout
    cases = tmp_path / "cases.jsonl"
    record = {"slug": f"bad{_BIDI}slug", "documents": [{"text": "Twelve people died, police said."}]}
    cases.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = run(["batch", cases, "-o", tmp_path / "out"], exit_code=1)  # the slug is refused
    summary = (tmp_path / "out" / "summary.txt").read_text(encoding="utf-8") + result.stdout
    assert _BIDI not in summary


def test_mermaid_labels_carry_no_control_characters(tmp_path):
    out = tmp_path / "report.md"
    run(["report", _hostile_case(tmp_path), "-o", out])
    mermaid = out.read_text(encoding="utf-8").split("```mermaid")[1].split("```")[0]
    assert "\x1b" not in mermaid and _BIDI not in mermaid


def test_sarif_uris_are_percent_encoded(tmp_path):
    case = flood_case(tmp_path / "two words%20")
    with open(case / "case.yaml", "a", encoding="utf-8") as fh:
        fh.write("expect:\n  - {kind: omission, aspect: actor, fact: Army, missing_in: Police}\n")
    sarif = tmp_path / "check.sarif"
    run(["check", case, "--sarif", sarif], exit_code=1)
    uris = [
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for res in json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
        for loc in res["locations"]
    ]
    assert uris and all(" " not in u and "two%20words%2520" in u for u in uris)


# ---------------------------------------------------------------------------
# batch: one case's failure is that case's, and every case gets a report of its own


def _jsonl(path, *records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _summary(out):
    return {r["slug"]: r for r in json.loads((out / "summary.json").read_text(encoding="utf-8"))["cases"]}


def test_a_lone_surrogate_fails_its_case_alone(tmp_path):
    cases = tmp_path / "cases.jsonl"
    # json.dumps writes the lone surrogate as the escape "\ud800": valid JSON, not text.
    _jsonl(
        cases,
        {"slug": "a", "documents": [{"text": "Police said 12 died \ud800 in Kelva."}]},
        {"slug": "b", "documents": [{"text": "Police said 12 died in Kelva."}]},
    )
    run(["batch", cases, "-o", tmp_path / "out"], exit_code=1)
    rows = _summary(tmp_path / "out")
    assert "lone surrogate" in rows["line-1"]["error"] and rows["b"]["ok"]


def test_a_report_that_cannot_be_written_fails_its_case_alone(tmp_path):
    cases = _jsonl(
        tmp_path / "cases.jsonl",
        {"slug": "a", "documents": [{"text": "Police said 12 died in Kelva."}]},
        {"slug": "b", "documents": [{"text": "Police said 12 died in Kelva."}]},
    )
    (tmp_path / "out" / "reports" / "a.json").mkdir(parents=True)  # a folder where the report goes
    run(["batch", cases, "-o", tmp_path / "out"], exit_code=1)
    rows = _summary(tmp_path / "out")
    assert not rows["a"]["ok"] and rows["b"]["ok"]


def test_case_folders_whose_reports_would_collide_get_a_report_each(tmp_path):
    root = tmp_path / "cases"
    flood_case(root / "x")
    flood_case(root / "x.json" / "y")
    flood_case(root / "line\nbreak")
    run(["batch", root, "-o", tmp_path / "out"], exit_code=0)
    rows = _summary(tmp_path / "out")
    reports = [rows[slug]["report"] for slug in ("x", "x.json/y", "line\nbreak")]
    assert len(set(reports)) == 3 and not any("\n" in r for r in reports)
    assert all((tmp_path / "out" / r).is_file() for r in reports)


def test_a_utf16_error_names_the_line_it_is_on(tmp_path):
    # U+0A0A is the bytes 0A 0A in UTF-16: counted as newlines, it pushed the line number on.
    bad = tmp_path / "bad.txt"
    body = "\u0a0a\u0a0a\nPolice said 12 died.\n".encode("utf-16-le") + b"\x00\xd8"
    bad.write_bytes(codecs.BOM_UTF16_LE + body)
    result = run(["compare", bad, flood_case(tmp_path / "vessary") / "mayor.txt"], exit_code=2)
    error_line(result, f"{bad}:3:", "UTF-16")


def test_a_file_named_dash_is_not_standard_input(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").write_text("Twelve people died in Vessary, the police said.\n", encoding="utf-8")
    result = run(
        ["compare", "-", "./-", "-f", "json"], input="About 30 people died, the mayor said.\n", exit_code=0
    )
    report = json.loads(result.stdout)
    assert [d["path"] for d in report["documents"]] == ["-", "./-"]
