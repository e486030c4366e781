"""Regenerate ``resources/expected-schema.json`` from the migrations (after adding a
schema step, say):

    python -m logger_app.store.write_expected_schema           # write it
    python -m logger_app.store.write_expected_schema --check   # exit 1 if out of date

A module of its own, so that running it does not re-import the module that the opening
of every logbook has already loaded.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from importlib import import_module
from pathlib import Path

from .expected_schema import RESOURCE, WRITE_COMMAND, build_schemas, render


def resource_path() -> Path:
    """Where the shipped file lives in this checkout."""
    package = import_module("resources")
    return Path(package.__file__ or "").parent / RESOURCE


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m logger_app.store.write_expected_schema",
        description=f"Write resources/{RESOURCE}: the expected logbook schema, made from "
        "the migrations.",
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the file is out of date"
    )
    args = parser.parse_args(None if argv is None else list(argv))
    text = render(build_schemas())
    target = resource_path()
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{target} is out of date: run {WRITE_COMMAND}", file=sys.stderr)
            return 1
        print(f"{target} is up to date")
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"Wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
