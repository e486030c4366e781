"""`logger-app import-csv`: clients and treatment history from another program's CSV.

Prints the column mapping, every row problem and the counts; commits all or nothing.
Exit status: 0 after a commit or a dry run with nothing blocking, 1 when problems block
the import (or the commit failed and was rolled back), 2 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from ..vocabulary import MAX_DEPTH_MM, MIN_DEPTH_MM, Area, Device
from .common import add_data_dir, data_dir_of, database_url_of, open_as, terminal_progress
from .folder_key import add_plain_option
from .sign_in import credentials_of

if TYPE_CHECKING:
    from ..import_csv import ColumnMapping, CsvTable, ImportOptions, ImportPlan
    from ..logbook import Logbook


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import-csv",
        help="import clients and treatment history from another program's CSV files",
        description=(
            "Import clients, and optionally their treatments, from CSV files exported by "
            "other salon or clinic software. Columns are matched by their names (change "
            "with --map); every row is checked first and the problems are listed. The "
            "import is all or nothing. Exit status 1 when problems block the import. A new "
            "logbook is encrypted (its recovery key is printed once) unless --plain is given."
        ),
    )
    add_data_dir(parser)
    add_plain_option(parser)
    parser.add_argument("--clients", required=True, metavar="FILE", help="the clients CSV file")
    parser.add_argument(
        "--treatments", metavar="FILE", help="the treatments CSV file (linked by client id)"
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=Header",
        help=(
            "use the column Header for FIELD, e.g. first_name='Given name' or "
            "treatments.notes=Comments; FIELD= leaves it out (repeatable)"
        ),
    )
    order = parser.add_mutually_exclusive_group()
    order.add_argument(
        "--day-first", dest="day_first", action="store_const", const=True, default=None,
        help="read 03/04/2024 as 3 April (default: detect from the data)",
    )  # fmt: skip
    order.add_argument(
        "--month-first", dest="day_first", action="store_const", const=False,
        help="read 03/04/2024 as 4 March",
    )  # fmt: skip
    parser.add_argument(
        "--default-area", choices=Area.values(), metavar="AREA",
        help=f"area for treatments that record none, one of: {', '.join(Area.values())}",
    )  # fmt: skip
    parser.add_argument(
        "--default-depth", type=_depth, metavar="MM",
        help=f"needle depth for treatments that record none ({MIN_DEPTH_MM}–{MAX_DEPTH_MM} mm)",
    )  # fmt: skip
    parser.add_argument(
        "--default-device", choices=Device.values(), metavar="DEVICE",
        help=f"device for treatments that record none, one of: {', '.join(Device.values())}",
    )  # fmt: skip
    parser.add_argument(
        "--default-practitioner",
        default=None,
        metavar="NAME",
        help="practitioner for treatments that name none (default: Imported)",
    )
    parser.add_argument(
        "--skip-problem-rows",
        action="store_true",
        help="import the other rows when some rows have problems",
    )
    parser.add_argument(
        "--import-duplicates",
        action="store_true",
        help="add clients even when one of the same name and birth date is in the logbook",
    )
    # Nothing dropped, nothing mangled: unmatched columns and source values.
    parser.add_argument(
        "--drop-column",
        action="append",
        default=[],
        metavar="HEADER",
        help=(
            "leave out a column no field takes (by default each is kept in the client's "
            "general notes as 'Header: value'; repeatable)"
        ),
    )
    parser.add_argument(
        "--map-value",
        action="append",
        default=[],
        metavar="FIELD:SOURCE=VALUE",
        help=(
            "read the file's value SOURCE of FIELD as the logbook's VALUE, e.g. "
            "skin_type:trocken=dry or area:stirn=forehead; fields: skin_type, fitzpatrick, "
            "area, device, treatment_kind. Remembered per source after the import; "
            "repeatable"
        ),
    )
    parser.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    _register_links(parser)
    parser.set_defaults(run=run)


# Sources, one-file exports, the clinic's time zone.
def _register_links(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--one-file", action="store_true",
        help=(
            "the --clients file holds the clients and their appointments, one appointment "
            "a row (detected when it has a treatment date column and no --treatments)"
        ),
    )  # fmt: skip
    parser.add_argument(
        "--source", default="", metavar="NAME",
        help=(
            "the system the files come from (default: the clients file's name); each "
            "imported row is remembered under it, so importing again adds only what is missing"
        ),
    )  # fmt: skip
    parser.add_argument(
        "--timezone", type=_zone, metavar="ZONE",
        help="IANA time zone of the times in the files (default: the clinic's time zone)",
    )  # fmt: skip


def _zone(text: str):  # a tzinfo
    from ..clinic_time import zone_named

    try:
        return zone_named(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _one_file(args: argparse.Namespace, clients: CsvTable, treatments: CsvTable | None) -> bool:
    """Whether the one file holds the appointments too: said, or a treatment date column."""
    from ..import_csv import TreatmentField, auto_map

    if treatments is not None:
        return False
    return args.one_file or TreatmentField.DATE in auto_map((), clients.headers).treatments


def _depth(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of millimetres") from None
    if not MIN_DEPTH_MM <= value <= MAX_DEPTH_MM:
        raise argparse.ArgumentTypeError(f"must be between {MIN_DEPTH_MM} and {MAX_DEPTH_MM} mm")
    return value


def run(args: argparse.Namespace) -> int:
    from ..import_csv import (
        DEFAULT_PRACTITIONER,
        ImportFailed,
        ImportOptions,
        ImportRefused,
        apply_map_option,
        commit_import,
        known_links,
        map_files,
        plan_import,
        read_csv,
    )
    from ..import_csv.translation import source_of, value_maps_of
    from ..store import DATABASE_FILENAME

    # Asked first: a refusal comes before any output. A dry run writes nothing.
    credentials = credentials_of(
        args, changes=None if args.dry_run else "import-csv changes the logbook"
    )
    clients = read_csv(args.clients)
    treatments = read_csv(args.treatments) if args.treatments else None
    if _one_file(args, clients, treatments):
        treatments = clients  # one file: the plan reads each client from its first row
    mapping = map_files(clients, treatments)
    treatments_headers = treatments.headers if treatments else ()
    for option in args.map:
        try:
            apply_map_option(mapping, option, with_treatments=treatments is not None)
        except ValueError as error:
            print(f"logger-app: {error}", file=sys.stderr)
            return 2
    # Unmatched columns and value mappings.
    unknown_drops = [h for h in args.drop_column if h not in clients.headers + treatments_headers]
    if unknown_drops:
        print(
            f"logger-app: --drop-column {unknown_drops[0]!r}: there is no such column "
            f"(the columns are: {', '.join(clients.headers + treatments_headers)}).",
            file=sys.stderr,
        )
        return 2
    mapping.dropped = set(args.drop_column)
    try:
        explicit_maps = value_maps_of(args.map_value)
    except ValueError as error:
        print(f"logger-app: {error}", file=sys.stderr)
        return 2
    options = ImportOptions(
        day_first=args.day_first,
        default_area=Area(args.default_area) if args.default_area else None,
        default_depth_mm=args.default_depth,
        default_device=Device(args.default_device) if args.default_device else None,
        practitioner=args.default_practitioner or DEFAULT_PRACTITIONER,
        skip_problem_rows=args.skip_problem_rows,
        import_existing_duplicates=args.import_duplicates,
        value_maps=explicit_maps,
        timezone=args.timezone,
        source=args.source,
    )
    data_dir = data_dir_of(args)
    _print_mapping(clients, treatments, mapping)
    on_file = not database_url_of(args)
    if args.dry_run and on_file and not (data_dir / DATABASE_FILENAME).exists():
        # A dry run creates nothing, not even an empty logbook.
        plan = plan_import(clients, treatments, mapping, options)
        return _report(plan, dry_run=True)
    writes = not args.dry_run
    # The importer signs every imported session: in a new logbook, the one importing
    # is its first practitioner.
    with open_as(
        args, credentials, create=writes, add_first=writes, encrypt_new=not args.plain
    ) as logbook:
        if options.timezone is None:  # dates as the clinic has them, wherever this runs
            options = replace(options, timezone=logbook.clinic_zone())
        options = _with_remembered_maps(logbook, options, clients.name)
        links = known_links(logbook, source_of(options.source, clients.name))
        plan = plan_import(clients, treatments, mapping, options, logbook.list_clients(), links)
        status = _report(plan, dry_run=args.dry_run)
        if status or args.dry_run:
            return status
        if credentials is not None:
            # The commit's batch signs to its end if it begins with the key open:
            # planning a large file may have taken longer than the signing window.
            credentials.keep_key_open(logbook)
        try:
            summary = commit_import(logbook, plan, progress=terminal_progress("Importing"))
        except (ImportFailed, ImportRefused) as error:
            print(f"logger-app: {error}", file=sys.stderr)
            return 1
    print(summary.describe())
    return 0


def _with_remembered_maps(
    logbook: Logbook, options: ImportOptions, clients_file: str
) -> ImportOptions:
    """The source's remembered value mappings, overridden by the explicit ones."""
    from ..import_csv.translation import merged_maps, source_of

    remembered = logbook.value_mappings(source_of(options.source, clients_file))
    if not remembered:
        return options
    return replace(options, value_maps=merged_maps(remembered, options.value_maps))


def _print_mapping(clients: CsvTable, treatments: CsvTable | None, mapping: ColumnMapping) -> None:
    from ..import_csv import ClientField, TreatmentField

    print("Columns (change with --map FIELD=Header):")
    sections: list[tuple[CsvTable, str, dict, type]] = [
        (clients, "clients", mapping.clients, ClientField)
    ]
    if treatments is not None:
        sections.append((treatments, "treatments", mapping.treatments, TreatmentField))
    for _table, prefix, fields, kind in sections:
        for target in kind:
            header = fields.get(target)
            source = repr(header) if header else "(not in the file)"
            print(f"  {prefix + '.' + target.value:<30} <- {source}")


def _report(plan: ImportPlan, dry_run: bool) -> int:
    print(plan.date_order)
    for note in plan.notes:
        print(f"Note: {note}")
    problems = sorted(plan.problems, key=lambda p: (p.row != 0, p.file, p.row))
    if problems or plan.unlisted:
        # A file with thousands of problems: examples of each kind, then the counts.
        print("Problems:")
        for problem in problems:
            print(f"  {problem.describe()}")
        for unlisted in plan.unlisted:
            print(f"  {unlisted.describe()}")
    if plan.unknown_values:
        # Values the logbook does not know, each with the option that maps it.
        print("Values the logbook does not know (map each with --map-value FIELD:SOURCE=VALUE):")
        for unknown in plan.unknown_values:
            rows = "row" if unknown.rows == 1 else "rows"
            print(
                f"  {unknown.field} {unknown.value!r}: {unknown.rows:,} {rows} "
                f"(first: {unknown.file} row {unknown.first_row})"
            )
    print(plan.counts_line())
    if plan.fatal:
        print("The import is blocked: fix the problems above first. Nothing was written.")
        return 1
    if plan.blocked:
        print(
            "The import is blocked: fix the rows with problems (each names the option "
            "that resolves it), or run again with --skip-problem-rows to import the other "
            "rows now: once fixed, the same import run again adds the rows left out to the "
            "same clients, and nothing twice. Nothing was written."
        )
        return 1
    if dry_run:
        print("Dry run: nothing was written.")
    return 0
