"""Synthetic inputs for scripts/bench: journals with many notes, as docs/journal-format.md says.

Synthetic data only: the notes are "note N".
"""
import datetime
import hashlib
import json
import os

QUESTIONS = [f"q{n}" for n in range(1, 13)]

# The keys `rapport run` is typed up to the first question of the shipped interview
# (gender, school, year, consent, set-up, start recording), as scripts/bench-runner types them.
PREAMBLE = ["2", "1", "3", "1 2", "", "1", "", ""]


def journal_with_notes(protocol_path, notes, folder_root, participant="P900"):
    """Writes a running (not ended) session of `notes` notes spread over the 12 questions.

    Returns the session folder. The last question stays entered, so `resume` goes on there.
    """
    with open(protocol_path, encoding="utf-8") as handle:
        text = handle.read()
    began = datetime.datetime(2022, 10, 3, 14, 0, 0, tzinfo=datetime.timezone.utc)
    stamp = began.strftime("%Y%m%dT%H%M%SZ")
    name = f"{participant}_belonging-interview_{stamp}"
    lines = []
    clock = 0.0

    def add(event, advance=0.5):
        nonlocal clock
        clock += advance
        at = began + datetime.timedelta(seconds=clock)
        entry = {"seq": len(lines) + 1, "writer": "lead", "clock": round(clock, 3),
                 "at": at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"}
        entry.update(event)
        lines.append(json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":")))

    add({"type": "session-started", "session": name, "protocol-id": "belonging-interview",
         "protocol-version": "1.0", "protocol-path": "Protocols/belonging-interview.yaml",
         "protocol-text": text, "protocol-sha256": hashlib.sha256(text.encode()).hexdigest(),
         "participant": participant, "lead": "HI", "support": "SA",
         "rapport-version": "0.1.0", "journal-format": 1}, 0)
    for item, value in [("gender", {"text": "Female"}), ("school", {"text": "ucl"}),
                        ("year", {"number": 3})]:
        add({"type": "step-entered", "step": item})
        add({"type": "attribute-recorded", "item": item, "value": value})
        add({"type": "step-left", "step": item})
    for step, items in [("consent", 2), ("setup", 2)]:
        add({"type": "step-entered", "step": step})
        for index in range(1, items + 1):
            add({"type": "checked", "step": step, "item": index, "checked": True})
        add({"type": "step-left", "step": step})
    add({"type": "step-entered", "step": "start-recording"})
    add({"type": "recording-started"})
    add({"type": "step-left", "step": "start-recording"})
    written = 0
    for position, step in enumerate(QUESTIONS):
        add({"type": "step-entered", "step": step})
        share = (notes - written) // (len(QUESTIONS) - position)
        for _ in range(share):
            add({"type": "noted", "step": step, "role": "lead", "text": f"note {written}"}, 0.2)
            written += 1
        if position < len(QUESTIONS) - 1:
            add({"type": "step-left", "step": step})
    add({"type": "paused"})
    folder = os.path.join(folder_root, name)
    os.makedirs(folder, mode=0o700, exist_ok=True)
    path = os.path.join(folder, "journal.jsonl")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    os.chmod(path, 0o600)
    return folder


def piped_notes(count, prefix="note"):
    """What `rapport run` is typed for `count` notes on the first question."""
    return "\n".join(PREAMBLE + [f"{prefix} {i}" for i in range(count)]) + "\n"
