"""Reads CSV files with Python's csv module in strict mode; checks RFC 4180 line ends and
that every row has the header's width; prints {file: rows} as JSON."""
import csv
import sys

from common import emit, fail

result = {}
for path in sys.argv[1:]:
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{path}: starts with a byte-order mark")
    raw.decode("utf-8")
    if raw and not raw.endswith(b"\r\n"):
        fail(f"{path}: does not end with CRLF")
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, strict=True))
    if not rows:
        fail(f"{path}: no header")
    for number, row in enumerate(rows, start=1):
        if len(row) != len(rows[0]):
            fail(f"{path}: row {number} has {len(row)} fields, the header {len(rows[0])}")
    result[path.rsplit("/", 1)[-1]] = rows
emit(result)
