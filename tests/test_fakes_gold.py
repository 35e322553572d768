"""The FA-KES incident gold: manifests point at dataset rows, and the built cases run through check.

The dataset is not part of the repository; it is read from ``../shared/data/fa-kes/fakes.csv``
when present. Accuracy is not asserted here: the scores are recorded in fixtures/fakes/README.md.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
import script_module
import yaml

from claimdiff.check import check_paths
from claimdiff.ingest import load_manifest
from claimdiff.model import Expectation

ROOT = Path(__file__).resolve().parent.parent
MANIFESTS = sorted((ROOT / "fixtures" / "fakes").glob("*/manifest.yaml"))
CSV = ROOT.parent / "shared" / "data" / "fa-kes" / "fakes.csv"

needs_csv = pytest.mark.skipif(
    not CSV.is_file(), reason=f"the FA-KES dataset is not at {CSV} (it is never part of the repository)"
)


def _script() -> ModuleType:
    return script_module.load("fakes_cases")


def _voices(expectation: Expectation) -> list[str]:
    if expectation.kind == "omission":
        return [expectation.missing_in or ""]
    if expectation.kind == "revision":
        return [expectation.source or ""]
    return list(expectation.between)


def test_manifests_are_well_formed() -> None:
    assert len(MANIFESTS) >= 15
    script = _script()
    seen: dict[str, str] = {}
    for manifest in MANIFESTS:
        data = script.load(manifest)
        assert data.get("title") and data.get("reference_date"), manifest
        assert data.get("expect"), f"{manifest}: no expectations"
        outlets = {doc["outlet"] for doc in data["documents"]}
        assert len(outlets) >= 2, f"{manifest}: fewer than two outlets"
        for uid in script.unit_ids(data):
            assert uid not in seen, f"{manifest}: unit_id {uid} is already in {seen[uid]}"
            seen[uid] = manifest.parent.name
        # The repository holds pointers and gold, never article text.
        assert set(data) <= script.MANIFEST_KEYS


@needs_csv
def test_every_unit_id_exists() -> None:
    script = _script()
    rows = script.read_rows(CSV)
    for manifest in MANIFESTS:
        data = script.load(manifest)
        missing = [uid for uid in script.unit_ids(data) if uid not in rows]
        assert not missing, f"{manifest}: unit_id(s) {', '.join(missing)} not in the dataset"
        script.check_rows(manifest, data, rows)


@needs_csv
def test_cases_build_and_check(tmp_path: Path) -> None:
    script = _script()
    folders = script.build(out=tmp_path, csv_path=CSV)
    assert len(folders) == len(MANIFESTS)
    for folder in folders:
        case = load_manifest(folder)
        texts = [d.text.lower() for d in case.documents]
        assert all(d.outlet and not d.source for d in case.documents), f"{folder.name}: outlet: per document"
        # Under the narrator rule an outlet is a voice only where a text names it speaking, so a
        # voice must occur in a text or be a name the aliases give; being a document's outlet is not enough.
        names = {c.lower() for c, _ in case.aliases}
        for exp in case.expect:
            for voice in _voices(exp):
                low = voice.lower()
                assert low in names or any(low in t for t in texts), (
                    f"{folder.name}: expectation voice {voice!r} appears in no document or alias"
                )
    results = check_paths([tmp_path])
    assert {r.slug for r in results} == {f.name for f in folders}
    for result in results:
        assert len(result.outcomes) == len(load_manifest(tmp_path / result.slug).expect)


def test_missing_unit_id_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = _script()
    (tmp_path / "m" / "x").mkdir(parents=True)
    (tmp_path / "m" / "x" / "manifest.yaml").write_text(
        yaml.safe_dump(
            {
                "title": "t",
                "reference_date": "2016-01-01",
                "documents": [{"unit_id": 1, "outlet": "SANA"}, {"unit_id": 2, "outlet": "Reuters"}],
                "expect": [],
            }
        )
    )
    csv_file = tmp_path / "rows.csv"
    csv_file.write_text(
        "unit_id,article_title,article_content,source,date,location\n1,T,Body,sana,1/1/16,aleppo\n",
        encoding="cp1252",
    )
    code = script.main(
        ["build", "--out", str(tmp_path / "out"), "--csv", str(csv_file), "--manifests", str(tmp_path / "m")]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "manifest.yaml" in err and "unit_id 2" in err


def _one_manifest(tmp_path: Path, documents: list[dict[str, object]]) -> tuple[Path, Path]:
    (tmp_path / "m" / "x").mkdir(parents=True)
    (tmp_path / "m" / "x" / "manifest.yaml").write_text(
        yaml.safe_dump({"title": "t", "reference_date": "2016-01-01", "documents": documents, "expect": []})
    )
    csv_file = tmp_path / "rows.csv"
    csv_file.write_text(
        "unit_id,article_title,article_content,source,date,location\n"
        "1,T,Body,sana,1/1/16,aleppo\n2,U,Body,reuters,1/1/16,aleppo\n",
        encoding="cp1252",
    )
    return tmp_path / "m", csv_file


def _build(tmp_path: Path, folder: Path, csv_file: Path) -> int:
    return _script().main(
        ["build", "--out", str(tmp_path / "out"), "--csv", str(csv_file), "--manifests", str(folder)]
    )


def test_documents_are_declared_as_outlets(tmp_path: Path) -> None:
    folder, csv_file = _one_manifest(
        tmp_path, [{"unit_id": 1, "outlet": "SANA"}, {"unit_id": 2, "outlet": "Reuters"}]
    )
    assert _build(tmp_path, folder, csv_file) == 0
    case = yaml.safe_load((tmp_path / "out" / "x" / "case.yaml").read_text())
    assert case["documents"] == [{"file": "1.txt", "outlet": "SANA"}, {"file": "2.txt", "outlet": "Reuters"}]


def test_source_key_and_mismatching_outlet_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, csv_file = _one_manifest(
        tmp_path / "a", [{"unit_id": 1, "source": "SANA"}, {"unit_id": 2, "outlet": "Reuters"}]
    )
    assert _build(tmp_path / "a", folder, csv_file) == 2
    err = capsys.readouterr().err
    assert "outlet:, not source:" in err and len(err.strip().splitlines()) == 1
    folder, csv_file = _one_manifest(
        tmp_path / "b", [{"unit_id": 1, "outlet": "SANA"}, {"unit_id": 2, "outlet": "TASS"}]
    )
    assert _build(tmp_path / "b", folder, csv_file) == 2
    err = capsys.readouterr().err
    assert "unit_id 2 is from 'Reuters'" in err and len(err.strip().splitlines()) == 1
