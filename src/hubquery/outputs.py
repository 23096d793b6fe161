"""Every file a run writes (``export --output``, ``--metadata``, a data package's
folder, an SQLite file) goes through here: all of them, or none.

The rules, in one place:

- An output is a regular file (or, for a data package, a folder) or does not exist
  yet. A device, a FIFO, a socket or, for a file, a folder is refused even with
  ``--force``: a stream is written by leaving out ``--output`` and redirecting. So is
  a link into the process's own streams (``/dev/stdout`` → ``/proc/self/fd/1``), even
  when the stream is redirected to a regular file.
- A link stays a link: the file it names is replaced, beside itself, as an editor
  writes through a link.
- Two outputs of one run that name the same file are a usage error.
- Each output is written beside its destination under a temporary name
  (``.<name>.<pid>.<random>.tmp``), and the temporaries are put in place only when
  every output of the run is complete. Without ``--force`` a destination is claimed
  with an exclusive link (a folder: an exclusive mkdir), so a writer that got there
  first, even one that started after this run checked, is never overwritten.
- Temporaries are removed when the run fails or is interrupted (``process`` removes
  the registered ones on Ctrl-C); those left by a killed run are swept, once they are
  an hour old and their process is gone, by the next run that writes in that folder.
- Every failure of the file system (a missing folder, no permission, a full disk,
  SQLite's own "database or disk is full") is one line naming the path and the
  cause, exit status 1.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import sys
import time
from collections.abc import Callable, Iterator
from typing import IO, TYPE_CHECKING

from hubquery import temporaries
from hubquery.errors import ConditionError, HubqueryError
from hubquery.escaping import escaped

if TYPE_CHECKING:
    from types import TracebackType

# A temporary older than this whose writer is gone was left by a killed run.
STALE_AFTER = 3600.0
STREAM_HINT = "to write a stream, leave out --output and redirect (> FILE)"


class OutputFileError(HubqueryError):
    """A file of the output cannot be written: one line naming it and the cause."""

    def __init__(self, path: str, cause: str) -> None:
        super().__init__(f"cannot write {escaped(path)}: {cause}")


def cause_of(error: BaseException) -> str:
    """What went wrong, in the words of the system (``No space left on device``)."""
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error) or type(error).__name__  # sqlite3.Error: "database or disk is full"


class Target:
    """One destination of a run: ``path`` as the user named it (for messages),
    ``destination`` the file it names once links are followed, and the temporary."""

    __slots__ = ("destination", "folder", "path", "temporary")

    def __init__(self, path: str, destination: str, temporary: str, folder: bool) -> None:
        self.path = path
        self.destination = destination
        self.temporary = temporary
        self.folder = folder


class Outputs:
    """The outputs of one run, put in place together when the block ends without error.

    with Outputs(force) as outputs:
        database = outputs.file(path, "--output")
        with outputs.writing(database):
            write_database(tables, database.temporary)
    """

    def __init__(self, force: bool) -> None:
        self.force = force
        self.targets: list[Target] = []
        self.names: dict[str, str] = {}

    def __enter__(self) -> Outputs:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        try:
            if kind is None:
                self._commit()
        finally:
            for target in self.targets:
                _remove(target.temporary)
                temporaries.forget(target.temporary)

    def file(self, path: str, option: str = "--output") -> Target:
        """Claim ``path`` for a file: checked now, before any work."""
        return self._claim(path, option, folder=False)

    def folder(self, path: str, option: str = "--output") -> Target:
        """Claim ``path`` for a folder (a data package)."""
        return self._claim(path, option, folder=True)

    @contextlib.contextmanager
    def writing(self, target: Target) -> Iterator[str]:
        """The temporary to write ``target`` to; a failure names the destination."""
        try:
            yield target.temporary
        except HubqueryError:
            raise
        except Exception as error:
            if not _is_storage_error(error):
                raise
            raise OutputFileError(target.path, cause_of(error)) from None

    @contextlib.contextmanager
    def text(self, target: Target, path: str | None = None) -> Iterator[IO[str]]:
        """A text file to write (``path`` inside a folder target, else the target)."""
        with self.writing(target) as temporary:
            where = temporary if path is None else os.path.join(temporary, path)
            with open(where, "w", encoding="utf-8", newline="") as out:
                yield out

    def _claim(self, path: str, option: str, folder: bool) -> Target:
        if not path:
            raise ConditionError(f"{option}: the path is empty")
        key = _identity(path)
        if key in self.names:
            raise ConditionError(
                f"{self.names[key]} and {option} name the same file {escaped(path)}"
            )
        self.names[key] = option
        destination = _destination(path)
        _check_destination(path, destination, folder, self.force)
        sweep(os.path.dirname(destination))
        temporary = _temporary_name(destination)
        # Remembered before it exists: a Ctrl-C between creating it and remembering it
        # would leave it behind (removing one that was never made is harmless).
        temporaries.remember(temporary)
        try:
            if folder:
                os.mkdir(temporary, 0o777)
            else:
                os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except OSError as error:
            temporaries.forget(temporary)
            raise OutputFileError(path, cause_of(error)) from None
        target = Target(path, destination, temporary, folder)
        self.targets.append(target)
        return target

    def _commit(self) -> None:
        # Check them all again before moving any: a run that has waited on a slow
        # query must not find out half-way that the second destination became a FIFO.
        for target in self.targets:
            _check_destination(target.path, target.destination, target.folder, self.force)
        for target in self.targets:
            try:
                _put_in_place(target, self.force)
            except HubqueryError:
                raise
            except OSError as error:
                raise OutputFileError(target.path, cause_of(error)) from None


def write_file(
    path: str, force: bool, write: Callable[[IO[str]], None], option: str = "--output"
) -> None:
    """One text file at ``path``, whole or not at all."""
    with Outputs(force) as outputs:
        target = outputs.file(path, option)
        with outputs.text(target) as out:
            write(out)


def _is_storage_error(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return True

    sqlite3 = sys.modules.get("sqlite3")  # only when a database was being written
    return sqlite3 is not None and isinstance(error, sqlite3.Error)


def _identity(path: str) -> str:
    """What two paths share when they name one file (``x.db`` and ``./x.db``)."""
    real = os.path.realpath(path)
    with contextlib.suppress(OSError):
        status = os.stat(real)
        return f"{status.st_dev}:{status.st_ino}"
    return real


# Names of a process's own streams, whatever they point at: replacing one would replace
# the link (/dev/stdout), not write the stream.
_STREAMS = ("/proc/", "/dev/fd/", "/dev/stdin", "/dev/stdout", "/dev/stderr")
_MAX_LINKS = 40  # as the system's own limit (ELOOP)


def _destination(path: str) -> str:
    """The file ``path`` names once its links are followed (it may not exist yet), so
    that a replace puts the new file there and a link stays a link. A link into a
    process's streams is refused here, whatever file the stream is."""
    current = os.path.abspath(path)
    for _ in range(_MAX_LINKS):
        if current.startswith(_STREAMS):
            raise HubqueryError(f"{escaped(path)} is not a regular file: {STREAM_HINT}")
        try:
            link = os.readlink(current)
        except OSError:  # not a link (or not there): this is the file
            return current
        current = os.path.join(os.path.realpath(os.path.dirname(current)), link)
        current = os.path.normpath(current)
    raise OutputFileError(path, "too many levels of symbolic links")


def _check_destination(path: str, destination: str, folder: bool, force: bool) -> None:
    """Refuse what must never be replaced; refuse what exists unless ``force``.
    ``path`` is the user's name for ``destination``, for the message."""
    shown = escaped(path)
    try:
        status = os.stat(destination)
    except FileNotFoundError:
        status = None
    except OSError as error:
        if error.errno in (errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP):
            raise OutputFileError(path, cause_of(error)) from None
        status = None
    if status is None:
        if not folder and path.endswith(os.sep):
            raise OutputFileError(path, "a file name cannot end with a slash")
        return
    mode = status.st_mode
    if stat.S_ISDIR(mode) and not folder:
        raise OutputFileError(path, "it is a folder; name a file inside it")
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise HubqueryError(f"{shown} is not a regular file: {STREAM_HINT}")
    if folder and not stat.S_ISDIR(mode):
        raise OutputFileError(path, "it is a file, not a folder")
    if not force:
        raise HubqueryError(f"{shown} exists: add --force to overwrite it")


def _temporary_name(path: str) -> str:
    folder, name = os.path.split(os.path.abspath(path))
    # A name near the file system's limit (255 bytes) must still leave room for ours.
    short = os.fsdecode(os.fsencode(name)[:120])
    return os.path.join(folder, f".{short}.{os.getpid()}.{os.urandom(4).hex()}.tmp")


def _put_in_place(target: Target, force: bool) -> None:
    os.chmod(target.temporary, (0o777 if target.folder else 0o666) & ~_umask())
    if target.folder:
        _put_folder(target, force)
    elif force:
        os.replace(target.temporary, target.destination)
    else:
        try:  # exclusive: fails if anything appeared at the destination meanwhile
            os.link(target.temporary, target.destination)
        except FileExistsError:
            raise HubqueryError(
                f"{escaped(target.path)} exists: add --force to overwrite it"
            ) from None
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            _claim_by_creating(target)  # a file system without hard links (FAT)
        os.unlink(target.temporary)


def _claim_by_creating(target: Target) -> None:
    try:
        os.close(os.open(target.destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except FileExistsError:
        raise HubqueryError(f"{escaped(target.path)} exists: add --force to overwrite it") from None
    os.replace(target.temporary, target.destination)


def _put_folder(target: Target, force: bool) -> None:
    """A folder over another only with ``force``; renaming a folder onto an empty one
    replaces it, so an exclusive mkdir claims the name first."""
    if not force:
        try:
            os.mkdir(target.destination)
        except FileExistsError:
            raise HubqueryError(
                f"{escaped(target.path)} exists: add --force to overwrite it"
            ) from None
        os.replace(target.temporary, target.destination)
        return
    # Another run with --force may put its folder there between our two renames:
    # move whatever is there aside again, a few times, and the last writer wins.
    for _ in range(20):
        try:
            os.replace(target.temporary, target.destination)
            return
        except OSError as error:
            if error.errno not in (errno.ENOTEMPTY, errno.EEXIST, errno.EISDIR, errno.ENOTDIR):
                raise
        old = _temporary_name(target.destination)
        try:
            os.replace(target.destination, old)
        except FileNotFoundError:
            continue
        _remove(old)
    raise OutputFileError(target.path, "other runs keep writing it")


def sweep(folder: str, now: float | None = None) -> None:
    """Remove temporaries (ours, or a cache's) left in ``folder`` by runs that were
    killed: an hour old, and their process no longer running."""
    now = time.time() if now is None else now
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if not orphaned(entry.name):
                continue
            with contextlib.suppress(OSError):
                if now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER:
                    _remove(entry.path)


def orphaned(name: str) -> bool:
    """A temporary ``.<name>.<pid>.<random>.tmp`` whose writer is no longer running."""
    parts = name.split(".")
    if not (
        name.startswith(".")
        and name.endswith(".tmp")
        and len(parts) >= 5
        and parts[-3].isdigit()
        and len(parts[-2]) == 8
    ):
        return False
    try:
        os.kill(int(parts[-3]), 0)
    except ProcessLookupError:
        return True
    except (OSError, OverflowError, ValueError):  # running, under another user
        return False
    return False


def _remove(path: str) -> None:
    """Remove a temporary file or folder (never following a link out of it)."""
    try:
        status = os.lstat(path)
    except OSError:
        return
    if stat.S_ISDIR(status.st_mode):
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
