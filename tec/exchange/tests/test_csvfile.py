import csv
import io

from tec.exchange.csvfile import csv_bytes, escape_cell


def read_back(data: bytes):
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_it_starts_with_a_utf8_byte_order_mark_and_ends_rows_with_crlf():
    data = csv_bytes([["ä", "ß"]], header=["a", "b"])
    assert data.startswith(b"\xef\xbb\xbf")
    assert data == "\ufeffa,b\r\nä,ß\r\n".encode("utf-8")


def test_cells_that_a_spreadsheet_would_run_as_formulas_are_made_inert():
    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\")"):
        assert escape_cell(text) == "'" + text


def test_ordinary_text_and_real_numbers_are_left_as_they_are():
    assert escape_cell("plain") == "plain"
    assert escape_cell("a=b") == "a=b"
    assert escape_cell(-5) == "-5" and escape_cell(2.5) == "2.5"
    assert escape_cell(True) == "true" and escape_cell(None) == ""


def test_commas_quotes_and_line_breaks_survive_a_round_trip():
    rows = [["a,b", 'say "hi"', "two\nlines"]]
    assert read_back(csv_bytes(rows)) == rows


def test_the_header_is_escaped_too():
    assert read_back(csv_bytes([], header=["=evil"])) == [["'=evil"]]
