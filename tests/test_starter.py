"""`claimdiff init`: a starter case.yaml for loose files, which reads back as a case."""

from __future__ import annotations

from pathlib import Path

from cli.helpers import FLOOD_MAYOR, FLOOD_POLICE, run

from claimdiff.ingest import load_manifest


def _files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    police, mayor = folder / "police.txt", folder / "mayor.txt"
    police.write_text(FLOOD_POLICE, encoding="utf-8")
    mayor.write_text(FLOOD_MAYOR, encoding="utf-8")
    return [police, mayor]


def test_init_writes_a_case_that_reads_back_and_compares_as_the_files(tmp_path: Path) -> None:
    files = _files(tmp_path / "floods")
    result = run(["init", *files, "--title", "Floods in Vessary", "--date", "2023-09-11"])
    manifest = tmp_path / "floods" / "case.yaml"
    assert f"Wrote {manifest}" in result.stderr
    text = manifest.read_text(encoding="utf-8")
    assert "# voices found (statements): police (" in text and "mayor (" in text
    case = load_manifest(manifest)
    assert case.title == "Floods in Vessary" and case.reference_date.isoformat() == "2023-09-11"
    assert [Path(d.path).name for d in case.documents] == ["police.txt", "mayor.txt"]
    loose = run(["compare", *files, "--date", "2023-09-11", "-f", "json"]).stdout
    folder = run(["compare", tmp_path / "floods", "-f", "json"]).stdout
    assert '"contradiction": 1' in loose and '"contradiction": 1' in folder


def test_init_never_replaces_a_case_yaml_unless_forced(tmp_path: Path) -> None:
    files = _files(tmp_path / "floods")
    manifest = tmp_path / "floods" / "case.yaml"
    manifest.write_text("title: mine\ndocuments: [{file: police.txt}]\n", encoding="utf-8")
    result = run(["init", *files], exit_code=2)
    assert "already exists" in result.stderr
    assert manifest.read_text(encoding="utf-8").startswith("title: mine")
    run(["init", *files, "--force"])
    assert load_manifest(manifest).title == "floods"


def test_init_to_stdout_and_files_outside_the_folder(tmp_path: Path) -> None:
    files = _files(tmp_path / "floods")
    out = run(["init", *files, "-o", "-"]).stdout
    assert out.startswith("# A starter case") and 'file: "police.txt"' in out
    other = tmp_path / "elsewhere" / "case.yaml"
    other.parent.mkdir()
    result = run(["init", *files, "-o", other], exit_code=2)
    assert "is not inside" in result.stderr and not other.exists()
