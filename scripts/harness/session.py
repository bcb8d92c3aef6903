"""What every reliability trial shares: a private responses folder, a session started as an
interviewer starts one, marker words in everything typed, and the checks after a failure.

Marker words make every note and answer findable: `quokka…` in the lead's notes, `wombat…` in
the supporter's, `marmot…` in an answer. The checks never trust Rapport to read its own
journal: they parse the JSON lines themselves.
"""
import os, shutil, tempfile

from . import journal, terminal

LEAD_WORD, SUPPORT_WORD, ANSWER_WORD = "quokka", "wombat", "marmot"
MARKERS = (LEAD_WORD, SUPPORT_WORD, ANSWER_WORD)


class Findings:
    """Problems found in one trial, as plain sentences (the summary counts them)."""

    def __init__(self):
        self.problems = []
        self.leaks = []

    def fail(self, message):
        self.problems.append(message)

    def check_private(self, where, data):
        """Records a leak when `data` (an error message, a listing, a log) holds a marker."""
        text = data.decode("utf-8", "replace") if isinstance(data, (bytes, bytearray)) else data
        for word in MARKERS:
            at = text.find(word)
            if at >= 0:
                self.leaks.append(f"{where}: '{text[max(0, at - 40):at + 40]!r}'")
                return


class Workspace:
    """A temporary responses folder (0700), removed afterwards unless kept for a failure."""

    def __init__(self, root, name):
        self.path = tempfile.mkdtemp(prefix=f"{name}-", dir=root)
        self.responses = os.path.join(self.path, "Responses")
        self.exports = os.path.join(self.path, "Exports")

    def folder(self):
        folders = journal.session_folders(self.responses)
        return folders[-1] if folders else None

    def journal(self):
        folder = self.folder()
        return journal.journal_path(folder) if folder else None

    def remove(self):
        shutil.rmtree(self.path, ignore_errors=True)


def start_lead(ctx, space, participant, index, piped=False, env=None, preexec=None):
    """`rapport run` up to the first step with notes, answering the three attributes.

    Returns (process, answer): the answer holds a marker, so it is checked like a note.
    """
    lead = terminal.Process(
        ctx.binary,
        ["run", ctx.protocol, "--participant", participant, "--responses", space.responses,
         "--lead", "AL", "--support", "BK"], piped=piped, env=env, preexec=preexec)
    answer = f"{ANSWER_WORD}{index} own words"
    for line, shown in ((answer, "recorded gender"), ("2", "recorded school"),
                        ("3", "recorded year")):
        if not piped:
            lead.wait_for("› ")
        lead.type(line + ("\n" if piped else "\r"))
        lead.wait_for(shown)
    if not piped:
        lead.wait_for("› ")
    return lead, answer


def join(ctx, space, participant, role="support", piped=False, env=None):
    """`rapport join` as the supporting interviewer (or `--as lead`), on its own terminal."""
    args = ["join", participant, "--responses", space.responses]
    if role != "support":
        args += ["--as", role]
    process = terminal.Process(ctx.binary, args, piped=piped, env=env)
    if not piped:
        process.wait_for("support› ")
    return process


def check_journal(findings, space, acknowledged, sent, answer=None, label="journal"):
    """Every acknowledged note exactly once; nothing typed appears twice; no phantom note.

    `acknowledged` and `sent` are lists of note texts; a note sent but never acknowledged may
    be there once or not at all (the process died before confirming it).
    """
    path = space.journal()
    if path is None:
        findings.fail(f"{label}: no session folder")
        return
    entries, _ = journal.read_lines(path)
    texts = journal.notes(entries)
    counts = {}
    for text in texts:
        counts[text] = counts.get(text, 0) + 1
    lost = [t for t in acknowledged if counts.get(t, 0) == 0]
    if lost:
        findings.fail(f"{label}: {len(lost)} acknowledged note(s) lost, e.g. {lost[0][:40]!r}")
    twice = [t for t, n in counts.items() if n > 1]
    if twice:
        findings.fail(f"{label}: {len(twice)} note(s) saved more than once, e.g. {twice[0][:40]!r}")
    known = set(sent)
    phantom = [t for t in counts if t not in known]
    if phantom:
        findings.fail(f"{label}: a note nobody typed as a note was saved: {phantom[0][:40]!r}")
    if answer is not None:
        answers = [e for e in entries if e.get("type") == "attribute-recorded"
                   and e.get("value") == {"text": answer}]
        if len(answers) != 1:
            findings.fail(f"{label}: the acknowledged answer is there {len(answers)} times")
    return lost


def resume_export_list(ctx, findings, space, participant, acknowledged):
    """After the failure: `resume` (piped, then /end), `export` and `sessions` succeed, and say
    nothing about what was typed; the export holds every acknowledged note."""
    status, out, err = terminal.run(
        ctx.binary, ["resume", participant, "--responses", space.responses], "/end\ny\n")
    findings.check_private("resume stderr", err)
    if status != 0:
        findings.fail(f"resume exited {status}: {err.decode('utf-8', 'replace').strip()[:200]}")
    status, out, err = terminal.run(
        ctx.binary, ["export", participant, "--responses", space.responses, "--format",
                     "markdown", "--format", "json", "--out", space.exports])
    findings.check_private("export output", out + err)
    if status != 0:
        findings.fail(f"export exited {status}: {err.decode('utf-8', 'replace').strip()[:200]}")
    else:
        exported = ""
        for name in os.listdir(space.exports):
            if name.endswith(".md"):
                with open(os.path.join(space.exports, name), encoding="utf-8") as handle:
                    exported += handle.read()
        missing = [t for t in acknowledged if t[:60] not in exported]
        if missing:
            findings.fail(f"export: {len(missing)} acknowledged note(s) missing from the Markdown")
    status, out, err = terminal.run(ctx.binary, ["sessions", "--responses", space.responses])
    findings.check_private("sessions output", out + err)
    if status != 0:
        findings.fail(f"sessions exited {status}")
    folder = space.folder()
    for path in journal.every_file(folder) if folder else []:
        name = os.path.basename(path)
        # The journal, the typed-line history and set-aside torn tails hold what was typed
        # on purpose (docs/journal-format.md); anything else is a log and must not.
        if name == "journal.jsonl" or name.startswith("history") or "recover" in name \
                or "torn" in name:
            continue
        with open(path, "rb") as handle:
            findings.check_private(f"session file {name}", handle.read())
