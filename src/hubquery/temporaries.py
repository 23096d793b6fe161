"""Temporary files and folders a run is writing (``outputs``, the cache), so that
``process`` removes them when the run is interrupted and Ctrl-C leaves nothing behind.

A module of its own, importing nothing of hubquery's: the writers and ``process`` both
use it without importing each other (``process`` imports the command line, which
imports the writers).
"""

from __future__ import annotations

import os

_temporaries: set[str] = set()


def remember(path: str) -> None:
    _temporaries.add(path)


def forget(path: str) -> None:
    _temporaries.discard(path)


def remove_all() -> None:
    for path in list(_temporaries):
        try:
            if os.path.isdir(path) and not os.path.islink(path):
                import shutil  # only when interrupted: shutil costs a lookup 7 M instructions

                shutil.rmtree(path, ignore_errors=True)
            else:
                os.unlink(path)
        except OSError:
            pass
