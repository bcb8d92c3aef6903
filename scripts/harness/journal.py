"""Reads session folders the way an auditor would: line by line, independently of Rapport."""
import json, os


def session_folders(responses):
    """Session folders under `responses`, oldest first (names end with the start time)."""
    if not os.path.isdir(responses):
        return []
    names = sorted(n for n in os.listdir(responses) if os.path.isdir(os.path.join(responses, n)))
    return [os.path.join(responses, n) for n in names]


def read_lines(path):
    """(entries, damaged): every line that is a JSON object, and how many are not."""
    entries, damaged = [], 0
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return [], 0
    for raw in data.split(b"\n"):
        if not raw.strip():
            continue
        try:
            entry = json.loads(raw)
        except ValueError:
            damaged += 1
            continue
        if isinstance(entry, dict):
            entries.append(entry)
        else:
            damaged += 1
    return entries, damaged


def notes(entries):
    """The texts of every `noted` entry, in file order."""
    return [e.get("text") for e in entries if e.get("type") == "noted"]


def journal_path(folder):
    return os.path.join(folder, "journal.jsonl")


def every_file(folder):
    """Every file in a session folder (the journal, history, recovery files, locks, logs)."""
    found = []
    for root, _, files in os.walk(folder):
        found += [os.path.join(root, f) for f in files]
    return sorted(found)
