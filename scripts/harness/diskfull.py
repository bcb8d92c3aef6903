"""A full disk: `ulimit -f` (EFBIG, or SIGXFSZ as a shell leaves it) and a real tiny file
system (a tmpfs of a few pages: ENOSPC), under a live `rapport run` with piped notes.

What the issue demands (defect 2, and 10 for the start): the interview goes on. The process
does not exit while notes are still coming; every note confirmed before the disk filled is
still there byte for byte (nothing earlier is damaged); nothing typed is in an error message;
`resume` on a disk that is still full leaves no empty file behind; once there is room again,
`resume`, `export` and `sessions` work. A start on a full disk leaves no session stub.

  ulimit-f     RLIMIT_FSIZE a little past the first line; SIGXFSZ at its default, as `ulimit -f`
               in a shell leaves it (the program must ignore it and handle EFBIG)
  tmpfs-full   the responses folder on a tmpfs that fills up after a few notes
  tmpfs-start  `rapport run` on a tmpfs that is already full
The tmpfs kinds need root (mount); without it they are skipped and say so.
"""
import os, random, resource, subprocess, tempfile, time

from . import journal, session, terminal
from .session import LEAD_WORD

KINDS = ["ulimit-f", "tmpfs-full", "tmpfs-start"]


class TinyFS:
    """A tmpfs of `size` bytes mounted on a fresh folder; unmounted on `close`."""

    def __init__(self, root, size):
        self.path = tempfile.mkdtemp(prefix="tinyfs-", dir=root)
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", self.path],
            capture_output=True, text=True)
        self.mounted = result.returncode == 0
        self.reason = result.stderr.strip() or f"mount exited {result.returncode}"

    def grow(self, size):
        subprocess.run(["mount", "-o", f"remount,size={size}", self.path], check=False)

    def fill(self):
        """Writes a filler file until the file system has no byte left."""
        try:
            with open(os.path.join(self.path, "filler"), "ab") as handle:
                while True:
                    handle.write(b"\0" * 4096)
                    handle.flush()
        except OSError:
            pass

    def close(self):
        if self.mounted:
            subprocess.run(["umount", "-l", self.path], check=False)
        try:
            os.rmdir(self.path)
        except OSError:
            pass


def mount_available(root):
    probe = TinyFS(root, 65536)
    probe.close()
    return probe.mounted, probe.reason


def file_limit(limit):
    """A preexec hook: `ulimit -f` for the child only (SIGXFSZ left at its default)."""
    def apply():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def send_and_settle(process, text, quiet=0.3, limit=5.0):
    """Types one note and waits until it is confirmed, or the program has answered and gone
    quiet, or has exited; returns True when "note saved at" came back for it."""
    before = len(process.text)
    process.type(text + "\n")
    deadline = time.monotonic() + limit
    last, calm = len(process.text), None
    while time.monotonic() < deadline:
        process.pump(0.02)
        if process.text.find(b"note saved at", before) >= 0:
            return True
        if process.process.poll() is not None:
            process.drain(quiet=0.05, limit=0.5)
            return process.text.find(b"note saved at", before) >= 0
        if len(process.text) != last:
            last, calm = len(process.text), time.monotonic() + quiet
        elif calm is not None and time.monotonic() > calm:
            return False
    return False


def type_through_full_disk(ctx, findings, space, participant, index, rng, preexec=None):
    """Notes until the disk is full and past it; returns (acknowledged, sent)."""
    lead, answer = session.start_lead(ctx, space, participant, index, piped=True,
                                      preexec=preexec)
    acknowledged, sent, snapshot, failed_at = [], [], b"", None
    try:
        # Until the disk fills (however much room the trial's disk had), then a few past it.
        past = rng.randrange(2, 6)
        for number in range(1, 80):
            if failed_at is not None and number > failed_at + past:
                break
            text = f"{LEAD_WORD}{index}n{number} " + "z" * rng.randrange(200, 3000)
            sent.append(text)
            if send_and_settle(lead, text):
                acknowledged.append(text)
                if failed_at is None:
                    with open(space.journal(), "rb") as handle:
                        snapshot = handle.read()
            elif failed_at is None:
                failed_at = number
            if lead.process.poll() is not None:
                findings.fail(
                    f"the runner exited (status {lead.process.returncode}) after note {number} "
                    f"of {len(sent)} typed, while notes were still coming")
                break
        if failed_at is None:
            findings.fail("the disk never filled: the trial did not test anything")
        lead.end_input()
        lead.wait(timeout=20)
    except terminal.TimedOut as error:
        findings.fail(f"stuck: {error}")
    except OSError as error:
        findings.fail(f"harness error (not a finding until rerun): {error!r}")
    finally:
        findings.check_private("runner stderr on a full disk", lead.stderr)
        lead.close()
    path = space.journal()
    if path:
        with open(path, "rb") as handle:
            data = handle.read()
        if not data.startswith(snapshot):
            findings.fail("a byte written before the disk filled was changed")
    session.check_journal(findings, space, acknowledged, sent, answer, "full disk")
    return acknowledged, sent


def trial(ctx, index, seed):
    rng = random.Random(f"disk:{seed}:{index}")
    kind = KINDS[index % len(KINDS)]
    space = session.Workspace(ctx.work, f"disk{index}")
    findings = session.Findings()
    participant = f"P{index % 1000:03d}"
    acknowledged, skipped, tiny = [], None, None
    try:
        if kind == "ulimit-f":
            # The first lines hold the whole protocol and the answers (about 9 KB): room for
            # them, and a few notes.
            limit = 9300 + rng.randrange(2000, 12000)
            os.makedirs(space.responses, mode=0o700)
            acknowledged, _ = type_through_full_disk(
                ctx, findings, space, participant, index, rng, preexec=file_limit(limit))
            session.resume_export_list(ctx, findings, space, participant, acknowledged)
        elif kind == "tmpfs-full":
            tiny = TinyFS(ctx.work, 8192 * 3)
            if not tiny.mounted:
                skipped = f"cannot mount a tmpfs ({tiny.reason})"
            else:
                space.responses = os.path.join(tiny.path, "Responses")
                acknowledged, _ = type_through_full_disk(
                    ctx, findings, space, participant, index, rng)
                tiny.fill()
                before = {p: os.path.getsize(p) for p in journal.every_file(tiny.path)}
                status, _, err = terminal.run(
                    ctx.binary, ["resume", participant, "--responses", space.responses],
                    "/end\ny\n")
                findings.check_private("resume stderr on a full disk", err)
                for path in journal.every_file(tiny.path):
                    if path not in before and os.path.getsize(path) == 0:
                        findings.fail(f"resume on a full disk left an empty file "
                                      f"'{os.path.basename(path)}'")
                if os.path.exists(os.path.join(tiny.path, "filler")):
                    os.remove(os.path.join(tiny.path, "filler"))
                tiny.grow(4 * 1024 * 1024)
                session.resume_export_list(ctx, findings, space, participant, acknowledged)
        else:
            tiny = TinyFS(ctx.work, 8192 * 3)
            if not tiny.mounted:
                skipped = f"cannot mount a tmpfs ({tiny.reason})"
            else:
                space.responses = os.path.join(tiny.path, "Responses")
                os.makedirs(space.responses, mode=0o700)
                tiny.fill()
                status, out, err = terminal.run(
                    ctx.binary, ["run", ctx.protocol, "--participant", participant,
                                 "--responses", space.responses],
                    f"{LEAD_WORD}{index} typed on a full disk\n")
                findings.check_private("run stderr on a full disk", out + err)
                if status == 0:
                    findings.fail("a start on a full disk exited 0")
                for folder in journal.session_folders(space.responses):
                    entries, _ = journal.read_lines(journal.journal_path(folder))
                    if not entries or entries[0].get("type") != "session-started":
                        findings.fail("a failed start left a session folder without a valid "
                                      "first line (a stub)")
                status, out, err = terminal.run(
                    ctx.binary, ["sessions", "--responses", space.responses])
                if b"?" in out:
                    findings.fail("'sessions' lists a stub of the failed start")
    except terminal.TimedOut as error:
        findings.fail(f"stuck: {error}")
    except OSError as error:
        findings.fail(f"harness error (not a finding until rerun): {error!r}")
    finally:
        if tiny is not None:
            tiny.close()
    result = {
        "kind": kind, "index": index, "problems": findings.problems, "leaks": findings.leaks,
        "acknowledged": len(acknowledged), "skipped": skipped,
        "lost": sum("lost" in p for p in findings.problems),
    }
    if findings.problems or findings.leaks:
        result["kept"] = space.path
    else:
        space.remove()
    return result
