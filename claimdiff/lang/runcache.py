"""Compiled patterns and parsed language data, kept from one run to the next.

The language data holds some 750 phrase patterns, and compiling them is most of what a run on
a small case costs (0.25 s of 0.45 s on the bundled Moura case); parsing its YAML files is
the next cost. What the regex engine makes of
a pattern (its code: a list of integers, with the groups' names) is plain data; it is kept in
the user's cache folder, and the next run hands it straight to the engine instead of parsing
and compiling the pattern again. The engine builds the very same pattern object from it, so
reports do not change.

- A file of patterns is named for its language (and user words), the Python build and the
  engine's version (``_sre.MAGIC``): a file another Python wrote is never read. Each entry is
  keyed by the pattern's full text and flags.
- A file that cannot be read, or holds anything else, is ignored (and replaced); a folder that
  cannot be written is left alone. The cache only ever saves time.
- ``CLAIMDIFF_CACHE_DIR`` names the folder (default ``$XDG_CACHE_HOME/claimdiff``, else
  ``~/.cache/claimdiff``); set to an empty string, it turns the cache off.
- Python without the engine's compiler modules (another implementation) compiles as usual.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from claimdiff.lang.lookahead import add_lookahead

T = TypeVar("T")

try:  # the engine's own parser and code generator (Python 3.11+, then 3.10's names)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10, or an implementation without them
    try:
        import _sre
        import sre_compile as _compiler  # type: ignore[no-redef]
        import sre_parse as _parser  # type: ignore[no-redef]
    except ImportError:
        _compiler = _parser = None  # type: ignore[assignment]

# Entries beyond this many are not all kept: a file rewritten then holds what this run used.
_KEEP = 2500

_Key = tuple[str, int]
_stores: dict[str, dict[_Key, tuple[Any, ...]]] = {}  # space -> entries, each read on first use
_parsed: dict[str, dict[str, Any]] = {}  # the parsed data, read on first use
_used: set[_Key] = set()
_dirty: set[str] = set()  # the spaces (and _DATA) this run added to
_lock = threading.Lock()


def _fresh_lock() -> None:
    global _lock
    _lock = threading.Lock()  # a child forked while another thread held the lock never gets it


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_fresh_lock)


def compiled(pattern: str, flags: int = 0, space: str = "en") -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, rebuilt from the cache when this pattern was compiled
    before (by this Python), else compiled and kept for the next run. ``space`` (a language's
    code) names the file it is kept in: a run reads the files of its documents' languages only."""
    flags = int(flags)
    if _compiler is None:
        return re.compile(pattern, flags)  # pragma: no cover - an implementation without them
    if not _folder():
        return _build(pattern, flags)[0]
    key = (pattern, flags)
    store = _loaded(space)
    parts = store.get(key)
    if parts is not None:
        try:
            found = _sre.compile(pattern, *parts)
        except (TypeError, ValueError, RuntimeError, OverflowError):
            store.pop(key, None)  # not what this engine makes: compile afresh below
        else:
            _used.add(key)
            return found
    return _compile_and_keep(pattern, flags, key, space)


def _build(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[Any, ...] | None]:
    """The pattern compiled behind a look-ahead on its first characters (``lookahead``), and
    the parts the engine builds it from; the object keeps the pattern's own text."""
    try:
        parsed = _parser.parse(pattern, flags)
        add_lookahead(parsed, flags)
        code = _compiler._code(parsed, flags)
        state = parsed.state
        groupindex = dict(state.groupdict)
        indexgroup = [None] * state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        # The opcodes are named ints; the engine and marshal want plain ones.
        opcodes = [int(c) for c in code]
        parts = (int(flags | state.flags), opcodes, state.groups - 1, groupindex, tuple(indexgroup))
        return _sre.compile(pattern, *parts), parts
    except (AttributeError, TypeError):  # pragma: no cover - an engine whose internals differ
        return re.compile(pattern, flags), None


def _compile_and_keep(pattern: str, flags: int, key: _Key, space: str) -> re.Pattern[str]:
    found, parts = _build(pattern, flags)
    if parts is None:
        return found  # pragma: no cover
    with _lock:
        _stores[space][key] = parts
        _used.add(key)
        _touch(space)
    return found


def _touch(space: str) -> None:
    """Mark ``space`` to be written at exit (with the lock held)."""
    if not _dirty:
        atexit.register(save)
    _dirty.add(space)


def parsed(name: str, text: str, parse: Callable[[str], T]) -> T:
    """``parse(text)``, kept under ``name`` and the text's SHA-256 for the next run: marshal
    reads a language file's words several times faster than YAML does. Data marshal cannot
    hold is parsed every time."""
    if not _folder():
        return parse(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    data = _data()
    kept = data.get(name)
    if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == digest:
        return kept[1]  # type: ignore[no-any-return]
    value = parse(text)
    try:
        marshal.dumps(value)
    except ValueError:
        return value
    with _lock:
        data[name] = (digest, value)
        _touch(_DATA)
    return value


def known(key: str) -> bool:
    """Whether ``remember(key)`` was said in an earlier run (or this one)."""
    return bool(_folder()) and _data().get(_FACT + key) is True


def remember(key: str) -> None:
    """Keep a fact for later runs (the newest ``_FACTS`` of them)."""
    if not _folder():
        return
    data = _data()
    with _lock:
        data.pop(_FACT + key, None)
        data[_FACT + key] = True  # last in the file's order: the newest
        _touch(_DATA)


# The space of parsed data: not a language code, so never a file of patterns.
_DATA = "-data"
# Facts remembered are kept under this prefix, the newest _FACTS of them.
_FACT, _FACTS = "fact:", 2000


def _data() -> dict[str, Any]:
    return _once(_parsed, _DATA, lambda: _unmarshal(_data_file()))


def _data_file() -> Path:
    return Path(_folder()) / f"data-{sys.implementation.cache_tag}.marshal"


def _folder() -> str:
    """The cache folder, or "" when the cache is off."""
    named = os.environ.get("CLAIMDIFF_CACHE_DIR")
    if named is not None:
        return named
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "claimdiff")


def _file(space: str) -> Path:
    # "la2": the code is the pattern behind its look-ahead (a file written otherwise is not read).
    tag = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}-la2"
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", space)
    return Path(_folder()) / f"patterns-{safe}-{tag}.marshal"


def _loaded(space: str) -> dict[_Key, tuple[Any, ...]]:
    return _once(_stores, space, lambda: {k: v for k, v in _unmarshal(_file(space)).items() if _entry(k, v)})


def _once(stores: dict[str, Any], name: str, read: Callable[[], dict[Any, Any]]) -> Any:
    """``stores[name]``, read on first use (once, whichever thread asks first)."""
    store = stores.get(name)
    if store is None:
        with _lock:
            store = stores.get(name)
            if store is None:
                store = stores[name] = read()
    return store


def _unmarshal(path: Path) -> dict[Any, Any]:
    """A cache file's mapping; empty when it is missing, unreadable or not one."""
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _entry(key: Any, parts: Any) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and isinstance(parts, tuple)
        and len(parts) == 5
        and isinstance(parts[0], int)
        and isinstance(parts[1], list)
        and isinstance(parts[2], int)
        and isinstance(parts[3], dict)
        and isinstance(parts[4], tuple)
    )


def save() -> None:
    """Write out each file this run added to (at exit): to a file beside the target, then
    renamed over it, so a reader never sees half a file. A lock left held (Ctrl-C landing
    inside ``with _lock``, or a process forked while another thread held it) skips the write
    rather than hang the exit: the cache only ever saves time."""
    if not _lock.acquire(timeout=_SAVE_WAIT):
        return
    try:
        _save()
    finally:
        _lock.release()


# Seconds the exit waits for the lock before leaving the cache as it was.
_SAVE_WAIT = 2.0


def _save() -> None:
    if _DATA in _dirty:
        _dirty.discard(_DATA)
        data = _parsed[_DATA]
        facts = [k for k in data if k.startswith(_FACT)]
        for k in facts[: max(0, len(facts) - _FACTS)]:
            del data[k]
        _write(_data_file(), data)
    for space in sorted(_dirty):
        store = _stores[space]
        # Past _KEEP entries (user lexicons and taught languages add their own), only what
        # this run used is kept: the file a small case reads stays small.
        _write(_file(space), store if len(store) <= _KEEP else {k: v for k, v in store.items() if k in _used})
    _dirty.clear()


def _write(path: Path, entries: dict[_Key, tuple[Any, ...]]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".claimdiff-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(marshal.dumps(entries))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        return  # a folder that cannot be written: the cache only ever saves time


def forget() -> None:
    """Drop what was read and not yet written (tests point the cache at another folder)."""
    with _lock:
        _stores.clear()
        _parsed.clear()
        _dirty.clear()
        _used.clear()
