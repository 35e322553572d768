"""Ingest stage: paths, standard input and case manifests become a ``Case``.

This is the only stage that touches files. Every problem with an input becomes an
``InputError`` or ``DatasetError`` that names the file (and the line, for YAML), so the
CLI can print one line and exit 2 before anything is written.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import hashlib
import itertools
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from claimdiff import yaml12
from claimdiff.chars import blank
from claimdiff.errors import DatasetError, InputError
from claimdiff.lang import DEFAULT, UserWords, languages, runcache
from claimdiff.lang import load as load_language
from claimdiff.lang.detect import detect
from claimdiff.model import Aspect, Case, Document, Expectation, Strength, linkable

MANIFEST_NAMES = ("case.yaml", "case.yml")
# The years a reference date may fall in, so that every date computed from it ("last year", the
# event's window) is still a calendar date.
REFERENCE_YEARS = (1000, 8999)


def reference_date(value: str) -> dt.date:
    """A reference date written YYYY-MM-DD; ValueError saying why it is not one."""
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a calendar date (YYYY-MM-DD)") from None
    check_reference_date(day)
    return day


def check_reference_date(day: dt.date) -> None:
    low, high = REFERENCE_YEARS
    if not low <= day.year <= high:
        raise ValueError(f"{day.isoformat()} is outside the years {low} to {high}")


TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
STDIN = "-"


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; refuse anything else."""
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data
    else:
        encoding, body = "utf-8", data
        # NUL bytes never occur in UTF-8 text; they mark binaries and BOM-less UTF-16.
        if b"\x00" in data[:8192]:
            raise InputError(
                "looks like a binary file (or UTF-16 without a byte-order mark); give a UTF-8 text file",
                path=name,
            )
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        # The line is counted in characters: in UTF-16 a byte 0x0A is often half of another one.
        line = body[: exc.start].decode(encoding, errors="replace").count("\n") + 1
        raise InputError(
            f"is not valid {encoding.upper()} text (byte 0x{body[exc.start]:02x}); "
            "convert it first, e.g. `iconv -f latin1 -t utf-8`",
            path=name,
            line=line,
        ) from None
    if "\x00" in text:
        raise InputError("contains NUL characters; give a text file", path=name)
    if blank(text):
        # Zero-width spaces and joiners, byte-order marks: nothing a reader would see.
        raise InputError("is empty: there is nothing to compare", path=name)
    # One newline convention keeps spans identical on every platform.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path) -> str:
    """Read and decode one document."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder without a case.yaml or text files", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", path=str(path)) from None
    return decode(data, str(path))


def load_case(
    inputs: Sequence[str | Path],
    *,
    reference_date: dt.date | None = None,
    stdin: bytes | None = None,
    title: str | None = None,
    language: str | None = None,
    sources: Mapping[str, str] | None = None,
    lexicon: str | Path | None = None,
) -> Case:
    """Turn command-line inputs (files, folders, ``-``) into one case. ``language`` is the code
    of the language data to read the documents with where the case does not name one; without
    it, each document's language is detected from its words. ``sources`` names the voice of
    whole files (``{"ministry.txt": "Ministry of Health"}``, ``"-"`` for standard input), as
    ``source:`` does in a case.yaml. ``lexicon`` is a user lexicon's file (``load_lexicon``),
    which replaces any the case.yaml names."""
    if not inputs:
        raise InputError("give at least one document, folder or '-'")
    manifests = [Path(p) for p in inputs if str(p) != STDIN and _manifest(Path(p))]
    if manifests and sources:
        raise InputError(
            "--source names the voice of loose files; a case.yaml names its documents' voices with 'source:'",
            path=str(manifests[0]),
        )
    if manifests:
        if len(inputs) > 1:
            raise InputError(
                "a case folder must be compared on its own; "
                "run claimdiff once per case or use `claimdiff check`",
                path=str(manifests[0]),
            )
        return _given(load_manifest(manifests[0], language=language), reference_date, title, lexicon)
    lines = [
        Path(p)
        for p in inputs
        if str(p) != STDIN and Path(p).suffix.lower() == ".jsonl" and Path(p).is_file()
    ]
    if lines:
        # A JSON Lines file holds cases, not an account: read as text it would be one long
        # document of escaped JSON.
        return _given(
            _one_jsonl_case(lines[0], alone=len(inputs) == 1 and not sources), reference_date, title, lexicon
        )
    forced = _language(language, "--lang", None) if language is not None else None
    named = {_same_file(k): v for k, v in (sources or {}).items()}
    docs: list[Document] = []
    expanded = _expand(inputs)
    unknown = sorted(set(named) - {_same_file(item) for item in expanded})
    if unknown:
        raise InputError("--source names a file that is not one of the inputs", path=unknown[0])
    for item in expanded:
        if item == STDIN:
            if stdin is None:
                raise InputError("standard input was requested but none was given", path="-")
            text, shown = decode(stdin, "<stdin>"), "-"
        else:
            # Shown as written: "./-" is a file named "-", and must not read as standard input.
            path = Path(item)
            text, shown = read_text(path), item if str(path) == STDIN else str(path)
        lang = forced or text_language(text)
        source = named.get(_same_file(item))
        docs.append(
            Document(id=f"d{len(docs) + 1}", path=shown, text=text, title=None, language=lang, source=source)
        )
    return with_lexicon(Case(title=title, reference_date=reference_date, documents=tuple(docs)), lexicon)


def _same_file(item: str | Path) -> str:
    """One spelling per file for ``sources``: "./a.txt" and "a.txt" name the same file."""
    return STDIN if str(item) == STDIN else os.path.normpath(item)


def text_language(text: str) -> str:
    """The language a document with no declared language is read in: detected from its words,
    English when they do not tell."""
    return detect(text) or DEFAULT


def load_texts(texts: Iterable[str | tuple[str, str]], *, reference_date: dt.date | None = None) -> Case:
    """Build a case from strings (the notebook API): each a text, or a ``(voice, text)`` pair
    whose text is all that voice's own account (``source:`` in a case.yaml)."""
    docs = []
    for i, item in enumerate(texts, 1):
        name, text = item if isinstance(item, tuple) else (None, item)
        text = _normalise(text, f"<text {i}>" if name is None else f"<text {i} of {name}>")
        docs.append(Document(id=f"d{i}", path=None, text=text, language=text_language(text), source=name))
    docs = tuple(docs)
    if not docs:
        raise InputError("give at least one text")
    return Case(title=None, reference_date=reference_date, documents=docs)


def _normalise(text: str, name: str) -> str:
    if blank(text):
        raise InputError("is empty: there is nothing to compare", path=name)
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _manifest(path: Path) -> Path | None:
    if path.is_dir():
        for name in MANIFEST_NAMES:
            if (path / name).is_file():
                return path / name
    elif path.name in MANIFEST_NAMES and path.is_file():
        return path
    return None


def _given(case: Case, reference_date: dt.date | None, title: str | None, lexicon: str | Path | None) -> Case:
    """A case read whole (a case.yaml, a JSON Lines record) with what the command line gives:
    its date and title over the case's, its lexicon in place of any the case names."""
    if reference_date is not None or title is not None:
        case = dataclasses.replace(
            case, title=title or case.title, reference_date=reference_date or case.reference_date
        )
    return with_lexicon(case, lexicon)


def _one_jsonl_case(path: Path, alone: bool) -> Case:
    """The one case a JSON Lines file holds; an error when it holds several (that is a dataset,
    for ``batch``) or when other inputs come with it."""
    if not alone:
        raise InputError(
            "a JSON Lines file is a case of its own: compare it alone, without other files or --source",
            path=str(path),
        )
    found = list(itertools.islice(load_jsonl_cases(path), 2))
    if not found:
        raise InputError("holds no case", path=str(path))
    if len(found) > 1:
        raise InputError(
            f"a dataset of several cases, not one case: run 'claimdiff batch {path} -o OUT'",
            path=str(path),
        )
    ((_, case),) = found
    if isinstance(case, InputError):
        raise case
    return case


def _expand(inputs: Sequence[str | Path]) -> list[str]:
    """Folders without a manifest stand for their text files, in name order."""
    out: list[str] = []
    for item in inputs:
        path = Path(item)
        if str(item) != STDIN and path.is_dir():
            cases = sum(1 for p in path.iterdir() if p.is_dir() and _manifest(p) is not None)
            if cases:
                # "compare fixtures/" would read the dataset's README as an account.
                raise InputError(
                    f"a dataset of {cases} case folder{'' if cases == 1 else 's'}, not one case: "
                    f"run 'claimdiff check {item}' or 'claimdiff batch {item} -o OUT', "
                    "or compare one of its folders",
                    path=str(path),
                )
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in TEXT_SUFFIXES)
            if not files:
                raise InputError("folder holds no case.yaml and no .txt or .md files", path=str(path))
            out.extend(str(p) for p in files)
        else:
            out.append(str(item))
    return out


# ---------------------------------------------------------------------------
# case.yaml


def find_cases(paths: Sequence[str | Path]) -> list[Path]:
    """Every case folder (one holding case.yaml) at or under the given paths, sorted."""
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError("no such file or folder", path=str(path))
        manifest = _manifest(path)
        if manifest is not None:
            found.add(manifest.parent)
            continue
        if path.is_dir():
            for name in MANIFEST_NAMES:
                found.update(p.parent for p in path.rglob(name))
    return sorted(found)


def load_manifest(manifest: str | Path, *, language: str | None = None) -> Case:
    """Load and validate a case manifest (or the case folder holding it) and its documents. A
    document is read in the language its entry names, else the case's, else ``language``, else
    the one its words show."""
    manifest = Path(manifest)
    if manifest.is_dir():
        found = _manifest(manifest)
        if found is None:
            raise DatasetError("no case.yaml in this folder", path=str(manifest))
        manifest = found
    name = str(manifest)
    raw = read_text(manifest)
    data, lines = _parse_yaml(raw, name)
    _validate(data, lines, name)
    folder = manifest.parent.resolve()
    declared = data.get("language")
    case_language = _language(declared, name, lines.get(("language",))) if declared is not None else None
    fallback = _language(language, "--lang", None) if language is not None else None
    docs: list[Document] = []
    for i, entry in enumerate(data["documents"]):
        line = lines.get(("documents", i))
        given = _language(entry.get("language"), name, line) if "language" in entry else case_language
        rel = entry["file"]
        if entry.get("source") and entry.get("outlet"):
            raise DatasetError(
                "a document has a source (the voice it is) or an outlet (who reported), not both",
                path=name,
                line=line,
            )
        target = (folder / rel).resolve()
        if Path(rel).is_absolute() or not target.is_relative_to(folder):
            raise DatasetError(f"document path {rel!r} leaves the case folder", path=name, line=line)
        if not target.is_file():
            raise DatasetError(f"document {rel!r} does not exist", path=name, line=line)
        shown = str(manifest.parent / rel)
        published = entry.get("published")
        if published is not None and not _calendar_time(published):
            raise DatasetError(
                f"published: {published!r} is not a date (or time) that exists", path=name, line=line
            )
        text = read_text(Path(shown))
        docs.append(
            Document(
                id=f"d{i + 1}",
                path=shown,
                text=text,
                title=entry.get("title"),
                source=entry.get("source"),
                language=given or fallback or text_language(text),
                outlet=entry.get("outlet"),
                url=entry.get("url"),
                published=published,
            )
        )
    aliases = tuple(
        (str(canon), tuple(str(a) for a in (names or ())))
        for canon, names in sorted((data.get("aliases") or {}).items())
    )
    ref = data.get("reference_date")
    try:
        ref_date = reference_date(ref) if ref else None
    except ValueError as exc:
        raise DatasetError(f"reference_date: {exc}", path=name, line=lines.get(("reference_date",))) from None
    lexicon = None
    if data.get("lexicon"):
        rel, line = data["lexicon"], lines.get(("lexicon",))
        target = (folder / rel).resolve()
        if Path(rel).is_absolute() or not target.is_relative_to(folder):
            raise DatasetError(f"lexicon path {rel!r} leaves the case folder", path=name, line=line)
        if not target.is_file():
            raise DatasetError(f"lexicon {rel!r} does not exist", path=name, line=line)
        lexicon = manifest.parent / rel
    case = Case(
        title=data.get("title"),
        reference_date=ref_date,
        documents=tuple(docs),
        aliases=aliases,
        expect=tuple(
            _expectation(item, lines.get(("expect", i))) for i, item in enumerate(data.get("expect") or ())
        ),
        path=str(manifest.parent),
        heldout=bool(data.get("heldout", False)),
    )
    return with_lexicon(case, lexicon)


# ---------------------------------------------------------------------------
# A user lexicon: words the language data lacks, taught for a run


def load_lexicon(path: str | Path) -> UserWords:
    """Read a user lexicon (``--lexicon``): the words it adds to the language data's tables, and
    the aliases it declares (which a case's own aliases override).

    ``actors`` and ``voices`` add names with their other names; ``victims`` adds terms to a victim
    category; ``causes`` maps a term to a cause class the data knows, so it compares as that class
    does ("barrel bomb: aerial"); ``language`` limits the words to one language.
    """
    name = str(path)
    raw = read_text(Path(path))
    data, lines = _parse_yaml(raw, name)
    if data is None:
        data = {}
    _validate(data, lines, name, lexicon_schema())
    code = data.get("language")
    if code is not None:
        code = _language(code, name, lines.get(("language",)))
    lang = load_language(code or DEFAULT)
    categories = set(lang.table("victims.categories"))
    classes = {cls for terms in lang.table("causes.terms").values() for cls in terms.values()}
    tables: list[tuple[str, tuple[tuple[str, Any], ...]]] = []
    for key, ref in (
        ("actors", "names.actors"),
        ("voices", "names.voices"),
        ("victims", "victims.categories"),
    ):
        entries = data.get(key) or {}
        for category in entries if key == "victims" else ():
            if category not in categories:
                known = ", ".join(sorted(categories))
                raise DatasetError(
                    f"victims: {category!r} is not a victim category (known: {known})",
                    path=name,
                    line=lines.get(("victims", category)),
                )
        if entries:
            tables.append(
                (ref, tuple((str(k), tuple(str(v) for v in (vs or ()))) for k, vs in entries.items()))
            )
    causes = data.get("causes") or {}
    for term, cls in causes.items():
        if cls not in classes:
            raise DatasetError(
                f"causes: {term!r}: {cls!r} is not a cause class (known: {', '.join(sorted(classes))})",
                path=name,
                line=lines.get(("causes", term)),
            )
    if causes:
        tables.append(("causes.terms", tuple((str(k).lower(), str(v)) for k, v in causes.items())))
    digest = hashlib.sha256(json.dumps([code, tables], ensure_ascii=False).encode()).hexdigest()[:12]
    aliases = tuple(
        (str(canon), tuple(str(a) for a in (names or ())))
        for canon, names in (data.get("aliases") or {}).items()
    )
    return UserWords(tables=tuple(tables), language=code, digest=digest, path=name, aliases=aliases)


def with_lexicon(case: Case, path: str | Path | None) -> Case:
    """The case with a user lexicon's words and aliases (the case's own aliases win)."""
    return case if path is None else dataclasses.replace(case, lexicon=load_lexicon(path))


def _calendar_time(text: str) -> bool:
    """A publication time: a date, or a date and time, in ISO 8601, that exists."""
    try:
        (dt.datetime if len(text) > 10 else dt.date).fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _expectation(item: dict[str, Any], line: int | None) -> Expectation:
    """One item of ``expect:``, already checked against the case schema."""
    strength = item.get("strength")
    return Expectation(
        kind=item["kind"],
        aspect=Aspect(item["aspect"]),
        between=tuple(item.get("between") or ()),
        strength=Strength(strength) if strength else None,
        fact=item.get("fact"),
        missing_in=item.get("missing_in"),
        source=item.get("source"),
        line=line,
    )


def _language(code: Any, name: str, line: int | None) -> str:
    """A language code that has language data."""
    if code not in languages():
        known = ", ".join(languages())
        raise DatasetError(f"language: {code!r} has no language data (known: {known})", path=name, line=line)
    return str(code)


def _parse_yaml(raw: str, name: str) -> tuple[Any, dict[tuple[Any, ...], int]]:
    """Parse YAML and remember the line of every mapping key and list item."""
    import yaml

    try:
        # Composed once, refusing aliases as it goes; the values are built from that tree.
        loader = yaml12.loader(strict=True)(raw)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DatasetError(
            f"invalid YAML: {problem}", path=name, line=mark.line + 1 if mark else None
        ) from None
    except RecursionError:
        raise DatasetError("invalid YAML: nested too deeply", path=name) from None
    lines: dict[tuple[Any, ...], int] = {}
    _collect_lines(node, (), lines)
    return data, lines


def _collect_lines(node: Any, path: tuple[Any, ...], out: dict[tuple[Any, ...], int]) -> None:
    import yaml

    if node is None:
        return
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                continue  # a list or mapping as a key: the schema refuses it, by line
            out[(*path, key.value)] = key.start_mark.line + 1
            _collect_lines(value, (*path, key.value), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            out[(*path, i)] = item.start_mark.line + 1
            _collect_lines(item, (*path, i), out)


@cache
def case_schema() -> dict[str, Any]:
    return json.loads(resources.files("claimdiff").joinpath("data/case.schema.json").read_text())


def lexicon_schema() -> dict[str, Any]:
    return json.loads(resources.files("claimdiff").joinpath("data/lexicon.schema.json").read_text())


def _validity_key(data: Any, schema: dict[str, Any]) -> str | None:
    """The schema and the document as one digest; None for data JSON cannot hold as it is."""
    try:
        text = json.dumps([schema, data], sort_keys=True, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return None
    return "valid:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _validate(
    data: Any, lines: dict[tuple[Any, ...], int], name: str, schema: dict[str, Any] | None = None
) -> None:
    schema = schema or case_schema()
    # A document this very schema found valid in an earlier run is valid: jsonschema, a tenth
    # of a small run's time to import, is then not needed.
    seen = _validity_key(data, schema)
    if seen is not None and runcache.known(seen):
        return
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    if not errors:
        if seen is not None:
            runcache.remember(seen)
        return
    err = min(errors, key=lambda e: lines.get(tuple(e.absolute_path), 0))
    path = tuple(err.absolute_path)
    where = ".".join(str(p) for p in path) or "top level"
    message = err.message
    if err.validator == "additionalProperties":
        # The first unknown key in the file. A key may be a number ("1:"), whose line is kept
        # under the key as written: never compared with a string, looked up as one.
        unknown = set(err.instance) - set(err.schema.get("properties", {}))
        extra = sorted(unknown, key=lambda k: (lines.get((*path, str(k))) or 0, str(k)))
        allowed = ", ".join(sorted(err.schema.get("properties", {})))
        message = f"unknown key {extra[0]!r} (allowed: {allowed})"
        path = (*path, str(extra[0]))
    elif err.validator == "enum":
        message = f"{err.instance!r} is not one of {', '.join(map(str, err.validator_value))}"
    line = lines.get(path) or lines.get(path[:-1]) if path else 1
    raise DatasetError(f"{where}: {message}", path=name, line=line)


# ---------------------------------------------------------------------------
# JSON Lines datasets: one case per line

# A case's slug names its report file, so it must be a safe file name everywhere.
_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


def load_jsonl_cases(path: str | Path) -> Iterator[tuple[str, Case | InputError]]:
    """Read a JSON Lines dataset: yield ``(slug, Case)`` per line, or ``(slug, InputError)``.

    Each line is ``{"title": ..., "date": "YYYY-MM-DD" | null, "documents": [{"text": ...,
    "source": ... | null, "name": ...}, ...], "slug"/"id": ...}``; ``reference_date`` and
    ``aliases`` (as in case.yaml) are also read, other keys are ignored. A bad line becomes
    an error naming the file and the line, so one bad case never hides the others. Blank
    lines are skipped. The slug is the line's ``slug`` or ``id``, else ``line-N``.
    """
    name = str(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; lines are decoded one by one
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", path=name) from None
    seen: dict[str, int] = {}
    with fh:
        for lineno, raw in enumerate(fh, 1):
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            slug = f"line-{lineno}"
            item: Case | InputError
            try:
                record = _jsonl_record(raw, name, lineno)
                given = _jsonl_slug(record, name, lineno)
                if given in seen or (given is None and slug in seen):
                    first = seen[given or slug]
                    raise InputError(
                        f"slug {given or slug!r} is already used on line {first}", path=name, line=lineno
                    )
                slug = given or slug
                seen[slug] = lineno
                item = _jsonl_case(record, name, lineno)
            except InputError as exc:
                item = exc
            yield slug, item


def _jsonl_record(raw: bytes, name: str, lineno: int) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"is not valid UTF-8 text (byte 0x{raw[exc.start]:02x})", path=name, line=lineno
        ) from None
    try:
        record = json.loads(text)
    except ValueError as exc:
        raise InputError(f"not a JSON object: {exc}", path=name, line=lineno) from None
    except RecursionError:
        raise InputError("not a JSON object: nested too deeply", path=name, line=lineno) from None
    if not isinstance(record, dict):
        raise InputError(f"not a JSON object but {type(record).__name__}", path=name, line=lineno)
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        # "\ud800" alone is valid JSON but no character: no report could be written with it.
        what = exc.object[exc.start : exc.end].encode("unicode_escape").decode("ascii")
        raise InputError(
            f"holds a lone surrogate ({what}), which is not text", path=name, line=lineno
        ) from None
    return record


def _jsonl_slug(record: dict[str, Any], name: str, lineno: int) -> str | None:
    raw = record.get("slug", record.get("id"))
    if raw is None:
        return None
    slug = str(raw) if isinstance(raw, (str, int)) and not isinstance(raw, bool) else ""
    if not _SLUG.match(slug):
        raise InputError(
            f"slug {raw!r} is not a file name (letters, digits, '.', '_', '-'; at most 100)",
            path=name,
            line=lineno,
        )
    return slug


def _jsonl_case(record: dict[str, Any], name: str, lineno: int) -> Case:
    def bad(message: str) -> InputError:
        return InputError(message, path=name, line=lineno)

    title = record.get("title")
    if title is not None and not isinstance(title, str):
        raise bad("title: expected a string")
    date = record.get("date", record.get("reference_date"))
    ref_date = None
    if date is not None:
        if not isinstance(date, str):
            raise bad(f"date: {date!r} is not a calendar date (YYYY-MM-DD)")
        try:
            ref_date = reference_date(date)
        except ValueError as exc:
            raise bad(f"date: {exc}") from None
    raw_docs = record.get("documents")
    if not isinstance(raw_docs, list) or not raw_docs:
        raise bad('documents: expected a non-empty list of {"text": ..., "source": ...}')
    docs = []
    for i, doc in enumerate(raw_docs):
        where = f"documents[{i}]"
        if not isinstance(doc, dict):
            raise bad(f'{where}: expected an object with a "text"')
        text = doc.get("text")
        if not isinstance(text, str) or blank(text):
            raise bad(f"{where}.text: expected a non-empty string")
        for key in ("source", "outlet", "name", "title", "language", "url", "published"):
            if doc.get(key) is not None and not isinstance(doc[key], str):
                raise bad(f"{where}.{key}: expected a string or null")
        if doc.get("url") is not None and not linkable(doc["url"]):
            raise bad(f"{where}.url: expected an http or https address")
        if doc.get("published") is not None and not _calendar_time(doc["published"]):
            raise bad(f"{where}.published: {doc['published']!r} is not a date (or time) that exists")
        if doc.get("language") is not None and doc["language"] not in languages():
            known = ", ".join(languages())
            raise bad(f"{where}.language: {doc['language']!r} has no language data (known: {known})")
        label = doc.get("name") if doc.get("name") is not None else doc.get("id")
        docs.append(
            Document(
                id=f"d{i + 1}",
                # The document's name plays the part of a file name: it names the author voice
                # of unattributed sentences when there is no "source".
                path=str(label) if label is not None else None,
                text=(clean := _normalise(text, f"{name}:{lineno}: {where}")),
                title=doc.get("title"),
                language=doc.get("language") or text_language(clean),
                source=doc.get("source") or None,
                outlet=doc.get("outlet") or None,
                url=doc.get("url"),
                published=doc.get("published"),
            )
        )
    aliases = record.get("aliases") or {}
    if not isinstance(aliases, dict) or not all(
        isinstance(v, list) and all(isinstance(a, str) for a in v) for v in aliases.values()
    ):
        raise bad("aliases: expected an object of name -> list of other names")
    return Case(
        title=title,
        reference_date=ref_date,
        documents=tuple(docs),
        aliases=tuple((str(c), tuple(a)) for c, a in sorted(aliases.items())),
    )
