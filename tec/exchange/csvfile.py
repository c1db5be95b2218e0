"""CSV that spreadsheets open cleanly: UTF-8 with a BOM, CRLF rows, no formula injection.

Any CSV download in TEC (descriptor rows, project summary, mismatch report) goes
through csv_bytes, so every one is safe to open in Excel or LibreOffice.
"""

import csv
import io
from collections.abc import Iterable, Sequence

# A spreadsheet evaluates a cell starting with one of these as a formula; tab and
# carriage return can hide such a start from a quick look.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value) -> str:
    """Text as the spreadsheet should show it: a leading apostrophe keeps formulas inert."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def csv_bytes(rows: Iterable[Sequence], *, header: Sequence[str] | None = None) -> bytes:
    """The rows (header first, when given) as a UTF-8 CSV file with a byte-order mark."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if header is not None:
        writer.writerow([escape_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([escape_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")
