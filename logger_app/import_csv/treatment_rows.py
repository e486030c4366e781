"""Turning rows of the treatments file into sessions linked to the clients file, with
a problem for every value that cannot be used as it is. Writes nothing; keeps nothing
per row but counts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, time

from ..i18n import conventions, translatable, translate
from ..records import AreaTreatment, ProductUse, SessionDetails
from ..text import depth_text
from ..validation import validate_session
from ..vocabulary import Area, Device, ProductRole
from .linking import NameIndex, content_key, links_by_name, treatment_names
from .model import (
    ColumnMapping,
    ImportOptions,
    KnownLinks,
    PlannedOtherTreatment,
    PlannedSession,
    TreatmentField,
)
from .other_rows import SKIP_CONTROLS, classify, plan_other, product_lots
from .problems import ProblemLog
from .reading import CsvTable
from .rows import ClientRows, Row, RowSource
from .values import (
    day_text,
    normalise,
    parse_areas,
    parse_date_time,
    parse_depth,
    parse_device,
    parse_time,
)

# Appointment statuses of rows that are not treatments that took place.
_NOT_HELD = {
    "cancelled": "A cancelled appointment",
    "canceled": "A cancelled appointment",
    "cancellation": "A cancelled appointment",
    "late cancel": "A cancelled appointment",
    "late cancellation": "A cancelled appointment",
    "no show": "A missed appointment (no-show)",
    "noshow": "A missed appointment (no-show)",
    "did not attend": "A missed appointment (no-show)",
    "dna": "A missed appointment (no-show)",
    "missed": "A missed appointment (no-show)",
    "deleted": "A deleted appointment",
}
# A time of day for rows whose source records only the date: midday keeps the date the
# same in any time zone it is later shown in. The notes say it stands in.
UNKNOWN_TIME = time(12, 0)
# The wizard's controls for the defaults (ui/import_csv/import_mapping_page.py).
DEFAULTS_BOX = translatable("ImportRows", '"When a treatment row does not record it"')


def _not_held(status: str) -> str | None:
    return _NOT_HELD.get(normalise(status)) if status else None


class TreatmentRows:
    def __init__(
        self,
        table: CsvTable,
        mapping: ColumnMapping,
        options: ImportOptions,
        day_first: bool | None,
        now: datetime,
        clients: ClientRows,
        log: ProblemLog,
        links: KnownLinks | None = None,
        names: NameIndex | None = None,
    ) -> None:
        self._table, self._options = table, options
        self._source = RowSource(table, mapping.treatments, mapping.dropped)
        self._day_first, self._now, self._clients, self._log = day_first, now, clients, log
        self._defaulted: dict[str, int] = defaultdict(int)
        self._skipped_with_client = 0
        self._not_held = 0
        self._links = links or KnownLinks()
        # Linked by name when there is no client id column (``names`` is then needed).
        self._names = names if links_by_name(mapping) else None
        self._seen_ids: dict[str, int] = defaultdict(int)  # a source id used again: "#2"
        self.already_imported = 0
        self.other_kinds: dict[str, int] = defaultdict(int)

    def plan(self) -> Iterator[PlannedSession | PlannedOtherTreatment]:
        """The sessions to add, row by row (problems go to the log). Run after the
        clients' ``plan``, which tells which clients are imported."""
        for number, values in self._table.rows():
            row = Row(self._source, number, values)
            planned = self._plan_row(row)
            row.report(self._log)
            if planned is not None:
                yield planned

    def _plan_row(self, row: Row) -> PlannedSession | PlannedOtherTreatment | None:
        source_id = self._source_id(row)
        if status := _not_held(row.text(TreatmentField.STATUS)):
            message = translate("ImportRows", "{status}: not imported.").format(status=status)
            row.problem(row.column(TreatmentField.STATUS), message, False)
            self._not_held += 1
            return None
        if source_id in self._links.treatments:
            self.already_imported += 1  # imported before: said in the notes, not a problem
            return None
        key = self._client_of(row)
        if key is None or not self._client_usable(row, key):
            return None
        kind = classify(row, self._options)
        if kind is not None:
            other = plan_other(
                row, key, kind, self._options, self._day_first, self._now,
                self._clients.birth_dates.get(key), source_id, self._table.name,
            )  # fmt: skip
            if other is not None:
                self.other_kinds[kind.label] += 1
            return other
        planned = self._session(row, key, source_id)
        if planned is not None and not row.blocked:
            for name in planned.defaulted:
                self._defaulted[name] += 1
            return planned
        return None

    def _source_id(self, row: Row) -> str:
        """The row's id in its source, or a key of its content; the same id used again
        in the file (a booking of two services) gets its count: "A17#2"."""
        own = row.text(TreatmentField.SOURCE_ID)
        if not own:
            client = row.text(TreatmentField.CLIENT_ID) or "|".join(
                row.text(f)
                for f in (
                    TreatmentField.CLIENT_NAME,
                    TreatmentField.CLIENT_FIRST_NAME,
                    TreatmentField.CLIENT_LAST_NAME,
                    TreatmentField.CLIENT_BIRTH_DATE,
                )
            )
            own = content_key(
                client,
                row.text(TreatmentField.DATE),
                row.text(TreatmentField.TIME),
                row.text(TreatmentField.SERVICE),
            )
        self._seen_ids[own] += 1
        count = self._seen_ids[own]
        return own if count == 1 else f"{own}#{count}"

    def _client_of(self, row: Row) -> str | None:
        """The key of the row's client in the clients file (see ``rows.client_key``)."""
        if self._names is None:
            return row.text(TreatmentField.CLIENT_ID)
        first, last, born = treatment_names(row.text, self._day_first)
        column = next(
            (
                row.column(f)
                for f in (
                    TreatmentField.CLIENT_NAME,
                    TreatmentField.CLIENT_LAST_NAME,
                    TreatmentField.CLIENT_FIRST_NAME,
                )
                if row.column(f)
            ),
            "",
        )
        name = f"{first} {last}".strip()
        clients_file = self._clients.file_name
        if not name:
            row.problem(
                column,
                translate("ImportRows", "No client name: the row cannot be linked to a client."),
            )
            return None
        found = self._names.find(first, last, born)
        if not found:
            born_text = (
                translate("ImportRows", ", born {date},").format(date=day_text(born))
                if born
                else ""
            )
            row.problem(
                column,
                translate("ImportRows", "There is no client named {name}{born} in {file}.").format(
                    name=repr(name), born=born_text, file=clients_file
                ),
                kind="no client of that name",
            )
            return None
        if len(found) > 1:
            rows = translate("ImportRows", " and ").join(
                translate("ImportRows", "row {row}").format(row=c.row) for c in found[:5]
            )
            row.problem(
                column,
                translate(
                    "ImportRows",
                    "{name} could be the client of {file} {rows}: add the clients' "
                    "birth dates or ids to both files to tell them apart, or skip this row.",
                ).format(name=repr(name), file=clients_file, rows=rows),
                kind="two clients of that name",
            )
            return None
        return found[0].key

    def notes(self) -> list[str]:
        notes: list[str] = []
        if self._defaulted:
            used = ", ".join(
                translate("ImportRows", "{name} in {count}").format(
                    name=translate("ImportRows", name), count=n
                )
                for name, n in self._defaulted.items()
            )
            notes.append(
                translate(
                    "ImportRows",
                    "Not recorded in {file}, set at import (and said so in each "
                    "session's notes): {used} sessions.",
                ).format(file=self._table.name, used=used)
            )
        if self._not_held:
            notes.append(
                translate(
                    "ImportRows", "{count} cancelled or missed appointments in {file} not imported."
                ).format(count=self._not_held, file=self._table.name)
            )
        if self.other_kinds:
            kinds = "; ".join(f"{kind}: {n:,}" for kind, n in sorted(self.other_kinds.items()))
            notes.append(
                translate(
                    "ImportRows",
                    "Rows of {file} that are not microneedling (by their service) "
                    "become other treatments, with no area, depth or device: {kinds}.",
                ).format(file=self._table.name, kinds=kinds)
            )
        if self.already_imported:
            notes.append(
                translate(
                    "ImportRows",
                    "{count} rows of {file} were imported before from this source: left out.",
                ).format(
                    count=f"{self.already_imported:,}".replace(
                        ",", conventions().thousands_separator
                    ),
                    file=self._table.name,
                )
            )
        if self._skipped_with_client:
            notes.append(
                translate(
                    "ImportRows",
                    "{count} treatment rows skipped with their client (already in the logbook).",
                ).format(count=self._skipped_with_client)
            )
        return notes

    def _client_usable(self, row: Row, key: str) -> bool:
        clients, column = self._clients, row.column(TreatmentField.CLIENT_ID)
        clients_file = self._clients.file_name
        by_id = self._names is None
        if not key:
            row.problem(
                column,
                translate("ImportRows", "No client id: the row cannot be linked to a client."),
            )
        elif by_id and key not in clients.first_rows:
            row.problem(
                column,
                translate("ImportRows", "There is no client with id {id} in {file}.").format(
                    id=repr(key), file=clients_file
                ),
            )
        elif key in clients.skipped_keys:
            message = translate(
                "ImportRows", "Skipped with client {id}: already in the logbook."
            ).format(id=repr(key))
            row.problem(column, message, False)
            self._skipped_with_client += 1
            return False
        elif key in clients.blocked_keys:
            row.problem(
                column,
                translate("ImportRows", "Its client ({file} row {row}) has problems.").format(
                    file=clients_file, row=clients.blocked_keys[key]
                ),
            )
        return not row.blocked

    def _session(self, row: Row, key: str, source_id: str = "") -> PlannedSession | None:
        options, defaulted = self._options, []
        started = self._started_at(row, defaulted)
        maps = options.value_maps
        areas = row.parsed(TreatmentField.AREA, lambda t: parse_areas(t, maps.get("area")))
        depth = row.parsed(TreatmentField.DEPTH, parse_depth)
        device = row.parsed(TreatmentField.DEVICE, lambda t: parse_device(t, maps.get("device")))
        practitioner = row.text(TreatmentField.PRACTITIONER)
        choices = (
            (TreatmentField.AREA, translatable("ImportRows", "area"), options.default_area),
            (TreatmentField.DEPTH, translatable("ImportRows", "depth"), options.default_depth_mm),
            (TreatmentField.DEVICE, translatable("ImportRows", "device"), options.default_device),
        )
        lacking = [(target, name, value) for target, name, value in choices if not row.text(target)]
        defaulted += [name for _, name, value in lacking if value is not None]
        if not row.text(TreatmentField.AREA):
            areas = (options.default_area,) if options.default_area else None
        if not row.text(TreatmentField.DEPTH):
            depth = options.default_depth_mm
        if not row.text(TreatmentField.DEVICE):
            device = options.default_device
        if unset := [(target, name) for target, name, value in lacking if value is None]:
            names = [name for _, name in unset]
            options_text = ", ".join(f"--default-{name}" for name in names)
            row.problem(
                row.column(unset[0][0]),
                (
                    translate(
                        "ImportRows",
                        "No {names} recorded: choose a default for rows without it "
                        "({options}; in the wizard: {box}), or skip this row.",
                    )
                    if len(names) == 1
                    else translate(
                        "ImportRows",
                        "No {names} recorded: choose a default for rows without them "
                        "({options}; in the wizard: {box}), or skip this row.",
                    )
                ).format(
                    names=", ".join(translate("ImportRows", name) for name in names),
                    options=options_text,
                    box=translate("ImportRows", DEFAULTS_BOX),
                ),
            )
        if not practitioner:
            practitioner = options.practitioner.strip()
            defaulted.append(translatable("ImportRows", "practitioner"))
        if started is None or areas is None or depth is None or device is None or row.blocked:
            return None
        missing = [name for name in ("area", "depth") if name in defaulted]
        note = (
            f"{' and '.join(missing)} not recorded in the source: default chosen at import"
            if missing
            else ""
        )
        lots = row.text(TreatmentField.LOT)
        details = SessionDetails(
            client_id=0,
            started_at=started,
            practitioner_name=practitioner,
            device=device,
            areas=tuple(AreaTreatment(area, depth, note=note) for area in areas),
            # The source says which product and lot, not what for: "other product".
            products=tuple(
                ProductUse(used.product, used.lot, role=ProductRole.OTHER)
                for used in product_lots(row.text(TreatmentField.PRODUCT), lots)
            ),
            notes=self._notes(row, defaulted, areas, depth, device, practitioner),
        )
        columns = {
            "started_at": row.column(TreatmentField.DATE),
            "practitioner_name": row.column(TreatmentField.PRACTITIONER),
            "notes": row.column(TreatmentField.NOTES),
            "areas": row.column(TreatmentField.AREA),
        }
        problems = validate_session(details, self._clients.birth_dates.get(key), self._now)
        if "started_at" in problems and started > self._now:
            # Exports often list upcoming bookings: say so rather than "not plausible".
            del problems["started_at"]
            row.problem(
                columns["started_at"],
                translate(
                    "ImportRows",
                    "{date} is in the future: a booking, not a session that took place. "
                    "Skip it ({controls}).",
                ).format(date=day_text(started), controls=translate("ImportRows", SKIP_CONTROLS)),
                kind="a booking",  # one kind, whatever the date
            )
        row.validation(
            problems,
            lambda k: row.column(TreatmentField.DEPTH) if k.endswith("depth_mm")
            else columns.get(k.split(".")[0], ""),
        )  # fmt: skip
        return PlannedSession(row.number, key, details, tuple(defaulted), source_id)

    def _started_at(self, row: Row, defaulted: list[str]) -> datetime | None:
        text = row.text(TreatmentField.DATE)
        if not text:
            row.problem(
                row.column(TreatmentField.DATE),
                translate("ImportRows", "No date: a session needs its date."),
            )
            return None
        moment = row.parsed(TreatmentField.DATE, lambda t: parse_date_time(t, self._day_first))
        at = row.parsed(TreatmentField.TIME, parse_time)
        if moment is None or (at is None and row.blocked):
            return None
        day, in_cell = moment
        at = at or in_cell
        if at is None:
            at = UNKNOWN_TIME
            defaulted.append(translatable("ImportRows", "time"))
        naive = datetime.combine(day, at)
        if at.tzinfo is not None:
            return naive
        if self._options.timezone is not None:
            return naive.replace(tzinfo=self._options.timezone)
        return naive.astimezone()  # this computer's zone, with the DST of that date

    def _notes(
        self,
        row: Row,
        defaulted: list[str],
        areas: tuple[Area, ...],
        depth: float,
        device: Device,
        practitioner: str,
    ) -> str:
        marker = f"Imported from {self._table.name} (row {row.number})"
        chosen = {
            # Written into the session's notes: stored text stays English.
            "area": ", ".join(a.english_label for a in areas),
            "depth": depth_text(depth),
            "device": device.english_label,
            "practitioner": practitioner,
        }
        defaults = [name for name in chosen if name in defaulted]
        if defaults:
            values = ", ".join(chosen[name] for name in defaults)
            marker += (
                f": {', '.join(defaults)} not recorded in the source, defaults chosen "
                f"at import ({values})"
            )
        if "time" in defaulted:
            marker += f"; time not recorded ({UNKNOWN_TIME:%H:%M} stands in)"
        lines = [marker + "."]
        if service := row.text(TreatmentField.SERVICE):
            lines.append(f"Service: {service}")
        lots = row.text(TreatmentField.LOT)
        if lots and not row.text(TreatmentField.PRODUCT):
            lines.append(f"Lot: {lots}")  # a lot of no named product: kept as written
        lines += row.kept_lines()  # columns without a field, "Header: value"
        notes = row.cell(TreatmentField.NOTES)
        if notes.strip():
            lines += ["", notes]  # verbatim: not even stripped
        return "\n".join(lines)
