"""Writing files so that a failure never leaves half a file where a good one was, and so that two runs writing
into one folder at once cannot mix their files."""
from __future__ import annotations

import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .errors import EnvironmentProblem, UsageError

LOCK_NAME = ".briefing.lock"
LOCK_WAIT_ENV = "BRIEFING_LOCK_WAIT"
DEFAULT_LOCK_WAIT = 60.0   # seconds; writing a note takes well under one, so a longer wait means a stuck run


def _file_mode() -> int:
    """The mode an ordinary new file gets here (0o644 under the usual umask); mkstemp's is 0o600."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _temp_beside(path: Path, data: bytes) -> str:
    """`data` in a synced temporary file in the folder of `path` (so that the rename is atomic)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _file_mode())  # notes in a shared folder must stay readable by the others who use it
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def atomic_write(path: Path, data: bytes, durable: bool = False) -> None:
    """`data` in place of `path`, whole or not at all; `durable`: the rename itself reaches the disk before this
    returns (a log whose entries must survive a crash)."""
    write_together({Path(path): data})
    if durable:
        sync_folder(Path(path).parent)


def sync_folder(folder: Path) -> None:
    """The folder's entries (a rename, an unlink) on disk: the file's own bytes are synced when written."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_together(files: dict[Path, bytes]) -> None:
    """Write several files all or none: every target is checked (a folder or a read-only file where a file is to
    go fails here, before anything is written), every one goes to a temporary file first (a full disk or a
    missing permission fails here, with the old files untouched), then each is renamed over its target; should
    a rename still fail, the targets already replaced get their old files back."""
    for path in files:
        _replaceable(Path(path))
    temps: dict[Path, str] = {}
    backups: dict[Path, str | None] = {}   # target -> a hard link to its old file (None: there was none)
    current = None
    try:
        for path, data in files.items():
            current = Path(path)
            temps[current] = _temp_beside(current, data)
        for path in list(temps):
            current = path
            if len(files) > 1:   # one file alone is replaced by its rename or not at all: nothing to put back
                backups[path] = _keep_old(path)
            os.replace(temps[path], path)
            del temps[path]
    except OSError as exc:
        _restore(backups, done=[p for p in backups if p not in temps])
        raise EnvironmentProblem(f"{current}: cannot write: {exc.strerror or exc}") from None
    finally:
        for tmp in temps.values():
            Path(tmp).unlink(missing_ok=True)   # what was not renamed
        for old in backups.values():
            if old is not None:
                Path(old).unlink(missing_ok=True)


def _replaceable(path: Path) -> None:
    """Refuse a target that a rename would not replace as the user expects: a folder (or a device, a FIFO) in its
    place, or a file made read-only (someone meant to keep it)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise EnvironmentProblem(f"{path}: cannot write: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise EnvironmentProblem(f"{path}: cannot write: a folder is in its place (nothing was replaced)")
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode)):
        raise EnvironmentProblem(f"{path}: cannot write: not a regular file (nothing was replaced)")
    if stat.S_ISREG(st.st_mode) and not st.st_mode & 0o222:
        raise EnvironmentProblem(f"{path}: cannot write: the file is read-only (nothing was replaced)")


def _keep_old(path: Path) -> str | None:
    """A second name for the file at `path` (a hard link beside it), to put it back if a later rename fails."""
    if not os.path.lexists(path):
        return None
    old = f"{path.parent}/.{path.name}.{os.getpid()}.old.tmp"
    try:
        if os.path.lexists(old):
            os.unlink(old)
        os.link(path, old, follow_symlinks=False)
    except OSError:   # no hard links here (some network file systems): the checks above must do
        return None
    return old


def _restore(backups: dict[Path, str | None], done: list[Path]) -> None:
    for path in done:
        old = backups.get(path)
        try:
            if old is not None:
                os.replace(old, path)
            elif path in backups:
                path.unlink(missing_ok=True)   # it was new in this run
        except OSError:
            pass


def writable_dir(folder: Path) -> Path:
    """Create `folder` if need be and prove that it takes files, so that a run fails before its work, not after."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise EnvironmentProblem(f"{folder}: the output folder is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".briefing-probe-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise EnvironmentProblem(f"{folder}: the output folder is not writable: {exc.strerror or exc}") from None
    return folder


def lock_wait() -> float:
    from .settings import settings
    text = settings().lock_wait
    if not text:
        return DEFAULT_LOCK_WAIT
    try:
        wait = float(text)
    except ValueError:
        wait = -1.0
    if not wait >= 0:
        raise UsageError(f"{LOCK_WAIT_ENV}: give a number of seconds, not {text!r}")
    return wait


@contextmanager
def output_lock(folder: Path, wait: float | None = None, name: str = LOCK_NAME):
    """Hold `folder` for writing. Another run writing there is waited for (BRIEFING_LOCK_WAIT seconds, 60 by
    default), then this one fails (exit 3): the files of two runs never mix. The lock is the operating
    system's (filelock): a run that dies releases it."""
    from filelock import FileLock, Timeout

    folder = Path(folder)
    wait = lock_wait() if wait is None else wait
    lock = FileLock(str(folder / name), timeout=wait)
    try:
        lock.acquire()
    except Timeout:
        raise EnvironmentProblem(f"{folder}: another briefing run is writing to this folder (waited {wait:g} s); "
                                 f"run again when it has finished") from None
    except OSError as exc:
        raise EnvironmentProblem(f"{folder}: cannot lock the output folder: {exc.strerror or exc}") from None
    try:
        yield
    finally:
        lock.release()
