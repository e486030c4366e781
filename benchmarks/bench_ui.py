"""UI performance of the logbook on a large demo logbook; prints figures, checks budgets.

    python benchmarks/bench_ui.py [--data-dir PATH] [--repeat N] [--quick]

a. start to a usable, signed-in main window (fresh processes), plain and encrypted (an
   encrypted copy of the demo, see encrypted_demo.py), against a bare PySide6 window;
b. search latency per keystroke in the real main window;
c. time to show a client's history (and a 200-session client in a small logbook);
d. peak memory of the in-process part.

Qt runs offscreen by default (no display needed); settings (window geometry) are read
from and written to a throw-away config folder, never the user's.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from demo_logbook import (  # noqa: E402
    DEFAULT_CLIENTS,
    QUICK_CLIENTS,
    describe,
    ensure_demo_logbook,
    window_sign_in,
)
from encrypted_demo import admin_name, ensure_encrypted_copy  # noqa: E402

from logger_app.demo.signers import DEMO_PASSPHRASE  # noqa: E402
from logger_app.given_passphrase import PASSPHRASE_ENV  # noqa: E402

PRACTITIONER_ENV = "LOGGER_APP_PRACTITIONER"  # cli.sign_in's: the window starts signed in

PROBE = HERE / "startup_probe.py"
SEED = 2026  # which clients the search and history benchmarks pick

# Budgets from the design.
STARTUP_BUDGET_S = 1.0
ENCRYPTED_STARTUP_BUDGET_S = 1.2  # with the key derivation that unwraps the data key
STARTUP_RATIO_BUDGET = 2.0
KEYSTROKE_BUDGET_MS = 30.0
LONG_HISTORY_BUDGET_MS = 150.0
LONG_HISTORY_SESSIONS = 200


# ---------------------------------------------------------------------------- figures


@dataclass
class Stats:
    values: list[float]  # seconds

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def p95(self) -> float:
        ordered = sorted(self.values)  # nearest rank
        return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]

    @property
    def min(self) -> float:
        return min(self.values)

    @property
    def max(self) -> float:
        return max(self.values)

    def ms(self, p95: bool = False) -> str:
        text = f"median {self.median * 1e3:7.1f} ms"
        if p95:
            text += f"  p95 {self.p95 * 1e3:7.1f}"
        return (
            text + f"  min {self.min * 1e3:7.1f}  max {self.max * 1e3:7.1f}  (n={len(self.values)})"
        )


@dataclass
class Row:
    figure: str
    value: str
    budget: str = ""
    ok: bool | None = None


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)

    def add(self, figure: str, value: str, budget: str = "", ok: bool | None = None) -> None:
        self.rows.append(Row(figure, value, budget, ok))

    def print_table(self) -> None:
        width = max(len(row.figure) for row in self.rows)
        value_width = max(len(row.value) for row in self.rows)
        print(f"\n{'Figure':<{width}}  {'Value':<{value_width}}  Budget")
        print("-" * (width + value_width + 28))
        for row in self.rows:
            verdict = {True: "  ok", False: "  OVER BUDGET", None: ""}[row.ok]
            print(f"{row.figure:<{width}}  {row.value:<{value_width}}  {row.budget}{verdict}")


def peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, else KiB


def heading(text: str) -> None:
    print(f"\n== {text}", flush=True)


# ---------------------------------------------------------------------------- a. start-up


def run_probe(args: Sequence[str], env: dict[str, str]) -> tuple[float, dict[str, float]]:
    """Spawn→exit of one probe (it exits right after the first paint), and its own marks."""
    command = [sys.executable, str(PROBE), *args]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    wall = time.perf_counter() - started
    lines = [line for line in done.stdout.splitlines() if line.startswith("PROBE ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}"
        )
    return wall, json.loads(lines[-1].removeprefix("PROBE "))


def bench_startup(
    data_dirs: dict[str, Path], repeat: int, env: dict[str, str], report: Report
) -> None:
    """Cold starts to a usable window, signed in unattended (``startup_probe``), for each
    logbook of ``data_dirs`` (plain, encrypted) and a bare PySide6 window, interleaved."""
    heading(f"a. Start to a usable, signed-in window ({repeat} cold starts each, interleaved)")
    kinds = {kind: ["app", str(folder)] for kind, folder in data_dirs.items()}
    kinds["bare"] = ["bare"]
    for probe_args in kinds.values():  # warm-up, not counted: .pyc files, OS file cache
        run_probe(probe_args, env)
    walls: dict[str, list[float]] = {kind: [] for kind in kinds}
    marks: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
    for _ in range(repeat):
        for kind, probe_args in kinds.items():
            wall, mark = run_probe(probe_args, env)
            walls[kind].append(wall)
            marks[kind].append(mark)

    for kind in kinds:
        wall = Stats(walls[kind])
        print(f"{kind:>9} spawn→painted (parent): {wall.ms()}")
        inside = {key: statistics.median(m[key] for m in marks[kind]) for key in marks[kind][0]}
        interpreter = statistics.median(
            w - m["painted"] for w, m in zip(walls[kind], marks[kind], strict=True)
        )
        print(
            f"          in-probe medians: interpreter start-up {interpreter * 1e3:.0f} ms, "
            f"imports {inside['imported'] * 1e3:.0f} ms, window opened+signed in+shown "
            f"{(inside['shown'] - inside['imported']) * 1e3:.0f} ms, "
            f"first Paint {(inside['first_paint'] - inside['shown']) * 1e3:.0f} ms later, "
            f"paint pass done {(inside['painted'] - inside['first_paint']) * 1e3:.0f} ms later"
        )
    bare = Stats(walls["bare"])
    medians = {kind: Stats(walls[kind]).median for kind in data_dirs}
    side = [f"{kind} {m:.3f} s = {m / bare.median:.2f}× bare" for kind, m in medians.items()]
    print(f"side by side (medians): {', '.join(side)}, bare {bare.median:.3f} s")
    for kind in data_dirs:
        app = Stats(walls[kind])
        budget = STARTUP_BUDGET_S if kind == "plain" else ENCRYPTED_STARTUP_BUDGET_S
        report.add(
            f"a. start → usable window, {kind} (median)",
            f"{app.median:.3f} s (min {app.min:.3f}, max {app.max:.3f})",
            f"< {budget:.1f} s",
            app.median < budget,
        )
        ratio = app.median / bare.median
        report.add(
            f"   ratio {kind} / bare", f"{ratio:.2f}×", f"≤ {STARTUP_RATIO_BUDGET:.0f}×",
            ratio <= STARTUP_RATIO_BUDGET if kind == "plain" else None,
        )  # fmt: skip
    if {"plain", "encrypted"} <= medians.keys():
        report.add("   ratio encrypted / plain", f"{medians['encrypted'] / medians['plain']:.2f}×")
    report.add(
        "   bare PySide6 window (median)",
        f"{bare.median:.3f} s (min {bare.min:.3f}, max {bare.max:.3f})",
    )


# ---------------------------------------------------------------------------- Qt helpers


def quiet_offscreen_warning() -> None:
    """Drop the offscreen plugin's harmless warning, printed at every window show."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "does not support propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def make_paint_counter(widget):
    """An event filter counting Paint events of ``widget`` (and noting when the first came):
    proves that a timed step repainted."""
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        count = 0
        first_at: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
                if self.first_at is None:
                    self.first_at = time.perf_counter()
            return False

    counter = PaintCounter(widget)
    widget.installEventFilter(counter)
    return counter


def timed(step: Callable[[], object]) -> float:
    started = time.perf_counter()
    step()
    return time.perf_counter() - started


# ---------------------------------------------------------------------------- b. search


def search_queries(logbook, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, text) typed one character at a time: names, a phone's digits, an email."""
    entries = logbook.list_clients()
    picks = rng.sample(entries, 40)
    last_names = list(dict.fromkeys(e.last_name for e in picks))
    first_names = list(dict.fromkeys(e.first_name for e in picks))
    queries = [
        ("last name", last_names[0]),
        ("last name", last_names[1]),
        ("first name", first_names[0]),
        ("first name", first_names[1]),
        ("first + last", picks[5].full_name),
    ]
    with_phone = next(e for e in picks if sum(c.isdigit() for c in e.phone) >= 10)
    queries.append(("phone digits", "".join(c for c in with_phone.phone if c.isdigit())))
    email = next(
        c.details.email for c in map(logbook.client, (e.id for e in picks)) if c.details.email
    )
    queries.append(("email", email))
    return queries


def bench_search(app, window, repeat: int, report: Report) -> None:
    logbook = window.logbook
    queries = search_queries(logbook, random.Random(SEED))
    heading(f"b. Search latency per keystroke ({repeat} passes over {len(queries)} queries)")
    for kind, text in queries:
        print(f"   {kind:<13} {text!r}")
    painted = make_paint_counter(window.client_view.viewport())

    refresh_parts: list[float] = []  # setText: refresh_clients (query, model reset)
    event_parts: list[float] = []  # processEvents: relayout, column sizing, paint

    def type_text(prefix: str) -> None:
        started = time.perf_counter()
        window.search.setText(prefix)  # textChanged → MainWindow.refresh_clients
        refreshed = time.perf_counter()
        app.processEvents()  # relayout and repaint of the list
        refresh_parts.append(refreshed - started)
        event_parts.append(time.perf_counter() - refreshed)

    keystrokes: list[float] = []
    first_keys: list[float] = []
    clears: list[float] = []
    missed_paints = 0
    first_key_rows: list[int] = []
    for _ in range(repeat):
        for _kind, text in queries:
            for length in range(1, len(text) + 1):
                before = painted.count
                elapsed = timed(lambda prefix=text[:length]: type_text(prefix))
                missed_paints += painted.count == before
                keystrokes.append(elapsed)
                if length == 1:
                    first_keys.append(elapsed)
                    first_key_rows.append(window.client_model.rowCount())
            before = painted.count
            clears.append(timed(lambda: type_text("")))
            missed_paints += painted.count == before
    full_rows = window.client_model.rowCount()
    refresh_part, event_part = Stats(refresh_parts), Stats(event_parts)

    # Data only: the logbook's query for the same prefixes, without Qt.
    data_only = Stats(
        [
            timed(lambda prefix=text[:length]: logbook.list_clients(prefix))
            for _kind, text in queries
            for length in range(1, len(text) + 1)
        ]
    )
    data_full = Stats([timed(logbook.list_clients) for _ in range(repeat)])

    keys, first, clear = Stats(keystrokes), Stats(first_keys), Stats(clears)
    print(f"every keystroke:        {keys.ms(p95=True)}")
    print(
        f"first keystroke (1 char, {min(first_key_rows)}–{max(first_key_rows)} rows): "
        f"{first.ms(p95=True)}"
    )
    print(f"clear search ({full_rows} rows): {clear.ms(p95=True)}")
    print(
        f"split (all steps): setText→refresh_clients median {refresh_part.median * 1e3:.1f} ms, "
        f"max {refresh_part.max * 1e3:.1f}; processEvents (layout, column sizing, paint) "
        f"median {event_part.median * 1e3:.1f} ms, max {event_part.max * 1e3:.1f}"
    )
    print(f"data only, list_clients(prefix): {data_only.ms(p95=True)}")
    print(f"data only, list_clients('') ({full_rows} rows): {data_full.ms()}")
    if missed_paints:
        print(f"note: {missed_paints} timed steps ended before the list repainted")
    budget = f"< {KEYSTROKE_BUDGET_MS:.0f} ms"
    report.add(
        "b. keystroke (median / p95 / max)",
        f"{keys.median * 1e3:.1f} / {keys.p95 * 1e3:.1f} / {keys.max * 1e3:.1f} ms",
        budget,
        keys.p95 * 1e3 < KEYSTROKE_BUDGET_MS,
    )
    report.add(
        "   first keystroke (median / p95 / max)",
        f"{first.median * 1e3:.1f} / {first.p95 * 1e3:.1f} / {first.max * 1e3:.1f} ms",
        budget,
        first.p95 * 1e3 < KEYSTROKE_BUDGET_MS,
    )
    report.add(
        f"   clear search → {full_rows} rows (median / p95 / max)",
        f"{clear.median * 1e3:.1f} / {clear.p95 * 1e3:.1f} / {clear.max * 1e3:.1f} ms",
        budget,
        clear.p95 * 1e3 < KEYSTROKE_BUDGET_MS,
    )
    report.add(
        "   data only: list_clients (median / max)",
        f"{data_only.median * 1e3:.1f} / {data_only.max * 1e3:.1f} ms "
        f"(all rows {data_full.median * 1e3:.1f} ms)",
    )


# ---------------------------------------------------------------------------- c. history


def session_counts(database: Path) -> list[tuple[int, int]]:
    """(client id, sessions), most sessions first; read-only, beside the app's connection."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT client_id, count(*) AS n FROM sessions GROUP BY client_id "
            "ORDER BY n DESC, client_id"
        ).fetchall()
    finally:
        connection.close()


@dataclass(frozen=True)
class ShowTiming:
    call: float  # window.show_client() alone
    first_paint: float | None  # until the history view's first Paint (None: not painted)
    total: float  # show_client + processEvents + forced repaint of the whole window


def time_show_client(app, window, client_id: int) -> ShowTiming:
    viewport = window.client_page.history_view.viewport()
    painted = make_paint_counter(viewport)
    started = time.perf_counter()
    window.show_client(client_id)
    called = time.perf_counter()
    app.processEvents()  # the paint a user would see
    window.repaint()  # synchronous: the whole window, history and session detail included
    done = time.perf_counter()
    viewport.removeEventFilter(painted)
    painted.deleteLater()
    first = painted.first_at - started if painted.first_at is not None else None
    return ShowTiming(called - started, first, done - started)


def bench_history(app, window, repeat: int, report: Report) -> None:
    counts = session_counts(window.logbook.database_path)
    most_id, most = counts[0]
    typical_n = statistics.median_low(n for _, n in counts)
    rng = random.Random(SEED)
    typical = rng.sample([cid for cid, n in counts if n == typical_n], 3)
    clients = [(most_id, f"most sessions ({most})")] + [
        (cid, f"typical ({typical_n} sessions)") for cid in typical
    ]
    heading(f"c. Show a client's history (median of {repeat}, clients cycled)")
    shows: dict[int, list[ShowTiming]] = {cid: [] for cid, _ in clients}
    # The page's first show after start-up builds its layout: timed apart, not counted.
    cold = time_show_client(app, window, typical[-1]).total
    print(f"first client shown after start-up (cold page): {cold * 1e3:.1f} ms")
    for _ in range(repeat):
        for cid, _label in clients:
            shows[cid].append(time_show_client(app, window, cid))
    for cid, label in clients:
        call = Stats([s.call for s in shows[cid]])
        total = Stats([s.total for s in shows[cid]])
        data = Stats([timed(lambda cid=cid: window.logbook.history(cid)) for _ in range(repeat)])
        unpainted = sum(s.first_paint is None for s in shows[cid])
        print(
            f"client {cid:>5}, {label:<22} show+paint {total.median * 1e3:6.1f} ms "
            f"(max {total.max * 1e3:5.1f}); show_client {call.median * 1e3:5.1f}, "
            f"data only history() {data.median * 1e3:4.1f}"
            + (f"  [{unpainted} not repainted]" if unpainted else "")
        )
        report.add(
            f"c. history, {label}",
            f"{total.median * 1e3:.1f} ms (data {data.median * 1e3:.1f} ms)",
        )
    report.add("   first client after start-up (cold page)", f"{cold * 1e3:.1f} ms")


def add_long_history_client(logbook, sessions: int) -> int:
    """A client seen weekly for ``sessions`` weeks, with varied, valid sessions."""
    from logger_app.records import (
        AreaTreatment,
        ClientDetails,
        Numbing,
        ProductUse,
        ReactionObservation,
        SessionDetails,
    )
    from logger_app.vocabulary import Area, Device, ObservedWhen, Reaction, Severity

    rng = random.Random(SEED)
    now = datetime.now().astimezone()
    areas = [Area.FOREHEAD, Area.LEFT_CHEEK, Area.RIGHT_CHEEK, Area.CHIN, Area.NECK, Area.NOSE]
    with logbook.batch():
        client = logbook.add_client(
            ClientDetails(
                first_name="Long",
                last_name="History",
                date_of_birth=date(1980, 5, 17),
                phone="+44 7700 900123",
                email="long.history@example.com",
                allergies="Latex",
            )
        )
        for week in range(sessions, 0, -1):
            started = (now - timedelta(weeks=week)).replace(hour=10, minute=0, second=0)
            treated = rng.sample(areas, rng.randint(1, 4))
            logbook.record_session(
                SessionDetails(
                    client_id=client.id,
                    started_at=started,
                    practitioner_name=rng.choice(("Maya Okafor RN", "Sana Rahimi RGN")),
                    device=Device.PEN,
                    areas=tuple(
                        AreaTreatment(a, round(rng.uniform(0.25, 1.5) * 20) / 20, rng.randint(2, 6))
                        for a in treated
                    ),
                    cartridge="36-pin",
                    duration_minutes=rng.choice((30, 45, 60)),
                    numbing=Numbing("Lidocaine cream", "5 %", 30),
                    products=(ProductUse("Hyaluronic acid serum", f"HA24-{week:04d}"),),
                    reactions=(
                        ReactionObservation(Reaction.ERYTHEMA, Severity(rng.randint(1, 3))),
                        ReactionObservation(
                            Reaction.SWELLING, Severity.MILD, ObservedWhen.FOLLOW_UP
                        ),
                    ),
                    notes="Tolerated well." if week % 3 else "",
                ),
                now=now,
                enforce_safety=False,  # made-up history: no safety warnings to acknowledge
            )
    return client.id


def bench_long_history(app, repeat: int, report: Report) -> None:
    from logger_app.logbook import Logbook
    from ui.shell.main_window import MainWindow

    heading(f"c'. A client with {LONG_HISTORY_SESSIONS} sessions, in a separate small logbook")
    with tempfile.TemporaryDirectory(prefix="logger-app-bench-") as folder:
        logbook = Logbook.open(Path(folder), create=True)
        built = time.perf_counter()
        client_id = add_long_history_client(logbook, LONG_HISTORY_SESSIONS)
        print(f"built in {time.perf_counter() - built:.2f} s")
        window = MainWindow(logbook)
        window.show()
        app.processEvents()
        shows = [time_show_client(app, window, client_id) for _ in range(repeat)]
        data = Stats([timed(lambda: logbook.history(client_id)) for _ in range(repeat)])
        window.close()
        window.deleteLater()
        app.processEvents()
        logbook.close()
    first = shows[0]
    total = Stats([s.total for s in shows])
    call = Stats([s.call for s in shows])
    first_paint = first.first_paint if first.first_paint is not None else first.total
    print(
        f"first show: history painted after {first_paint * 1e3:.1f} ms, "
        f"with the forced repaint {first.total * 1e3:.1f} ms\n"
        f"all shows (with forced repaint): {total.ms()}\n"
        f"show_client call {call.median * 1e3:.1f} ms, data only history() "
        f"{data.median * 1e3:.1f} ms (medians)"
    )
    report.add(
        f"c. history, {LONG_HISTORY_SESSIONS} sessions: first paint",
        f"{first_paint * 1e3:.1f} ms (+repaint {first.total * 1e3:.1f}, "
        f"median {total.median * 1e3:.1f}, data {data.median * 1e3:.1f})",
        f"< {LONG_HISTORY_BUDGET_MS:.0f} ms",
        first_paint * 1e3 < LONG_HISTORY_BUDGET_MS,
    )


# ---------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="the demo logbook (built if missing; default: <tempdir>/logger-app-bench/demo-N)",
    )
    parser.add_argument(
        "--clients", type=int, default=None, help=f"demo clients (default {DEFAULT_CLIENTS})"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=None,
        help="repetitions of every step (default: 7 cold starts, 5 of the rest; --quick 3)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"smoke run: {QUICK_CLIENTS}-client logbook, 3 repetitions",
    )
    parser.add_argument(
        "--platform", default="offscreen", help="QT_QPA_PLATFORM (default: offscreen)"
    )
    parser.add_argument("--skip-startup", action="store_true", help="skip the cold starts (a)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    clients = args.clients or (QUICK_CLIENTS if args.quick else DEFAULT_CLIENTS)
    startup_repeat = args.repeat or (3 if args.quick else 7)
    repeat = args.repeat or (3 if args.quick else 5)

    # Before Qt is loaded, and inherited by the probes: platform, throw-away settings,
    # and the unattended sign-in (the demo's passphrase is public).
    settings_home = tempfile.TemporaryDirectory(prefix="logger-app-bench-config-")
    os.environ["QT_QPA_PLATFORM"] = args.platform
    os.environ["XDG_CONFIG_HOME"] = settings_home.name
    os.environ.setdefault(PASSPHRASE_ENV, DEMO_PASSPHRASE)

    demo = ensure_demo_logbook(args.data_dir, clients)
    os.environ.setdefault(PRACTITIONER_ENV, admin_name(demo.data_dir))
    env = dict(os.environ)
    print(describe(demo))
    print(
        f"Python {sys.version.split()[0]}, QT_QPA_PLATFORM={args.platform}, {os.cpu_count()} CPUs"
    )
    report = Report()
    if demo.generation_seconds is not None:
        report.add("demo generation", f"{demo.generation_seconds:.1f} s")

    if not args.skip_startup:
        started = time.perf_counter()
        encrypted = ensure_encrypted_copy(demo.data_dir)
        print(f"Encrypted copy at {encrypted} ({time.perf_counter() - started:.1f} s)")
        folders = {"plain": demo.data_dir, "encrypted": encrypted}
        bench_startup(folders, startup_repeat, env, report)

    from ui.app import application, open_main_window

    quiet_offscreen_warning()
    app = application()
    heading("In-process: the real main window on the demo logbook")
    print(f"peak RSS after imports + QApplication: {peak_rss_mb():.0f} MB")
    started = time.perf_counter()
    window = open_main_window(demo.data_dir, **window_sign_in(demo.data_dir))
    app.processEvents()
    window.repaint()
    print(
        f"open_main_window + first paint (warm imports): "
        f"{(time.perf_counter() - started) * 1e3:.0f} ms, "
        f"{window.client_model.rowCount()} rows, peak RSS {peak_rss_mb():.0f} MB"
    )

    bench_search(app, window, repeat, report)
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    bench_history(app, window, repeat, report)
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    bench_long_history(app, repeat, report)

    heading("d. Peak memory")
    peak = peak_rss_mb()
    print(f"peak RSS (ru_maxrss) of this process: {peak:.0f} MB")
    report.add("d. peak RSS, in-process benchmark", f"{peak:.0f} MB")

    window.close()
    window.logbook.close()
    settings_home.cleanup()
    report.print_table()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
