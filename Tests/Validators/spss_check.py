"""Runs an SPSS syntax file with GNU PSPP (`pspp`) in its folder, which must leave no error
or warning and SAVE a .sav; reads that .sav with pyreadstat and prints, as JSON, every
variable (name, label, format, value labels, missing values) and every row."""
import datetime
import os
import subprocess
import sys

import pyreadstat

from common import emit, fail

if len(sys.argv) != 3:
    fail("usage: spss_check.py SYNTAX.sps SAVED.sav")
syntax, saved = sys.argv[1], sys.argv[2]
folder = os.path.dirname(os.path.abspath(syntax))
try:
    run = subprocess.run(
        ["pspp", "-O", "format=txt", "-o", "-", os.path.basename(syntax)],
        cwd=folder, capture_output=True, text=True, timeout=120)
except FileNotFoundError:
    fail("'pspp' is not installed: run 'RAPPORT_WITH_TEST_TOOLS=1 scripts/bootstrap'")
output = run.stdout + run.stderr
if run.returncode != 0 or "error:" in output or "warning:" in output:
    fail(f"pspp {syntax} (exit {run.returncode}): {output[-3000:]}")
path = os.path.join(folder, saved)
if not os.path.exists(path):
    fail(f"pspp did not save {saved}: {output[-2000:]}")
data, meta = pyreadstat.read_sav(
    path, output_format="dict", user_missing=True, disable_datetime_conversion=True)
GREGORIAN = datetime.date(1582, 10, 14)


def plain(value, format=""):
    """Numbers without '.0'; a date variable's seconds as YYYY-MM-DD (a missing code stays)."""
    if format.startswith(("SDATE", "DATE", "ADATE", "EDATE")) and isinstance(value, float):
        if value in (-97, -98, -99):
            return int(value)
        return (GREGORIAN + datetime.timedelta(seconds=value)).isoformat()
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


variables = []
for name, label in zip(meta.column_names, meta.column_labels):
    labels = meta.variable_value_labels.get(name, {})
    variables.append({
        "name": name,
        "label": label,
        "format": meta.original_variable_types[name],
        "valueLabels": {str(plain(code)): text for code, text in labels.items()},
        "missing": sorted(str(plain(span["lo"])) for span in meta.missing_ranges.get(name, [])),
    })
formats = meta.original_variable_types
rows = [
    [plain(data[name][row], formats[name]) for name in meta.column_names]
    for row in range(meta.number_rows or 0)
]
emit({"variables": variables, "rows": rows})
