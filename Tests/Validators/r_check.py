"""Runs an R script with `Rscript` in its folder, which must make a data frame `answers`
without an error or warning; prints, as JSON, each column's name, class, `label`
attribute, factor levels, values (null for NA) and `missing_reason` attribute."""
import os
import subprocess
import sys
import tempfile
import urllib.parse

from common import emit, fail

DRIVER = r"""
arguments <- commandArgs(trailingOnly = TRUE)
setwd(arguments[1])
options(warn = 2)
source(arguments[2])
encode <- function(x) {
  if (is.null(x)) return("")
  paste(vapply(as.character(x), function(v) {
    if (is.na(v)) "~" else paste0("v", utils::URLencode(enc2utf8(v), reserved = TRUE))
  }, ""), collapse = ",")
}
for (name in names(answers)) {
  x <- answers[[name]]
  cat(encode(name), encode(class(x)[1]), encode(attr(x, "label")), encode(levels(x)),
    encode(as.character(x)), encode(attr(x, "missing_reason")), sep = "\t")
  cat("\n")
}
"""

if len(sys.argv) != 2:
    fail("usage: r_check.py SCRIPT.R")
script = os.path.abspath(sys.argv[1])
with tempfile.NamedTemporaryFile("w", suffix=".R", delete=False) as driver:
    driver.write(DRIVER)
try:
    run = subprocess.run(
        ["Rscript", "--vanilla", driver.name, os.path.dirname(script), os.path.basename(script)],
        capture_output=True, env={**os.environ, "LC_ALL": "C.UTF-8"}, timeout=120)
except FileNotFoundError:
    fail("'Rscript' is not installed: run 'RAPPORT_WITH_TEST_TOOLS=1 scripts/bootstrap'")
finally:
    os.unlink(driver.name)
if run.returncode != 0 or run.stderr.strip():
    fail(f"Rscript {script} (exit {run.returncode}): {run.stderr.decode(errors='replace')[-3000:]}")


def decode(field):
    if field == "":
        return []
    return [None if part == "~" else urllib.parse.unquote(part[1:]) for part in field.split(",")]


columns = []
for line in run.stdout.decode("utf-8").splitlines():
    name, kind, label, levels, values, reasons = line.split("\t")
    columns.append({
        "name": decode(name)[0], "class": decode(kind)[0], "label": (decode(label) or [None])[0],
        "levels": decode(levels), "values": decode(values), "missingReason": decode(reasons),
    })
emit(columns)
