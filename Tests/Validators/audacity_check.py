"""Reads an Audacity label track (File > Import > Labels) strictly; prints the labels as JSON.

Audacity reads a line as start, end and label split by tabs (times in seconds); it takes
whatever follows the second tab as the label, so a label holding a tab or a line break
would silently become another label or be cut. Every line is checked: three fields, times
with six decimals, end not before start, no control character in the label, the file
UTF-8 with a final newline."""
import re
import sys

from common import emit, fail

data = open(sys.argv[1], "rb").read()
try:
    text = data.decode("utf-8")
except UnicodeDecodeError as error:
    fail(f"not UTF-8: {error}")
if text.startswith("\ufeff"):
    fail("starts with a byte-order mark")
if text and not text.endswith("\n"):
    fail("no newline after the last label")
if "\r" in text:
    fail("a carriage return: Audacity's own files end lines with \\n")
time = re.compile(r"\d+\.\d{6}")
labels = []
for number, line in enumerate(text.split("\n")[:-1], start=1):
    fields = line.split("\t")
    if len(fields) != 3:
        fail(f"line {number} has {len(fields)} tab-separated fields, not 3")
    start, end, label = fields
    for stamp in (start, end):
        if not time.fullmatch(stamp):
            fail(f"line {number}: time {stamp!r} is not seconds with six decimals")
    start_ms, end_ms = round(float(start) * 1000), round(float(end) * 1000)
    if end_ms < start_ms:
        fail(f"line {number} ends before it starts")
    if any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in label):
        fail(f"line {number}: a control character in the label")
    if not label:
        fail(f"line {number} has an empty label")
    labels.append({"start": start_ms, "end": end_ms, "label": label})
emit(labels)
