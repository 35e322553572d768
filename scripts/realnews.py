"""Re-create the real-news development set from its manifests.

The repository holds no article text. Each ``fixtures/realnews/<event>/manifest.yaml`` names,
per document, the page a search returned (``url``, ``query``), the sha256 of that page's stored
text, the character offsets of the excerpt in it and the excerpt's sha256. The page texts live
in the git-ignored folder ``.realnews/pages/<event>/<page>.txt``; see fixtures/realnews/README.md.

    python scripts/realnews.py check    # are all page texts present and unchanged?
    python scripts/realnews.py build    # cut the excerpts into .realnews/cases/<event>/

``build`` writes one case folder per event (``case.yaml`` and ``01.txt``, ``02.txt``, ...) that
``claimdiff check .realnews/cases`` runs. Any missing page or checksum mismatch is reported on
one line naming the manifest and the document, and the script exits with status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
MANIFESTS = ROOT / "fixtures" / "realnews"
WORK = ROOT / ".realnews"
DOC_KEYS = {"page", "query", "url", "page_sha256", "start", "end", "sha256", "outlet", "title", "published"}


class SetError(Exception):
    """A manifest or a page text is wrong; the message is one line."""


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def manifests(root: Path) -> list[Path]:
    found = sorted(root.glob("*/manifest.yaml"))
    if not found:
        raise SetError(f"{root}: no */manifest.yaml found")
    return found


def load(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise SetError(f"{path}: invalid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list) or not data["documents"]:
        raise SetError(f"{path}: needs a non-empty 'documents' list")
    for i, doc in enumerate(data["documents"], 1):
        where = f"{path}: document {i}"
        if not isinstance(doc, dict):
            raise SetError(f"{where}: not a mapping")
        missing = sorted({"page", "url", "page_sha256", "start", "end", "sha256"} - set(doc))
        if missing:
            raise SetError(f"{where}: missing {', '.join(missing)}")
        unknown = sorted(set(doc) - DOC_KEYS)
        if unknown:
            raise SetError(f"{where}: unknown key {unknown[0]!r}")
        if "published" in doc and not _a_day(str(doc["published"])):
            raise SetError(f"{where}: published {doc['published']!r} is not YYYY-MM-DD")
    return data


def _a_day(text: str) -> bool:
    """A calendar day written YYYY-MM-DD that exists (as `case.yaml`'s `published:` must be)."""
    try:
        return len(text) == 10 and dt.date.fromisoformat(text) is not None
    except ValueError:
        return False


def page_path(work: Path, event: str, doc: dict[str, Any]) -> Path:
    return work / "pages" / event / f"{doc['page']}.txt"


def read_page(path: Path, where: str, doc: dict[str, Any]) -> str:
    if not path.is_file():
        raise SetError(f"{where}: page text {path} is missing (url {doc['url']})")
    # newline='' keeps the text exactly as stored: offsets count every character.
    with path.open(encoding="utf-8", newline="") as fh:
        text = fh.read()
    if sha256(text) != doc["page_sha256"]:
        raise SetError(f"{where}: page text {path} does not match page_sha256 (url {doc['url']})")
    return text


def excerpt(text: str, where: str, doc: dict[str, Any]) -> str:
    start, end = doc["start"], doc["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise SetError(f"{where}: offsets {start}..{end} do not fit the page text ({len(text)} characters)")
    cut = text[start:end]
    if sha256(cut) != doc["sha256"]:
        raise SetError(f"{where}: excerpt {start}..{end} does not match sha256")
    return cut


def check(root: Path, work: Path) -> int:
    pages = 0
    for path in manifests(root):
        data = load(path)
        for i, doc in enumerate(data["documents"], 1):
            where = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: document {i}"
            excerpt(read_page(page_path(work, path.parent.name, doc), where, doc), where, doc)
            pages += 1
    print(f"{pages} page texts present and unchanged")
    return 0


def build(root: Path, work: Path) -> int:
    out = work / "cases"
    cases = []
    for path in manifests(root):
        data = load(path)
        event = path.parent.name
        docs, texts = [], []
        for i, doc in enumerate(data["documents"], 1):
            where = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: document {i}"
            texts.append(excerpt(read_page(page_path(work, event, doc), where, doc), where, doc))
            entry = {"file": f"{i:02d}.txt"}
            # The url, so that reports cite the page; the day it was published, as the page gives it.
            for key in ("outlet", "title", "url", "published"):
                if doc.get(key):
                    entry[key] = str(doc[key])
            docs.append(entry)
        case = {k: data[k] for k in ("title", "reference_date", "aliases", "heldout") if data.get(k)}
        case["documents"] = docs
        case["expect"] = data.get("expect") or []
        cases.append((event, case, texts))
    if out.exists():
        shutil.rmtree(out)
    for event, case, texts in cases:
        folder = out / event
        folder.mkdir(parents=True)
        for entry, text in zip(case["documents"], texts, strict=True):
            (folder / entry["file"]).write_text(text, encoding="utf-8", newline="")
        (folder / "case.yaml").write_text(
            yaml.safe_dump(case, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8"
        )
    print(f"{len(cases)} cases, {sum(len(t) for _, _, t in cases)} documents written to {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("build", "check"))
    parser.add_argument("--manifests", type=Path, default=MANIFESTS, help="folder of <event>/manifest.yaml")
    parser.add_argument("--work", type=Path, default=WORK, help="git-ignored pages/ and cases/")
    args = parser.parse_args(argv)
    try:
        return (build if args.command == "build" else check)(args.manifests, args.work)
    except SetError as exc:
        print(f"realnews: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
