"""The pattern cache: patterns rebuilt from it are the patterns ``re`` compiles, and a cache
that is missing, broken, foreign or unwritable only costs time."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from claimdiff.lang import languages, load, patterncache

_SAMPLE = (
    "On Tuesday, at least 203 fighters were killed near Kelva, the army said in a statement; "
    "« Nous étions au moins 25 000 », a déclaré le porte-parole du syndicat, mardi 3 mars."
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLAIMDIFF_CACHE_DIR", str(tmp_path))
    patterncache.forget()
    yield tmp_path
    patterncache.forget()


def _same(a: re.Pattern[str], b: re.Pattern[str], text: str) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [m.span() + m.groups() for m in a.finditer(text)] == [
        m.span() + m.groups() for m in b.finditer(text)
    ]


def test_every_pattern_of_the_language_data_comes_back_the_same(folder: Path) -> None:
    for code in languages():
        lang = load(code)
        for ref in sorted(
            f"{file}.{key}"
            for file, entries in lang.entries.items()
            for key, v in entries.items()
            if isinstance(v, str)
        ):
            for flags in (0, re.IGNORECASE):
                patterncache.compiled(lang.source(ref), flags, code)
    patterncache.save()
    patterncache.forget()
    assert sorted(p.name.split("-")[1] for p in folder.glob("patterns-*.marshal")) == sorted(languages())
    read = 0
    for code in languages():
        lang = load(code)
        for file, entries in lang.entries.items():
            for key, value in entries.items():
                if not isinstance(value, str):
                    continue
                for flags in (0, re.IGNORECASE):
                    source = lang.source(f"{file}.{key}")
                    _same(patterncache.compiled(source, flags, code), re.compile(source, flags), _SAMPLE)
                    read += 1
    assert read > 500
    assert not patterncache._dirty  # every one came from the files: nothing new to write


def test_a_broken_file_is_ignored_and_replaced(folder: Path) -> None:
    patterncache.compiled(r"\bkilled\b", 0, "en")
    patterncache.save()
    (path,) = folder.glob("patterns-en-*.marshal")
    path.write_bytes(b"\x00not marshal at all")
    patterncache.forget()
    _same(patterncache.compiled(r"\bkilled\b", 0, "en"), re.compile(r"\bkilled\b"), "they were killed")
    patterncache.save()
    assert marshal.loads(path.read_bytes())  # rewritten whole


def test_an_entry_the_engine_refuses_is_compiled_afresh(folder: Path) -> None:
    pattern = r"(?P<n>\d+) dead"
    patterncache.compiled(pattern, 0, "en")
    patterncache.save()
    (path,) = folder.glob("patterns-en-*.marshal")
    entries = marshal.loads(path.read_bytes())
    flags, _code, groups, groupindex, indexgroup = entries[pattern, 0]
    entries[pattern, 0] = (flags, [999999, 1, 2], groups, groupindex, indexgroup)  # no such opcode
    path.write_bytes(marshal.dumps(entries))
    patterncache.forget()
    _same(patterncache.compiled(pattern, 0, "en"), re.compile(pattern), "12 dead and 3 dead")


def test_an_empty_folder_name_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMDIFF_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    patterncache.forget()
    _same(patterncache.compiled(r"\bdead\b", 0, "en"), re.compile(r"\bdead\b"), "two dead")
    patterncache.save()
    assert not patterncache._stores and not list(tmp_path.iterdir())


def test_a_folder_that_cannot_be_written_costs_nothing_but_time(folder: Path) -> None:
    blocker = folder / "file"
    blocker.write_text("in the way")
    patterncache.forget()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLAIMDIFF_CACHE_DIR", str(blocker / "cache"))  # a folder inside a file
        _same(patterncache.compiled(r"\bhurt\b", 0, "en"), re.compile(r"\bhurt\b"), "four hurt")
        patterncache.save()  # no error
    assert blocker.read_text() == "in the way"
