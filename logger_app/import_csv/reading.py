"""Reading a CSV file exported by another program: encoding, delimiter, header row.

Other salon and clinic software writes CSV in many dialects: UTF-8 with or without a
byte order mark, Windows-1252 from older Excel, UTF-16 from Excel's "Unicode text",
commas, semicolons (European Excel) or tabs. What was guessed is kept in ``notes`` so
the preview can say it.

Files of a million rows are read as a stream, never whole: the encoding and the
delimiter are guessed from the first 64 KB, ``read_csv`` then reads the file once to
check it all decodes and parses and to count its rows, keeping only the first few, and
``CsvTable.rows()`` reads the rows again, one at a time, each time the import needs
them (the dry run, and the commit).

A file that is UTF-8 but for a few bytes (one row typed on another computer) is read as
UTF-8: the bytes that are not become lone surrogates (``surrogateescape``) and each row
holding one is a row problem (see ``rows.Row``), rather than the whole file read as
Windows-1252 and every accented letter mangled ("JÃ¼rgen"). A file with no valid UTF-8
sequence at all, or more bad bytes than good sequences, is Windows-1252 as before.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import LogbookError
from ..i18n import translatable, translate
from ..text import count_of

SAMPLE_CHARS = 64 * 1024
HEAD_BYTES = 8192
SAMPLE_ROWS = 50  # kept for showing examples of each column
DELIMITERS = ",;\t"
_DELIMITER_NAMES = {
    ",": translatable("CsvTable", "comma"),
    ";": translatable("CsvTable", "semicolon"),
    "\t": translatable("CsvTable", "tab"),
}
_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": translatable("CsvTable", "UTF-8 with BOM"),
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}
# Not UTF-8: almost always Windows-1252 (Western Excel). Latin-1 reads any byte.
_FALLBACKS = (("cp1252", "Windows-1252"), ("latin-1", "Latin-1 (ISO 8859-1)"))
# Signatures of files people pick by mistake instead of the CSV export.
_BINARY_SIGNATURES = (
    (
        b"PK\x03\x04",
        translatable("CsvTable", "an Excel workbook or another zip file; save it as CSV first"),
    ),
    (
        b"\xd0\xcf\x11\xe0",
        translatable("CsvTable", "an old Excel (.xls) workbook; save it as CSV first"),
    ),
    (b"%PDF", translatable("CsvTable", "a PDF document")),
    (b"SQLite format 3", translatable("CsvTable", "a SQLite database")),
)

Row = tuple[int, tuple[str, ...]]  # (row number, values)
SCAN_BYTES = 1024 * 1024  # the encoding scan reads the file in pieces this large
# A byte that is not UTF-8, as ``surrogateescape`` decodes it: U+DC80–U+DCFF.
_BAD_BYTE = re.compile("[\udc80-\udcff]")


class CsvReadError(LogbookError):
    """The file cannot be read as CSV; the message names the file and says why."""


@dataclass(frozen=True, eq=False)  # one reading of a file: equal only to itself
class CsvTable:
    """How to read a CSV file, its header, how many data rows it has and the first
    few (``sample``); ``rows()`` reads all of them again from the file. Row numbers
    count records as a spreadsheet shows them: the header is row ``header_row``."""

    path: Path
    headers: tuple[str, ...]
    encoding: str
    delimiter: str
    header_row: int = 1
    notes: tuple[str, ...] = ()
    row_count: int = 0
    # How many rows have a number of values other than the header's.
    ragged_count: int = 0
    sample: tuple[Row, ...] = ()
    stamp: tuple[int, int] | None = None  # size and modification time when read
    # "surrogateescape": UTF-8 with a few bytes that are not (rows holding one are
    # problems); "strict" otherwise.
    errors: str = "strict"
    bad_byte_rows: int = 0  # rows holding a byte that is not in the encoding

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def encoding_name(self) -> str:
        return translate("CsvTable", _ENCODING_NAMES.get(self.encoding, self.encoding))

    @property
    def delimiter_name(self) -> str:
        name = _DELIMITER_NAMES.get(self.delimiter)
        return translate("CsvTable", name) if name else repr(self.delimiter)

    def rows(self) -> Iterator[Row]:
        """Every data row, read from the file now (blank rows left out, trailing empty
        cells beyond the header's width dropped). Refuses a file that changed since it
        was read: the rows checked must be the rows imported."""
        if self.stamp is not None and _stamp(self.path) != self.stamp:
            raise CsvReadError(
                translate(
                    "CsvTable", "{file} has changed since it was read: choose it again to check it."
                ).format(file=self.name)
            )
        records = _records(self.path, self.encoding, self.delimiter, self.errors)
        try:
            with closing(records):
                for number, values in _data_rows(records, len(self.headers)):
                    if number > self.header_row:
                        yield number, values
        except UnicodeDecodeError as error:
            raise CsvReadError(
                translate(
                    "CsvTable", "{file} is no longer readable as {encoding}: {error}."
                ).format(file=self.name, encoding=self.encoding_name, error=error)
            ) from None

    def records(self) -> Iterator[tuple[int, dict[str, str]]]:
        """Each data row as ``{header: value}`` (missing cells read as empty)."""
        for number, values in self.rows():
            cells = dict(zip(self.headers, values, strict=False))
            yield number, {header: cells.get(header, "") for header in self.headers}

    def column(self, header: str) -> Iterator[str]:
        """The non-empty values of one column, row by row."""
        index = self.headers.index(header)
        for _, values in self.rows():
            if index < len(values) and values[index].strip():
                yield values[index]


def read_csv(path: Path | str) -> CsvTable:
    path = Path(path)
    try:
        stamp = _stamp(path)
        with path.open("rb") as raw:
            head = raw.read(HEAD_BYTES)
    except OSError as error:
        raise CsvReadError(_unreadable(path, error)) from error
    for signature, what in _BINARY_SIGNATURES:
        if head.startswith(signature):
            raise CsvReadError(
                translate("CsvTable", "{file} is {what}, not a CSV file.").format(
                    file=path.name, what=translate("CsvTable", what)
                )
            )
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _read(path, "utf-16", stamp, [])
        except UnicodeDecodeError:
            raise CsvReadError(
                translate("CsvTable", "{file} claims to be UTF-16 text but is damaged.").format(
                    file=path.name
                )
            ) from None
    if b"\x00" in head:
        raise CsvReadError(
            translate("CsvTable", "{file} is a binary file, not a CSV text file.").format(
                file=path.name
            )
        )
    utf8 = "utf-8-sig" if head.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        return _read(path, utf8, stamp, [])
    except UnicodeDecodeError:
        pass
    good, bad = _utf8_scan(path)
    if good and bad <= good:
        # UTF-8 but for a few bytes: the rows holding them are problems.
        table = _read(path, utf8, stamp, [], errors="surrogateescape")
        note = translate(
            "CsvTable",
            "{file} is UTF-8 except for {bytes} in {rows}: those rows are listed as problems.",
        ).format(
            file=path.name,
            bytes=count_of(bad, translate("CsvTable", "byte"), translate("CsvTable", "bytes")),
            rows=count_of(
                table.bad_byte_rows, translate("CsvTable", "row"), translate("CsvTable", "rows")
            ),
        )
        return replace(table, notes=(*table.notes, note))
    # A BOM followed by something other than UTF-8 falls through to the 8-bit codecs.
    for codec, label in _FALLBACKS:
        note = translate(
            "CsvTable",
            "{file} is not UTF-8; it was read as {encoding}. Check that accented "
            "letters in the preview look right.",
        ).format(file=path.name, encoding=label)
        try:
            return _read(path, codec, stamp, [note])
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _utf8_scan(path: Path) -> tuple[int, int]:
    """(characters beyond ASCII that decode as UTF-8, bytes that do not), read in pieces."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    good = bad = 0
    with path.open("rb") as raw:
        while True:
            chunk = raw.read(SCAN_BYTES)
            text = decoder.decode(chunk, final=not chunk)
            if not text.isascii():
                bad_here = len(_BAD_BYTE.findall(text))
                bad += bad_here
                # Characters beyond ASCII, counted in C ("ignore" drops them all).
                beyond_ascii = len(text) - len(text.encode("ascii", "ignore"))
                good += beyond_ascii - bad_here
            if not chunk:
                return good, bad


def has_bad_byte(text: str) -> bool:
    return _BAD_BYTE.search(text) is not None


def first_bad_byte(text: str) -> int | None:
    """The first byte of ``text`` that was not in the file's encoding, if any."""
    match = _BAD_BYTE.search(text)
    return ord(match.group()) - 0xDC00 if match else None


def shown(text: str) -> str:
    """``text`` fit to show or print: a byte that was not in the encoding as U+FFFD."""
    return _BAD_BYTE.sub("\ufffd", text)


def _stamp(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_size, status.st_mtime_ns


def _text(path: Path, encoding: str, errors: str = "strict") -> io.TextIOWrapper:
    # newline="": the csv module finds the line breaks itself, also inside quoted cells.
    return io.TextIOWrapper(path.open("rb"), encoding=encoding, errors=errors, newline="")


def _records(
    path: Path, encoding: str, delimiter: str, errors: str = "strict"
) -> Iterator[tuple[int, list[str]]]:
    """(record number, cells) of every record of the file, header and blank ones too.
    Raises ``UnicodeDecodeError`` when the file is not in ``encoding``."""
    try:
        with _text(path, encoding, errors) as text:
            yield from enumerate(csv.reader(text, delimiter=delimiter), start=1)
    except csv.Error as error:
        raise CsvReadError(
            translate("CsvTable", "{file} is not a readable CSV file: {error}.").format(
                file=path.name, error=error
            )
        ) from error
    except OSError as error:
        raise CsvReadError(_unreadable(path, error)) from error


def _data_rows(records: Iterable[tuple[int, list[str]]], columns: int) -> Iterator[Row]:
    for number, row in records:
        if not any(cell.strip() for cell in row):
            continue
        width = len(row)
        while width > columns and not row[width - 1].strip():
            width -= 1  # trailing empty cells are harmless
        yield number, tuple(row[:width])


def _read(
    path: Path, encoding: str, stamp: tuple[int, int], notes: list[str], errors: str = "strict"
) -> CsvTable:
    """The whole file read once in ``encoding`` (``UnicodeDecodeError`` if it is not)."""
    with _text(path, encoding, errors) as text:
        sample = text.read(SAMPLE_CHARS)
        whole = not text.read(1)
    if not sample.strip() and whole:
        raise CsvReadError(_empty(path))
    delimiter = _sniff_delimiter(sample, whole)
    with closing(_records(path, encoding, delimiter, errors)) as records:
        header_number, header = next(
            ((n, row) for n, row in records if any(cell.strip() for cell in row)), (0, [])
        )
        if not header_number:
            raise CsvReadError(_empty(path))
        while header and not header[-1].strip():
            header = header[:-1]  # "a;b;c;" exports: a trailing delimiter, not a column
        if _looks_like_data(header):
            raise CsvReadError(
                translate(
                    "CsvTable",
                    "{file} has no header row: row {row} holds values ({values}), not column "
                    "names. Add a first row naming the columns.",
                ).format(
                    file=path.name,
                    row=header_number,
                    values=", ".join(c for c in header if c.strip())[:80],
                )
            )
        headers = _unique_headers([shown(cell) for cell in header])
        count = ragged = bad_rows = 0
        first_rows: list[Row] = []
        for row in _data_rows(records, len(headers)):
            count += 1
            ragged += len(row[1]) != len(headers)
            if errors != "strict":
                bad_rows += any(has_bad_byte(cell) for cell in row[1])
            if len(first_rows) < SAMPLE_ROWS:
                cells = row[1] if errors == "strict" else tuple(map(shown, row[1]))
                first_rows.append((row[0], cells))
    if not count:
        raise CsvReadError(
            translate("CsvTable", "{file} has a header row but no data rows.").format(
                file=path.name
            )
        )
    if ragged == count and count > 1:
        raise CsvReadError(
            translate(
                "CsvTable",
                "{file}: no row has as many values as the header has columns ({columns}, "
                "split by {delimiter}); the file is not a regular CSV table.",
            ).format(
                file=path.name,
                columns=len(headers),
                delimiter=translate("CsvTable", _DELIMITER_NAMES.get(delimiter, delimiter)),
            )
        )
    return CsvTable(
        path=path,
        headers=headers,
        encoding=encoding,
        delimiter=delimiter,
        header_row=header_number,
        notes=tuple(notes),
        row_count=count,
        ragged_count=ragged,
        sample=tuple(first_rows),
        stamp=stamp,
        errors=errors,
        bad_byte_rows=bad_rows,
    )


def _sniff_delimiter(sample: str, whole: bool) -> str:
    if not whole and "\n" in sample:
        sample = sample[: sample.rindex("\n")]  # no half line at the end
    try:
        guess = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        guess = None
    # The sniffer can be fooled (a comma in every note of a semicolon file): keep its
    # guess only when it is also the most consistent split of the sample.
    scores = {d: _consistency(sample, d) for d in DELIMITERS}
    best = max(scores, key=lambda d: scores[d])
    if guess in scores and scores[guess] >= scores[best]:
        return guess
    return best if scores[best] > (0, 0) else ","


def _consistency(sample: str, delimiter: str) -> tuple[int, int]:
    """(rows as wide as the first row, that width), for a width above one column."""
    try:
        rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if r]
    except csv.Error:
        return (0, 0)
    if not rows or len(rows[0]) < 2:
        return (0, 0)
    width = len(rows[0])
    return (sum(len(r) == width for r in rows), width)


def _looks_like_data(header: list[str]) -> bool:
    """A header names columns: a first row of dates, emails or numbers is data."""
    from .values import looks_like_value

    cells = [c.strip() for c in header if c.strip()]
    if not cells:
        return True
    return sum(looks_like_value(c) for c in cells) * 2 >= len(cells)


def _unique_headers(header: list[str]) -> tuple[str, ...]:
    seen: dict[str, int] = {}
    names: list[str] = []
    for index, cell in enumerate(header):
        name = cell.strip() or f"(column {index + 1})"
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return tuple(names)


def _unreadable(path: Path, error: OSError) -> str:
    return translate("CsvTable", "{path} cannot be read: {reason}.").format(
        path=path, reason=error.strerror or error
    )


def _empty(path: Path) -> str:
    return translate("CsvTable", "{file} is empty.").format(file=path.name)
