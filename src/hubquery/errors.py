"""The package's exceptions: every user-facing failure is a HubqueryError."""

from __future__ import annotations

import reprlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hubquery.problems import Problem


class HubqueryError(Exception):
    """Base of every error hubquery reports to a user (exit status 1)."""


# Where a problem is in a dataset's document: ("facts", 3, "value").
Location = tuple[str | int, ...]


def dotted(path: Location) -> str:
    """A document path as a reader writes it: ``facts[3].value``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class DatasetError(HubqueryError):
    """A dataset that cannot be used: unreadable, not YAML, or invalid."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = str(problems[0]) if problems else "invalid dataset"
        more = len(problems) - 1
        summary = first if more == 0 else f"{first} (and {more} more problem{'s' * (more > 1)})"
        super().__init__(summary)

    @classmethod
    def single(
        cls,
        file: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
    ) -> DatasetError:
        from hubquery.problems import Problem

        return cls([Problem(file, line, column, field, message)])


def shown(value: object, limit: int = 60) -> str:
    """A user's input (or a dataset's value) quoted for a message: escaped, and cut short
    if it is long.

    Cut before it is rendered: a dataset's value can be a string of megabytes, or a
    list that aliases such a string a thousand times (repr of the whole would take a
    gigabyte to show sixty characters of it)."""
    if isinstance(value, str):
        text = repr(value[:limit])
    elif isinstance(value, (int, float, bool)) or value is None:
        text = _short_number(value) if isinstance(value, int) else repr(value)
    else:
        bounded = reprlib.Repr()
        bounded.maxlevel = 3
        bounded.maxstring = bounded.maxother = limit
        bounded.maxlong = limit
        text = bounded.repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _short_number(value: int) -> str:
    """An int of any size, shown by its first digits (str() of an int of more than
    4,300 digits raises ValueError)."""
    if value.bit_length() <= 64:
        return repr(value)
    return f"a number of about {int(value.bit_length() * 0.30103)} digits"


class NotFound(HubqueryError):
    """A name (hub, metric, source) that matches nothing, with suggestions."""

    def __init__(
        self, kind: str, name: str, suggestions: list[str] | None = None, where: str | None = None
    ) -> None:
        """``where`` says where to look when nothing is close ("see 'hubquery list'")."""
        self.kind = kind
        self.name = name
        self.suggestions = suggestions or []
        if not name.strip():
            super().__init__(f"the {kind} name is empty")
            return
        message = f"no {kind} {shown(name)}"
        if self.suggestions:
            message += ". Did you mean: " + ", ".join(self.suggestions) + "?"
        elif where:
            message += f"; {where}"
        super().__init__(message)


class Ambiguous(HubqueryError):
    """A name that matches more than one thing."""

    def __init__(self, kind: str, name: str, candidates: list[str]) -> None:
        self.kind = kind
        self.name = name
        self.candidates = candidates
        super().__init__(f"{kind} {shown(name)} is ambiguous: it could be " + ", ".join(candidates))


class QueryError(HubqueryError):
    """A well-formed command whose request cannot be answered (bad --where, …)."""


class ConditionError(HubqueryError):
    """A condition or argument that cannot be read at all: a usage error (exit 2), unlike
    a well-formed name that matches nothing (exit 1)."""


class OutputError(HubqueryError):
    """Standard output cannot be written: closed, a full disk, a device that refuses."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"cannot write output: {reason}")


class ReaderGone(Exception):
    """The reader of our output went away (``| head``): stop quietly.

    Not an OSError on purpose: click turns a broken pipe into exit status 1."""
