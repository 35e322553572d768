"""`claimdiff init`: a starter case.yaml for loose files, with the voices the tool found in each,
for a person to edit (name the voices, merge their aliases, write the expectations).

This module builds the text; the CLI writes it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from claimdiff.errors import InputError
from claimdiff.ingest import load_case
from claimdiff.pipeline import compare_case
from claimdiff.segment import document_date


def _yaml_str(text: str) -> str:
    """A YAML scalar that reads back as exactly ``text`` (JSON strings are YAML)."""
    return json.dumps(text, ensure_ascii=False)


def starter_manifest(
    files: Sequence[str],
    folder: str | Path,
    *,
    title: str | None = None,
    reference_date: dt.date | None = None,
) -> str:
    """The text of a case.yaml for ``files``, all inside ``folder`` (where it will be written)."""
    root = Path(folder).resolve()
    rels = []
    for name in files:
        path = Path(name).resolve()
        if not path.is_relative_to(root):
            raise InputError(f"is not inside {folder}, where case.yaml goes", path=name)
        rels.append(path.relative_to(root).as_posix())
    case = load_case(list(files), reference_date=reference_date, title=title)
    comparison = compare_case(case)
    said: dict[str, Counter[str]] = {doc.id: Counter() for doc in case.documents}
    for st in comparison.statements:
        said[st.document][comparison.source(st.source).name] += 1
    dates = [d for doc in case.documents if (d := document_date(doc.text, reference_date)) is not None]
    day = reference_date or (max(dates) if dates else None)

    out = [
        "# A starter case for claimdiff: edit it, then run `claimdiff compare` on this folder.",
        f"title: {_yaml_str(title or root.name)}",
    ]
    if day is not None:
        src = "given" if reference_date else "the latest date the documents give themselves; check it"
        out.append(f"reference_date: {day.isoformat()}  # {src}")
    else:
        out.append("# reference_date: YYYY-MM-DD  # the day 'on Tuesday' is reckoned from")
    out += [
        "# Each document: `source: NAME` when it is that voice's own statement, or `outlet: NAME`",
        "# when it is a report (its unattributed sentences are then its narration); `url:` and",
        "# `published:` are cited in the reports.",
        "documents:",
    ]
    for rel, doc in zip(rels, case.documents, strict=True):
        out.append(f"  - file: {_yaml_str(rel)}")
        if doc.language != "en":
            out.append(f"    language: {doc.language}")
        voices = said[doc.id].most_common()
        if voices:
            found = ", ".join(f"{name} ({n})" for name, n in voices)
            out.append(f"    # voices found (statements): {found}")
    merged = [s for s in comparison.sources if s.aliases]
    out += ["", "# One voice under several names: canonical name -> other names."]
    if merged:
        out.append("aliases:")
        for src in merged:
            out.append(f"  {_yaml_str(src.name)}: [{', '.join(_yaml_str(a) for a in src.aliases)}]")
    else:
        out.append("aliases: {}")
    out += [
        "",
        "# What `claimdiff check` should find, for example:",
        "# - {kind: contradiction, aspect: casualties, between: [Police, Mayor], strength: hard}",
        "expect: []",
        "",
    ]
    return "\n".join(out)


def manifest_folder(files: Sequence[str]) -> Path:
    """The folder case.yaml goes in: the one that holds every file."""
    parents = [str(Path(f).resolve().parent) for f in files]
    return Path(os.path.commonpath(parents))
