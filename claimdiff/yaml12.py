"""YAML read as YAML 1.2 reads it: only true/false are booleans, and dates stay strings.

PyYAML follows YAML 1.1, where ``no``, ``on`` and ``NO`` are booleans: a case title or a
word list holding the word "no" would silently become ``False``.
"""

from __future__ import annotations

import re
from functools import cache


@cache
def loader(fast: bool = False) -> type:
    """A safe loader class with YAML 1.2 scalars; ``fast`` takes libyaml's parser when PyYAML has
    it (for the package's own data: its error messages differ from the pure-Python parser's)."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader) if fast else yaml.SafeLoader

    class Loader(base):  # type: ignore[misc, valid-type]
        """YAML 1.2 scalars: only true/false are booleans and dates stay strings."""

    Loader.yaml_implicit_resolvers = {
        ch: [
            (tag, rx)
            for tag, rx in lst
            if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
        ]
        for ch, lst in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    Loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
    )
    return Loader
