"""Find a dataset and parse it: the file to read, its bytes, and a validated Dataset.

The dataset is ``--data``, ``$HUBQUERY_DATA`` or the packaged one; ``-`` is
standard input. YAML errors and validation problems become one DatasetError
whose problems each carry file:line:column. Caching what was parsed is
``cache``'s job; the curator's extra checks are ``curate``'s.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

import hubquery
from hubquery.errors import DatasetError, Location, dotted, shown

if TYPE_CHECKING:
    from hubquery.models import Dataset

DATA_ENV = "HUBQUERY_DATA"
PACKAGED = ("data", "hubs.yaml")
STDIN = "-"
# A stream (standard input, a FIFO) has no size to check first; an endless one
# (`--data <(yes)`) must still end. 256 MiB holds about 800,000 facts; a larger dataset
# belongs in a file (its size is known before reading; a large one is compiled as it is
# read, never held whole: see ``cache.STREAMED_SIZE``).
STREAM_SIZE_LIMIT = 256 << 20


class DatasetFile(NamedTuple):
    path: str
    label: str  # how the dataset is named in messages


def locate_dataset(data: str | None = None) -> DatasetFile:
    """The dataset to use: ``--data``, then ``$HUBQUERY_DATA``, then the packaged one."""
    if data is not None:
        if not data.strip():
            raise DatasetError.single("--data", "the dataset path is empty")
        return _dataset_file(data)
    from_env = os.environ.get(DATA_ENV)
    if from_env is not None:
        if not from_env.strip():
            raise DatasetError.single(DATA_ENV, "the dataset path is empty")
        return _dataset_file(from_env)
    packaged = _packaged_dataset()
    return DatasetFile(packaged, packaged)


def _dataset_file(given: str) -> DatasetFile:
    if given == STDIN:
        return DatasetFile(STDIN, "<stdin>")
    return DatasetFile(os.path.expanduser(given), given)


def _packaged_dataset() -> str:
    """The dataset inside the installed package (a wheel puts it there), or, in an
    editable install, at the root of the project the package is imported from."""

    # What importlib.resources.files() gives for a package on the file system,
    # without the 8 ms its import of pathlib costs every run.
    for location in hubquery.__path__:
        packaged = os.path.join(location, *PACKAGED)
        if os.path.isfile(packaged):
            return packaged
    editable = _editable_project()
    if editable is not None and os.path.isfile(os.path.join(editable, *PACKAGED)):
        return os.path.join(editable, *PACKAGED)
    raise DatasetError.single(
        "hubquery", f"no packaged dataset found; point --data or ${DATA_ENV} at a dataset"
    )


# Where _editable_project found the project, by the sys.path it searched: a process that
# runs many commands (the test suite runs some 2,000 in its own processes) lists every
# folder of sys.path once, not once a run.
_EDITABLE: dict[tuple[str, ...], str | None] = {}


def _editable_project() -> str | None:
    """The project directory of an editable install, from its PEP 610 direct_url.json.

    An editable install imports the package from the source tree, where the
    dataset lives at the project root rather than inside the package.
    """
    searched = tuple(sys.path)
    if searched not in _EDITABLE:
        _EDITABLE[searched] = _find_editable_project(searched)
    return _EDITABLE[searched]


def _find_editable_project(path: tuple[str, ...]) -> str | None:
    for entry in path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if not (name.startswith("hubquery-") and name.endswith(".dist-info")):
                continue
            try:
                with open(os.path.join(entry, name, "direct_url.json"), encoding="utf-8") as f:
                    direct = json.load(f)
            except (OSError, ValueError):
                continue
            url = str(direct.get("url", ""))
            if direct.get("dir_info", {}).get("editable") and url.startswith("file://"):
                return _file_url_path(url)
    return None


def _file_url_path(url: str) -> str:
    """The path of a ``file://`` URL, percent-escapes decoded (what urllib.parse's
    urlparse and unquote give, without importing them on every run)."""
    path = url[len("file://") :]
    path = path[path.index("/") :] if "/" in path else path  # drop a host (file://host/p)
    if "%" not in path:
        return path

    raw = re.sub(
        rb"%([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), path.encode("utf-8")
    )
    return raw.decode("utf-8", "replace")


def read_bytes(dataset: DatasetFile) -> bytes:
    """The dataset's bytes, or a one-line error saying why they cannot be read.

    A regular file is read whole. Standard input and FIFOs are streams, read up to
    STREAM_SIZE_LIMIT; directories and devices (``/dev/zero``) are refused at once.
    """
    if dataset.path == STDIN:
        return _read_stream(sys.stdin.buffer, dataset)
    try:
        kind = os.stat(dataset.path).st_mode
        if stat.S_ISDIR(kind):
            raise IsADirectoryError
        if not (stat.S_ISREG(kind) or stat.S_ISFIFO(kind)):
            reason = "is a device or socket, not a dataset file"
        else:
            with open(dataset.path, "rb") as f:
                return f.read() if stat.S_ISREG(kind) else _read_stream(f, dataset)
    except OSError as error:
        raise _unreadable(dataset, error) from None
    raise DatasetError.single(dataset.label, f"cannot read the dataset: {reason}")


def open_dataset(dataset: DatasetFile) -> BinaryIO:
    """The dataset's regular file opened to read a little at a time (a large file is
    compiled as it is read, never held whole), or a one-line error saying why not."""
    try:
        return open(dataset.path, "rb")
    except OSError as error:
        raise _unreadable(dataset, error) from None


def _unreadable(dataset: DatasetFile, error: OSError) -> DatasetError:
    if isinstance(error, FileNotFoundError):
        reason = "no such file"
    elif isinstance(error, IsADirectoryError):
        reason = "is a directory, not a dataset file"
    elif isinstance(error, PermissionError):
        reason = "permission denied"
    else:
        reason = error.strerror or str(error)
    return DatasetError.single(dataset.label, f"cannot read the dataset: {reason}")


def _read_stream(stream: Any, dataset: DatasetFile) -> bytes:
    content = stream.read(STREAM_SIZE_LIMIT + 1)
    if len(content) > STREAM_SIZE_LIMIT:
        raise DatasetError.single(
            dataset.label,
            f"cannot read the dataset: a stream longer than "
            f"{STREAM_SIZE_LIMIT >> 20} MiB is refused; save it to a file and pass its path",
        )
    return bytes(content)


def parse(data: bytes, filename: str) -> Dataset:
    """Parse and validate a dataset; every problem is reported with its position."""
    from hubquery import yamlfile

    text = yamlfile.decode(data, filename)
    raw = yamlfile.read(text, filename)
    if raw is None:
        raise DatasetError.single(
            filename,
            "the dataset is empty: expected a mapping with format, sources, "
            "metrics, hubs and facts",
            1,
            1,
        )
    if not isinstance(raw, dict):
        raise DatasetError.single(
            filename, f"the dataset must be a mapping, not a {yaml_type(raw)}", 1, 1
        )
    return validate_document(raw, text, filename)


def validate_document(raw: dict[str, Any], text: str, filename: str) -> Dataset:
    """The parsed document as a Dataset, or one DatasetError listing every problem."""
    from pydantic import ValidationError

    from hubquery.crosscheck import cross_check
    from hubquery.models import Dataset

    issues: list[tuple[Location, str]]
    try:
        dataset = Dataset.model_validate(raw)
    except ValidationError as error:
        issues = [(tuple(e["loc"]), describe_error(e)) for e in error.errors(include_url=False)]
    else:
        issues = list(cross_check(dataset))
        if not issues:
            return dataset
    raise located_error(issues, text, filename)


def located_error(
    issues: list[tuple[Location, str]], text: str | bytes | BinaryIO, filename: str
) -> DatasetError:
    """One error listing every issue at its file:line:column, in file order. ``text``
    may be the file's bytes or the file itself, read again from its start."""
    from hubquery import yamlfile
    from hubquery.problems import Problem

    positions = yamlfile.locate(text, [loc for loc, _ in issues])
    problems = []
    for loc, message in issues:
        line, column = positions.get(loc, (None, None))
        problems.append(Problem(filename, line, column, dotted(loc), message))
    problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    return DatasetError(problems)


def yaml_type(value: object) -> str:
    """How a YAML value is named in messages: list, string, number, boolean …"""
    return {list: "list", str: "string", int: "number", float: "number", bool: "boolean"}.get(
        type(value), type(value).__name__
    )


def describe_error(error: Any) -> str:
    """One plain sentence for a pydantic error."""
    kind, given = error["type"], error.get("input")
    given_text = shown(given)
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length")
        return f"text of {len(given):,} characters is longer than the {limit:,} allowed"
    if kind == "string_pattern_mismatch":
        return f"{given_text} is not a valid id: use lowercase letters, digits and single hyphens"
    if kind in ("value_error", "assertion_error"):
        return str(error["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if kind == "literal_error":
        return f"{given_text} is not allowed: {error['msg'][0].lower()}{error['msg'][1:]}"
    if kind in (
        "int_type",
        "float_type",
        "bool_type",
        "string_type",
        "list_type",
        "model_type",
        "dict_type",
        "model_attributes_type",
    ):
        expected = {
            "int_type": "a number",
            "float_type": "a number",
            "bool_type": "true or false",
            "string_type": "text",
            "list_type": "a list",
        }.get(kind, "a mapping")
        return f"expected {expected}, not {yaml_type(given)} {given_text}"
    return f"{error['msg']} (got {given_text})"
