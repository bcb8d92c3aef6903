"""Validates a CSV against a Frictionless Table Schema with `frictionless validate --schema`.

Frictionless refuses absolute paths as unsafe, so it runs in the files' folder."""
import json
import os
import subprocess
import sys

from common import fail

schema, data = sys.argv[1], sys.argv[2]
folder = os.path.dirname(os.path.abspath(data))
tool = os.path.join(os.path.dirname(sys.executable), "frictionless")
result = subprocess.run(
    [tool, "validate", "--json", "--schema", os.path.relpath(schema, folder), os.path.basename(data)],
    cwd=folder, capture_output=True, text=True)
try:
    report = json.loads(result.stdout)
except json.JSONDecodeError:
    fail(f"frictionless printed no report: {result.stdout[-1000:]} {result.stderr[-1000:]}")
if result.returncode != 0 or not report.get("valid"):
    errors = [error.get("message") for task in report.get("tasks", []) for error in task.get("errors", [])]
    fail(f"frictionless: {errors or report.get('errors')}")
print(json.dumps({"valid": True, "rows": report["tasks"][0]["stats"].get("rows")}))
