"""YAML read as YAML 1.2 reads it: only true/false are booleans, and dates stay strings.

PyYAML follows YAML 1.1, where ``no``, ``on`` and ``NO`` are booleans: a case title or a
word list holding the word "no" would silently become ``False``.

A user's manifest is read stricter still (``strict=True``): an alias (``*name``) is refused
where it is met, before anything walks the document, so nested aliases cannot expand into
gigabytes; a key given twice is refused instead of silently keeping the last; and a number of
more digits than any date, count or line needs is refused before ``int()`` sees it.
"""

from __future__ import annotations

import re
from functools import cache

# The longest run of digits a manifest's number may have.
MAX_DIGITS = 40


@cache
def loader(fast: bool = False, strict: bool = False) -> type:
    """A safe loader class with YAML 1.2 scalars; ``fast`` takes libyaml's parser when PyYAML has
    it (for the package's own data: its error messages differ from the pure-Python parser's);
    ``strict`` refuses aliases, repeated keys and overlong numbers (for what users give)."""
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
    if strict:
        return _strict(Loader)
    return Loader


def _strict(base: type) -> type:
    import yaml

    class Strict(base):  # type: ignore[misc, valid-type]
        """Refuses what a manifest never needs and an attacker would use."""

        def compose_node(self, parent: object, index: object) -> object:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(
                    None, None, "aliases (*name) are not read in a case manifest", event.start_mark
                )
            return super().compose_node(parent, index)

        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
            seen: set[object] = set()
            for key_node, _ in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else id(key_node)
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"key {key!r} is given twice", key_node.start_mark
                    )
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

        def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
            return super().construct_yaml_int(_short(node))

        def construct_yaml_float(self, node: yaml.ScalarNode) -> float:
            return super().construct_yaml_float(_short(node))

    def _short(node: yaml.ScalarNode) -> yaml.ScalarNode:
        """The number's node, refused before it is converted when it has too many digits."""
        if sum(ch.isdigit() for ch in node.value) > MAX_DIGITS:
            raise yaml.constructor.ConstructorError(
                None, None, f"a number of more than {MAX_DIGITS} digits", node.start_mark
            )
        return node

    Strict.add_constructor("tag:yaml.org,2002:int", Strict.construct_yaml_int)
    Strict.add_constructor("tag:yaml.org,2002:float", Strict.construct_yaml_float)
    return Strict
