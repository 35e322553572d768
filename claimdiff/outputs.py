"""Writing the files one run produces: all of them or none, never over an input.

Every file is rendered before this is called. Regular files are staged beside their targets and
renamed over them together, so an error leaves none of the run's files behind; a device or a
FIFO (``/dev/null``, a pipe) is written in place, as standard tools do, never replaced by a
regular file; a symbolic link is followed to the file it names, never replaced.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from claimdiff.errors import OutputError


@dataclass(frozen=True)
class _Target:
    shown: str  # the path as the user wrote it, for messages
    path: Path  # where the bytes go (a link followed)
    in_place: bool  # a device or a FIFO: written where it is, not renamed over


def write_files(files: Mapping[str, str], *, inputs: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Write each ``path -> text`` (UTF-8, LF), all or none; refuse a path that names an input."""
    read = {_identity(Path(p)) for p in inputs} - {None}
    targets = [_target(path, read) for path in files]
    seen: dict[object, str] = {}
    for t in targets:
        key = _identity(t.path) or t.path.resolve()
        if key in seen:
            raise OutputError(f"is named twice as an output (also as {seen[key]})", path=t.shown)
        seen[key] = t.shown
    staged: list[tuple[_Target, str]] = []
    try:
        for t, text in zip(targets, files.values(), strict=True):
            if not t.in_place:
                staged.append((t, _stage(t, text)))
        for t, tmp in staged:
            os.replace(tmp, t.path)
        staged = []
        for t, text in zip(targets, files.values(), strict=True):
            if t.in_place:
                _write_in_place(t, text)
    finally:
        for _, tmp in staged:
            Path(tmp).unlink(missing_ok=True)


def _identity(path: Path) -> tuple[int, int] | None:
    """The file a path names (device and inode), or None when there is none yet."""
    try:
        st = path.stat()
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def _target(shown: str, read: set[tuple[int, int] | None]) -> _Target:
    path = Path(shown)
    if path.is_symlink():
        path = Path(os.path.realpath(path))  # a link is followed, never replaced
    try:
        st = path.stat()
    except FileNotFoundError:
        return _Target(shown, path, False)
    except OSError as exc:
        raise OutputError(f"cannot write ({exc.strerror})", path=shown) from None
    if stat.S_ISDIR(st.st_mode):
        raise OutputError("is a folder, not a file to write", path=shown)
    if (st.st_dev, st.st_ino) in read:
        raise OutputError("is one of the inputs; refusing to write over it", path=shown)
    return _Target(shown, path, not stat.S_ISREG(st.st_mode))


def _stage(t: _Target, text: str) -> str:
    """The text in a temporary file beside the target, with a new file's permissions."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{t.path.name}.", dir=t.path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write ({exc.strerror})", path=t.shown) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        # mkstemp makes the file private; a report gets the permissions any new file would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write ({exc.strerror})", path=t.shown) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _write_in_place(t: _Target, text: str) -> None:
    try:
        with open(t.path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    except OSError as exc:
        raise OutputError(f"cannot write ({exc.strerror})", path=t.shown) from None
