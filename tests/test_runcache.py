"""The pattern cache: patterns rebuilt from it are the patterns ``re`` compiles, and a cache
that is missing, broken, foreign or unwritable only costs time."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimdiff.lang import languages, load, runcache

_SAMPLE = (
    "On Tuesday, at least 203 fighters were killed near Kelva, the army said in a statement; "
    "« Nous étions au moins 25 000 », a déclaré le porte-parole du syndicat, mardi 3 mars."
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLAIMDIFF_CACHE_DIR", str(tmp_path))
    runcache.forget()
    yield tmp_path
    runcache.forget()


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
                runcache.compiled(lang.source(ref), flags, code)
    runcache.save()
    runcache.forget()
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
                    _same(runcache.compiled(source, flags, code), re.compile(source, flags), _SAMPLE)
                    read += 1
    assert read > 500
    assert not runcache._dirty  # every one came from the files: nothing new to write


def test_a_broken_file_is_ignored_and_replaced(folder: Path) -> None:
    runcache.compiled(r"\bkilled\b", 0, "en")
    runcache.save()
    (path,) = folder.glob("patterns-en-*.marshal")
    path.write_bytes(b"\x00not marshal at all")
    runcache.forget()
    _same(runcache.compiled(r"\bkilled\b", 0, "en"), re.compile(r"\bkilled\b"), "they were killed")
    runcache.save()
    assert marshal.loads(path.read_bytes())  # rewritten whole


def test_an_entry_the_engine_refuses_is_compiled_afresh(folder: Path) -> None:
    pattern = r"(?P<n>\d+) dead"
    runcache.compiled(pattern, 0, "en")
    runcache.save()
    (path,) = folder.glob("patterns-en-*.marshal")
    entries = marshal.loads(path.read_bytes())
    flags, _code, groups, groupindex, indexgroup = entries[pattern, 0]
    entries[pattern, 0] = (flags, [999999, 1, 2], groups, groupindex, indexgroup)  # no such opcode
    path.write_bytes(marshal.dumps(entries))
    runcache.forget()
    _same(runcache.compiled(pattern, 0, "en"), re.compile(pattern), "12 dead and 3 dead")


def test_an_empty_folder_name_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMDIFF_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    runcache.forget()
    _same(runcache.compiled(r"\bdead\b", 0, "en"), re.compile(r"\bdead\b"), "two dead")
    runcache.save()
    assert not runcache._stores and not list(tmp_path.iterdir())


def test_a_folder_that_cannot_be_written_costs_nothing_but_time(folder: Path) -> None:
    blocker = folder / "file"
    blocker.write_text("in the way")
    runcache.forget()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLAIMDIFF_CACHE_DIR", str(blocker / "cache"))  # a folder inside a file
        _same(runcache.compiled(r"\bhurt\b", 0, "en"), re.compile(r"\bhurt\b"), "four hurt")
        runcache.save()  # no error
    assert blocker.read_text() == "in the way"


def test_parsed_data_is_kept_under_the_text_s_digest(folder: Path) -> None:
    calls: list[str] = []

    def parse(text: str) -> dict[str, list[str]]:
        calls.append(text)
        return {"words": text.split()}

    assert runcache.parsed("en/x", "a b", parse) == {"words": ["a", "b"]}
    runcache.save()
    runcache.forget()
    assert runcache.parsed("en/x", "a b", parse) == {"words": ["a", "b"]}
    assert calls == ["a b"]  # the second came from the file
    assert runcache.parsed("en/x", "a c", parse) == {"words": ["a", "c"]}  # an edited file
    assert calls == ["a b", "a c"]


def test_facts_are_remembered_the_newest_first_kept(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runcache, "_FACTS", 3)
    for key in "abcd":
        runcache.remember(key)
    runcache.save()
    runcache.forget()
    assert [runcache.known(k) for k in "abcd"] == [False, True, True, True]


def test_a_manifest_once_valid_is_not_validated_again_and_an_invalid_one_always_is(
    folder: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    case = tmp_path_factory.mktemp("case")
    (case / "a.txt").write_text("Nine people died in the fire, the police said.\n", encoding="utf-8")
    (case / "case.yaml").write_text(
        "title: Fire\ndocuments:\n- file: a.txt\n  outlet: Post\n", encoding="utf-8"
    )
    script = (
        "import sys; from claimdiff.ingest import load_manifest; load_manifest(sys.argv[1]);"
        " from claimdiff.lang import runcache; runcache.save(); print('jsonschema' in sys.modules)"
    )
    env = {**os.environ, "CLAIMDIFF_CACHE_DIR": str(folder)}
    run = [sys.executable, "-c", script, str(case)]
    assert subprocess.run(run, env=env, capture_output=True, text=True, check=True).stdout.split() == ["True"]
    assert subprocess.run(run, env=env, capture_output=True, text=True, check=True).stdout.split() == [
        "False"
    ]
    (case / "case.yaml").write_text("title: Fire\ndocuments:\n- file: a.txt\n  outlet: 7\n", encoding="utf-8")
    failed = subprocess.run(run, env=env, capture_output=True, text=True)
    assert failed.returncode != 0 and "outlet" in failed.stderr


def test_an_exit_that_finds_the_lock_held_leaves_the_cache_as_it_was(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ctrl-C landing inside "with _lock" leaves it held: the exit must not wait for it forever.
    runcache.compiled(r"\bfled\b", 0, "en")
    monkeypatch.setattr(runcache, "_SAVE_WAIT", 0.05)
    assert runcache._lock.acquire(blocking=False)
    try:
        runcache.save()
    finally:
        runcache._lock.release()
    assert not list(folder.glob("patterns-*.marshal"))
    runcache.save()
    assert list(folder.glob("patterns-*.marshal"))
