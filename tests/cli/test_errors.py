"""Every exit-2 path of `claimdiff compare`: one line on stderr naming the file, nothing written."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from claimdiff.errors import DatasetError
from claimdiff.ingest import load_manifest

from .helpers import (
    FLOOD_MANIFEST,
    FLOOD_MAYOR,
    FLOOD_POLICE,
    MOURA,
    error_line,
    flood_case,
    run,
    write_case,
)


def _compare_fails(tmp_path: Path, *paths: object, input: bytes | str | None = None):
    """Run ``compare PATHS -o report.json``: exit 2 and no report file."""
    out = tmp_path / "report.json"
    result = run(["compare", *paths, "-f", "json", "-o", out], input=input, exit_code=2)
    assert not out.exists()
    assert not list(tmp_path.glob(".report.json.*")), "temporary file left behind"
    return result


@pytest.fixture
def mayor(tmp_path):
    path = tmp_path / "mayor.txt"
    path.write_text(FLOOD_MAYOR, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------
# documents


def test_missing_file(tmp_path, mayor):
    missing = tmp_path / "police.txt"
    result = _compare_fails(tmp_path, missing, mayor)
    error_line(result, str(missing), "no such file")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"   \n\t\n  ",
        b"\r\n\r\n",
        codecs.BOM_UTF8,
        codecs.BOM_UTF8 + b"\n \n",
        "\u200b\u200c\u2060\ufeff\n".encode(),
    ],
    ids=["empty", "whitespace", "blank-lines", "bom-only", "bom-and-whitespace", "zero-width"],
)
def test_empty_document(tmp_path, mayor, content):
    empty = tmp_path / "police.txt"
    empty.write_bytes(content)
    result = _compare_fails(tmp_path, empty, mayor)
    error_line(result, str(empty), "empty")


def test_binary_file(tmp_path, mayor):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    result = _compare_fails(tmp_path, mayor, binary)
    error_line(result, str(binary), "binary")


def test_utf16_without_bom_is_refused(tmp_path, mayor):
    utf16 = tmp_path / "police.txt"
    utf16.write_bytes(FLOOD_POLICE.encode("utf-16-le"))
    result = _compare_fails(tmp_path, utf16, mayor)
    error_line(result, str(utf16), "UTF-16")


def test_latin1_file_names_the_file_and_the_line(tmp_path, mayor):
    latin = tmp_path / "cafe.txt"
    latin.write_bytes(
        b"The flood reached the main square on Saturday.\n"
        b"Water poured into the caf\xe9 on the corner, the owner said.\n"
    )
    result = _compare_fails(tmp_path, latin, mayor)
    line = error_line(result, f"{latin}:2:", "UTF-8", "0xe9")
    assert "iconv" in line  # says how to fix it


def test_latin1_on_stdin(tmp_path, mayor):
    result = _compare_fails(tmp_path, "-", mayor, input=b"Les eaux ont envahi le caf\xe9.\n")
    error_line(result, "<stdin>:1:", "UTF-8")


def test_empty_stdin(tmp_path, mayor):
    result = _compare_fails(tmp_path, "-", mayor, input=b"")
    error_line(result, "<stdin>", "empty")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_accepted(tmp_path, mayor, codec):
    police = tmp_path / "police.txt"
    data = FLOOD_POLICE.encode(codec)
    if codec != "utf-16":  # the explicit-endian codecs write no BOM
        data = "\ufeff".encode(codec) + data
    police.write_bytes(data)
    result = run(["compare", police, mayor, "-f", "json", "--fail-on", "never"])
    report = json.loads(result.stdout)
    assert any(st["text"].startswith("At least 70 people died") for st in report["statements"])


def test_utf8_with_bom_is_accepted(tmp_path, mayor):
    police = tmp_path / "police.txt"
    police.write_bytes(codecs.BOM_UTF8 + FLOOD_POLICE.encode("utf-8"))
    result = run(["compare", police, mayor, "-f", "json"], exit_code=0)
    report = json.loads(result.stdout)
    first = report["statements"][0]
    assert first["document"] == "d1"
    assert first["span"][0] == 0
    assert first["text"].startswith("Floodwaters")


def test_folder_without_case_or_text_files(tmp_path, mayor):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "data.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    result = _compare_fails(tmp_path, folder, mayor)
    error_line(result, str(folder), "no case.yaml")


def test_case_folder_with_another_file(tmp_path, mayor):
    result = _compare_fails(tmp_path, MOURA, mayor)
    error_line(result, MOURA, "on its own")


def test_file_before_a_case_folder(tmp_path, mayor):
    result = _compare_fails(tmp_path, mayor, MOURA)
    error_line(result, MOURA, "on its own")


def test_unknown_format_is_a_usage_error(tmp_path):
    out = tmp_path / "r.txt"
    result = run(["compare", MOURA, "-f", "pdf", "-o", out], exit_code=2)
    assert "Traceback" not in result.stderr
    assert "pdf" in result.stderr
    assert not out.exists()


# ---------------------------------------------------------------------------
# case.yaml


def _case_fails(tmp_path: Path, manifest: str, docs: dict[str, str] | None = None) -> tuple[str, str]:
    """Write a case, compare it, check the exit-2 contract; return (manifest path, error line)."""
    case = write_case(
        tmp_path / "vessary", manifest, docs or {"police.txt": FLOOD_POLICE, "mayor.txt": FLOOD_MAYOR}
    )
    result = _compare_fails(tmp_path, case)
    manifest_path = str(case / "case.yaml")
    return manifest_path, error_line(result, manifest_path)


def test_the_valid_flood_case_runs(tmp_path):
    # The base the broken manifests below are derived from.
    case = flood_case(tmp_path / "vessary")
    report = json.loads(run(["compare", case, "-f", "json"], exit_code=0).stdout)
    assert report["case"] == {"title": "Vessary floods", "reference_date": "2023-09-11"}
    assert [s["name"] for s in report["sources"]][:2] == ["Police", "Mayor"]


def test_yaml_syntax_error_gives_the_line(tmp_path):
    manifest = FLOOD_MANIFEST.replace("source: Mayor", "source: [Mayor")
    path, line = _case_fails(tmp_path, manifest + "aliases:\n  Mayor: [mayor of Vessary]\n")
    assert line.startswith(f"Error: {path}:")
    assert "invalid YAML" in line
    number = int(line.split(f"{path}:")[1].split(":")[0])
    assert 7 <= number <= 8  # the unclosed bracket is on line 7; PyYAML notices on line 8


def test_yaml_tab_indentation(tmp_path):
    path, line = _case_fails(tmp_path, FLOOD_MANIFEST.replace("    source: Police", "\tsource: Police"))
    assert f"{path}:" in line and "YAML" in line


def test_empty_manifest(tmp_path):
    _case_fails(tmp_path, "")


def test_manifest_that_is_a_list(tmp_path):
    _case_fails(tmp_path, "- police.txt\n- mayor.txt\n")


def test_manifest_without_documents(tmp_path):
    _, line = _case_fails(tmp_path, "title: Vessary floods\ndocuments: []\n")
    assert "documents" in line


def test_unknown_top_level_key(tmp_path):
    path, line = _case_fails(tmp_path, FLOOD_MANIFEST + "sumary: two tolls\n")
    assert line.startswith(f"Error: {path}:8: ")
    assert "'sumary'" in line
    assert "reference_date" in line  # lists the keys that are allowed


def test_unknown_document_key(tmp_path):
    path, line = _case_fails(tmp_path, FLOOD_MANIFEST.replace("source: Mayor", "sorce: Mayor"))
    assert line.startswith(f"Error: {path}:7: ")
    assert "'sorce'" in line


def test_unknown_expectation_key(tmp_path):
    manifest = FLOOD_MANIFEST + (
        "expect:\n"
        "  - {kind: contradiction, aspect: casualties, between: [Police, Mayor]}\n"
        "  - {kind: agreement, aspect: place, between: [Police, Mayor], confidence: high}\n"
    )
    path, line = _case_fails(tmp_path, manifest)
    assert line.startswith(f"Error: {path}:10: ")
    assert "'confidence'" in line


@pytest.mark.parametrize(
    ("item", "bad"),
    [
        ("{kind: disagreement, aspect: casualties, between: [Police, Mayor]}", "'disagreement'"),
        ("{kind: contradiction, aspect: weather, between: [Police, Mayor]}", "'weather'"),
        ("{kind: contradiction, aspect: casualties, between: [Police, Mayor], strength: mild}", "'mild'"),
    ],
    ids=["kind", "aspect", "strength"],
)
def test_value_outside_the_vocabulary(tmp_path, item, bad):
    manifest = (
        FLOOD_MANIFEST
        + f"expect:\n  - {{kind: agreement, aspect: time, between: [Police, Mayor]}}\n  - {item}\n"
    )
    path, line = _case_fails(tmp_path, manifest)
    assert line.startswith(f"Error: {path}:10: ")
    assert bad in line
    assert "is not one of" in line


def test_expectation_missing_a_required_field(tmp_path):
    manifest = FLOOD_MANIFEST + "expect:\n  - {kind: omission, aspect: actor, fact: Army}\n"
    path, line = _case_fails(tmp_path, manifest)
    assert line.startswith(f"Error: {path}:9: ")
    assert "missing_in" in line


@pytest.mark.parametrize("rel", ["../outside.txt", "sub/../../outside.txt"])
def test_document_path_leaving_the_folder(tmp_path, rel):
    (tmp_path / "outside.txt").write_text(FLOOD_MAYOR, encoding="utf-8")  # it exists, but out of bounds
    path, line = _case_fails(tmp_path, FLOOD_MANIFEST.replace("file: mayor.txt", f"file: {rel}"))
    assert line.startswith(f"Error: {path}:6: ")
    assert "leaves the case folder" in line
    assert rel in line


def test_absolute_document_path(tmp_path):
    target = tmp_path / "outside.txt"
    target.write_text(FLOOD_MAYOR, encoding="utf-8")
    path, line = _case_fails(tmp_path, FLOOD_MANIFEST.replace("file: mayor.txt", f"file: {target}"))
    assert line.startswith(f"Error: {path}:6: ")
    assert "leaves the case folder" in line


def test_symlink_leaving_the_folder(tmp_path):
    target = tmp_path / "outside.txt"
    target.write_text(FLOOD_MAYOR, encoding="utf-8")
    case = write_case(tmp_path / "vessary", FLOOD_MANIFEST, {"police.txt": FLOOD_POLICE})
    try:
        (case / "mayor.txt").symlink_to(target)
    except OSError:
        pytest.skip("cannot create symlinks here")
    result = _compare_fails(tmp_path, case)
    error_line(result, f"{case / 'case.yaml'}:6:", "leaves the case folder")


def test_document_that_does_not_exist(tmp_path):
    manifest = FLOOD_MANIFEST.replace("file: mayor.txt", "file: mayor-statement.txt")
    path, line = _case_fails(tmp_path, manifest)
    assert line.startswith(f"Error: {path}:6: ")
    assert "'mayor-statement.txt'" in line
    assert "does not exist" in line


def test_document_of_a_case_that_is_not_utf8(tmp_path):
    case = write_case(
        tmp_path / "vessary",
        FLOOD_MANIFEST,
        {"police.txt": FLOOD_POLICE, "mayor.txt": FLOOD_MAYOR.encode("utf-8") + b"Caf\xe9 owners fled.\n"},
    )
    result = _compare_fails(tmp_path, case)
    error_line(result, f"{case / 'mayor.txt'}:2:", "UTF-8")


def test_empty_document_of_a_case(tmp_path):
    case = write_case(tmp_path / "vessary", FLOOD_MANIFEST, {"police.txt": FLOOD_POLICE, "mayor.txt": ""})
    result = _compare_fails(tmp_path, case)
    error_line(result, str(case / "mayor.txt"), "empty")


@pytest.mark.parametrize("date", ["2022-02-30", "2023-13-01", "2023-00-10"])
def test_reference_date_that_is_not_a_calendar_date(tmp_path, date):
    path, line = _case_fails(tmp_path, FLOOD_MANIFEST.replace("2023-09-11", date))
    assert line.startswith(f"Error: {path}:2: ")
    assert "reference_date" in line
    assert date in line


@pytest.mark.parametrize("date", ["11 September 2023", "2023-9-11", "20230911"])
def test_reference_date_in_another_format(tmp_path, date):
    path, line = _case_fails(tmp_path, FLOOD_MANIFEST.replace("2023-09-11", f"'{date}'"))
    assert line.startswith(f"Error: {path}:2: ")
    assert "reference_date" in line


# ---------------------------------------------------------------------------
# YAML 1.2 scalars


@pytest.mark.parametrize("title", ["NO", "No", "no", "yes", "off", "On", "y", "n"])
def test_norway_problem_titles_stay_strings(tmp_path, title):
    case = flood_case(tmp_path / "vessary", FLOOD_MANIFEST.replace("Vessary floods", title))
    assert load_manifest(case).title == title


def test_norway_problem_voices_stay_strings(tmp_path):
    case = flood_case(tmp_path / "vessary", FLOOD_MANIFEST.replace("source: Mayor", "source: NO"))
    assert [d.source for d in load_manifest(case).documents] == ["Police", "NO"]


def test_true_false_are_still_booleans(tmp_path):
    case = flood_case(tmp_path / "vessary", FLOOD_MANIFEST + "heldout: true\n")
    assert load_manifest(case).heldout is True
    case = flood_case(tmp_path / "other", FLOOD_MANIFEST + "heldout: yes\n")
    with pytest.raises(DatasetError, match="heldout"):
        load_manifest(case)


def test_norway_title_through_the_cli(tmp_path):
    case = flood_case(tmp_path / "vessary", FLOOD_MANIFEST.replace("Vessary floods", "NO"))
    report = json.loads(run(["compare", case, "-f", "json", "--fail-on", "never"]).stdout)
    assert report["case"]["title"] == "NO"


def test_a_dataset_folder_given_to_compare_points_to_check_and_batch(tmp_path):
    # Its README would otherwise be read as the one account of a case.
    (tmp_path / "README.md").write_text("Cases of floods, with their expectations.\n", encoding="utf-8")
    for name in ("flood-a", "flood-b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "case.yaml").write_text("documents: []\n", encoding="utf-8")
    for command in ("compare", "report"):
        args = [command, tmp_path] + (["-o", tmp_path / "out.html"] if command == "report" else [])
        line = error_line(run(args, exit_code=2), str(tmp_path), "2 case folders", "claimdiff check")
        assert "claimdiff batch" in line
    assert not (tmp_path / "out.html").exists()


def _jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


_FLOOD_RECORD = {
    "title": "Flood",
    "documents": [{"text": FLOOD_POLICE, "source": "Police"}, {"text": FLOOD_MAYOR, "source": "Mayor"}],
}


def test_a_json_lines_file_of_one_case_is_that_case(tmp_path):
    # Read as text it was one account of escaped JSON, with no voice in it.
    path = _jsonl(tmp_path / "flood.jsonl", _FLOOD_RECORD)
    report = json.loads(run(["compare", path, "-f", "json"]).stdout)
    assert {s["name"] for s in report["sources"]} >= {"Police", "Mayor"}
    assert len(report["documents"]) == 2


def test_a_json_lines_file_of_several_cases_points_to_batch(tmp_path):
    path = _jsonl(tmp_path / "cases.jsonl", _FLOOD_RECORD | {"slug": "a"}, _FLOOD_RECORD | {"slug": "b"})
    result = _compare_fails(tmp_path, path)
    assert "claimdiff batch" in error_line(result, str(path), "several cases")


def test_a_json_lines_file_is_compared_alone(tmp_path, mayor):
    path = _jsonl(tmp_path / "flood.jsonl", _FLOOD_RECORD)
    result = _compare_fails(tmp_path, path, mayor)
    error_line(result, str(path), "alone")
