"""What every command shares: the --data-dir option, opening the logbook as the command
line, whole-number options, and a progress counter for a person at a terminal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import DATA_DIR_ENV, resolve_data_dir

if TYPE_CHECKING:
    from ..logbook import Logbook


def add_data_dir(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        # Given before or after the command, either works; the later one wins.
        default=None if top_level else argparse.SUPPRESS,
        help=(
            "the logbook's data folder (made by the window's first start, demo, "
            "restore and import-csv); default: "
            f"${DATA_DIR_ENV}, else the platform's user data folder"
        ),
    )


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def data_dir_of(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))


def open_logbook(data_dir: Path, *, create: bool = False) -> Logbook:
    """The logbook for a command: its writes are audited as the command line's,
    ``command line (<user>)``. Only commands meant to make a logbook pass ``create``
    (a mistyped --data-dir must not get an empty one)."""
    from ..integrity import command_line_actor
    from ..logbook import Logbook

    return Logbook.open(data_dir, actor=command_line_actor(), create=create)


def count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def terminal_progress(action: str, unit: str = "") -> Callable[[int, int], None] | None:
    """A "12 of 50" counter on stderr ("Importing 12 of 50…", "Exporting: 3 of 9
    clients…"), only when a person is watching a terminal."""

    def line(done: int, total: int) -> tuple[str, bool]:
        counted = f"{done} of {total} {unit}".rstrip()
        return f"{action} {counted}…", done >= total

    return _on_terminal(line)


def terminal_percent(action: str) -> Callable[[int, int], None] | None:
    """A percentage on stderr ("Checking… 42%"), written when it changes, only when a
    person is watching a terminal."""
    shown = [-1]

    def line(done: int, total: int) -> tuple[str, bool] | None:
        percent = min(100, done * 100 // max(total, 1))
        if percent == shown[0]:
            return None
        shown[0] = percent
        return f"{action}… {percent}%", percent == 100

    return _on_terminal(line)


def _on_terminal(
    line: Callable[[int, int], tuple[str, bool] | None],
) -> Callable[[int, int], None] | None:
    """Progress shown in place on one stderr line (ended when ``line`` says it is the
    last); None when stderr is not a terminal, so that logs and pipes stay clean."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        written = line(done, total)
        if written is not None:
            text, last = written
            print(f"\r{text}", end="\n" if last else "", file=sys.stderr, flush=True)

    return show
