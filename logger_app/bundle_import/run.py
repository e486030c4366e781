"""Import a bundle: check it whole, read every client, check their signatures, refuse
duplicates, then add them all in one transaction (a failure or a cancel leaves the
logbook as it was)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from ..errors import DuplicateClientError, LogbookError
from ..i18n import translate
from ..logbook import Logbook
from ..records.incoming import IncomingHistory
from ..text import count_of
from .parse import incoming_history
from .proofs import UNSIGNED, VERIFIED, check_session_proof
from .reading import HISTORY, BundleError, BundleFiles, ClientFolder, open_client_folders

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


def never() -> bool:
    return False


class BundleImportCancelled(LogbookError):
    def __init__(self) -> None:
        super().__init__(
            translate("BundleImport", "The import was cancelled; nothing was imported.")
        )


class DuplicateClientsError(LogbookError):
    """Clients of the bundle already here; nothing was imported."""

    def __init__(self, duplicates: list[DuplicateClientError]) -> None:
        lines = "\n".join(f"  {d}" for d in duplicates)
        hint = (
            ""
            if all(d.same_record for d in duplicates)
            else "\n"
            + translate("BundleImport", "To keep both, import again as new clients (--as-new).")
        )
        super().__init__(translate("BundleImport", "Nothing was imported:") + f"\n{lines}{hint}")
        self.duplicates = duplicates


@dataclass
class ImportedClient:
    name: str
    client_id: int
    sessions: int
    photos: int
    other_treatments: int
    signed: int
    verified: int
    keys_known: int

    def describe(self) -> str:
        text = translate(
            "BundleImport", "{name} (client {id}): {sessions}, {photos}, {others}"
        ).format(
            name=self.name,
            id=self.client_id,
            sessions=count_of(
                self.sessions,
                translate("BundleImport", "session"),
                translate("BundleImport", "sessions"),
            ),
            photos=count_of(
                self.photos, translate("BundleImport", "photo"), translate("BundleImport", "photos")
            ),
            others=count_of(
                self.other_treatments,
                translate("BundleImport", "other treatment"),
                translate("BundleImport", "other treatments"),
            ),
        )
        if self.signed:
            signed = count_of(
                self.signed,
                translate("BundleImport", "signed session"),
                translate("BundleImport", "signed sessions"),
            )
            text += translate(
                "BundleImport",
                "; {verified} of {signed} verified against the signer's key in the bundle "
                "({known} with a key this logbook knows)",
            ).format(verified=self.verified, signed=signed, known=self.keys_known)
        return text


@dataclass
class BundleImportSummary:
    clients: list[ImportedClient] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        clients = count_of(
            len(self.clients),
            translate("BundleImport", "client"),
            translate("BundleImport", "clients"),
        )
        lines = [translate("BundleImport", "Imported {clients}:").format(clients=clients)]
        lines += [f"  {client.describe()}" for client in self.clients]
        note = translate("BundleImport", "Note: {note}")
        lines += [note.format(note=text) for text in self.notes]
        return "\n".join(lines)


@dataclass
class _Planned:
    folder: ClientFolder
    history: IncomingHistory
    photo_members: dict[str, str]
    signed: int
    verified: int
    keys_known: int


def _plan_client(folder: ClientFolder, known_keys: set[str], notes: list[str]) -> _Planned:
    history = incoming_history(folder)
    documents = {item["id"]: item for item in folder.document.get("sessions") or ()}
    source_client = int(folder.document["client"]["id"])
    sessions, signed, verified, known = [], 0, 0, 0
    members: dict[str, str] = {}
    for incoming in history.sessions:
        result = check_session_proof(
            incoming, documents[incoming.source_id], source_client, known_keys
        )
        if result.problem:
            raise BundleError(
                translate("BundleImport", "{member}: {problem}; nothing was imported.").format(
                    member=folder.member(HISTORY), problem=result.problem
                )
            )
        if incoming.signed_at is not None:
            signed += 1
            verified += result.status == VERIFIED
            known += bool(result.proof and result.proof["keys_known_here"])
            if result.status == UNSIGNED:
                notes.append(
                    translate(
                        "BundleImport",
                        "{name}: session {id} carries no signature (signed before signatures "
                        "existed there): sealed here at import.",
                    ).format(name=history.client.full_name, id=incoming.source_id)
                )
        photos = []
        for photo in incoming.photos:
            member = folder.member(f"photos/{photo.sha256}.jpg")
            if folder.sums.get(member) != photo.sha256:
                why = (
                    translate("BundleImport", "not the file recorded")
                    if member in folder.sums
                    else translate("BundleImport", "not in the bundle")
                )
                notes.append(
                    translate(
                        "BundleImport",
                        "{member}: {why} (see the bundle's PROBLEMS.txt); the photo of session "
                        "{id} was left out.",
                    ).format(member=member, why=why, id=incoming.source_id)
                )
                continue
            members[photo.sha256] = member
            photos.append(photo)
        sessions.append(replace(incoming, photos=tuple(photos), proof=result.proof))
    history = replace(
        history,
        sessions=tuple(sessions),
        # Oldest first, like the sessions, so that ids here follow the order there.
        other_treatments=tuple(reversed(history.other_treatments)),
    )
    return _Planned(folder, history, members, signed, verified, known)


def import_bundle(
    logbook: Logbook,
    path: Path,
    *,
    all_clients: bool = False,
    as_new: bool = False,
    progress: Progress | None = None,
    cancel: Cancel = never,
) -> BundleImportSummary:
    """Import the bundle at ``path`` (one client's zip; with ``all_clients`` an export of
    every client, zip or unpacked folder). BundleError (naming the member) for a damaged
    or foreign bundle, DuplicateClientsError for clients already here (``as_new``: add
    the same persons again), BundleImportCancelled: nothing imported."""
    summary = BundleImportSummary()
    known_keys = {hashlib.sha256(k.public_key).hexdigest() for k in logbook.practitioner_keys()}
    with BundleFiles(path) as files:
        folders = open_client_folders(files, all_clients, cancel)
        if cancel():
            raise BundleImportCancelled()
        planned = [_plan_client(folder, known_keys, summary.notes) for folder in folders]
        duplicates = [
            found
            for plan in planned
            if (found := logbook.bundle_duplicate(plan.history)) is not None
            and (found.same_record or not as_new)
        ]
        if duplicates:
            raise DuplicateClientsError(duplicates)
        total = sum(1 + len(p.history.sessions) for p in planned)
        done = 0
        with logbook.batch():
            for plan in planned:
                if cancel():
                    raise BundleImportCancelled()

                @contextmanager
                def open_photo(sha256: str, plan: _Planned = plan) -> Iterator[BinaryIO]:
                    with files.open(plan.photo_members[sha256]) as handle:
                        yield handle

                try:
                    client = logbook.import_client_history(plan.history, open_photo, as_new=as_new)
                except DuplicateClientError:
                    raise
                except Exception as error:  # the batch is rolled back: say which client
                    raise BundleError(
                        translate(
                            "BundleImport",
                            "{member}: {name} could not be imported ({reason}); "
                            "nothing was imported.",
                        ).format(
                            member=plan.folder.member(HISTORY),
                            name=plan.history.client.full_name,
                            reason=_reason(error),
                        )
                    ) from error
                done += 1 + len(plan.history.sessions)
                if progress is not None:
                    progress(done, total)
                summary.clients.append(
                    ImportedClient(
                        client.full_name, client.id, len(plan.history.sessions),
                        plan.history.photo_count, len(plan.history.other_treatments),
                        plan.signed, plan.verified, plan.keys_known,
                    )
                )  # fmt: skip
            if cancel():
                raise BundleImportCancelled()
    return summary


def _reason(error: Exception) -> str:
    problems = getattr(error, "problems", None)
    if isinstance(problems, dict) and problems:
        return "; ".join(f"{key}: {text}" for key, text in problems.items())
    return str(error).splitlines()[0] if str(error) else type(error).__name__
