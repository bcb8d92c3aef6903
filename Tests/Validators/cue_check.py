"""Reads a CUE sheet with libcue (through pylibcue, the parser of many players and taggers)
and checks what libcue forgives; prints the sheet as JSON.

libcue tolerates a stray quote, tracks out of order and an INDEX past the next track's, so
each line is also checked here: quoted strings hold no quote, commands are known, tracks
are numbered 01, 02, … (at most 99), each has one TITLE and one INDEX 01 whose frames are
below 75, and within a FILE the starts never go back."""
import re
import sys

import pylibcue

from common import emit, fail

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
if text.startswith("\ufeff"):
    fail("starts with a byte-order mark")
quoted = r'"[^"\r\n]*"'
patterns = {
    "REM": re.compile(r"REM [A-Z]+ " + quoted),
    "PERFORMER": re.compile(r"\s*PERFORMER " + quoted),
    "TITLE": re.compile(r"\s*TITLE " + quoted),
    "FILE": re.compile(r"FILE " + quoted + r" WAVE"),
    "TRACK": re.compile(r"  TRACK (\d{2}) AUDIO"),
    "INDEX": re.compile(r"    INDEX 01 (\d{2,}):(\d{2}):(\d{2})"),
}
files, number, last = [], 0, None
for line_number, line in enumerate(text.split("\n")[:-1], start=1):
    command = line.split()[0] if line.strip() else ""
    pattern = patterns.get(command)
    if pattern is None or not pattern.fullmatch(line):
        fail(f"line {line_number} is not a well-formed CUE command: {line!r}")
    if command == "FILE":
        files.append({"name": line.split('"')[1], "tracks": []})
        last = None
    elif command == "TRACK":
        number += 1
        if not files:
            fail(f"line {line_number}: a TRACK before any FILE")
        if int(pattern.fullmatch(line).group(1)) != number:
            fail(f"line {line_number}: track {number} is numbered {line.split()[1]}")
        files[-1]["tracks"].append({"number": number, "title": None, "index": None})
    elif command == "INDEX":
        minutes, seconds, frames = (int(part) for part in pattern.fullmatch(line).groups())
        if seconds >= 60 or frames >= 75:
            fail(f"line {line_number}: {line.split()[-1]} is not mm:ss:ff at 75 frames a second")
        total = (minutes * 60 + seconds) * 75 + frames
        if last is not None and total < last:
            fail(f"line {line_number}: a track starts before the one above it")
        last = total
        files[-1]["tracks"][-1]["index"] = total
    elif command == "TITLE" and files:
        track = files[-1]["tracks"][-1]
        if track["title"] is not None:
            fail(f"line {line_number}: a second TITLE for track {track['number']}")
        track["title"] = line.split('"')[1]
if number > 99:
    fail(f"{number} tracks: a CUE sheet holds at most 99")
for file in files:
    for track in file["tracks"]:
        if track["title"] is None or track["index"] is None:
            fail(f"track {track['number']} lacks a TITLE or an INDEX 01")

sheet = pylibcue.parse_file(path)
if len(sheet) != number:
    fail(f"libcue read {len(sheet)} tracks, the lines hold {number}")
ours = [track for file in files for track in file["tracks"]]
summary = {"title": sheet.cdtext.title, "performer": sheet.cdtext.performer, "files": []}
for index, track in enumerate(sheet):
    mine = ours[index]
    if track.track_number != mine["number"] or track.cdtext.title != mine["title"]:
        fail(f"libcue read track {track.track_number} as {track.cdtext.title!r}")
    minutes, seconds, frames = track.get_index(1)
    if (minutes * 60 + seconds) * 75 + frames != mine["index"]:
        fail(f"libcue read track {mine['number']}'s INDEX 01 as {track.get_index(1)}")
    if not summary["files"] or summary["files"][-1]["name"] != track.filename:
        summary["files"].append({"name": track.filename, "tracks": []})
    summary["files"][-1]["tracks"].append({
        "number": track.track_number, "title": track.cdtext.title,
        "performer": track.cdtext.performer,
        # Frames to milliseconds, exact as a fraction: what the sheet says, unrounded.
        "start": mine["index"] * 1000 / 75,
    })
emit(summary)
