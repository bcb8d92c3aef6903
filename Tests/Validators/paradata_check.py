"""Reads an export's paradata: paradata.csv with Python's csv module (strict), against
paradata.schema.json (names and order of the columns), export-info.json and README.txt.
Checks what frictionless cannot: every parameters cell is a JSON object, the sessions of
export-info.json are the table's in its order with their row counts, README.txt
describes every column. Prints {"rows": [...], "info": {...}} as JSON.
Argument: the folder holding the four files."""
import csv
import json
import os
import sys

from common import emit, fail

folder = sys.argv[1]
schema = json.load(open(os.path.join(folder, "paradata.schema.json"), encoding="utf-8"))
info = json.load(open(os.path.join(folder, "export-info.json"), encoding="utf-8"))
readme = open(os.path.join(folder, "README.txt"), encoding="utf-8").read()
with open(os.path.join(folder, "paradata.csv"), encoding="utf-8", newline="") as handle:
    raw = handle.read()
if raw.startswith("\ufeff"):
    fail("paradata.csv starts with a byte-order mark")
reader = csv.reader(raw.splitlines(keepends=True), strict=True)
header = next(reader)
names = [field["name"] for field in schema["fields"]]
if header != names:
    fail(f"the header {header} is not the schema's {names}")
rows = []
for number, cells in enumerate(reader, start=2):
    if len(cells) != len(header):
        fail(f"row {number} has {len(cells)} cells, not {len(header)}")
    row = dict(zip(header, cells))
    try:
        parameters = json.loads(row["parameters"])
    except json.JSONDecodeError as error:
        fail(f"row {number}: parameters are not JSON: {error}")
    if not isinstance(parameters, dict):
        fail(f"row {number}: parameters are not a JSON object")
    row["parameters"] = parameters
    rows.append(row)
order = []
for row in rows:
    if not order or order[-1] != row["session"]:
        if row["session"] in order:
            fail(f"the rows of session {row['session']} are not together")
        order.append(row["session"])
listed = [session["session"] for session in info["sessions"]]
if listed != order:
    fail(f"export-info.json lists {listed}, the table holds {order}")
for session in info["sessions"]:
    count = sum(1 for row in rows if row["session"] == session["session"])
    if count != session["events"]:
        fail(f"{session['session']}: {count} rows, export-info.json says {session['events']}")
for name in names:
    if f"\n{name} (" not in readme:
        fail(f"README.txt does not describe the column {name}")
emit({"rows": rows, "info": info})
