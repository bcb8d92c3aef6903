"""Checks a zip with Python's zipfile (CRC of every member) and Info-ZIP's `unzip -t`.
Run alone, prints each member's name, method (0 stored, 8 deflated), date and time, size
compressed size and SHA-256 as JSON."""
import hashlib
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
    check_zip(sys.argv[1])
    with zipfile.ZipFile(sys.argv[1]) as archive:
        emit([{"name": info.filename, "method": info.compress_type, "date": list(info.date_time),
               "size": info.file_size, "compressed": info.compress_size,
               "sha256": hashlib.sha256(archive.read(info)).hexdigest()}
              for info in archive.infolist()])
