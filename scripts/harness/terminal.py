"""Drives the real `rapport` binary on a pseudo-terminal (or with piped input), as a user would.

Everything waits for text with a deadline; nothing sleeps blindly. Output is kept raw (for
the privacy checks) and with escape sequences stripped (for matching).
"""
import errno, fcntl, os, re, select, signal, struct, subprocess, termios, time

ANSI = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-B]|[=>])|\r")


class TimedOut(Exception):
    """A text did not appear in time: the session is stuck (a finding, not a harness flake)."""


class Process:
    """One `rapport` process whose output goes to a pseudo-terminal.

    `piped=True` gives it a pipe for standard input (the plain line reader, any line length)
    while its output still goes to the terminal, so every confirmation is flushed as printed.
    """

    def __init__(self, binary, args, cwd=None, env=None, piped=False, preexec=None, columns=120):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
        environment = dict(os.environ, TERM="xterm", NO_COLOR="1", LC_ALL="C.UTF-8")
        environment.update(env or {})
        self.stdin_pipe = None
        stdin = slave
        if piped:
            read_end, write_end = os.pipe()
            stdin, self.stdin_pipe = read_end, write_end
        # Standard error is a pipe of its own: the privacy checks read what the program says
        # when something fails apart from the screen, which legitimately shows the notes.
        error_read, error_write = os.pipe()
        self.process = subprocess.Popen(
            [binary] + list(args), stdin=stdin, stdout=slave, stderr=error_write, cwd=cwd,
            env=environment, start_new_session=True, preexec_fn=preexec, close_fds=True)
        os.close(slave)
        os.close(error_write)
        fcntl.fcntl(error_read, fcntl.F_SETFL, os.O_NONBLOCK)
        self.stderr_fd = error_read
        self.stderr = bytearray()
        if piped:
            os.close(stdin)
            fcntl.fcntl(self.stdin_pipe, fcntl.F_SETFL, os.O_NONBLOCK)
        fcntl.fcntl(master, fcntl.F_SETFL, os.O_NONBLOCK)
        self.master = master
        self.raw = bytearray()
        self.text = bytearray()
        self.pending = bytearray()
        self.closed = False
        self.seen = 0

    # ---- input -------------------------------------------------------------------------
    def type(self, data):
        """Queues bytes to type; `pump` writes them as fast as the terminal takes them."""
        self.pending += data.encode() if isinstance(data, str) else data
        self._flush()

    def end_input(self):
        """Closes piped input (the end of a script), once everything queued is written."""
        deadline = time.monotonic() + 30
        while self.pending and time.monotonic() < deadline:
            self.pump(0.01)
        if self.stdin_pipe is not None:
            os.close(self.stdin_pipe)
            self.stdin_pipe = None

    def _flush(self):
        if not self.pending:
            return
        target = self.stdin_pipe if self.stdin_pipe is not None else self.master
        try:
            written = os.write(target, self.pending[:65536])
            del self.pending[:written]
        except (BlockingIOError, InterruptedError):
            pass
        except OSError:
            self.pending.clear()  # the process is gone; what it never read was never typed

    # ---- output ------------------------------------------------------------------------
    def pump(self, timeout):
        """Reads what the process printed within `timeout` seconds and writes queued input."""
        self._flush()
        if self.closed:
            if self.stderr_fd is not None:
                self._read_stderr()
            time.sleep(min(timeout, 0.01))
            return
        wanted_write = [self.master] if self.pending and self.stdin_pipe is None else []
        if self.pending and self.stdin_pipe is not None:
            wanted_write = [self.stdin_pipe]
        readable = [self.master] + ([self.stderr_fd] if self.stderr_fd is not None else [])
        try:
            ready, _, _ = select.select(readable, wanted_write, [], timeout)
        except InterruptedError:
            return
        if self.master in ready:
            self._read()
        if self.stderr_fd is not None and self.stderr_fd in ready:
            self._read_stderr()
        self._flush()

    def _read_stderr(self):
        while self.stderr_fd is not None:
            try:
                chunk = os.read(self.stderr_fd, 65536)
            except BlockingIOError:
                return
            if not chunk:
                os.close(self.stderr_fd)
                self.stderr_fd = None
                return
            self.stderr += chunk

    def _read(self):
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except BlockingIOError:
                return
            except OSError as error:  # EIO: the other side closed
                if error.errno == errno.EIO:
                    self.closed = True
                    return
                raise
            if not chunk:
                self.closed = True
                return
            self.raw += chunk
            self.text += ANSI.sub(b"", chunk)

    def count(self, needle):
        return self.text.count(needle.encode())

    def wait_for(self, needle, timeout=20.0, after=None):
        """Waits until `needle` appears after the last match; returns when it did."""
        data = needle.encode()
        start = self.seen if after is None else after
        deadline = time.monotonic() + timeout
        while True:
            found = self.text.find(data, start)
            if found >= 0:
                self.seen = found + len(data)
                return time.monotonic()
            if time.monotonic() > deadline or (self.closed and self.process.poll() is not None):
                raise TimedOut(f"no {needle!r} within {timeout} s; screen tail: "
                               f"{bytes(self.text[-400:])!r}")
            self.pump(0.02)

    def drain(self, quiet=0.15, limit=5.0):
        """Reads until the process printed nothing for `quiet` seconds (or it is gone)."""
        deadline = time.monotonic() + limit
        last = len(self.raw)
        calm = time.monotonic() + quiet
        while time.monotonic() < min(calm, deadline) and not self.closed:
            self.pump(0.02)
            if len(self.raw) != last:
                last = len(self.raw)
                calm = time.monotonic() + quiet

    # ---- lifetime ----------------------------------------------------------------------
    def kill(self):
        """SIGKILL: no handler runs, no buffer is flushed, the write in flight stops."""
        try:
            os.kill(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()
        self.drain(quiet=0.05, limit=1.0)

    def wait(self, timeout=30.0):
        """Waits for the process to exit (reading its output meanwhile); its exit status."""
        deadline = time.monotonic() + timeout
        while self.process.poll() is None:
            if time.monotonic() > deadline:
                self.kill()
                raise TimedOut(f"still running after {timeout} s; screen tail: "
                               f"{bytes(self.text[-400:])!r}")
            self.pump(0.02)
        self.drain(quiet=0.02, limit=1.0)
        return self.process.returncode

    def close(self):
        if self.process.poll() is None:
            self.kill()
        for fd in (self.master, self.stdin_pipe, self.stderr_fd):
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self.stdin_pipe = None
        self.stderr_fd = None


def run(binary, args, input_text="", cwd=None, env=None, timeout=60, preexec=None):
    """Runs a command to its end with piped input; (status, stdout, stderr) as bytes."""
    environment = dict(os.environ, TERM="xterm", NO_COLOR="1", LC_ALL="C.UTF-8")
    environment.update(env or {})
    completed = subprocess.run(
        [binary] + list(args), input=input_text.encode(), capture_output=True, cwd=cwd,
        env=environment, timeout=timeout, preexec_fn=preexec)
    return completed.returncode, completed.stdout, completed.stderr
