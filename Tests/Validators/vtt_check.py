"""Reads a WebVTT file with webvtt-py in strict mode; prints the cues as JSON.

Strict webvtt-py still accepts an end before the start, so that is checked here."""
import sys

import webvtt

from common import emit, fail, millis

captions = webvtt.read(sys.argv[1], strict=True)
cues = []
for caption in captions:
    start, end = millis(caption.start), millis(caption.end)
    if end <= start:
        fail(f"cue {caption.identifier!r} ends at {caption.end}, not after {caption.start}")
    cues.append({"id": caption.identifier, "start": start, "end": end, "lines": caption.lines})
ids = [cue["id"] for cue in cues]
if len(set(ids)) != len(ids):
    fail("cue identifiers are not unique")
emit(cues)
