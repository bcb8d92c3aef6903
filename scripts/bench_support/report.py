"""Keeps scripts/bench's rows and writes docs/performance.md: the table, the machine, the commands."""
import os
import platform
import shlex
import statistics
import subprocess

from . import measure

# The formats `--format all` wrote before issue 10 (see scripts/bench).
BASELINE_FORMATS = ["markdown", "text", "docx", "vtt", "srt", "csv", "descriptors", "json", "eaf",
                    "qdpx"]

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def seconds(value):
    if value is None:
        return "—"
    if value < 0.001:
        return f"{value * 1e6:.0f} µs"
    if value < 1:
        return f"{value * 1000:.3g} ms" if value < 0.01 else f"{value * 1000:.0f} ms"
    return f"{value:.3g} s"


def size(value):
    if value < 1e5:
        return f"{value / 1e3:.3g} kB"
    return f"{value / 1e6:.3g} MB" if value < 1e8 else f"{value / 1e6:.0f} MB"


def millions(value):
    return "—" if value is None else f"{value / 1e6:,.1f} M"


def ratio(ours, theirs):
    if not ours or not theirs:
        return "—"
    value = ours / theirs
    return f"{value:.2f}×" if value < 10 else f"{value:.0f}×" if value >= 100 else f"{value:.1f}×"


def memory_over(peak, base):
    """'117 MB (98.6 MB over the process's own 18.7 MB)': the peak, and what the file added."""
    if not base or peak <= base:
        return size(peak)
    return f"{size(peak)} ({size(peak - base)} over lint's own {size(base)})"


def memory_ratio(peak, base, file_bytes):
    """What the file added to the peak, over its size; the whole peak over it in brackets.

    A process needs its code and libraries whatever it reads (lint of a few-line protocol
    peaks at ~19 MB), so only what grows with the file can be a multiple of it.
    """
    whole = ratio(peak, file_bytes)
    if not base or peak <= base:
        return whole
    return f"{ratio(peak - base, file_bytes)} ({whole} whole)"


def timed(got):
    """'1.07 s (cpu 1.02 s)': median wall time of the runs, median CPU (user + system)."""
    return f"{seconds(got.wall)} (cpu {seconds(got.cpu)})"


def first_line(command):
    return subprocess.run(command, capture_output=True, text=True).stdout.strip().splitlines()[0]


class Report:
    """The rows, in the order measured, and the exact commands that measured them."""

    def __init__(self, work, binary):
        self.work, self.binary = work, binary
        self.rows, self.commands, self.failures, self.peer_builds = [], [], [], []

    def _short(self, text):
        text = text.replace(self.work, "$WORK").replace(self.binary, "rapport")
        return text.replace(ROOT + "/", "")

    def command(self, argv, stdin=None):
        line = self._short(" ".join(shlex.quote(a) for a in argv))
        line += f"  < {stdin}" if stdin else ""
        if line not in self.commands:
            self.commands.append(line)

    def peer_commands(self, lines):
        self.peer_builds = self.peer_builds + lines

    def peer_builds_extra(self, lines):
        """How the baseline was built, listed with the peers' builds."""
        self.peer_builds = self.peer_builds + lines

    def failure(self, text):
        self.failures.append(self._short(text))

    def check(self, got, what, codes):
        if any(code not in codes for code in got.codes):
            raise measure.CommandFailed(f"{what} exited {got.codes}")

    def started(self, when, build, quick):
        self.when, self.build, self.quick = when, build, quick
        self.load_before = measure.loadavg()

    def add(self, work, size_, ours, peer, ratio_, target, load, runs=""):
        self.rows.append([work, size_, ours, peer, ratio_, target, str(runs), load])

    # --- one method per kind of row --------------------------------------------------------

    def row(self, work, size_, got, peer, peer_name, target, load):
        self.add(work, size_, timed(got), f"{peer_name}: {timed(peer)}",
                 ratio(got.cpu, peer.cpu), target, load, f"{got.runs} / {peer.runs}")

    def live(self, total, window, first, last, gaps, load):
        head, tail = gaps[:window], gaps[-window:]
        self.add("CPU per note, live runner (`rapport run` piped)",
                 f"first {window:,} of {total:,} notes", f"{first * 1000:.3f} ms cpu/note",
                 f"(journal gaps p50 {statistics.median(head):.2f} ms)", "—", "—", load, 1)
        self.add("CPU per note, live runner (`rapport run` piped)",
                 f"last {window:,} of {total:,} notes", f"{last * 1000:.3f} ms cpu/note",
                 f"first {window:,}: {first * 1000:.3f} ms (journal gaps p50 "
                 f"{statistics.median(tail):.2f} ms)", ratio(last, first),
                 "constant per event (ratio ≈ 1)", load, 1)

    def lint(self, steps, file_bytes, got, peer, base_peak, load):
        peer_text = f"pyxform, same form: {timed(peer)}" if peer else "pyxform: not installed"
        self.add("`rapport lint`", f"{steps:,} steps ({size(file_bytes)})", timed(got), peer_text,
                 ratio(got.cpu, peer.cpu if peer else None),
                 "≤ 0.05× (≥ 20× faster than pyxform)", load,
                 f"{got.runs} / {peer.runs if peer else 0}")
        extra = f" (pyxform peak {size(peer.peak_bytes)})" if peer else ""
        self.add("peak memory of `rapport lint`", f"{steps:,} steps",
                 memory_over(got.peak_bytes, base_peak),
                 f"file size {size(file_bytes)}{extra}",
                 memory_ratio(got.peak_bytes, base_peak, file_bytes),
                 "≤ 5× the file size", load, got.runs)

    def huge(self, steps, file_bytes, got, message, peer, base_peak, load):
        code = got.codes[0]
        ours = (f"exit {code} in {seconds(got.wall)}, peak {size(got.peak_bytes)}: “{message}”"
                if code != 0 else f"{timed(got)}, {memory_over(got.peak_bytes, base_peak)}")
        theirs = (f"pyxform: {timed(peer)}, peak {size(peer.peak_bytes)}" if peer
                  else "pyxform: not installed")
        self.add("`rapport lint`", f"{steps:,} steps ({size(file_bytes)})", ours, theirs,
                 ratio(got.cpu, peer.cpu if peer else None) if code == 0 else "—",
                 "≤ 1.5 s, ≤ 300 MB, accepted", load, f"{got.runs} / {peer.runs if peer else 0}")
        if code == 0:
            self.add("peak memory of `rapport lint`", f"{steps:,} steps",
                     memory_over(got.peak_bytes, base_peak), f"file size {size(file_bytes)}",
                     memory_ratio(got.peak_bytes, base_peak, file_bytes), "≤ 5× the file size",
                     load, got.runs)

    def instructions(self, work, size_, ours, floor, floor_name, target, load):
        peer = f"{floor_name}: {millions(floor)}" if floor is not None else floor_name
        self.add(work, size_, millions(ours), peer,
                 ratio(ours, floor), target, load, 1)

    def startup(self, version, swift, c_hello, first, swift_pty, counts, load):
        self.add("`rapport --version`, to exit", "—",
                 f"{timed(version)}; {millions(counts['version'])} instr.",
                 f"Swift hello: {timed(swift)}; {millions(counts['swift'])} instr. · C hello: "
                 f"{timed(c_hello)}; {millions(counts['c'])} instr.",
                 f"{ratio(version.wall, swift.wall)} time, "
                 f"{ratio(counts['version'], counts['swift'])} instr. (vs Swift hello)",
                 "—", load, f"{version.runs} / {swift.runs}")
        first_m, swift_m = statistics.median(first), statistics.median(swift_pty)
        self.add("first prompt of `rapport run` (pseudo-terminal)", "shipped interview",
                 f"{seconds(first_m)}; {millions(counts.get('first'))} instr.",
                 f"Swift hello on a pseudo-terminal, to its output: {seconds(swift_m)}",
                 f"{ratio(first_m, swift_m)} time, {ratio(counts.get('first'), counts['swift'])}"
                 " instr.", "≤ 3× Swift hello", load, f"{len(first)} / {len(swift_pty)}")

    def append(self, events, rounds, gaps, floor, calls, load):
        ours_p50, ours_p99 = measure.percentile(gaps, 50), measure.percentile(gaps, 99)
        floor_p50, floor_p99 = measure.percentile(floor, 50), measure.percentile(floor, 99)
        self.add("per note in the runner: read, append+fsync, fold, print (journal gaps)",
                 f"{events:,} notes × {rounds}", f"p50 {ours_p50:.2f} ms, p99 {ours_p99:.2f} ms",
                 f"C write+fsync loop, same filesystem, taking turns: p50 {floor_p50:.2f} ms, "
                 f"p99 {floor_p99:.2f} ms", f"p50 {ratio(ours_p50, floor_p50)}, "
                 f"p99 {ratio(ours_p99, floor_p99)}", "p99 ≤ 1.5× floor, under load too", load,
                 f"{rounds} / {rounds + 1}")
        if calls is not None:
            total = sum(calls.values())
            top = sorted(((v, k) for k, v in calls.items() if v >= 0.05), reverse=True)
            detail = ", ".join(f"{k} {v:.1f}" for v, k in top)
            self.add("system calls per note, runner (strace -c -f, difference of two runs)",
                     "per note", f"{total:.1f} ({detail})", "C loop: 2 (write, fsync)",
                     ratio(total, 2), "≤ 5 per note", load, 1)

    def export(self, sessions, got, before, same, baseline, load):
        rate = sessions / got.wall if got.wall else 0
        target = "memory flat in sessions; ≥ 2× sessions/s (cpu ratio ≤ 0.5×)"
        if before is None:
            self.add("`rapport export --all --format all`", f"{sessions:,} sessions",
                     f"{timed(got)}, peak {size(got.peak_bytes)}, {rate:.0f} sessions/s", "—",
                     "—", target, load, got.runs)
            return
        old_rate = sessions / before.wall if before.wall else 0
        peer = (f"{baseline.name} (before issue 10), `--format all` ({len(BASELINE_FORMATS)} "
                f"formats): {timed(before)}, peak {size(before.peak_bytes)}, "
                f"{old_rate:.0f} sessions/s")
        self.add("`rapport export --all --format all`", f"{sessions:,} sessions",
                 f"{timed(got)}, peak {size(got.peak_bytes)}, {rate:.0f} sessions/s", peer,
                 ratio(got.cpu, before.cpu), target, load, f"{got.runs} / {before.runs}")
        same_rate = sessions / same.wall if same.wall else 0
        self.add(f"`rapport export --all`, the {len(BASELINE_FORMATS)} formats `all` had before",
                 f"{sessions:,} sessions",
                 f"{timed(same)}, peak {size(same.peak_bytes)}, {same_rate:.0f} sessions/s",
                 peer, ratio(same.cpu, before.cpu), target, load,
                 f"{same.runs} / {before.runs}")

    def export_in_memory(self, sessions, ours, theirs, baseline, folder, load):
        rate = sessions / ours.wall if ours.wall else 0
        old_rate = sessions / theirs.wall if theirs.wall else 0
        self.add(f"`rapport export --all`, the {len(BASELINE_FORMATS)} formats, output in "
                 f"memory ({folder}: the disk's file creation left out)", f"{sessions:,} sessions",
                 f"{timed(ours)}, peak {size(ours.peak_bytes)}, {rate:.0f} sessions/s",
                 f"{baseline.name} (before issue 10), same output folder: {timed(theirs)}, "
                 f"{old_rate:.0f} sessions/s", ratio(ours.cpu, theirs.cpu),
                 "≥ 2× sessions/s (cpu ratio ≤ 0.5×)", load, f"{ours.runs} / {theirs.runs}")

    def export_instructions(self, sessions, ours, theirs, baseline, load):
        self.add(f"`rapport export --all`, the {len(BASELINE_FORMATS)} formats, instructions "
                 "(callgrind Ir)", f"{sessions:,} sessions", millions(ours),
                 f"{baseline.name} (before issue 10): {millions(theirs)}", ratio(ours, theirs),
                 "≥ 2× sessions/s (≤ 0.5×)", load, 1)

    # --- the document -----------------------------------------------------------------------

    def machine(self):
        model = "unknown"
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo", encoding="ascii") as handle:
            memory = int(handle.readline().split()[1]) * 1024
        filesystem = subprocess.run(["stat", "-f", "-c", "%T", self.work], capture_output=True,
                                    text=True).stdout.strip()
        commit = subprocess.run(["git", "log", "-1", "--format=%h", "--", "Sources",
                                 "Package.swift"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "Sources", "Package.swift"],
                               cwd=ROOT, capture_output=True, text=True).stdout.strip()
        facts = [("cores (nproc)", str(os.cpu_count())), ("CPU", model),
                 ("memory", f"{memory / 2**30:.0f} GiB"),
                 ("kernel", platform.release()),
                 ("Swift", first_line(["swift", "--version"])),
                 ("C compiler", first_line(["cc", "--version"])),
                 ("valgrind", first_line(["valgrind", "--version"])),
                 ("temp folder's filesystem", filesystem),
                 ("code measured (last commit of Sources/)", commit + (" with uncommitted changes" if dirty else ""))]
        pyxform = os.path.join(ROOT, ".venv-bench", "bin", "pip")
        if os.access(pyxform, os.X_OK):
            shown = subprocess.run([pyxform, "show", "pyxform"], capture_output=True,
                                   text=True).stdout
            version = next((l.split()[1] for l in shown.splitlines() if l.startswith("Version")),
                           "?")
            facts.append(("pyxform", version + " (.venv-bench)"))
        return facts

    def write(self, path, finished):
        load_after = measure.loadavg()
        mode = ("`scripts/bench --quick`: the smoke run, tiny sizes, one run each"
                if self.quick else "`scripts/bench`, the full run")
        lines = [
            "# Performance", "",
            "Written by " + mode + "; rerun it to measure the code as it is now.",
            f"Measured {self.when:%Y-%m-%d %H:%M} to {finished:%H:%M} UTC. Load average "
            f"(1, 5, 15 min) before: {self.load_before}; after: {load_after}.", "",
            "Whole processes, run as a user runs them; each row against its peer or floor "
            "measured in the same run. Times are medians of the runs (the *runs* column: "
            "Rapport / peer), each up to a time budget; `cpu` is user + system time. The "
            "machine is shared, so wall times carry other people's load (the *load* column "
            "is the load average when the row started): **ratios are of CPU time** where both "
            "sides have one, and callgrind counts instructions where timings are too noisy. "
            "Ratio = Rapport ÷ peer. Peak memory is the peak resident set (what "
            "`/usr/bin/time -f %M` prints). Timings are never asserted. Before-and-after "
            "comparisons of past work, measured by hand in one sitting, are in "
            "[performance-history.md](performance-history.md).", "",
            "| Work | Size | Rapport | Peer / floor, same run | Ratio | Target | Runs | Load |",
            "|---|---|---|---|---|---|---|---|"]
        for row in self.rows:
            lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
        if self.failures:
            lines += ["", "## Failures", ""] + [f"- {text}" for text in self.failures]
        lines += ["", "## The machine", ""]
        lines += [f"- {name}: {value}" for name, value in self.machine()]
        lines += ["", "## The commands", "",
                  "Build: `" + " ".join(self.build) + "`; the peers, in the temp folder "
                  "`$WORK`: " + "; ".join(f"`{c}`" for c in self.peer_builds) + ".",
                  "Inputs: journals written by `scripts/bench_support/fixtures.py` (the "
                  "shipped interview, notes spread over its 12 questions, paused), protocols "
                  "by `scripts/gen-large-protocol N`, their XLSForm twins by "
                  "`scripts/bench_support/xlsform.py N`, sessions by "
                  "`scripts/generate-sessions N`.", "", "```"]
        lines += self.commands
        lines += ["```", ""]
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines))
