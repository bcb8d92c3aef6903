"""Crash anywhere: SIGKILL a writer at a seeded random moment, then check nothing was lost.

Each trial starts `rapport run` on a pseudo-terminal, answers the participant attributes,
types notes (some of them 100 KB pastes), and kills a process at a moment drawn from the
trial's own random generator: somewhere inside the handling of one note (from just after
its Enter to a little past when its confirmation usually appears), so kills land before,
during and after the journal write and its fsync; for half the 100 KB notes, the moment the
journal starts to grow (between the write and the fsync, or inside the write: the kernel
stops a large write at a page boundary on SIGKILL, which leaves a torn tail; rare, since
the copy takes microseconds; the summary counts the torn tails seen). A note is *acknowledged* once "note saved at" for it
was on screen. After the kill: every acknowledged note is in the journal exactly once,
nothing typed is there twice, `resume`, `export` and `sessions` succeed and say nothing of
what was typed.

Variants (trial i runs VARIANTS[i % 5]):
  lead          the lead's terminal, short notes, killed
  lead-big      the lead's terminal, half the notes 100 KB bracketed pastes, killed
  lead-piped    piped input (the plain reader), half the notes 100 KB, killed
  lead+support  a supporter (`rapport join`) types too; the lead is killed, the supporter
                goes on typing, then leaves
  support       both type; the supporter is killed, the lead goes on, then is stopped (SIGTERM)
"""
import os, random, time

from . import session
from .session import LEAD_WORD, SUPPORT_WORD

VARIANTS = ["lead", "lead-big", "lead-piped", "lead+support", "support"]
BIG = 100 * 1024


class Writer:
    """One terminal typing notes and counting the confirmations it saw.

    On a terminal the next note is typed once the next prompt is back, as a person would;
    typing ahead while the runner is busy is its own check (`typeahead`, defect 5).
    """

    def __init__(self, process, word, index, piped=False, wait_for_prompt=True):
        self.process, self.word, self.index, self.piped = process, word, index, piped
        self.wait_for_prompt = wait_for_prompt and not piped
        self.sent, self.acknowledged = [], []
        self.waiting = None  # (text, where the screen was when it was sent, time sent)
        self.confirmed_at = None  # where its confirmation was, until the prompt is back
        self.latencies = []

    def send(self, rng, big_share):
        number = len(self.sent) + 1
        text = f"{self.word}{self.index}n{number} " + rng.choice(
            ["felt she did not belong", "long pause", "laughs", "“curly” — dash", "ok"])
        if rng.random() < big_share:
            text += " " + "x" * (BIG - len(text) - 1)
        command = text if rng.random() < 0.7 else "/note " + text
        if self.piped:
            self.process.type(command + "\n")
        elif len(command) > 512:
            # A paste: readline takes a bracketed paste in one piece (typed, 100 KB is slow).
            self.process.type("\x1b[200~" + command + "\x1b[201~\r")
        else:
            self.process.type(command + "\r")
        self.sent.append(text)
        self.waiting = (text, len(self.process.text), time.monotonic())

    @property
    def idle(self):
        return self.waiting is None and self.confirmed_at is None

    def poll(self):
        """True when the note in flight was just confirmed."""
        screen = self.process.text
        if self.confirmed_at is not None:
            if screen.find(b"\xe2\x80\xba ", self.confirmed_at) >= 0:  # "› "
                self.confirmed_at = None
        if self.waiting is None:
            return False
        text, where, sent_at = self.waiting
        found = screen.find(b"note saved at", where)
        if found < 0:
            return False
        self.acknowledged.append(text)
        self.latencies.append(time.monotonic() - sent_at)
        self.waiting = None
        if self.wait_for_prompt:
            self.confirmed_at = found
            self.poll()
        return True

    def expected_latency(self):
        if not self.latencies:
            return 0.05
        ordered = sorted(self.latencies)
        return ordered[len(ordered) // 2] * 1.5 + 0.002

    def finish(self):
        """After a kill: a confirmation already on screen still counts."""
        self.process.drain(quiet=0.05, limit=1.0)
        self.poll()


def journal_size(path):
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def kill_when_growing(victim, path, size, deadline):
    while time.monotonic() < deadline:
        if journal_size(path) != size:
            victim.process.kill()
            return
        victim.process.pump(0)
    victim.process.kill()


def type_until_kill(rng, writers, victim, notes_before, big_share, deadline, journal_file):
    """Types notes from `writers` in random order; kills `victim` inside note `notes_before`+1."""
    kill_at = None
    while time.monotonic() < deadline:
        for writer in writers:
            writer.process.pump(0)
            writer.poll()
        if kill_at is not None and time.monotonic() >= kill_at:
            victim.process.kill()
            return True
        idle = [w for w in writers if w.idle]
        if kill_at is None and idle:
            writer = rng.choice(idle)
            if writer is victim and len(victim.sent) >= notes_before:
                size = journal_size(journal_file)
                writer.send(rng, big_share)
                if len(writer.sent[-1]) >= BIG and rng.random() < 0.5:
                    # Inside the write itself: watch the journal grow and kill the moment
                    # it does (the kernel copies a large write page by page).
                    kill_when_growing(victim, journal_file, size, time.monotonic() + 10)
                    return True
                # Somewhere from the Enter to a little past the usual confirmation.
                kill_at = time.monotonic() + rng.uniform(0, writer.expected_latency())
            elif writer is not victim or len(victim.sent) < notes_before:
                writer.send(rng, big_share)
        victim.process.pump(0.001)
    raise session.terminal.TimedOut("no kill within the trial's time")


def trial(ctx, index, seed):
    """One seeded trial; returns a dict of counts and the problems found."""
    rng = random.Random(f"{seed}:{index}")
    variant = VARIANTS[index % len(VARIANTS)]
    space = session.Workspace(ctx.work, f"crash{index}")
    findings = session.Findings()
    participant = f"P{index % 1000:03d}"
    piped = variant == "lead-piped"
    big_share = 0.5 if variant in ("lead-big", "lead-piped") else 0.05
    processes, torn, lost = [], False, []
    lead_writer = support_writer = None
    try:
        lead, answer = session.start_lead(ctx, space, participant, index, piped=piped)
        processes.append(lead)
        lead_writer = Writer(lead, LEAD_WORD, index, piped=piped)
        writers = [lead_writer]
        if variant in ("lead+support", "support"):
            supporter = session.join(ctx, space, participant)
            processes.append(supporter)
            support_writer = Writer(supporter, SUPPORT_WORD, index)
            writers.append(support_writer)
        victim = support_writer if variant == "support" else lead_writer
        notes_before = rng.randrange(0, 8)
        type_until_kill(rng, writers, victim, notes_before, big_share,
                        time.monotonic() + 60, space.journal())
        for writer in writers:
            writer.finish()
        torn = torn_tail(space)
        survivor = next((w for w in writers if w is not victim), None)
        if survivor is not None:
            # The other terminal goes on: its notes after the kill count as much as before.
            for _ in range(rng.randrange(0, 4)):
                survivor.send(rng, 0)
                wait_ack(survivor)
            if variant == "lead+support":
                survivor.process.type("/q\r")
                status = survivor.process.wait(timeout=20)
                if status != 0:
                    findings.fail(f"the supporter's terminal exited {status} on /q")
            else:
                survivor.process.process.terminate()
                survivor.process.wait(timeout=20)
        for process in processes:
            findings.check_private(f"{variant} stderr", process.stderr)
        sent = lead_writer.sent + (support_writer.sent if support_writer else [])
        acknowledged = lead_writer.acknowledged + (
            support_writer.acknowledged if support_writer else [])
        lost = session.check_journal(
            findings, space, acknowledged, sent, answer, "after the kill") or []
        session.resume_export_list(ctx, findings, space, participant, acknowledged)
        lost += session.check_journal(
            findings, space, acknowledged, sent, answer, "after resume") or []
    except session.terminal.TimedOut as error:
        findings.fail(f"stuck: {error}")
    except OSError as error:
        findings.fail(f"harness error (not a finding until rerun): {error!r}")
    finally:
        for process in processes:
            process.close()
    result = {
        "variant": variant, "index": index, "torn": torn, "problems": findings.problems,
        "leaks": findings.leaks,
        "acknowledged": len(lead_writer.acknowledged if lead_writer else []) + len(
            support_writer.acknowledged if support_writer else []),
        "lost": len(set(lost)), "workspace": space.path,
    }
    if findings.problems or findings.leaks:
        result["kept"] = space.path  # left for a look; rerun with --seed and --only
    else:
        space.remove()
    return result


def wait_ack(writer, timeout=20.0):
    deadline = time.monotonic() + timeout
    writer.poll()
    while not writer.idle:
        writer.poll()
        if time.monotonic() > deadline:
            raise session.terminal.TimedOut(f"{writer.word}: no confirmation")
        writer.process.pump(0.01)


def torn_tail(space):
    """Whether the kill left bytes after the journal's last newline (a write in flight)."""
    path = space.journal()
    if path is None:
        return False
    with open(path, "rb") as handle:
        data = handle.read()
    return bool(data) and not data.endswith(b"\n")


def typeahead_trial(ctx, index, seed):
    """Keys typed while the runner is busy (defect 5): three notes typed without waiting for
    the prompt, the second a 100 KB paste; each must be saved once, exactly as typed."""
    rng = random.Random(f"typeahead:{seed}:{index}")
    space = session.Workspace(ctx.work, f"typeahead{index}")
    findings = session.Findings()
    participant = f"P{index % 1000:03d}"
    texts = [f"{LEAD_WORD}{index}n1 first", f"{LEAD_WORD}{index}n2 pasted " + "p" * (BIG - 30),
             f"{LEAD_WORD}{index}n3 last"]
    lead = None
    try:
        lead, answer = session.start_lead(ctx, space, participant, index)
        before = len(lead.text)
        lead.type(texts[0] + "\r")
        time.sleep(rng.uniform(0, 0.004))  # 0-4 ms after Enter, as a fast typist
        lead.type("\x1b[200~" + texts[1] + "\x1b[201~\r" + texts[2] + "\r")
        deadline = time.monotonic() + 30
        while lead.text.count(b"note saved at", before) < 3 and time.monotonic() < deadline:
            lead.pump(0.02)
        lead.kill()
        findings.check_private("typeahead stderr", lead.stderr)
        entries, _ = session.journal.read_lines(space.journal())
        saved = session.journal.notes(entries)
        if saved != texts:
            changed = [n for n, t in enumerate(texts, 1) if t not in saved]
            findings.fail(f"typed ahead: note(s) {changed} not saved as typed "
                          f"(saved lengths {[len(t) for t in saved]})")
    except session.terminal.TimedOut as error:
        findings.fail(f"stuck: {error}")
    finally:
        if lead is not None:
            lead.close()
    result = {"kind": "typeahead", "index": index, "problems": findings.problems,
              "leaks": findings.leaks, "acknowledged": 3, "lost": 0}
    if findings.problems or findings.leaks:
        result["kept"] = space.path
    else:
        space.remove()
    return result
