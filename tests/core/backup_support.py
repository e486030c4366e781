"""Helpers of the backup tests: a logbook with photos, snapshots of folders and
databases, and archives rewritten to be wrong in one chosen way."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from logger_app.app_log import LOGS_FOLDER
from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    PhotoDetails,
    ProductUse,
    ReactionObservation,
)
from logger_app.store import DATABASE_FILENAME
from logger_app.vocabulary import (
    Area,
    ObservedWhen,
    PhotoAngle,
    PhotoKind,
    ProductRole,
    Reaction,
    Severity,
)

from ..logbook_template import new_logbook
from ..screening_data import put_on_file
from .photo_files import picture, save

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


def build_logbook(data_dir: Path, sources: Path, make_session, photos: int = 3) -> Logbook:
    """Two clients with sessions (areas, reactions, products) and ``photos`` photos;
    returned open (the caller closes it)."""
    book = new_logbook(data_dir)
    ann = book.add_client(ClientDetails("Ann", "Smith", phone="555 0101"), today=NOW.date())
    bob = book.add_client(ClientDetails("Bob", "Jones", allergies="lidocaine"), today=NOW.date())
    put_on_file(book, ann.id)
    put_on_file(book, bob.id)
    sessions = []
    for number, client in enumerate((ann, bob, ann)):
        details = make_session(
            client.id,
            started_at=NOW - timedelta(days=30 * (3 - number)),
            areas=(AreaTreatment(Area.FOREHEAD, 0.5), AreaTreatment(Area.LEFT_CHEEK, 1.0, 4)),
            reactions=(ReactionObservation(Reaction.ERYTHEMA, Severity.MILD, ObservedWhen.DURING),),
            products=(ProductUse("HA serum", lot=f"LOT-{number}", role=ProductRole.GLIDE),),
            acknowledged=("allergies",) if client is bob else (),
        )
        sessions.append(book.record_session(details, now=NOW))
    for number in range(photos):
        file = save(picture(seed=number + 1), sources / f"photo-{number}.jpg", "JPEG")
        session = sessions[number % len(sessions)]
        book.import_photos(session.id, [file], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT))
    return book


def tree_state(folder: Path) -> dict[str, str] | None:
    """Every file and folder below ``folder``: path → content hash (or "<folder>"). The
    app's own log (``logs/``, written by the commands a test runs) is not the logbook's
    state: it is left out (tests/core/cli/test_command_log.py checks it on its own)."""
    if not folder.exists():
        return None
    state = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.relative_to(folder).parts[0] == LOGS_FOLDER:
            continue
        state[key] = "<folder>" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return state


def all_rows(database: Path) -> dict[str, Any]:
    """Every table's rows (FTS and migration tables too) and the whole schema."""
    db = sqlite_utils.Database(database)
    try:
        schema = sorted(db.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
        rows = {table: list(db[table].rows) for table in db.table_names()}
        return {"schema": schema, "rows": rows}
    finally:
        db.close()


def photo_hashes(data_dir: Path) -> dict[str, str]:
    return {
        str(path.relative_to(data_dir)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted((data_dir / "photos").rglob("*"))
        if path.is_file()
    }


def rewrite(
    source: Path,
    target: Path,
    change: Callable[[str, bytes], bytes | None] = lambda name, data: data,
    add: dict[str, bytes] | None = None,
) -> Path:
    """A copy of the archive whose members pass through ``change`` (None drops one)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info))
            if data is not None:
                new.writestr(info.filename, data, compress_type=info.compress_type)
        for name, data in (add or {}).items():
            new.writestr(zipfile.ZipInfo(name), data)
    return target


def edit_manifest(source: Path, target: Path, edit: Callable[[dict], None]) -> Path:
    def change(name: str, data: bytes) -> bytes:
        if name != "MANIFEST.json":
            return data
        manifest = json.loads(data)
        edit(manifest)
        return json.dumps(manifest).encode()

    return rewrite(source, target, change)


def replace_database(source: Path, target: Path, database: bytes) -> Path:
    """The archive with another database, its manifest entry updated to match: only
    the check of the database itself can refuse it."""
    sha256 = hashlib.sha256(database).hexdigest()

    def change(name: str, data: bytes) -> bytes:
        if name == DATABASE_FILENAME:
            return database
        if name == "MANIFEST.json":
            manifest = json.loads(data)
            for entry in manifest["files"]:
                if entry["path"] == DATABASE_FILENAME:
                    entry.update(size=len(database), sha256=sha256)
            return json.dumps(manifest).encode()
        return data

    return rewrite(source, target, change)


def flip_byte_in_member(archive: Path, member: str) -> None:
    """Change one byte in the middle of a stored member's data, in place."""
    with zipfile.ZipFile(archive) as opened:
        info = opened.getinfo(member)
    with archive.open("r+b") as raw:
        raw.seek(info.header_offset + 26)
        name_length = int.from_bytes(raw.read(2), "little")
        extra_length = int.from_bytes(raw.read(2), "little")
        position = info.header_offset + 30 + name_length + extra_length + info.compress_size // 2
        raw.seek(position)
        byte = raw.read(1)[0]
        raw.seek(position)
        raw.write(bytes([byte ^ 0xFF]))
