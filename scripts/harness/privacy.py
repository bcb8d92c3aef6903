"""Privacy: what the program says when a journal is damaged never quotes what was typed.

Each case is a real session (notes and an answer holding marker words) whose journal is
then damaged the way disks, crashes and hand edits damage it, with the marker words inside
the damaged bytes too. `resume` (piped), `export`, `sessions` and `join` (piped) each run on
it; their error output and listings must hold no marker word, and none may crash (a signal,
or a Swift trap's stack trace). The crash, race and full-disk trials run the same privacy
check on everything they see; this adds the damaged-journal error paths.
"""
import json, os

from . import session, terminal
from .session import LEAD_WORD

CASES = ["torn-tail", "damaged-middle", "damaged-last-whole", "newer-format",
         "edited-snapshot", "missing-start", "empty", "not-json-start"]


def damage(kind, data, index):
    lines = data.split(b"\n")[:-1]
    marker = f"{LEAD_WORD}{index} damaged secret".encode()
    bad = b'{"type":"noted","text":"' + marker + b'",'
    if kind == "torn-tail":
        return data + bad
    if kind == "damaged-middle":
        return b"\n".join(lines[:3] + [bad] + lines[3:]) + b"\n"
    if kind == "damaged-last-whole":
        return data + bad + b"\n"
    start = json.loads(lines[0])
    rest = b"\n".join(lines[1:]) + b"\n"
    if kind == "newer-format":
        start["journal-format"] = 99
    elif kind == "edited-snapshot":
        start["protocol-text"] = start["protocol-text"] + f"\n# {marker.decode()}\n"
    elif kind == "missing-start":
        return rest
    elif kind == "empty":
        return b""
    elif kind == "not-json-start":
        return marker + b"\n" + rest
    return json.dumps(start, ensure_ascii=False, sort_keys=True).encode() + b"\n" + rest


def trial(ctx, index, seed):
    kind = CASES[index % len(CASES)]
    space = session.Workspace(ctx.work, f"privacy{index}")
    findings = session.Findings()
    participant = f"P{index % 1000:03d}"
    try:
        lead, _ = session.start_lead(ctx, space, participant, index, piped=True)
        for number in (1, 2, 3):
            lead.type(f"{LEAD_WORD}{index}n{number} she said something painful\n")
            lead.wait_for("note saved at")
        lead.end_input()
        lead.wait(timeout=20)
        lead.close()
        path = space.journal()
        with open(path, "rb") as handle:
            data = handle.read()
        with open(path, "wb") as handle:
            handle.write(damage(kind, data, index))
        folder = os.path.basename(space.folder())
        commands = [
            ("resume", ["resume", folder, "--responses", space.responses], "/end\ny\n"),
            ("export", ["export", folder, "--responses", space.responses, "--format", "all",
                        "--out", space.exports], ""),
            ("sessions", ["sessions", "--responses", space.responses], ""),
            ("join", ["join", folder, "--responses", space.responses], "/q\n"),
        ]
        for name, args, typed in commands:
            status, out, err = terminal.run(ctx.binary, args, typed, timeout=60)
            findings.check_private(f"{kind}: {name} stderr", err)
            if name in ("export", "sessions"):
                findings.check_private(f"{kind}: {name} output", out)
            if status < 0 or status >= 128 or b"Fatal error" in err or b"Backtrace" in err:
                findings.fail(f"{kind}: {name} crashed (status {status})")
    except terminal.TimedOut as error:
        findings.fail(f"{kind}: stuck: {error}")
    except OSError as error:
        findings.fail(f"harness error (not a finding until rerun): {error!r}")
    result = {"kind": kind, "index": index, "problems": findings.problems,
              "leaks": findings.leaks, "acknowledged": 3, "lost": 0}
    if findings.problems or findings.leaks:
        result["kept"] = space.path
    else:
        space.remove()
    return result
