"""A dataset file's text, and the words of YAML's syntax errors.

``decode`` reads UTF-8 (a BOM allowed) or fails at the byte that is not;
``whole_text`` gets all the text of whatever a ``Stream`` reads, to locate problems
once there are some; ``syntax_message`` words a parser's error as a writer reads it.
"""

from __future__ import annotations

from typing import BinaryIO

import yaml

from hubquery.errors import DatasetError

# What a Stream reads: text, UTF-8 bytes, or a binary file read a little at a time.
Source = str | bytes | BinaryIO

# What a parser's context names, as the character a writer typed to open it.
_OPENED = {
    "while parsing a flow sequence": "the [",
    "while parsing a flow mapping": "the {",
    "while scanning a quoted scalar": "the quote",
    "while scanning a double-quoted scalar": "the quote",
    "while scanning a single-quoted scalar": "the quote",
}


def syntax_message(error: yaml.MarkedYAMLError) -> str:
    """A YAML syntax error that names where the construct it is in opened, as well as
    where reading failed: "the [ opened at 3:11 is never closed; found end of file at
    4:1" (the parser's problem mark alone points past the place to fix)."""
    problem = " ".join((error.problem or "cannot parse").split())
    problem = problem.replace("end of stream", "end of file")
    context, opened, failed = error.context, error.context_mark, error.problem_mark
    if not context or opened is None:
        return problem
    where = f"{opened.line + 1}:{opened.column + 1}"
    at = f" at {failed.line + 1}:{failed.column + 1}" if failed is not None else ""
    construct = _OPENED.get(context)
    if construct is None:
        return f"{context} that began at {where}: {problem}{at}"
    return f"{construct} opened at {where} is never closed; {problem}{at}"


def decode(data: bytes, filename: str) -> str:
    """UTF-8 text of a dataset file (a BOM is allowed), or a located error."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise DatasetError.single(
            filename,
            f"not UTF-8 text: byte 0x{data[error.start]:02x} cannot be decoded",
            line,
            column,
        ) from None


def whole_text(source: Source, filename: str) -> str:
    """All the text of ``source``: to locate problems once there are some."""
    if isinstance(source, str):
        return source
    if not isinstance(source, bytes):
        source.seek(0)
        source = source.read()
    return decode(source, filename)
