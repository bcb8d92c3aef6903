"""Reads a SubRip file with `srt` (no error skipping); prints the cues as JSON.

`srt` accepts duplicate indexes and '.' before the milliseconds, so both are checked."""
import re
import sys

import srt

from common import emit, fail

text = open(sys.argv[1], encoding="utf-8").read()
subtitles = list(srt.parse(text, ignore_errors=False))
for line in text.splitlines():
    if "-->" in line and not re.fullmatch(r"\d{2,}:\d{2}:\d{2},\d{3} --> \d{2,}:\d{2}:\d{2},\d{3}", line):
        fail(f"malformed time line {line!r}")
cues = []
for expected, subtitle in enumerate(subtitles, start=1):
    if subtitle.index != expected:
        fail(f"cue {expected} has index {subtitle.index}")
    start = round(subtitle.start.total_seconds() * 1000)
    end = round(subtitle.end.total_seconds() * 1000)
    if end <= start:
        fail(f"cue {expected} does not end after it starts")
    cues.append({"index": subtitle.index, "start": start, "end": end, "lines": subtitle.content.split("\n")})
emit(cues)
