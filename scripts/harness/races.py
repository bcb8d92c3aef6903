"""Recovery races: a torn tail is set aside while the other writer appends.

A journal whose last line was torn (its writer died mid-write) is recovered by the process
that takes the driver lock: `rapport resume`, or `/takeover` in `rapport join`. Meanwhile
the other interviewer's terminal keeps appending notes, each shown to them as saved. The
trial starts the recovering process and the other writer's notes at seeded random offsets
(every few milliseconds), so recovery's read, its set-aside and the appends interleave
differently each time. Zero acknowledged notes may be lost (defect 1 until it is fixed).

  resume    `rapport resume` recovers; the supporter (`rapport join`, piped) appends
  takeover  the supporter's `/takeover` recovers; the lead, re-attached with
            `rapport join --as lead` (piped), appends
"""
import os, random, time

from . import session, terminal
from .session import LEAD_WORD, SUPPORT_WORD

KINDS = ["resume", "takeover"]
TORN = b'{"at":"2026-01-01T00:00:00.000Z","clock":1.5,"role":"lead","seq":90,"type":"noted","te'


def paused_session_with_torn_tail(ctx, space, participant, index, findings):
    """A session whose lead typed two notes and then died mid-write (no driver left)."""
    lead, answer = session.start_lead(ctx, space, participant, index, piped=True)
    notes = [f"{LEAD_WORD}{index}n{n} before the crash" for n in (1, 2)]
    for note in notes:
        lead.type(note + "\n")
        lead.wait_for("note saved at")
    lead.kill()
    findings.check_private("lead stderr", lead.stderr)
    lead.close()
    with open(space.journal(), "ab") as handle:
        handle.write(TORN)
    return notes, answer


class PipedWriter:
    """A `rapport join` with piped input: its k-th confirmation is its k-th note."""

    def __init__(self, process, word, index):
        self.process, self.word, self.index = process, word, index
        self.sent = []

    def send(self):
        text = f"{self.word}{self.index}n{len(self.sent) + 1} typed during recovery"
        self.sent.append(text)
        self.process.type(text + "\n")

    @property
    def acknowledged(self):
        return self.sent[:self.process.count("note saved at")]


def trial(ctx, index, seed):
    rng = random.Random(f"race:{seed}:{index}")
    kind = KINDS[index % len(KINDS)]
    space = session.Workspace(ctx.work, f"race{index}")
    findings = session.Findings()
    participant = f"P{index % 1000:03d}"
    processes = []
    appended = None
    try:
        before, answer = paused_session_with_torn_tail(ctx, space, participant, index, findings)
        role, word = ("support", SUPPORT_WORD) if kind == "resume" else ("lead", LEAD_WORD)
        other = session.join(ctx, space, participant, role=role, piped=True)
        processes.append(other)
        other.wait_for("No terminal is driving")
        appended = PipedWriter(other, word, index)
        count = rng.randrange(10, 40)
        # The first note lands around when recovery usually happens (learnt from the trials
        # so far), the rest every 1-10 ms: recovery's read, set-aside and truncation fall
        # between different appends each time.
        first = rng.uniform(0.3, 1.3) * ctx.recovery_time.get(kind, 0.15)
        gaps = [rng.uniform(0.001, 0.01) for _ in range(count)]
        began = time.monotonic()
        if kind == "resume":
            recovering = terminal.Process(
                ctx.binary, ["resume", participant, "--responses", space.responses], piped=True)
        else:
            recovering = session.join(ctx, space, participant)
            recovering.type("/takeover\r")
            recovering.wait_for("confirm")
            began = time.monotonic()
            recovering.type("y\r")
        processes.append(recovering)
        due = began + first
        recovered_at = None
        while len(appended.sent) < count or (recovered_at is None and
                                             time.monotonic() < began + 1):
            now = time.monotonic()
            if recovered_at is None and any(
                    n.startswith("recovered") for n in os.listdir(space.folder())):
                recovered_at = now - began
            if len(appended.sent) >= count:
                time.sleep(0.001)
                continue
            if now >= due:
                appended.send()
                due = now + gaps[len(appended.sent) - 1]
            for process in processes:
                process.pump(0)
            time.sleep(0.0005)
        deadline = time.monotonic() + 20
        while other.count("note saved at") < count and time.monotonic() < deadline \
                and other.process.poll() is None:
            other.pump(0.02)
        # Both stop: the appending terminal leaves, the recovering one is told to stop.
        other.end_input()
        other.wait(timeout=20)
        if kind == "resume":
            recovering.end_input()
        else:
            recovering.process.terminate()
        recovering.wait(timeout=20)
        if recovered_at is not None:
            known = ctx.recovery_time.get(kind)
            ctx.recovery_time[kind] = recovered_at if known is None else \
                0.8 * known + 0.2 * recovered_at
        for process in processes:
            findings.check_private(f"{kind} stderr", process.stderr)
        acknowledged = before + appended.acknowledged
        lost = session.check_journal(
            findings, space, acknowledged, before + appended.sent, answer, kind) or []
        session.resume_export_list(ctx, findings, space, participant, acknowledged)
    except terminal.TimedOut as error:
        findings.fail(f"stuck: {error}")
        lost = []
    except OSError as error:
        findings.fail(f"harness error (not a finding until rerun): {error!r}")
        lost = []
    finally:
        for process in processes:
            process.close()
    result = {
        "kind": kind, "index": index, "problems": findings.problems, "leaks": findings.leaks,
        "acknowledged": len(appended.acknowledged) + 2 if appended else 0,
        "lost_notes": len(lost), "workspace": space.path,
        "first_note": round(first, 3) if appended else None,
        "recovered_at": round(recovered_at, 3) if appended and recovered_at else None,
    }
    if findings.problems or findings.leaks:
        result["kept"] = space.path
    else:
        space.remove()
    return result
