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
from .schema_digests import (
    DIGESTS_RESOURCE,
    build_raw_digests,
    read_digests_file,
    render_digests,
)


def resource_path(name: str = RESOURCE) -> Path:
    """Where a shipped file lives in this checkout."""
    package = import_module("resources")
    return Path(package.__file__ or "").parent / name


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


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
    target, digests_target = resource_path(), resource_path(DIGESTS_RESOURCE)
    known = read_digests_file(_read(digests_target))
    wanted = {
        target: render(build_schemas()),
        digests_target: render_digests(known, build_raw_digests()),
    }
    if args.check:
        stale = [path for path, text in wanted.items() if _read(path) != text]
        for path in stale:
            print(f"{path} is out of date: run {WRITE_COMMAND}", file=sys.stderr)
        if not stale:
            print(f"{target} and {digests_target.name} are up to date")
        return 1 if stale else 0
    for path, text in wanted.items():
        path.write_text(text, encoding="utf-8")
        print(f"Wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
