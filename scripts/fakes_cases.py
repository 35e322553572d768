"""Build claimdiff case folders from the FA-KES incident manifests.

The manifests in ``fixtures/fakes/<slug>/manifest.yaml`` point at rows of the FA-KES
dataset by ``unit_id`` and hold the gold; the article text stays in the dataset. ``build``
looks every row up and writes ``<out>/<slug>/case.yaml`` plus one ``.txt`` per article
(title, a blank line, the content), so that ``claimdiff check <out>`` runs on them.

Each document is declared with ``outlet:`` (the article's outlet, who reported): under the
narrator rule of issue 9, the sentences that name no voice are the outlet's narration, compared
with nothing unless ``--compare-narrators`` asks. The manifests once said ``source:`` (the
outlet as a voice); a document that still does is refused.

    python scripts/fakes_cases.py build                 # -> .fakes/cases
    python scripts/fakes_cases.py build --out DIR --csv PATH

Exit code 2, with one line naming the manifest and the unit_id, when a row is missing.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
MANIFESTS = ROOT / "fixtures" / "fakes"
CSV_PATH = ROOT.parent / "shared" / "data" / "fa-kes" / "fakes.csv"
OUT = ROOT / ".fakes" / "cases"

# The dataset's ``source`` column -> the outlet's name as a reader gives it.
OUTLETS = {
    "ahram": "Al-Ahram",
    "alalam": "Al-Alam",
    "alaraby": "Al-Araby Al-Jadeed",
    "arabiya": "Al Arabiya",
    "asharqalawsat": "Asharq Al-Awsat",
    "dailysabah": "Daily Sabah",
    "etilaf": "Syrian National Coalition",
    "jordantimes": "Jordan Times",
    "manar": "Al-Manar",
    "nna": "National News Agency",
    "reuters": "Reuters",
    "sana": "SANA",
    "sputnik": "Sputnik",
    "tass": "TASS",
    "trt": "TRT World",
}

MANIFEST_KEYS = {"title", "reference_date", "heldout", "description", "documents", "aliases", "expect"}


class BuildError(Exception):
    """A problem with a manifest or the dataset: one line naming the file (and unit_id)."""


def read_rows(csv_path: Path = CSV_PATH) -> dict[str, dict[str, str]]:
    """Every row of the dataset by unit_id (the file is Windows-1252)."""
    if not csv_path.is_file():
        raise BuildError(f"{csv_path}: no such file (the FA-KES dataset)")
    with open(csv_path, encoding="cp1252", errors="replace", newline="") as fh:
        return {row["unit_id"].strip(): row for row in csv.DictReader(fh)}


def manifests(folder: Path = MANIFESTS) -> list[Path]:
    return sorted(folder.glob("*/manifest.yaml"))


def load(manifest: Path) -> dict[str, Any]:
    """Read one manifest and check its shape (the expectations are checked by claimdiff)."""
    try:
        data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise BuildError(f"{manifest}: invalid YAML: {exc}".splitlines()[0]) from None
    if not isinstance(data, dict):
        raise BuildError(f"{manifest}: not a mapping")
    extra = sorted(set(data) - MANIFEST_KEYS)
    if extra:
        raise BuildError(f"{manifest}: unknown key {extra[0]!r}")
    docs = data.get("documents")
    if not isinstance(docs, list) or len(docs) < 2:
        raise BuildError(f"{manifest}: documents must list at least two articles")
    for doc in docs:
        if isinstance(doc, dict) and "source" in doc:
            raise BuildError(
                f"{manifest}: unit_id {doc.get('unit_id')} names its outlet with outlet:, not source:"
            )
        if not isinstance(doc, dict) or "unit_id" not in doc or "outlet" not in doc:
            raise BuildError(f"{manifest}: every document needs unit_id and outlet")
    return data


def unit_ids(data: dict[str, Any]) -> list[str]:
    return [str(doc["unit_id"]) for doc in data["documents"]]


def check_rows(manifest: Path, data: dict[str, Any], rows: dict[str, dict[str, str]]) -> None:
    """Every unit_id exists and its outlet is the one the manifest names."""
    for doc in data["documents"]:
        uid = str(doc["unit_id"])
        row = rows.get(uid)
        if row is None:
            raise BuildError(f"{manifest}: unit_id {uid} is not in the dataset")
        outlet = OUTLETS.get(row["source"].strip(), row["source"].strip())
        if doc["outlet"] != outlet:
            raise BuildError(
                f"{manifest}: unit_id {uid} is from {outlet!r} (source column {row['source']!r}), "
                f"not {doc['outlet']!r}"
            )


def article_text(row: dict[str, str]) -> str:
    title = " ".join(row["article_title"].split())
    body = row["article_content"].replace("\r\n", "\n").replace("\r", "\n").strip()
    return f"{title}\n\n{body}\n"


def case_yaml(data: dict[str, Any]) -> dict[str, Any]:
    case: dict[str, Any] = {}
    for key in ("title", "reference_date", "heldout"):
        if key in data:
            case[key] = data[key]
    case["documents"] = [
        {"file": f"{doc['unit_id']}.txt", "outlet": doc["outlet"]} for doc in data["documents"]
    ]
    if data.get("aliases"):
        case["aliases"] = data["aliases"]
    case["expect"] = data.get("expect") or []
    return case


def build(
    out: Path = OUT, csv_path: Path = CSV_PATH, folder: Path = MANIFESTS, only: Iterable[str] = ()
) -> list[Path]:
    """Write one case folder per manifest under ``out``; return the folders."""
    rows = read_rows(csv_path)
    wanted = set(only)
    written = []
    for manifest in manifests(folder):
        slug = manifest.parent.name
        if wanted and slug not in wanted:
            continue
        data = load(manifest)
        check_rows(manifest, data, rows)
        target = out / slug
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for uid in unit_ids(data):
            (target / f"{uid}.txt").write_text(article_text(rows[uid]), encoding="utf-8")
        (target / "case.yaml").write_text(
            yaml.safe_dump(case_yaml(data), sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8"
        )
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="write the case folders")
    b.add_argument("--out", type=Path, default=OUT, help="where to write the cases (default: .fakes/cases)")
    b.add_argument("--csv", type=Path, default=CSV_PATH, help="the FA-KES CSV (default: ../shared/...)")
    b.add_argument("--manifests", type=Path, default=MANIFESTS, help="the manifests' folder")
    b.add_argument("slugs", nargs="*", help="build only these incidents")
    args = parser.parse_args(argv)
    try:
        written = build(args.out, args.csv, args.manifests, args.slugs)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{len(written)} case(s) written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
