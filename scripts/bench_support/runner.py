"""The live runner, piped: CPU at checkpoints of a long session, gaps between its notes."""
import json
import os
import subprocess
import time

from . import fixtures, measure


def journal_of(responses):
    folders = [d for d in os.listdir(responses) if os.path.isdir(os.path.join(responses, d))]
    if len(folders) != 1:
        raise measure.CommandFailed(f"expected one session folder, found {len(folders)}")
    return os.path.join(responses, folders[0], "journal.jsonl")


def notes_written(responses):
    try:
        with open(journal_of(responses), "rb") as handle:
            return handle.read().count(b'"type":"noted"')
    except (FileNotFoundError, measure.CommandFailed):
        return 0


def wait_idle(process, responses, notes, timeout):
    """Waits until the journal holds `notes` notes and the runner sleeps, waiting for input."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise measure.CommandFailed(f"rapport run exited {process.returncode} early")
        if notes_written(responses) >= notes and measure.process_state(process.pid) == "S":
            time.sleep(0.02)
            if measure.process_state(process.pid) == "S" and notes_written(responses) >= notes:
                return
        time.sleep(0.005)
    raise measure.CommandFailed(f"rapport run did not reach {notes} notes in {timeout:.0f} s")


def feed_and_sample(argv, responses, checkpoints, timeout=1800):
    """Types the notes in batches; the runner's CPU seconds when it has saved each checkpoint.

    Returns (cpu seconds at each checkpoint, gaps in ms between consecutive notes).
    """
    process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        process.stdin.write(("\n".join(fixtures.PREAMBLE) + "\n").encode())
        process.stdin.flush()
        cpu, typed = [], 0
        for mark in checkpoints:
            lines = "".join(f"note {i}\n" for i in range(typed, mark))
            process.stdin.write(lines.encode())
            process.stdin.flush()
            typed = mark
            wait_idle(process, responses, mark, timeout)
            cpu.append(measure.cpu_seconds(process.pid))
        process.stdin.close()
        if process.wait(timeout=120) != 0:
            raise measure.CommandFailed(f"rapport run exited {process.returncode}")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return cpu, note_gaps(responses)


def note_gaps(responses):
    """Milliseconds between consecutive `noted` lines, from each line's session clock."""
    stamps = []
    with open(journal_of(responses), encoding="utf-8") as handle:
        for line in handle:
            entry = json.loads(line)
            if entry.get("type") == "noted":
                stamps.append(entry["clock"])
    return [(b - a) * 1000 for a, b in zip(stamps, stamps[1:])]
