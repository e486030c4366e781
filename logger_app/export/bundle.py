"""Everything about a client in one zip: the JSON, the PDF, the original photo files and
a checksum list (``sha256sum -c MANIFEST.sha256`` verifies it after unpacking). The
audit log's head when exported is in each history.json and the zip's comment
(``unzip -z``), for ``verify --expect-head``.

Streamed into the zip member by member (the photos are copied in chunks, never read
whole), written to a temporary file and renamed: no half bundle is ever left behind.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from ..errors import PhotoFileError
from ..logbook import Logbook
from ..records import AuditHead
from .bundle_files import MANIFEST, UNLISTED, BundleFiles, client_prefixes, manifest_problems
from .history import ClientHistory, load_history
from .json_export import json_document
from .output import (
    Cancel,
    FolderPhotos,
    PhotoFiles,
    Progress,
    atomic_output,
    check_cancel,
    client_folder,
    never,
    photo_member,
)

Opened = AbstractContextManager[BinaryIO]
_SERVER_MISSING = "or damaged on the clinic server"
_FOLDER_MISSING = "from the data folder"
PROBLEMS = "PROBLEMS.txt"
_CHUNK = 1 << 20


class _Members:
    """Writes files into one folder of the zip and remembers their SHA-256 sums."""

    def __init__(self, archive: zipfile.ZipFile, folder: str = "") -> None:
        self._archive = archive
        self._prefix = f"{folder}/" if folder else ""
        self.sums: list[tuple[str, str]] = []

    def write_bytes(self, name: str, data: bytes, compress: bool = True) -> None:
        self._store(name, lambda out: out.write(data), compress, hashlib.sha256(data))

    def copy_file(self, name: str, source: Path, compress: bool = False) -> str:
        """Copy ``source`` into the zip; returns the SHA-256 of what was copied."""
        return self.copy_stream(name, lambda: source.open("rb"), compress)

    def copy_stream(self, name: str, opened: Callable[[], Opened], compress: bool = False) -> str:
        """Copy what ``opened()`` reads into the zip, streamed; returns the SHA-256 of
        what was copied."""
        digest = hashlib.sha256()

        def copy(out) -> None:
            with opened() as handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)

        self._store(name, copy, compress, digest)
        return digest.hexdigest()

    def _store(self, name: str, write: Callable, compress: bool, digest) -> None:
        info = zipfile.ZipInfo(self._prefix + name, date_time=_zip_time())
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = 0o644 << 16
        with self._archive.open(info, "w", force_zip64=True) as out:
            write(out)
        self.sums.append((name, digest.hexdigest()))

    def write_manifest(self) -> None:
        lines = "".join(f"{digest}  {name}\n" for name, digest in self.sums)
        info = zipfile.ZipInfo(self._prefix + MANIFEST, date_time=_zip_time())
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        self._archive.writestr(info, lines.encode("utf-8"))


def _zip_time() -> tuple[int, int, int, int, int, int]:
    return datetime.now().timetuple()[:6]


def head_comment(audit_head: AuditHead | None) -> bytes:
    """The zip comment naming the audit log's head (the same as in history.json)."""
    text = audit_head.as_text() if audit_head else "none (an empty log)"
    return f"Audit log head {text}".encode("ascii")


def bundle_head(path: Path) -> AuditHead | None:
    """The head a bundle names in its comment (None if it names none)."""
    with zipfile.ZipFile(path) as archive:
        comment = archive.comment.decode("ascii", "replace")
    try:
        return AuditHead.from_text(comment.removeprefix("Audit log head "))
    except ValueError:
        return None


def _add_history(
    members: _Members,
    history: ClientHistory,
    data_dir: Path,
    photos: PhotoFiles,
    cancel: Cancel,
    pdf_progress: Progress | None = None,
) -> None:
    from .pdf_report import write_pdf  # Qt: only when a bundle is made

    document = json.dumps(json_document(history), ensure_ascii=False, indent=2) + "\n"
    members.write_bytes("history.json", document.encode("utf-8"))
    with tempfile.TemporaryDirectory(prefix="logger-app-export-") as work:
        pdf = write_pdf(
            history, data_dir, Path(work) / "history.pdf", pdf_progress, cancel, photos=photos
        )
        members.copy_file("history.pdf", pdf)
    problems = []
    copied: set[str] = set()
    for record in history.sessions:
        for photo in record.photos:
            check_cancel(cancel)
            if photo.sha256 in copied:
                continue
            copied.add(photo.sha256)
            member = photo_member(photo.sha256)
            try:
                # Decrypted as it is copied (in an encrypted logbook): the bundle is the
                # user's plain copy. Opening it first tells a missing file.
                with photos.open_photo(photo):
                    pass
            except PhotoFileError:
                where = _SERVER_MISSING if photos.on_server else _FOLDER_MISSING
                problems.append(f"{member}: the file is missing {where}.")
                continue
            try:
                written = members.copy_stream(member, lambda photo=photo: photos.open_photo(photo))
            except PhotoFileError:  # an encrypted file that stops decrypting part way
                problems.append(
                    f"{member}: the file does not open with the logbook's key (altered or "
                    "damaged since it was stored); only its first, checked part is included."
                )
                continue
            if written != photo.sha256:
                problems.append(
                    f"{member}: the file was changed outside the app since it was stored; "
                    "included as it is now."
                )
    if problems:
        text = "Run `logger-app check` on the logbook for details.\n\n" + "\n".join(problems)
        members.write_bytes(PROBLEMS, (text + "\n").encode("utf-8"))
    members.write_manifest()


def write_bundle(
    history: ClientHistory,
    data_dir: Path,
    path: Path,
    progress: Progress | None = None,
    cancel: Cancel = never,
    *,
    photos: PhotoFiles | None = None,
) -> Path:
    """One client's bundle: history.json, history.pdf, photos/<sha256>.jpg and the
    manifest. Progress is the PDF's (the longest part). ``photos``: where the photos are
    read (the Logbook, on either home; by default ``data_dir``'s photo folder)."""
    files = photos if photos is not None else FolderPhotos(Path(data_dir))
    with (
        atomic_output(path, data_dir) as temp,
        zipfile.ZipFile(temp, "w", allowZip64=True) as archive,
    ):
        archive.comment = head_comment(history.audit_head)
        _add_history(_Members(archive), history, Path(data_dir), files, cancel, progress)
    return Path(path)


def export_all_bundle(
    logbook: Logbook,
    path: Path,
    progress: Progress | None = None,
    cancel: Cancel = never,
) -> Path:
    """Every client in one zip, a folder each (``client-<id>-<name>/``, laid out like a
    one-client bundle with its own manifest); one history in memory at a time."""
    generated_at = datetime.now(UTC).replace(microsecond=0)
    client_ids = logbook.client_ids()
    practitioners = logbook.practitioners()
    audit_head = logbook.audit_head()
    with (
        atomic_output(path, logbook.data_dir) as temp,
        zipfile.ZipFile(temp, "w", allowZip64=True) as archive,
    ):
        archive.comment = head_comment(audit_head)
        for done, client_id in enumerate(client_ids, start=1):
            check_cancel(cancel)
            history = load_history(
                logbook,
                client_id,
                generated_at=generated_at,
                practitioners=practitioners,
                audit_head=audit_head,
            )
            folder = client_folder(client_id, history.client.full_name)
            _add_history(_Members(archive, folder), history, logbook.data_dir, logbook, cancel)
            if progress is not None:
                progress(done, len(client_ids))
    return Path(path)


def verify_bundle(path: Path) -> list[str]:
    """Every problem found by checking each manifest of a bundle against its files
    (empty: all sums match and every file is listed)."""
    with BundleFiles(path) as files:
        prefixes = client_prefixes(files)
        problems = [
            f"{member}: {kind}"
            for prefix in prefixes
            for member, kind in manifest_problems(files, prefix, {})
        ]
        if "" not in prefixes:
            problems += [
                f"{name}: {UNLISTED}"
                for name in files.names
                if not any(name.startswith(prefix) for prefix in prefixes)
            ]
    return problems
