"""scripts/realnews.py: a manifest's pages become a case, each document with what the manifest says of it."""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import ModuleType

import script_module
import yaml

PAGE = "Harbour officials said nine people died when the ferry capsized on Tuesday.\n"


def _script() -> ModuleType:
    return script_module.load("realnews")


def _event(tmp_path: Path, **extra: str) -> tuple[Path, Path]:
    manifests, work = tmp_path / "manifests", tmp_path / "work"
    (work / "pages" / "ferry-2020").mkdir(parents=True)
    (work / "pages" / "ferry-2020" / "1.txt").write_text(PAGE, encoding="utf-8")
    digest = hashlib.sha256(PAGE.encode()).hexdigest()
    doc = {"page": 1, "query": "ferry", "url": "https://example.org/a", "page_sha256": digest}
    doc.update({"start": 0, "end": len(PAGE), "sha256": digest, "outlet": "Harbour Daily", **extra})
    (manifests / "ferry-2020").mkdir(parents=True)
    manifest = {"title": "Ferry", "reference_date": "2020-05-06", "documents": [doc], "expect": []}
    (manifests / "ferry-2020" / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    return manifests, work


def test_a_page_s_publication_day_reaches_the_case(tmp_path: Path) -> None:
    manifests, work = _event(tmp_path, published="2020-05-05")
    assert _script().main(["build", "--manifests", str(manifests), "--work", str(work)]) == 0
    case = yaml.safe_load((work / "cases" / "ferry-2020" / "case.yaml").read_text(encoding="utf-8"))
    assert case["documents"][0]["published"] == "2020-05-05"
    assert case["documents"][0]["outlet"] == "Harbour Daily"


def test_a_publication_day_that_is_no_date_is_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    manifests, work = _event(tmp_path, published="last Tuesday")
    assert _script().main(["check", "--manifests", str(manifests), "--work", str(work)]) == 2
    err = capsys.readouterr().err
    assert "published" in err and "YYYY-MM-DD" in err and len(err.strip().splitlines()) == 1
