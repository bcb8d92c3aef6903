"""Whole-process measurements for scripts/bench: wall time, CPU, peak memory, instructions.

Every measurement runs a real process, as a user would: no timing inside Rapport's code.
"""
import os
import pty
import re
import select
import signal
import statistics
import subprocess
import time


class CommandFailed(Exception):
    """A measured command exited with a status the caller did not expect."""


def loadavg():
    """The 1-, 5- and 15-minute load averages, as /proc/loadavg shows them."""
    with open("/proc/loadavg", encoding="ascii") as handle:
        return " ".join(handle.read().split()[:3])


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def spawn(argv, stdin="/dev/null", stdout="/dev/null", stderr=None, cwd=None, env=None):
    """Runs argv to its end; returns (seconds, rusage, exit code). Spawn to reap, no shell.

    posix_spawn + wait4 keeps the harness's own cost near the floor (well under a
    millisecond), so even a C hello is measured fairly; the rusage gives its CPU time.
    """
    actions = [(os.POSIX_SPAWN_OPEN, 0, stdin, os.O_RDONLY, 0),
               (os.POSIX_SPAWN_OPEN, 1, stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
               (os.POSIX_SPAWN_OPEN, 2, stderr or "/dev/null",
                os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)]
    environment = dict(env if env is not None else os.environ)
    old = os.getcwd()
    if cwd:
        os.chdir(cwd)
    try:
        start = time.perf_counter()
        pid = os.posix_spawn(argv[0], argv, environment, file_actions=actions)
        _, status, usage = os.wait4(pid, 0)
        elapsed = time.perf_counter() - start
    finally:
        os.chdir(old)
    return elapsed, usage, os.waitstatus_to_exitcode(status)


class Sample:
    """Several runs of one command: medians of wall time and CPU, the largest peak memory."""

    def __init__(self, walls, cpus, rss_kib, codes):
        self.walls, self.cpus, self.rss_kib, self.codes = walls, cpus, rss_kib, codes

    @property
    def wall(self):
        return statistics.median(self.walls)

    @property
    def cpu(self):
        return statistics.median(self.cpus)

    @property
    def runs(self):
        return len(self.walls)

    @property
    def peak_bytes(self):
        return max(self.rss_kib) * 1024


def sample(argv, runs, budget, setup=None, expect=(0,), memory_file=None, **kwargs):
    """Runs argv up to `runs` times, stopping early once `budget` seconds are spent.

    `setup` (untimed) runs before each run, e.g. to lay a fresh copy of a journal.
    A run whose exit code is not in `expect` raises CommandFailed (the benchmark must
    notice a command that broke, not time its error message). With `memory_file`, each
    run goes through GNU time (`/usr/bin/time -f %M`), whose report is the peak memory:
    the rusage of a process spawned from here also counts this (large) Python process,
    whose pages a vfork'd child shares until it execs. Without it, peak memory is unknown.
    """
    walls, cpus, rss, codes = [], [], [], []
    spent = 0.0
    command = (["/usr/bin/time", "-f", "%M", "-o", memory_file] + argv if memory_file
               else argv)
    while len(walls) < runs and (not walls or spent < budget):
        if setup:
            setup()
        wall, usage, code = spawn(command, **kwargs)
        if expect is not None and code not in expect:
            raise CommandFailed(f"{' '.join(argv)} exited {code}")
        walls.append(wall)
        cpus.append(usage.ru_utime + usage.ru_stime)
        rss.append(peak_kib(memory_file) if memory_file else 0)
        codes.append(code)
        spent += wall
    return Sample(walls, cpus, rss, codes)


def peak_kib(report):
    """The last line of GNU time's -o report: %M, the peak resident set in KiB."""
    with open(report, encoding="utf-8") as handle:
        lines = [line.strip() for line in handle if line.strip()]
    if not lines or not lines[-1].isdigit():
        raise CommandFailed("GNU time wrote no peak memory")
    return int(lines[-1])


COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def instructions(argv, workdir, stdin="/dev/null", expect=(0,)):
    """Instructions executed by argv from its first to its last, counted by callgrind (Ir)."""
    log = os.path.join(workdir, "callgrind.log")
    out = os.path.join(workdir, "callgrind.out")
    _, _, code = spawn(["/usr/bin/valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                        f"--log-file={log}"] + argv, stdin=stdin)
    if expect is not None and code not in expect:
        raise CommandFailed(f"callgrind {' '.join(argv)} exited {code}")
    with open(log, encoding="utf-8", errors="replace") as handle:
        found = COLLECTED.findall(handle.read())
    if not found:
        raise CommandFailed(f"callgrind printed no total for {' '.join(argv)}")
    return int(found[-1])


class PseudoTerminal:
    """A process on a fresh pseudo-terminal (80x24, NO_COLOR), read until some text shows."""

    def __init__(self, argv, env=None):
        self.start = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ.update(env or {})
            os.environ["NO_COLOR"] = "1"
            os.environ.setdefault("TERM", "xterm")
            os.execv(argv[0], argv)
        self.seen = b""

    def until(self, needle, timeout):
        """Seconds from spawn until `needle` is on the screen."""
        while needle not in self.seen:
            if time.perf_counter() - self.start > timeout:
                raise CommandFailed(f"no {needle!r} on the terminal after {timeout:.0f} s")
            ready, _, _ = select.select([self.fd], [], [], 0.02)
            if ready:
                try:
                    self.seen += os.read(self.fd, 65536)
                except OSError:
                    raise CommandFailed(f"the terminal closed before {needle!r} showed")
        return time.perf_counter() - self.start

    def close(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def until_text(argv, needle, timeout=30.0, env=None):
    terminal = PseudoTerminal(argv, env)
    try:
        return terminal.until(needle, timeout)
    finally:
        terminal.close()


def instructions_until(argv, dump_after, workdir, needle, timeout=300.0):
    """Instructions up to the first return from the C function `dump_after`, on a terminal.

    callgrind dumps its counters when the function returns (e.g. readline's
    rl_callback_handler_install, which shows the prompt); the process is then stopped.
    """
    out = os.path.join(workdir, "first.out")
    for name in os.listdir(workdir):
        if name.startswith("first.out"):
            os.remove(os.path.join(workdir, name))
    terminal = PseudoTerminal(["/usr/bin/valgrind", "--tool=callgrind",
                               f"--callgrind-out-file={out}", f"--dump-after={dump_after}",
                               f"--log-file={os.path.join(workdir, 'first.log')}"] + argv)
    try:
        terminal.until(needle, timeout)
        deadline = time.time() + 30
        while time.time() < deadline:
            dumps = sorted(n for n in os.listdir(workdir) if re.fullmatch(r"first\.out\.\d+", n))
            if dumps:
                time.sleep(0.5)  # let callgrind finish writing the dump
                with open(os.path.join(workdir, dumps[0]), encoding="utf-8") as handle:
                    for line in handle:
                        if line.startswith("summary:") or line.startswith("totals:"):
                            return int(line.split()[1])
            time.sleep(0.1)
        raise CommandFailed(f"callgrind wrote no dump after {dump_after}")
    finally:
        terminal.close()


def syscalls(argv, workdir, stdin):
    """System calls by name over the whole run, all threads (strace -c -f)."""
    out = os.path.join(workdir, "strace.txt")
    _, _, code = spawn(["/usr/bin/strace", "-c", "-f", "-o", out] + argv, stdin=stdin)
    if code != 0:
        raise CommandFailed(f"strace {' '.join(argv)} exited {code}")
    counts = {}
    with open(out, encoding="utf-8") as handle:
        for line in handle:
            fields = line.split()
            if len(fields) >= 5 and fields[0][0].isdigit() and fields[-1] != "total":
                counts[fields[-1]] = int(fields[3])
    return counts


def cpu_seconds(pid):
    """User + system CPU of a live process and its threads, from /proc (clock ticks)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def process_state(pid):
    with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
        return handle.read().rsplit(")", 1)[1].split()[0]


def run_to_exit(argv, stdin_bytes, timeout):
    """Feeds stdin_bytes to argv and waits; raises CommandFailed on a non-zero exit."""
    result = subprocess.run(argv, input=stdin_bytes, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, timeout=timeout)
    if result.returncode != 0:
        raise CommandFailed(f"{' '.join(argv)} exited {result.returncode}: "
                            f"{result.stderr.decode(errors='replace')[-300:]}")
