"""`claimdiff compare`: exit codes, output formats, output files, graphs, stdin and colour."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat

import networkx as nx
import pytest

from .helpers import (
    ANSI,
    FLOOD_GOVERNOR,
    FLOOD_MAYOR,
    FLOOD_POLICE,
    FLOOD_RED_CROSS,
    MOURA,
    SQUARE_MINISTRY,
    SQUARE_RIGHTS_GROUP,
    SQUARE_WITNESSES,
    error_line,
    run,
    run_in_tty,
)

# Invented accounts with one kind of finding each, for --fail-on.
CASES = {
    "hard": {"police.txt": FLOOD_POLICE, "mayor.txt": FLOOD_MAYOR},
    "soft": {"governor.txt": FLOOD_GOVERNOR, "red-cross.txt": FLOOD_RED_CROSS},
    "omission": {
        "witnesses.txt": SQUARE_WITNESSES,
        "rights-group.txt": SQUARE_RIGHTS_GROUP,
        "ministry.txt": SQUARE_MINISTRY,
    },
}

SUMMARY = re.compile(
    r"^\d+ voices?, \d+ statements?, \d+ claims? .*: \d+ contradictions?.*\d+ omissions?, "
    r"\d+ revisions?, \d+ agreements?$"
)


def _report(args):
    """Run ``compare ARGS -f json --fail-on never --pairs`` and return the parsed report, every
    pairwise relation listed."""
    return json.loads(run(["compare", *args, "-f", "json", "--fail-on", "never", "--pairs"]).stdout)


@pytest.fixture
def accounts(tmp_path):
    """Write one of the invented sets of accounts; return the compare arguments for it."""

    def make(case: str) -> list[str]:
        paths = []
        for name, text in CASES[case].items():
            path = tmp_path / name
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        return [*paths, "--date", "2023-09-11"]

    return make


# ---------------------------------------------------------------------------
# the Moura fixture: the table and the default verdict


def test_moura_exits_0_and_prints_a_table_with_the_contradictions():
    result = run(["compare", MOURA], exit_code=0)
    out = result.stdout
    assert result.stderr == ""
    assert out.startswith("Moura, March 2022\n")
    assert "CONTRADICTION" in out
    assert "contradiction (hard)" in out
    assert "OMISSION" in out
    assert "AGREEMENT" in out
    assert SUMMARY.match(out.rstrip("\n").splitlines()[-1]), out.splitlines()[-1]


def test_moura_summary_line_counts_match_the_json_report():
    table = run(["compare", MOURA], exit_code=0).stdout.rstrip("\n").splitlines()[-1]
    summary = _report([MOURA])["summary"]
    assert f"{summary['contradiction']} contradictions" in table
    assert f"{summary['omission']} omission," in table  # one omission: no plural
    assert f"{summary['agreement']} agreements" in table


@pytest.mark.parametrize(
    ("fail_on", "code"), [("contradiction", 1), ("hard", 1), ("omission", 1), ("never", 0)]
)
def test_moura_fail_on(fail_on, code):
    result = run(["compare", MOURA, "--fail-on", fail_on], exit_code=code)
    assert "CONTRADICTION" in result.stdout  # the report is the same whatever the verdict


def test_fail_on_rejects_an_unknown_level():
    result = run(["compare", MOURA, "--fail-on", "agreement"], exit_code=2)
    assert "--fail-on" in result.stderr
    assert result.stdout == ""


# ---------------------------------------------------------------------------
# --fail-on on invented accounts with one kind of finding each


def test_hard_accounts_have_one_hard_casualties_contradiction(accounts):
    # The premises of test_fail_on_levels: each invented set gives one kind of finding.
    hard = _report(accounts("hard"))["relations"]
    assert [(r["kind"], r["aspect"], r["strength"]) for r in hard if r["kind"] != "agreement"] == [
        ("contradiction", "casualties", "hard")
    ]


def test_soft_accounts_have_only_soft_contradictions(accounts):
    rels = _report(accounts("soft"))["relations"]
    contradictions = [r for r in rels if r["kind"] == "contradiction"]
    assert contradictions
    assert {r["strength"] for r in contradictions} == {"soft"}
    assert not [r for r in rels if r["kind"] == "omission"]


def test_omission_accounts_have_an_omission_and_no_contradiction(accounts):
    rels = _report(accounts("omission"))["relations"]
    kinds = {r["kind"] for r in rels}
    assert "omission" in kinds
    assert "contradiction" not in kinds
    omission = next(r for r in rels if r["kind"] == "omission")
    assert omission["missing_in"] == omission["sources"][1]


@pytest.mark.parametrize(
    ("case", "fail_on", "code"),
    [
        ("hard", "contradiction", 1),
        ("hard", "hard", 1),
        ("hard", "omission", 1),
        ("hard", "never", 0),
        ("soft", "contradiction", 1),
        ("soft", "hard", 0),
        ("soft", "omission", 1),
        ("soft", "never", 0),
        ("omission", "contradiction", 0),
        ("omission", "hard", 0),
        ("omission", "omission", 1),
        ("omission", "never", 0),
    ],
)
def test_fail_on_levels(accounts, case, fail_on, code):
    run(["compare", *accounts(case), "--fail-on", fail_on], exit_code=code)


def test_compare_exits_0_when_it_ran_whatever_it_found(accounts):
    # As git diff does: contradictions found are the report, not a failure; --fail-on gates.
    for case in ("hard", "soft", "omission"):
        run(["compare", *accounts(case)], exit_code=0)


# ---------------------------------------------------------------------------
# JSON


def test_json_report_has_the_format_and_required_fields():
    result = run(["compare", MOURA, "-f", "json", "--pairs"], exit_code=0)
    report = json.loads(result.stdout)
    assert report["format"] == "claimdiff.report/4"
    assert report["case"] == {"title": "Moura, March 2022", "reference_date": "2022-04-05"}
    for key in ("documents", "sources", "statements", "relations", "summary"):
        assert key in report
    assert set(report["summary"]) >= {"agreement", "contradiction", "omission", "revision"}
    for kind, count in report["summary"].items():
        assert count == sum(1 for r in report["relations"] if r["kind"] == kind)
    assert result.stderr == ""


def test_json_spans_point_into_the_documents():
    report = _report([MOURA])
    texts = {d["id"]: open(d["path"], encoding="utf-8").read() for d in report["documents"]}
    for st in report["statements"]:
        start, end = st["span"]
        assert texts[st["document"]][start:end] == st["text"]
        for fact in st["facts"]:
            assert fact["polarity"] in ("affirmed", "denied", "hedged")


def test_json_output_is_byte_identical_between_runs():
    first = run(["compare", MOURA, "-f", "json"], exit_code=0).stdout
    second = run(["compare", MOURA, "-f", "json"], exit_code=0).stdout
    assert first == second


def test_two_plain_files_give_a_casualties_contradiction(tmp_path):
    a, b = tmp_path / "police.txt", tmp_path / "mayor.txt"
    a.write_text(FLOOD_POLICE, encoding="utf-8")
    b.write_text(FLOOD_MAYOR, encoding="utf-8")
    result = run(["compare", a, b, "-f", "json", "--pairs"], exit_code=0)
    report = json.loads(result.stdout)
    assert [d["path"] for d in report["documents"]] == [str(a), str(b)]
    assert report["case"]["reference_date"] is None
    hits = [r for r in report["relations"] if r["kind"] == "contradiction" and r["aspect"] == "casualties"]
    assert len(hits) == 1
    assert hits[0]["strength"] == "hard"
    assert "70" in hits[0]["detail"] and "30" in hits[0]["detail"]


# ---------------------------------------------------------------------------
# -o, --title, --date


def test_output_file_gets_the_report_and_stdout_stays_empty(tmp_path):
    out = tmp_path / "moura.json"
    result = run(["compare", MOURA, "-f", "json", "-o", out], exit_code=0)
    assert result.stdout == ""
    assert result.stderr == ""
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "claimdiff.report/4"
    assert out.read_text(encoding="utf-8") == run(["compare", MOURA, "-f", "json"], exit_code=0).stdout
    assert [p.name for p in tmp_path.iterdir()] == ["moura.json"]  # no temporary file left over


def test_output_file_replaces_an_existing_file(tmp_path):
    out = tmp_path / "report.txt"
    out.write_text("old report\n", encoding="utf-8")
    run(["compare", MOURA, "-o", out, "--fail-on", "never"])
    text = out.read_text(encoding="utf-8")
    assert "old report" not in text
    assert "CONTRADICTION" in text
    assert ANSI not in text


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_output_files_follow_the_umask(tmp_path):
    out, graph = tmp_path / "r.json", tmp_path / "g.dot"
    old = os.umask(0o022)
    try:
        run(["compare", MOURA, "-f", "json", "-o", out, "--graph", graph], exit_code=0)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert stat.S_IMODE(graph.stat().st_mode) == 0o644


def test_output_into_a_missing_folder_is_a_one_line_error(tmp_path):
    target = tmp_path / "no-such-folder" / "r.json"
    result = run(["compare", MOURA, "-o", target], exit_code=2)
    error_line(result, str(target), "cannot write")
    assert not target.parent.exists()


def test_title_option_names_plain_files(accounts):
    report = _report([*accounts("hard"), "--title", "Vessary floods"])
    assert report["case"]["title"] == "Vessary floods"


def test_title_option_overrides_the_case_title():
    report = _report([MOURA, "--title", "Moura (retitled)"])
    assert report["case"]["title"] == "Moura (retitled)"


def test_title_and_date_override_the_case():
    report = _report([MOURA, "--title", "Moura (retitled)", "--date", "2022-04-10"])
    assert report["case"] == {"title": "Moura (retitled)", "reference_date": "2022-04-10"}


def test_date_option_sets_the_reference_date(accounts):
    assert _report(accounts("hard"))["case"]["reference_date"] == "2023-09-11"


@pytest.mark.parametrize("bad", ["2022-13-45", "2022-02-30", "yesterday", "05/04/2022"])
def test_bad_date_exits_2(tmp_path, bad):
    out = tmp_path / "r.json"
    result = run(["compare", MOURA, "--date", bad, "-o", out], exit_code=2)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1
    assert "--date" in errors[0] and bad in errors[0]
    assert not out.exists()


# ---------------------------------------------------------------------------
# --graph


def test_graph_graphml_reads_back(tmp_path):
    path = tmp_path / "moura.graphml"
    result = run(["compare", MOURA, "--graph", path, "--pairs"], exit_code=0)
    assert "CONTRADICTION" in result.stdout  # the report still goes to stdout
    g = nx.read_graphml(path)
    assert g.is_directed() and g.is_multigraph()
    kinds = {data["kind"] for _, data in g.nodes(data=True)}
    assert kinds == {"source", "document", "statement", "claim", "position"}
    edge_kinds = {data["kind"] for _, _, data in g.edges(data=True)}
    assert {"states", "in", "supports", "contradiction", "omission", "agreement"} <= edge_kinds


def test_graph_gexf_reads_back(tmp_path):
    path = tmp_path / "moura.gexf"
    run(["compare", MOURA, "--graph", path], exit_code=0)
    g = nx.read_gexf(path)
    graphml = tmp_path / "moura.graphml"
    run(["compare", MOURA, "--graph", graphml], exit_code=0)
    h = nx.read_graphml(graphml)
    assert g.number_of_nodes() == h.number_of_nodes() > 0
    assert g.number_of_edges() == h.number_of_edges() > 0


def test_graph_node_link_json_loads(tmp_path):
    path = tmp_path / "moura.json"
    run(["compare", MOURA, "--graph", path], exit_code=0)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["directed"] is True and data["multigraph"] is True
    edges = "links" if "links" in data else "edges"
    g = nx.node_link_graph(data, edges=edges)
    assert g.number_of_nodes() == len(data["nodes"]) > 0
    assert any(d["kind"] == "contradiction" for _, _, d in g.edges(data=True))


@pytest.mark.parametrize("suffix", [".dot", ".gv"])
def test_graph_dot(tmp_path, suffix):
    path = tmp_path / f"moura{suffix}"
    run(["compare", MOURA, "--graph", path], exit_code=0)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("digraph")
    assert text.rstrip().endswith("}")


def test_graph_mermaid(tmp_path):
    path = tmp_path / "moura.mmd"
    run(["compare", MOURA, "--graph", path], exit_code=0)
    text = path.read_text(encoding="utf-8")
    assert text.split()[0] in ("flowchart", "graph")
    assert "contradiction" in text


def test_graph_and_output_file_together(tmp_path):
    graph, out = tmp_path / "g.graphml", tmp_path / "r.json"
    result = run(["compare", MOURA, "--graph", graph, "-f", "json", "-o", out], exit_code=0)
    assert result.stdout == ""
    assert graph.is_file()
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "claimdiff.report/4"


@pytest.mark.parametrize("name", ["x.png", "graph", "x.svg"])
def test_graph_with_an_unknown_suffix_writes_nothing(tmp_path, name):
    graph, out = tmp_path / name, tmp_path / "report.json"
    result = run(["compare", MOURA, "--graph", graph, "-f", "json", "-o", out], exit_code=2)
    error_line(result, name, ".graphml")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------
# standard input


def test_stdin_dash_is_a_document(tmp_path):
    mayor = tmp_path / "mayor.txt"
    mayor.write_text(FLOOD_MAYOR, encoding="utf-8")
    result = run(["compare", "-", mayor, "-f", "json", "--pairs"], input=FLOOD_POLICE, exit_code=0)
    report = json.loads(result.stdout)
    assert [d["path"] for d in report["documents"]] == ["-", str(mayor)]
    assert any(st["text"].startswith("At least 70 people died") for st in report["statements"])
    assert any(r["kind"] == "contradiction" and r["aspect"] == "casualties" for r in report["relations"])


def test_stdin_alone(tmp_path):
    result = run(["compare", "-", "-f", "json", "--fail-on", "never"], input=FLOOD_POLICE + FLOOD_MAYOR)
    report = json.loads(result.stdout)
    assert [d["path"] for d in report["documents"]] == ["-"]
    assert report["statements"]


def test_stdin_bytes_with_crlf_and_bom(tmp_path):
    data = b"\xef\xbb\xbf" + FLOOD_POLICE.replace("\n", "\r\n").encode("utf-8")
    report = json.loads(run(["compare", "-", "-f", "json", "--fail-on", "never"], input=data).stdout)
    for st in report["statements"]:
        assert "\r" not in st["text"] and "\ufeff" not in st["text"]
    assert report["statements"][0]["span"][0] == 0


# ---------------------------------------------------------------------------
# colour


@pytest.mark.parametrize("extra", [[], ["--no-color"], ["-f", "json"]])
def test_no_ansi_escapes_when_not_a_terminal(extra):
    result = run(["compare", MOURA, *extra], exit_code=0)
    assert ANSI not in result.stdout
    assert ANSI not in result.stderr


def test_no_color_env_in_process(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert ANSI not in run(["compare", MOURA], exit_code=0).stdout


def test_terminal_output_is_coloured():
    out = run_in_tty(["compare", "fixtures/moura"])
    assert b"CONTRADICTION" in out
    assert ANSI.encode() in out


@pytest.mark.parametrize(("env", "extra"), [({"NO_COLOR": "1"}, []), ({}, ["--no-color"])])
def test_terminal_output_respects_no_color(env, extra):
    out = run_in_tty(["compare", "fixtures/moura", *extra], env=env)
    assert b"CONTRADICTION" in out
    assert ANSI.encode() not in out


def test_terminal_output_to_a_file_is_not_coloured(tmp_path):
    out = tmp_path / "r.txt"
    assert run_in_tty(["compare", "fixtures/moura", "-o", str(out)]) == b""
    assert ANSI not in out.read_text(encoding="utf-8")


def test_lang_reads_documents_in_the_language_named_and_refuses_one_without_data(tmp_path):
    (tmp_path / "a.txt").write_text("The army said 203 fighters were killed.\n", encoding="utf-8")
    detected = json.loads(run(["compare", tmp_path / "a.txt", "-f", "json"]).stdout)
    forced = json.loads(run(["compare", tmp_path / "a.txt", "-f", "json", "--lang", "fr"]).stdout)
    assert [d["language"] for d in detected["documents"]] == ["en"]
    assert [d["language"] for d in forced["documents"]] == ["fr"]
    result = run(["compare", tmp_path / "a.txt", "--lang", "zz"], exit_code=2)
    assert "'zz' is not one of" in result.stderr


@pytest.mark.parametrize(
    ("name", "fmt", "opening"),
    [
        ("report.json", None, '{\n  "format": "claimdiff.report/4"'),
        ("comment.md", None, "# Moura, March 2022"),
        ("graph.graphml", None, "<graphml "),
        ("notes.txt", None, "Moura, March 2022"),
        ("report.json", "table", "Moura, March 2022"),  # a format given outranks the suffix
    ],
)
def test_the_output_suffix_picks_the_format_unless_one_is_given(tmp_path, name, fmt, opening):
    out = tmp_path / name
    run(["compare", MOURA, "-o", out, "--fail-on", "never", *(["-f", fmt] if fmt else [])])
    assert out.read_text(encoding="utf-8").startswith(opening)


def test_dash_as_output_is_standard_output(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = run(["report", MOURA, "-o", "-", "-f", "markdown"]).stdout
    assert page.startswith("# Moura, March 2022")
    table = run(["compare", MOURA, "-o", "-", "--fail-on", "never"]).stdout
    assert table.startswith("Moura, March 2022")
    data = json.loads(run(["compare", MOURA, "-o", "-", "-f", "json", "--fail-on", "never"]).stdout)
    assert data["format"] == "claimdiff.report/4"
    assert not (tmp_path / "-").exists()  # no file named "-"


# ---------------------------------------------------------------------------
# flat exports and named voices

UNNAMED = "In all, 12 people were killed in the blast on Monday.\n"
OTHER = "In all, 40 people were killed in the blast on Monday.\n"


@pytest.mark.parametrize(("suffix", "first"), [(".csv", "relation,kind,"), (".tsv", "relation\tkind\t")])
def test_output_suffix_picks_a_flat_format(tmp_path, suffix, first):
    out = tmp_path / f"relations{suffix}"
    run(["compare", MOURA, "-o", out, "--pairs"])
    text = out.read_bytes().decode("utf-8")
    assert text.startswith(first)
    assert text.count("\r\n") > len(_report([MOURA])["relations"])  # a header and a row each, at least


def test_jsonl_has_one_relation_per_line():
    lines = run(["compare", MOURA, "-f", "jsonl", "--pairs"]).stdout.splitlines()
    ids = [json.loads(line)["relation"] for line in lines]
    assert ids == [r["id"] for r in _report([MOURA])["relations"]]


def test_source_names_the_voice_of_a_file_and_of_stdin(tmp_path):
    ministry = tmp_path / "statement-0412.txt"
    ministry.write_text(UNNAMED, encoding="utf-8")
    args = [ministry, "-", "--source", f"{ministry}=Ministry of Health", "--source", "-=Hospital"]
    report = json.loads(run(["compare", *args, "-f", "json", "--pairs"], input=OTHER).stdout)
    assert [s["name"] for s in report["sources"]] == ["Ministry of Health", "Hospital"]
    (rel,) = report["relations"]
    assert rel["kind"] == "contradiction" and rel["sources"] == ["s1", "s2"]


def test_without_source_a_file_is_named_after_itself(tmp_path):
    ministry = tmp_path / "statement-0412.txt"
    ministry.write_text(UNNAMED, encoding="utf-8")
    report = json.loads(run(["compare", ministry, "-", "-f", "json"], input=OTHER).stdout)
    assert [s["name"] for s in report["sources"]] == ["statement-0412", "stdin"]


@pytest.mark.parametrize(
    ("option", "says"),
    [
        ("nothing-to-name", "FILE=NAME"),
        ("x.txt=", "FILE=NAME"),
        ("other.txt=Ministry", "not one of the inputs"),
    ],
)
def test_a_bad_source_is_a_one_line_error(tmp_path, option, says):
    ministry = tmp_path / "x.txt"
    ministry.write_text(UNNAMED, encoding="utf-8")
    result = run(["compare", ministry, "--source", option], exit_code=2)
    assert says in result.stderr and len(result.stderr.strip().splitlines()) == 1


# ---------------------------------------------------------------------------
# --only


def test_only_shows_the_kinds_asked_for():
    out = run(["compare", MOURA, "--only", "contradiction,omission"]).stdout
    assert "CONTRADICTION" in out and "OMISSION" in out and "AGREEMENT" not in out
    last = out.rstrip("\n").splitlines()[-1]
    assert last.endswith("2 contradictions (2 hard), 1 omission (only these kinds shown)"), last


def test_only_filters_every_format_and_says_so_in_json():
    whole = _report([MOURA])
    report = json.loads(run(["compare", MOURA, "-f", "json", "--only", "omission"]).stdout)
    assert report["only"] == ["omission"] and report["conflicts"] == []
    omissions = [r["id"] for r in whole["relations"] if r["kind"] == "omission"]
    assert [r["id"] for r in report["relations"]] == omissions
    rows = run(["compare", MOURA, "-f", "jsonl", "--only", "agreement"]).stdout.splitlines()
    assert rows and all(json.loads(row)["kind"] == "agreement" for row in rows)
    assert "only" not in whole


def test_only_with_nothing_of_that_kind_says_so():
    out = run(["compare", MOURA, "--only", "revision"]).stdout
    assert "No revision found between the voices." in out


def test_fail_on_weighs_everything_found_not_only_what_is_shown():
    run(["compare", MOURA, "--only", "agreement", "--fail-on", "contradiction"], exit_code=1)


@pytest.mark.parametrize("bad", ["agreements", "contradiction,nonsense", ","])
def test_an_unknown_kind_for_only_is_a_one_line_error(bad):
    result = run(["compare", MOURA, "--only", bad], exit_code=2)
    assert "--only" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_report_only(tmp_path):
    out = tmp_path / "comment.md"
    run(["report", MOURA, "-o", out, "--only", "contradiction"])
    text = out.read_text(encoding="utf-8")
    assert "Only these kinds are shown." in text
    assert "## Agreement" not in text and "## Contradiction" in text


def test_markdown_limit_cuts_the_comment_and_zero_never_cuts(tmp_path):
    short, full = tmp_path / "short.md", tmp_path / "full.md"
    run(["report", MOURA, "-o", short, "--markdown-limit", "5000"])
    run(["report", MOURA, "-o", full, "--markdown-limit", "0"])
    text = short.read_text(encoding="utf-8")
    assert len(text) <= 5000 and "Cut to fit a comment** (5,000 characters" in text
    assert "Cut to fit" not in full.read_text(encoding="utf-8")
    assert run(["compare", MOURA, "-f", "markdown", "--markdown-limit", "5000"]).stdout == text


# ---------------------------------------------------------------------------
# a table that fits the terminal


def test_on_a_narrow_terminal_the_table_wraps_to_its_width():
    out = run_in_tty(["compare", "fixtures/moura", "--no-color"], env={"COLUMNS": "72"})
    lines = out.decode("utf-8").replace("\r\n", "\n").rstrip("\n").split("\n")
    assert max(len(line) for line in lines) <= 72, max(lines, key=len)
    text = "\n".join(lines)
    assert "x1 · contradiction (hard) · victims" in text
    assert "  side A: French Foreign Ministry, United States" in text


def test_on_a_wide_terminal_and_in_a_pipe_the_table_keeps_its_columns():
    wide = run_in_tty(["compare", "fixtures/moura", "--no-color"], env={"COLUMNS": "400"}).decode("utf-8")
    piped = run(["compare", MOURA]).stdout
    assert wide.replace("\r\n", "\n") == piped
    assert "id    kind" in piped


# ---------------------------------------------------------------------------
# positions by default, pairs on request


def _many_outlets(tmp_path, n: int) -> list[str]:
    """``n`` outlets telling one toll in the same words, and a ministry telling another."""
    tmp_path.mkdir(exist_ok=True)
    paths = []
    for i in range(n):
        path = tmp_path / f"outlet{i:02d}.txt"
        path.write_text("At least 12 people were killed in the fire in Tarvel on Monday.\n", encoding="utf-8")
        paths.append(str(path))
    ministry = tmp_path / "ministry.txt"
    ministry.write_text("Only 3 people were killed in the fire in Tarvel on Monday.\n", encoding="utf-8")
    return [*paths, str(ministry), "--date", "2024-05-08"]


def test_by_default_the_report_lists_positions_and_grows_with_the_voices(tmp_path):
    args = _many_outlets(tmp_path, 30)
    folded = json.loads(run(["compare", *args, "-f", "json"], exit_code=0).stdout)
    full = json.loads(run(["compare", *args, "-f", "json", "--pairs"], exit_code=0).stdout)
    assert (folded["pairs"], full["pairs"]) == (False, True)
    assert folded["summary"] == full["summary"]
    assert full["summary"]["contradiction"] == 30 and len(full["relations"]) > 400
    assert folded["relations"] == []  # every pair is gathered by a position or a conflict
    (conflict,) = folded["conflicts"]
    assert conflict["pairs"] == 30 and "relations" not in conflict
    assert [len(side) for side in conflict["sides"]] == [30, 1]
    toll = next(p for p in folded["positions"] if p["label"] == "At least 12")
    assert (len(toll["sources"]), toll["pairs"]) == (30, 435)
    # The table names a side's first twelve voices and counts the rest; the JSON names all.
    table = run(["compare", *args]).stdout
    assert "and 18 more" in " ".join(table.split())
    # Thirty outlets more add thirty voices to the sides, not 1,800 relations to the list.
    bigger = json.loads(run(["compare", *_many_outlets(tmp_path / "more", 60), "-f", "json"]).stdout)
    assert len(bigger["relations"]) == 0 and len(bigger["positions"]) == len(folded["positions"])


def test_pairs_leave_the_exit_code_and_the_counts_as_they_were(tmp_path):
    args = _many_outlets(tmp_path, 3)
    for extra in ([], ["--pairs"]):
        result = run(["compare", *args, "--fail-on", "hard", *extra], exit_code=1)
        assert result.stdout.rstrip().endswith(
            "3 contradictions (3 hard), 0 omissions, 0 revisions, 15 agreements"
        )
    table = run(["compare", *args]).stdout
    assert "(3 pairs)" in table and "BY VOICE PAIR" not in table
    assert "BY VOICE PAIR" in run(["compare", *args, "--pairs"]).stdout


def test_the_flat_formats_give_one_row_per_conflict_accord_or_shared_position(tmp_path):
    args = _many_outlets(tmp_path, 3)
    rows = list(csv.DictReader(io.StringIO(run(["compare", *args, "-f", "csv"]).stdout, newline="")))
    assert [r["relation"] for r in rows] == ["x1", "p1", "p3", "p4"]
    assert rows[0]["voice_a"] == "outlet00; outlet01; outlet02" and rows[0]["voice_b"] == "ministry"
    assert (rows[0]["value_a"], rows[0]["value_b"]) == ("killed: >= 12", "killed: 3")
    paired = run(["compare", *args, "-f", "jsonl", "--pairs"]).stdout.splitlines()
    assert len(paired) == 3 + 15


def test_mermaid_draws_positions_when_the_pairs_are_folded(tmp_path):
    args = _many_outlets(tmp_path, 3)
    folded = run(["compare", *args, "-f", "mermaid"]).stdout
    assert 'p1(["casualties: At least 12"])' in folded
    assert folded.count(" --- p1") == 3  # each outlet holds the toll
    paired = run(["compare", *args, "-f", "mermaid", "--pairs"]).stdout
    assert "p1" not in paired


def test_the_html_page_links_positions_unless_asked_for_pairs(tmp_path):
    def data(page: str) -> dict:
        start = page.index('<script type="application/json" id="data">') + len(
            '<script type="application/json" id="data">'
        )
        return json.loads(page[start : page.index("</script>", start)])

    args = _many_outlets(tmp_path, 3)
    folded = data(run(["compare", *args, "-f", "html"]).stdout)
    paired = data(run(["compare", *args, "-f", "html", "--pairs"]).stdout)
    assert [r["id"] for r in folded["relations"]] == ["x1", "p1", "p3", "p4"]
    assert folded["relations"][0]["voices"] == ["outlet00, outlet01, outlet02", "ministry"]
    assert [len(side) for side in folded["relations"][0]["sides"]] == [3, 1]
    assert len(paired["relations"]) == 18 and folded["counts"] == paired["counts"]
