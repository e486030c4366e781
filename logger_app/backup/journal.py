"""The journal of a restore's swap: what a crash in the middle leaves, and how the next
open finishes it (or undoes it).

A swap is a list of moves between three places: the staging folder (the restored
logbook, extracted and checked), the data folder, and ``backups/replaced-<time>/`` inside
it (the logbook being replaced). The journal lists them before the first move, so that
after a crash at any point the next open knows where every entry belongs.

Recovery rolls FORWARD (completes the swap) whenever every move not yet made still has
its source: the user chose the restore and confirmed it, the restored logbook was fully
checked before the first move, and the replaced one is kept in ``backups/``, so finishing
loses nothing. It rolls BACK when a source is gone (the staging folder was damaged or
deleted by hand) or when the live process had already started undoing a failed move.
Either way the data folder ends up holding exactly one whole logbook, photos included.

Moves are made (and undone) strictly in order, so the made ones are always the first
few; each is judged once those before it are known to be made, which keeps the old
``photos/`` and the new ``photos/`` (they take turns under one name) apart. The journal
is written once more only when the swap turns to undoing.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..leftovers import remove_path
from ..owner_only import make_private_folders
from ..photos.store import fsync_folder
from ..store.folder_upkeep import JOURNAL_SUFFIX

FORWARD = "forward"
BACK = "back"
_FORMAT = 1
_STAGING, _DATA = "staging", "data"


class JournalError(OSError):
    """The journal cannot be read: nothing was moved by recovery."""


@dataclass
class SwapJournal:
    """Paths are kept relative to the data folder and the staging folder (``"data"`` /
    ``"staging"``), so that they hold wherever those folders are found again."""

    data_dir: Path
    staging: Path
    folders: list[str]  # made by the swap, in order, inside the data folder
    moves: list[tuple[tuple[str, str], tuple[str, str]]]  # ((root, relative), (root, ...))
    phase: str = FORWARD
    # What the swap is for, in the words of the next open's message (see ``recover``):
    # "restore", or a conversion ("encryption", "decryption") that swaps the same way.
    purpose: str = "restore"

    @property
    def path(self) -> Path:
        return self.staging.with_name(self.staging.name + JOURNAL_SUFFIX)

    def resolve(self, place: tuple[str, str]) -> Path:
        root, relative = place
        return (self.staging if root == _STAGING else self.data_dir) / relative

    def moves_as_paths(self, index: int) -> tuple[Path, Path]:
        source, target = self.moves[index]
        return self.resolve(source), self.resolve(target)

    def step_name(self, index: int) -> str:
        """ "moved photos aside" / "moved photos in": a name for tests and messages."""
        source, target = self.moves[index]
        return f"moved {target[1].rsplit('/', 1)[-1]} {'in' if source[0] == _STAGING else 'aside'}"

    def write(self) -> None:
        """Durably: a whole journal or none (temporary file, fsync, rename, fsync)."""
        record = {
            "format": _FORMAT,
            "phase": self.phase,
            "purpose": self.purpose,
            "folders": self.folders,
            "moves": [[list(source), list(target)] for source, target in self.moves],
        }
        partial = self.path.with_name(self.path.name + ".part")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            json.dump(record, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, self.path)
        fsync_folder(self.path.parent)

    def remove(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        fsync_folder(self.path.parent)

    @classmethod
    def read(cls, path: Path, data_dir: Path) -> SwapJournal:
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            if record["format"] != _FORMAT or record["phase"] not in (FORWARD, BACK):
                raise ValueError("unknown journal")
            moves = [((str(s[0]), str(s[1])), (str(t[0]), str(t[1]))) for s, t in record["moves"]]
            folders = [str(folder) for folder in record["folders"]]
            purpose = str(record.get("purpose", "restore"))
        except (OSError, ValueError, KeyError, TypeError, IndexError) as error:
            raise JournalError(errno.EINVAL, f"unreadable restore journal: {error}") from error
        staging = path.with_name(path.name.removesuffix(JOURNAL_SUFFIX))
        return cls(Path(data_dir), staging, folders, moves, record["phase"], purpose)


def plan(
    data_dir: Path,
    staging: Path,
    folders: list[Path],
    moves: list[tuple[Path, Path]],
    purpose: str = "restore",
) -> SwapJournal:
    """A journal for moves given as absolute paths inside ``data_dir`` / ``staging``."""

    def place(path: Path) -> tuple[str, str]:
        if path.is_relative_to(staging):
            return _STAGING, path.relative_to(staging).as_posix()
        return _DATA, path.relative_to(data_dir).as_posix()

    return SwapJournal(
        data_dir,
        staging,
        [folder.relative_to(data_dir).as_posix() for folder in folders],
        [(place(source), place(target)) for source, target in moves],
        purpose=purpose,
    )


def made_count(journal: SwapJournal) -> int:
    """How many moves are made. They are made (and undone) strictly in order, so the
    made ones are the first few, and each is judged once those before it are made: a
    move into ``backups/replaced-…`` by its target (a fresh folder), a move out of the
    staging folder by its source being gone and its target present (the old entry of
    that name has left by then)."""
    for index, (source, target) in enumerate(journal.moves):
        source_path, target_path = journal.resolve(source), journal.resolve(target)
        if source[0] == _STAGING:
            made = not source_path.exists() and target_path.exists()
        else:
            made = target_path.exists()
        if not made:
            return index
    return len(journal.moves)


def can_complete(journal: SwapJournal) -> bool:
    """Whether every move not made still has its source."""
    return all(
        journal.resolve(source).exists() for source, _ in journal.moves[made_count(journal) :]
    )


def complete(journal: SwapJournal) -> None:
    """Make every move not yet made, in order."""
    for folder in journal.folders:
        make_private_folders(journal.data_dir / folder)
    for source, target in journal.moves[made_count(journal) :]:
        source_path, target_path = journal.resolve(source), journal.resolve(target)
        if source[0] == _STAGING and target_path.exists():
            _drop(source_path)  # a copy to another disk was whole; its source stayed
        else:
            move_entry(source_path, target_path)
    sync(journal)


def roll_back(journal: SwapJournal) -> None:
    """Undo every move made, last first; then remove the folders the swap made."""
    made = made_count(journal)
    if made < len(journal.moves):
        source, target = journal.moves[made]
        if source[0] == _STAGING and journal.resolve(source).exists():
            remove_path(journal.resolve(target))  # a copy to another disk, not yet made
    for source, target in reversed(journal.moves[:made]):
        move_entry(journal.resolve(target), journal.resolve(source))
    for folder in reversed(journal.folders):
        with contextlib.suppress(OSError):
            (journal.data_dir / folder).rmdir()
    sync(journal)


def undo_after_failure(journal: SwapJournal) -> None:
    """After a failed move: put every entry back. If even that fails, the journal (now
    saying "back") is left for the next open to finish the undoing."""
    try:
        journal.phase = BACK
        journal.write()
        roll_back(journal)
        journal.remove()
    except OSError:
        return


def recover(journal: SwapJournal) -> str:
    """Finish or undo the swap; the journal is removed afterwards. Returns what was
    done, in plain words."""
    forward = journal.phase == FORWARD and can_complete(journal)
    if forward:
        complete(journal)
    else:
        if journal.phase != BACK:
            journal.phase = BACK  # a crash while undoing must go on undoing
            journal.write()
        roll_back(journal)
    journal.remove()
    if journal.purpose != "restore":
        return _conversion_outcome(journal, forward)
    if forward:
        replaced = next((f for f in reversed(journal.folders) if "replaced-" in f), None)
        kept = f"; the logbook it replaced is in {journal.data_dir / replaced}" if replaced else ""
        return (
            f"An interrupted restore into {journal.data_dir} was completed: the restored "
            f"logbook is in place{kept}."
        )
    return (
        f"An interrupted restore into {journal.data_dir} was undone: the logbook that "
        "was there before is back in place. Restore the backup again if you still want it."
    )


def _conversion_outcome(journal: SwapJournal, forward: bool) -> str:
    encrypted = (journal.purpose == "encryption") == forward
    return (
        f"An interrupted {journal.purpose} of the logbook in {journal.data_dir} was "
        f"{'completed' if forward else 'undone'}: the logbook is "
        f"{'encrypted' if encrypted else 'not encrypted'}, as "
        f"{'asked' if forward else 'it was before'}."
    )


def move_entry(source: Path, target: Path) -> None:
    """A rename. If the two are on different disks (a data folder that is a mount
    point): a whole copy under a temporary name renamed into place, then the source
    renamed aside and removed — so an existing target is always whole, and an existing
    source too."""
    if target.exists():  # os.replace would silently drop a file there
        raise FileExistsError(errno.EEXIST, "already exists", str(target))
    try:
        os.replace(source, target)
        return
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
    partial = target.with_name(f".{target.name}.moving")
    remove_path(partial)
    if source.is_dir():
        shutil.copytree(source, partial, copy_function=_copy_durably)
    else:
        _copy_durably(source, partial)
    os.replace(partial, target)
    _drop(source)


def _copy_durably(source: str | Path, target: str | Path) -> None:
    shutil.copy2(source, target)
    with open(target, "rb+") as copied:
        os.fsync(copied.fileno())


def _drop(path: Path) -> None:
    """Remove a source whose whole copy is in place: renamed aside first, so that a
    crash never leaves half of it under its own name."""
    aside = path.with_name(f".{path.name}.moved")
    with contextlib.suppress(FileNotFoundError):
        os.replace(path, aside)
    remove_path(aside)


def sync(journal: SwapJournal) -> None:
    folders = {journal.data_dir, journal.staging, journal.data_dir.parent}
    folders |= {journal.data_dir / folder for folder in journal.folders}
    for folder in folders:
        with contextlib.suppress(OSError):
            fsync_folder(folder)
