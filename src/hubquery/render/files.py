"""Writing an export to a file or folder: all of it, or nothing.

Every output is written beside its destination under a temporary name and renamed
into place when complete, so an error (or Ctrl-C) never leaves half a file where
a reader expects a whole one. An existing destination is replaced only when asked.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from hubquery.errors import HubqueryError


def refuse_existing(path: str, force: bool) -> None:
    """Stop before any work if ``path`` exists and overwriting was not asked for."""
    if os.path.lexists(path) and not force:
        raise HubqueryError(f"{path} exists: add --force to overwrite it")


@contextmanager
def atomic_file(path: str) -> Iterator[str]:
    """A temporary path beside ``path``, renamed to it when the block succeeds."""
    folder = os.path.dirname(os.path.abspath(path))
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.",
                                             suffix=".tmp")
    os.close(descriptor)
    try:
        yield temporary
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


@contextmanager
def atomic_dir(path: str) -> Iterator[str]:
    """A temporary folder beside ``path``, put in its place when the block succeeds
    (an existing folder there is removed only once the new one is complete)."""
    folder = os.path.dirname(os.path.abspath(path))
    temporary = tempfile.mkdtemp(dir=folder, prefix=f".{os.path.basename(path)}.")
    old = None
    try:
        yield temporary
        os.chmod(temporary, 0o777 & ~_umask())
        if os.path.lexists(path):
            old = tempfile.mkdtemp(dir=folder, prefix=f".{os.path.basename(path)}.old.")
            os.rmdir(old)
            os.replace(path, old)
        os.replace(temporary, path)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
        if old is not None:
            if os.path.isdir(old) and not os.path.islink(old):
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.unlink(old)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
