"""Errors raised by the library; the CLI maps every one of them to exit code 2."""

from __future__ import annotations


class ClaimdiffError(Exception):
    """Base class: a problem with what the user gave us, never a bug."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class InputError(ClaimdiffError):
    """An input document cannot be read or decoded."""


class DatasetError(ClaimdiffError):
    """A case manifest (case.yaml) is malformed."""


class ConfigError(ClaimdiffError):
    """Options that cannot work together."""


class OutputError(ClaimdiffError):
    """An output cannot be written where it was asked for."""
