"""A long scripted session of the real app, driven only by key presses, to find crashes.

Some faults show only after thousands of edits: a reference count that falls by one on
every signal, an editor deleted while a key press still runs in it. This script starts
Briefing Studio in a process of its own on a copy of the bundled sample, under an X
display, and for ``--minutes`` presses keys through ``xdotool`` as a user would, in a
random walk that ``--seed`` repeats: it types words, Enter, Tab, Shift+Tab and arrows,
undoes and redoes, saves, switches between outline and editor, walks the outline, moves
and adds sections. It ends with Ctrl+S then Ctrl+Q.

It fails (exit status 1) if the app died, printed anything on stderr (Python warnings,
since the app runs with ``-X dev``, and Qt warnings included), logged an unexpected
error, did not quit, or left a file that ``fileformat.load`` cannot read. The summary
gives every stderr line with the actions that came before it.

The app gets a throwaway HOME and XDG folders, so the user's settings and recovery
folder are never touched. Without DISPLAY the script starts Xvfb and openbox and stops
them at the end; with DISPLAY it uses that display, and presses keys only while the
app's window is the active one.

Run: .venv/bin/python -X dev -X faulthandler benchmarks/gui_soak.py --minutes 30 [--seed N]
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import datetime
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from briefing_studio import fileformat
from briefing_studio.errors import BriefingError

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "regional-water-talks.briefing"
WORDS = ("water", "basin", "treaty", "minister", "delegation", "quota", "river", "draft",
         "talks", "allocation", "upstream", "reservoir", "monitoring", "summit", "agreed")
# Keystrokes closer than commands.TYPING_PAUSE_SECONDS merge into one undo step; a pause
# now and then makes separate steps, as a user's thinking does.
LONG_PAUSE_SECONDS = (1.6, 2.4)
SHORT_PAUSE_SECONDS = (0.05, 0.3)
TYPE_DELAY_MS = 35
ACTIONS_SHOWN_BEFORE_A_LINE = 12
QUIT_TIMEOUT_SECONDS = 60


# ---------------------------------------------------------------- the display


@contextlib.contextmanager
def x_display() -> Iterator[str]:
    """The display to run on: DISPLAY if set, else Xvfb with openbox, stopped after."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    for tool in ("Xvfb", "openbox", "xdotool"):
        if shutil.which(tool) is None:
            sys.exit(f"gui_soak: {tool} is needed (apt-get install xvfb openbox xdotool)")
    read, write = os.pipe()
    # -displayfd picks a free display number and writes it once the server is ready.
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x900x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    if not number:
        server.kill()
        sys.exit("gui_soak: Xvfb did not start")
    display = f":{number}"
    manager = subprocess.Popen(["openbox", "--sm-disable"], env=dict(os.environ, DISPLAY=display),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield display
    finally:
        for process in (manager, server):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=display),
                          capture_output=True, text=True, timeout=60)
    return done.stdout.strip() if done.returncode == 0 else ""


# ---------------------------------------------------------------- the app


@dataclass
class App:
    """The app's process, its stderr read line by line as it comes."""

    process: subprocess.Popen
    home: Path
    began: float = field(default_factory=time.monotonic)
    started: datetime.datetime = field(default_factory=datetime.datetime.now)  # as the log
    stderr: list[tuple[float, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._reader = threading.Thread(target=self._read_stderr, daemon=True)
        self._reader.start()

    def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        with self.process.stderr:
            for line in self.process.stderr:
                self.stderr.append((time.monotonic() - self.began, line.rstrip("\n")))

    def wait(self, timeout: float) -> int | None:
        """The exit status, once stderr is read to its end; None if still running."""
        try:
            status = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        self._reader.join(timeout=10)
        return status

    def kill(self) -> int:
        self.process.kill()
        self.process.wait()
        self._reader.join(timeout=10)
        return self.process.returncode

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def error_log(self) -> list[str]:
        """What the app's error handler wrote (exceptions in slots go there, not to stderr)."""
        return [line for log in sorted(self.home.rglob("briefing-studio.log"))
                for line in log.read_text(encoding="utf-8", errors="replace").splitlines()]


def app_environment(display: str, home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("QT_", "XDG_")) and key not in ("PYTHONWARNINGS",)}
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    env.update(DISPLAY=display, HOME=str(home), QT_QPA_PLATFORM="xcb",
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"),
               XDG_RUNTIME_DIR=str(runtime), PYTHONUNBUFFERED="1")
    return env


def start_app(display: str, home: Path, briefing: Path) -> App:
    # -X dev shows Python warnings on stderr; faulthandler prints the stack of a crash.
    command = [sys.executable, "-X", "dev", "-X", "faulthandler", "-m", "briefing_studio.cli",
               str(briefing)]
    process = subprocess.Popen(command, env=app_environment(display, home), cwd=home,
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, errors="replace")
    return App(process, home)


def main_window(display: str, app: App) -> str:
    """The X window id of the app's main window, once it is shown and active."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and app.running:
        found = xdotool(display, "search", "--onlyvisible", "--pid", str(app.process.pid),
                        "--name", "Briefing Studio").split()
        if found:
            xdotool(display, "windowactivate", "--sync", found[0])
            return found[0]
        time.sleep(0.25)
    return ""


# ---------------------------------------------------------------- the random walk


@dataclass
class Session:
    display: str
    app: App
    window: str
    rng: random.Random
    done: list[tuple[float, str]] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def key(self, *keys: str) -> None:
        xdotool(self.display, "key", "--delay", str(TYPE_DELAY_MS), *keys)

    def type(self, text: str) -> None:
        xdotool(self.display, "type", "--delay", str(TYPE_DELAY_MS), text)

    def focused(self) -> bool:
        """Whether keys will reach the main window; a dialog of the app is dismissed."""
        active = xdotool(self.display, "getactivewindow")
        if active == self.window:
            return True
        pid = xdotool(self.display, "getwindowpid", active) if active else ""
        if pid == str(self.app.process.pid):
            # An "Unexpected error" or question box: note it and answer with Escape.
            title = xdotool(self.display, "getwindowname", active)
            steps = " | ".join(self.recent(ACTIONS_SHOWN_BEFORE_A_LINE))
            self.dialogs.append(f"[{self.minutes():6.2f} min] dialog {title!r}\n"
                                f"      after: {steps}")
            self.key("Escape")
        else:
            xdotool(self.display, "windowactivate", "--sync", self.window)
        return xdotool(self.display, "getactivewindow") == self.window

    def minutes(self) -> float:
        return (time.monotonic() - self.app.began) / 60

    def recent(self, count: int, before: float | None = None) -> list[str]:
        steps = [name for when, name in self.done if before is None or when <= before]
        return steps[-count:]

    def act(self, name: str, action: Callable[[Session], None]) -> None:
        self.done.append((time.monotonic() - self.app.began, name))
        action(self)


def type_words(session: Session) -> None:
    words = session.rng.choices(WORDS, k=session.rng.randint(1, 4))
    session.type(" ".join(words) + session.rng.choice(("", " ", ", ", ". ")))


ACTIONS: dict[str, tuple[int, Callable[[Session], None]]] = {
    # name: (weight, action)
    "type words": (30, type_words),
    "Enter": (5, lambda s: s.key("Return")),
    "BackSpace": (4, lambda s: s.key(*["BackSpace"] * s.rng.randint(1, 6))),
    "Tab": (8, lambda s: s.key("Tab")),
    "Shift+Tab": (4, lambda s: s.key("shift+Tab")),
    "arrow": (8, lambda s: s.key(s.rng.choice(("Up", "Down", "Left", "Right")))),
    "Ctrl+Z": (7, lambda s: s.key("ctrl+z")),
    "Ctrl+Shift+Z": (4, lambda s: s.key("ctrl+shift+z")),
    "Ctrl+S": (2, lambda s: s.key("ctrl+s")),
    "Ctrl+1 (outline)": (4, lambda s: s.key("ctrl+1")),
    "Ctrl+2 (editor)": (5, lambda s: s.key("ctrl+2")),
    "outline Down/Up": (7, lambda s: s.key("ctrl+1", *[s.rng.choice(("Down", "Up"))] *
                                           s.rng.randint(1, 3))),
    "Alt+Shift+Up": (2, lambda s: s.key("ctrl+1", "alt+shift+Up")),
    "Alt+Shift+Down": (2, lambda s: s.key("ctrl+1", "alt+shift+Down")),
    "Ctrl+Shift+N (add section)": (1, lambda s: s.key("ctrl+shift+n")),
}


def walk(session: Session, minutes: float) -> None:
    names = list(ACTIONS)
    weights = [ACTIONS[name][0] for name in names]
    end = time.monotonic() + minutes * 60
    next_report = 1.0
    while time.monotonic() < end and session.app.running:
        if not session.focused():
            time.sleep(0.5)
            continue
        name = session.rng.choices(names, weights)[0]
        session.act(name, ACTIONS[name][1])
        pause = LONG_PAUSE_SECONDS if session.rng.random() < 0.05 else SHORT_PAUSE_SECONDS
        time.sleep(session.rng.uniform(*pause))
        if session.minutes() >= next_report:
            print(f"  {session.minutes():5.1f} min, {len(session.done)} actions, "
                  f"{len(session.app.stderr)} stderr lines", flush=True)
            next_report += 1


def quit_app(session: Session) -> int | None:
    """Ctrl+S then Ctrl+Q; the exit status, or None if the app did not quit."""
    app = session.app
    for name, keys in (("Ctrl+S (end)", "ctrl+s"), ("Ctrl+Q (end)", "ctrl+q")):
        if app.running and session.focused():
            session.act(name, lambda s, k=keys: s.key(k))
            time.sleep(1)
    status = app.wait(QUIT_TIMEOUT_SECONDS)
    if status is None:
        app.kill()
    return status


# ---------------------------------------------------------------- the verdict


def summary(session: Session, status: int | None, briefing: Path, seed: int) -> list[str]:
    """Print what happened; return the reasons the session failed."""
    app = session.app
    counts = collections.Counter(name for _, name in session.done)
    print(f"\nseed {seed}: {len(session.done)} actions in {session.minutes():.1f} minutes, "
          f"from {app.started:%H:%M:%S}")
    for name, count in counts.most_common():
        print(f"  {count:6d}  {name}")
    print(f"exit status: {'did not quit' if status is None else status}")
    failures = []
    if status is None:
        failures.append(f"the app did not quit within {QUIT_TIMEOUT_SECONDS} s of Ctrl+Q")
    elif status != 0:
        failures.append(f"the app exited with status {status}")
    print(f"stderr: {len(app.stderr)} lines")
    shown_after: list[str] | None = None
    for when, line in app.stderr:
        before = session.recent(ACTIONS_SHOWN_BEFORE_A_LINE, when)
        if before != shown_after:  # once for a burst of lines, as a traceback
            print(f"  after: {' | '.join(before) if before else '(start)'}")
            shown_after = before
        print(f"    [{when / 60:6.2f} min] {line}")
    if app.stderr:
        failures.append(f"{len(app.stderr)} lines on stderr")
    log = app.error_log()
    if log:
        print("briefing-studio.log (unexpected errors):")
        print("\n".join(f"  {line}" for line in log))
        failures.append("unexpected errors in briefing-studio.log")
    for dialog in session.dialogs:
        print(f"  {dialog}")
    if session.dialogs:
        failures.append(f"{len(session.dialogs)} dialogs appeared")
    try:
        saved = fileformat.load(briefing)
        print(f"saved file: loads, {len(saved.sections)} sections, {len(saved.words())} words")
    except BriefingError as error:
        failures.append(f"the saved file does not load: {error}")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--seed", type=int, default=None, help="repeat a walk (default: new)")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1_000_000)
    print(f"gui_soak: {args.minutes:g} minutes, seed {seed}", flush=True)
    with tempfile.TemporaryDirectory(prefix="briefing-soak-") as folder, \
            x_display() as display:
        home = Path(folder)
        briefing = home / SAMPLE.name
        shutil.copyfile(SAMPLE, briefing)
        app = start_app(display, home, briefing)
        window = main_window(display, app)
        session = Session(display, app, window, random.Random(seed))
        if window:
            walk(session, args.minutes)
            status = quit_app(session)
        else:
            print("gui_soak: the main window never appeared")
            status = app.kill()
        failures = summary(session, status, briefing, seed)
    if not window:
        failures.insert(0, "the main window never appeared")
    print("\nFAILED: " + "; ".join(failures) if failures else "\nOK: no crash, no warning")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
