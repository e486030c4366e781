"""What an import remembers of its sources: which source row each record came from
(``import_links``), and the source values a user mapped to the logbook's
(``import_value_maps``). Every SQL statement about them."""

from __future__ import annotations

from sqlite_utils import Database

from .timestamps import to_db_time, utc_now

LINK_KINDS = ("client", "session", "other_treatment")


class ImportLinkStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def remember(
        self, source: str, kind: str, source_id: str, client_id: int, record_id: int
    ) -> None:
        """The record ``record_id`` (of ``kind``) came from ``source``'s row ``source_id``."""
        with self._db.atomic():
            self._db["import_links"].insert(
                {
                    "source": source.strip(),
                    "kind": kind,
                    "source_id": source_id.strip(),
                    "client_id": client_id,
                    "record_id": record_id,
                    "created_at": to_db_time(utc_now()),
                }
            )

    def links(self, source: str, kind: str) -> dict[str, tuple[int, int]]:
        """``{source id: (client id, record id)}`` of every record of ``kind`` that came
        from ``source``."""
        rows = self._db.execute(
            "SELECT source_id, client_id, record_id FROM import_links "
            "WHERE source = ? AND kind = ?",
            [source.strip(), kind],
        ).fetchall()
        return {source_id: (client_id, record_id) for source_id, client_id, record_id in rows}

    def value_maps(self, source: str) -> dict[str, dict[str, str]]:
        """``{field: {source value: logbook value}}`` remembered for ``source``."""
        maps: dict[str, dict[str, str]] = {}
        rows = self._db.execute(
            "SELECT field, source_value, value FROM import_value_maps WHERE source = ? "
            "ORDER BY field, source_value",
            [source.strip()],
        ).fetchall()
        for field, source_value, value in rows:
            maps.setdefault(field, {})[source_value] = value
        return maps

    def save_value_maps(self, source: str, maps: dict[str, dict[str, str]]) -> None:
        """Remember ``maps`` for ``source`` (a value mapped again replaces the old one)."""
        stamp = to_db_time(utc_now())
        with self._db.atomic():
            for field, values in maps.items():
                for source_value, value in values.items():
                    self._db.execute(
                        "DELETE FROM import_value_maps "
                        "WHERE source = ? AND field = ? AND source_value = ?",
                        [source.strip(), field, source_value],
                    )
                    self._db["import_value_maps"].insert(
                        {
                            "source": source.strip(),
                            "field": field,
                            "source_value": source_value,
                            "value": value,
                            "updated_at": stamp,
                        }
                    )

    def forget_value_maps(self, source: str, values: dict[str, set[str]]) -> None:
        """Forget the mappings of these source values (``{field: {source value}}``)."""
        with self._db.atomic():
            for field, source_values in values.items():
                for source_value in source_values:
                    self._db.execute(
                        "DELETE FROM import_value_maps "
                        "WHERE source = ? AND field = ? AND source_value = ?",
                        [source.strip(), field, source_value],
                    )
