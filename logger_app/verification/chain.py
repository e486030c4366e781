"""Walking the audit log's hash chain (see ``logger_app.identity.chain``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..i18n import translate
from ..identity.chain import GENESIS, EntrySubject, entry_hash, subject_hash
from ..records import AuditHead
from .report import Finding

_COLUMNS = (
    "id, at, actor, action, entity, entity_id, client_id, summary, details, "
    "subject_salt, subject_sha256, entry_sha256"
)


def _rows(db: Any, batch: int = 5000) -> Iterator[tuple[Any, ...]]:
    last = -1
    while True:
        rows = db.execute(
            f"SELECT {_COLUMNS} FROM audit_log WHERE id > ? ORDER BY id LIMIT ?", [last, batch]
        ).fetchall()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def scrubbed_entries(db: Any) -> dict[int, int]:
    """Entry id -> the erasure tombstone that blanked it, as each tombstone lists them."""
    scrubbed: dict[int, int] = {}
    cursor = db.execute(
        "SELECT id, details FROM audit_log WHERE action = 'erase' AND entity = 'client'"
    )
    for tombstone, details in cursor.fetchall():
        try:
            listed = json.loads(details).get("scrubbed_entries", [])
        except (ValueError, AttributeError):
            continue
        for entry_id in listed if isinstance(listed, list) else []:
            if isinstance(entry_id, int):
                scrubbed[entry_id] = tombstone
    return scrubbed


def _missing(entries: str) -> str:
    return translate("AuditChain", "{entries} missing").format(entries=entries)


def _span(first: int, last: int) -> str:
    if first == last:
        return translate("AuditChain", "audit entry {id}").format(id=first)
    return translate("AuditChain", "audit entries {first}–{last}").format(first=first, last=last)


class ChainWalk:
    """Checks every entry in order; ``findings`` name the broken places, ``head`` the
    newest entry, ``hashes`` each entry's stored hash (for the anchors)."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.head: AuditHead | None = None
        self.count = 0
        self.hashes: dict[int, str] = {}

    def walk(self, db: Any) -> ChainWalk:
        scrubbed = scrubbed_entries(db)
        previous, previous_id = GENESIS, 0
        for row in _rows(db):
            (entry_id, at, actor, action, entity, entity_id, client_id, summary, details,
             salt, subject_sha, stored) = row  # fmt: skip
            self.count += 1
            self.hashes[entry_id] = stored
            altered = False
            if salt is None:
                # Blanked by an erasure: allowed only for the entries its tombstone lists,
                # and only in the form the erasure writes.
                tombstone = scrubbed.get(entry_id)
                altered = tombstone is None or entity_id is not None or client_id is not None
                if not altered:
                    try:
                        altered = json.loads(details) != {"erased_with": tombstone}
                    except ValueError:
                        altered = True
            elif subject_sha != subject_hash(
                EntrySubject(entity_id, client_id, summary, details), salt
            ):
                altered = True
            expected = entry_hash(
                previous, at=at, actor=actor, action=action, entity=entity,
                subject_sha256=subject_sha or "",
            )  # fmt: skip
            if altered:
                text = translate("AuditChain", "{entries} altered")
                self.findings.append(
                    Finding("audit", text.format(entries=_span(entry_id, entry_id)))
                )
            elif stored != expected:
                if entry_id > previous_id + 1 and previous_id:
                    where = _span(previous_id + 1, entry_id - 1)
                    text = translate("AuditChain", "{entries} missing or altered")
                    self.findings.append(Finding("audit", text.format(entries=where)))
                else:
                    text = translate("AuditChain", "{entries} altered or out of order")
                    self.findings.append(
                        Finding("audit", text.format(entries=_span(entry_id, entry_id)))
                    )
            previous, previous_id = stored or "", entry_id
            self.head = AuditHead(entry_id, stored or "")
        return self

    def check_anchors(self, anchors: Iterable[tuple[str, AuditHead]]) -> int:
        """Each anchor (where it was read, the head it names) must still be in the
        chain with the same hash: a log cut short or rewritten after it is named."""
        checked = 0
        newest = self.head.entry_id if self.head else 0
        for source, anchor in anchors:
            checked += 1
            stored = self.hashes.get(anchor.entry_id)
            if stored == anchor.sha256:
                continue
            if stored is None and anchor.entry_id > newest:
                what = _missing(_span(newest + 1, anchor.entry_id))
            elif stored is None:
                what = _missing(_span(anchor.entry_id, anchor.entry_id))
            else:
                what = translate("AuditChain", "audit entries up to {id} rewritten").format(
                    id=anchor.entry_id
                )
            text = translate("AuditChain", "{what} ({source} names entry {id})").format(
                what=what, source=source, id=anchor.entry_id
            )
            self.findings.append(Finding("audit", text))
        return checked
