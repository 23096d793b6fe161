"""What a YAML scalar means: its tag, and the value a plain scalar resolves to.

Only YAML's core tags are accepted; a plain scalar is resolved under YAML 1.1's
implicit types as PyYAML resolves them, except that a timestamp stays the text it
was written as. A ``Refusal`` is what the walk raises at anything a hand-written
dataset must not do; it carries the mark where it is.
"""

from __future__ import annotations

import sys
from typing import Any

from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from hubquery.errors import shown

STR = "tag:yaml.org,2002:str"
CORE_TAGS = {
    STR,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
    "!",
}
IMPLICIT: dict[str | None, list[tuple[str, Any]]] = Resolver.yaml_implicit_resolvers
_constructor = SafeConstructor()
CONVERT = {
    "tag:yaml.org,2002:int": _constructor.construct_yaml_int,
    "tag:yaml.org,2002:float": _constructor.construct_yaml_float,
    "tag:yaml.org,2002:bool": _constructor.construct_yaml_bool,
    "tag:yaml.org,2002:null": _constructor.construct_yaml_null,
}


class Refusal(Exception):
    """A problem found while walking events; carries where it is."""

    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


def too_long(value: str) -> str:
    """The refusal of a number with more digits than Python will read."""
    return (
        f"a number of {len(value):,} characters is beyond what can be read "
        f"(at most {sys.get_int_max_str_digits():,} digits)"
    )


def resolve_plain(value: str, mark: Any) -> Any:
    """A plain scalar's value under YAML 1.1's implicit types, as PyYAML resolves them."""
    for resolved, pattern in IMPLICIT.get(value[:1], ()):
        if pattern.match(value):
            if resolved in CONVERT:
                try:
                    return CONVERT[resolved](ScalarNode(resolved, value))
                except ValueError:  # an int beyond Python's digit limit
                    raise Refusal(too_long(value), mark) from None
            if resolved.endswith(":merge"):
                raise Refusal("merge keys (<<) are not supported", mark)
            if resolved.endswith(":value"):
                raise Refusal("the '=' value key is not supported", mark)
            return value  # a timestamp stays the text it was written as
    return value


def explicit(tag: str | None, value: str, event: Any) -> Any:
    """The value of a scalar with an explicit tag (``!!int 3``)."""
    if tag is None or tag == "!" or tag == STR or tag == "tag:yaml.org,2002:timestamp":
        return value
    if tag in CONVERT:
        try:
            return CONVERT[tag](ScalarNode(tag, value))
        except (ValueError, KeyError):
            raise Refusal(
                f"{shown(value)} is not a valid {tag.rsplit(':', 1)[-1]}", event.start_mark
            ) from None
    raise Refusal(f"unsupported tag {short_tag(tag)}", event.start_mark)


def short_tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")
