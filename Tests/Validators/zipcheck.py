"""Checks a zip with Python's zipfile (CRC of every member) and Info-ZIP's `unzip -t`."""
import subprocess
import sys
import zipfile

from common import emit, fail


def check_zip(path):
    with zipfile.ZipFile(path) as archive:
        bad = archive.testzip()
        if bad is not None:
            fail(f"{path}: member {bad} fails its CRC")
        names = archive.namelist()
    if len(set(names)) != len(names):
        fail(f"{path}: duplicate member names")
    result = subprocess.run(["unzip", "-t", path], capture_output=True, text=True)
    if result.returncode != 0 or "No errors detected" not in result.stdout:
        fail(f"{path}: unzip -t failed: {result.stdout[-500:]} {result.stderr[-500:]}")
    return names


if __name__ == "__main__":
    emit(check_zip(sys.argv[1]))
