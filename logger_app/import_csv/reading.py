"""Reading a CSV file exported by another program: encoding, delimiter, header row.

Other salon and clinic software writes CSV in many dialects: UTF-8 with or without a
byte order mark, Windows-1252 from older Excel, UTF-16 from Excel's "Unicode text",
commas, semicolons (European Excel) or tabs. What was guessed is kept in ``notes`` so
the preview can say it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..errors import LogbookError

SAMPLE_CHARS = 64 * 1024
DELIMITERS = ",;\t"
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}
# Signatures of files people pick by mistake instead of the CSV export.
_BINARY_SIGNATURES = (
    (b"PK\x03\x04", "an Excel workbook or another zip file; save it as CSV first"),
    (b"\xd0\xcf\x11\xe0", "an old Excel (.xls) workbook; save it as CSV first"),
    (b"%PDF", "a PDF document"),
    (b"SQLite format 3", "a SQLite database"),
)


class CsvReadError(LogbookError):
    """The file cannot be read as CSV; the message names the file and says why."""


@dataclass(frozen=True, eq=False)  # one reading of a file: equal only to itself
class CsvTable:
    """A CSV file's header and data rows. Row numbers count records as a spreadsheet
    shows them: the header is row ``header_row`` (usually 1)."""

    path: Path
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (row number, values)
    encoding: str
    delimiter: str
    header_row: int = 1
    notes: tuple[str, ...] = ()
    # Rows whose number of values differs from the header's: row number -> count.
    ragged: dict[int, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def encoding_name(self) -> str:
        return _ENCODING_NAMES.get(self.encoding, self.encoding)

    @property
    def delimiter_name(self) -> str:
        return _DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))

    @cached_property
    def _records(self) -> list[tuple[int, dict[str, str]]]:
        """Each data row as ``{header: value}`` (missing cells read as empty)."""
        return [
            (
                number,
                {h: (values[i] if i < len(values) else "") for i, h in enumerate(self.headers)},
            )
            for number, values in self.rows
        ]

    def records(self) -> list[tuple[int, dict[str, str]]]:
        return self._records


def read_csv(path: Path | str) -> CsvTable:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CsvReadError(f"{path} cannot be read: {error.strerror or error}.") from error
    text, encoding, notes = _decode(path.name, raw)
    if not text.strip():
        raise CsvReadError(f"{path.name} is empty.")
    delimiter = _sniff_delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise CsvReadError(f"{path.name} is not a readable CSV file: {error}.") from error
    return _table(path, records, encoding, delimiter, notes)


def _decode(name: str, raw: bytes) -> tuple[str, str, list[str]]:
    for signature, what in _BINARY_SIGNATURES:
        if raw.startswith(signature):
            raise CsvReadError(f"{name} is {what}, not a CSV file.")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError:
            raise CsvReadError(f"{name} claims to be UTF-16 text but is damaged.") from None
    if b"\x00" in raw[:8192]:
        raise CsvReadError(f"{name} is a binary file, not a CSV text file.")
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw.decode("utf-8-sig"), "utf-8-sig", []
        except UnicodeDecodeError:
            pass  # a BOM followed by something else: fall through to the 8-bit codecs
    else:
        try:
            return raw.decode("utf-8"), "utf-8", []
        except UnicodeDecodeError:
            pass
    # Not UTF-8: almost always Windows-1252 (Western Excel). Latin-1 reads any byte.
    for codec, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1 (ISO 8859-1)")):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        note = (
            f"{name} is not UTF-8; it was read as {label}. Check that accented "
            "letters in the preview look right."
        )
        return text, codec, [note]
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _sniff_delimiter(text: str) -> str:
    sample = text[:SAMPLE_CHARS]
    if len(text) > SAMPLE_CHARS and "\n" in sample:
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


def _table(
    path: Path, records: list[list[str]], encoding: str, delimiter: str, notes: list[str]
) -> CsvTable:
    numbered = [(i + 1, row) for i, row in enumerate(records)]
    while numbered and not any(cell.strip() for cell in numbered[0][1]):
        numbered.pop(0)
    if not numbered:
        raise CsvReadError(f"{path.name} is empty.")
    header_number, header = numbered.pop(0)
    while header and not header[-1].strip():
        header = header[:-1]  # "a;b;c;" exports: a trailing delimiter, not a column
    if _looks_like_data(header):
        raise CsvReadError(
            f"{path.name} has no header row: row {header_number} holds values "
            f"({', '.join(c for c in header if c.strip())[:80]}), not column names. "
            "Add a first row naming the columns."
        )
    headers = _unique_headers(header)
    rows: list[tuple[int, tuple[str, ...]]] = []
    ragged: dict[int, int] = {}
    for number, row in numbered:
        if not any(cell.strip() for cell in row):
            continue
        width = len(row)
        while width > len(headers) and not row[width - 1].strip():
            width -= 1  # trailing empty cells are harmless
        if width != len(headers):
            ragged[number] = width
        rows.append((number, tuple(row[:width])))
    if not rows:
        raise CsvReadError(f"{path.name} has a header row but no data rows.")
    if len(ragged) == len(rows) and len(rows) > 1:
        raise CsvReadError(
            f"{path.name}: no row has as many values as the header has columns "
            f"({len(headers)}, split by {_DELIMITER_NAMES.get(delimiter, delimiter)}); "
            "the file is not a regular CSV table."
        )
    return CsvTable(
        path=path,
        headers=headers,
        rows=tuple(rows),
        encoding=encoding,
        delimiter=delimiter,
        header_row=header_number,
        notes=tuple(notes),
        ragged=ragged,
    )


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
