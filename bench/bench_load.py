"""Browser load: concurrent analysts applying filters on Overview and Explorer.

A `streamlit run app.py` serves a store built from sample_data/articles on a free loopback port.
BENCH_LOAD_SESSIONS (default 10) sessions, all starting together, each run BENCH_LOAD_ROUNDS
(default 2) rounds of the same seven steps with filters of their own: open Overview, pick a
policy area, pick a country, follow the Explorer link (the filters come along), pick a status,
open a shared link with a country and a start date, go back to Explorer. Between steps an
analyst reads for BENCH_LOAD_THINK_S seconds (default "1-3", uniform; "0" makes every session
click as fast as it can). A step's latency runs from the action to the page being settled: no
stale element, no script running, the filter caption of the new state shown and every expected
chart drawn. Its server part runs from the action to the last "script finished" message the
browser received from the server before the page settled. An error is a step that does not
settle within 60 s, an exception or error box on the page, or a JavaScript error; requests to
any host but the server are counted and fail (see CHROMIUM_ARGS). Targets: 0 errors, p95 under 3 s.

Each session is a browser context of its own: its own cookies, storage, cache and websocket,
like the private window of a different analyst. With BENCH_LOAD_BROWSERS=shared (the default)
all contexts live in one headless chromium, so ten sessions cost ten renderer processes but one
browser, GPU and network process; BENCH_LOAD_BROWSERS=each launches a chromium per session (the
first version of this bench), whose nine extra browsers compete with the pages for the CPU.
One Playwright driver runs all sessions (asyncio), in either mode.

"Settled" is checked every POLL_MS (50 ms) rather than on every animation frame: a check per
frame keeps each waiting page drawing 60 frames a second, which on a saturated machine makes
the bench itself a large part of the load it measures; the 50 ms adds at most that to a step.

A single session run alone first gives the unloaded baseline. The rows also give the CPU
seconds the server and the browsers used: on a small machine the browsers, not the server, take
most of it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import psutil

from bench.serving import CHROMIUM, dashboard, sample_store, tree_rss

LOCAL = ("127.0.0.1", "localhost")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    # Every request beyond the loopback goes to a closed port and fails (the server is reached
    # directly: Chromium never sends loopback through a proxy). Blocking with a Playwright route
    # instead would turn off the browser cache, so each page load would fetch and compile the
    # whole Streamlit and Plotly bundle again.
    "--proxy-server=http://127.0.0.1:9",
]
TARGET_P95_S = 3.0
STEP_TIMEOUT_MS = 60_000
POLL_MS = 50
SINCE = "2025-01-01"
ERRORS = '[data-testid="stException"], [data-testid="stAlertContentError"]'

SETTLED = """([title, caption, charts]) => {
  const h1 = document.querySelector('[data-testid="stMain"] h1');
  if (!h1 || h1.innerText.trim() !== title) return false;
  if (document.querySelector('[data-stale="true"]')) return false;
  const widget = document.querySelector('[data-testid="stStatusWidget"]');
  if (widget && widget.innerText.includes('Running')) return false;
  if (caption) {
    const captions = [...document.querySelectorAll(
      '[data-testid="stMain"] [data-testid="stCaptionContainer"]')].map(c => c.innerText.toLowerCase());
    if (!captions.some(c => c.includes(caption))) return false;
  }
  const drawn = [...document.querySelectorAll('.js-plotly-plot')]
    .filter(p => p._fullData && p._fullData.length).length;
  return drawn >= charts;
}"""


@dataclass
class Plan:
    """One session's filters, chosen among combinations the store has facts for."""

    topic: str
    country: str
    status: str


@dataclass
class Session:
    number: int
    plan: Plan
    samples: list[tuple[str, float]] = field(default_factory=list)
    server: list[float] = field(default_factory=list)  # the server part of each sample
    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)


def plans(db: Path, count: int) -> list[Plan]:
    from pipeline import schema, store

    facts = store.query_facts(db)
    combos = (
        facts.dropna(subset=[schema.ACTOR])
        .groupby([schema.TOPIC, schema.ACTOR, schema.STATUS])
        .size()
        .sort_values(ascending=False)
    )
    top = list(combos.index[: max(count, 8)])
    rng = random.Random(8501)
    return [Plan(*rng.choice(top)) for _ in range(count)]


def _charts(db: Path, page: str, **filters) -> int:
    """How many charts the page draws under these filters (none when no fact matches)."""
    from pipeline import store

    if store.query_facts(db, **filters).empty:
        return 0
    return 3 if page == "Overview" else 1


async def _pick(tab, label: str, option: str) -> None:
    box = tab.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(
        has_text=label
    )
    field_ = box.locator("input")
    await field_.click()
    await field_.fill(option.split(" (")[0])  # type to narrow a long list, then click the option
    await tab.get_by_role("option", name=option, exact=True).click()
    await tab.keyboard.press("Escape")


def steps(url: str, db: Path, plan: Plan):
    """(name, action, page title, caption expected, charts expected) for one round."""
    from dashboard import names

    topic, country, status = plan.topic, plan.country, plan.status
    one = {"topics": [topic]}
    two = {**one, "countries": [country]}
    three = {**two, "statuses": [status]}
    shared = {"countries": [country], "since": SINCE}
    return [
        ("open Overview", lambda t: t.goto(f"{url}/"), "Overview", None, _charts(db, "Overview")),
        (
            "Overview: policy area",
            lambda t: _pick(t, "Policy areas", names.topic_label(topic)),
            "Overview",
            f"areas {topic}",
            _charts(db, "Overview", **one),
        ),
        (
            "Overview: country",
            lambda t: _pick(t, "Countries and blocs", names.country_label(country)),
            "Overview",
            f"countries {country.lower()}",
            _charts(db, "Overview", **two),
        ),
        (
            "Explorer link",
            lambda t: t.get_by_role("link", name="Explorer").click(),
            "Explorer",
            f"countries {country.lower()}",
            _charts(db, "Explorer", **two),
        ),
        (
            "Explorer: status",
            lambda t: _pick(t, "Statuses", names.status_label(status)),
            "Explorer",
            f"statuses {status}",
            _charts(db, "Explorer", **three),
        ),
        (
            "shared link to Overview",
            lambda t: t.goto(f"{url}/?country={country}&since={SINCE}"),
            "Overview",
            f"from {SINCE}",
            _charts(db, "Overview", **shared),
        ),
        (
            "Explorer link (2)",
            lambda t: t.get_by_role("link", name="Explorer").click(),
            "Explorer",
            f"from {SINCE}",
            _charts(db, "Explorer", **shared),
        ),
    ]


def _think_range() -> tuple[float, float]:
    low, _, high = os.environ.get("BENCH_LOAD_THINK_S", "1-3").partition("-")
    return float(low), float(high or low)


def _browsers_mode() -> str:
    mode = os.environ.get("BENCH_LOAD_BROWSERS", "shared")
    if mode not in ("shared", "each"):
        raise SystemExit(f"BENCH_LOAD_BROWSERS is 'shared' or 'each', not {mode!r}")
    return mode


async def _launch(playwright):
    return await playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )


async def run_session(
    session: Session, browser, url: str, db: Path, rounds: int, start: asyncio.Barrier | None
) -> None:
    """One analyst in a context of its own in `browser`."""
    plan_steps = steps(url, db, session.plan)
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = await context.new_page()
    tab.set_default_timeout(STEP_TIMEOUT_MS)
    tab.on("pageerror", lambda exc: session.errors.append(f"javascript: {exc}"))
    finished: list[float] = []

    def on_frame(payload) -> None:
        if isinstance(payload, bytes) and _script_finished(payload):
            finished.append(time.perf_counter())

    tab.on("websocket", lambda socket_: socket_.on("framereceived", on_frame))

    def outside(request) -> None:
        if urlparse(request.url).hostname not in LOCAL:
            session.outside.append(request.url)

    context.on("request", outside)
    think = random.Random(session.number)
    low, high = _think_range()
    if start is not None:
        await start.wait()
    for _ in range(rounds):
        for name, action, title, caption, charts in plan_steps:
            await asyncio.sleep(think.uniform(low, high))
            began = time.perf_counter()
            try:
                await action(tab)
                await tab.wait_for_function(SETTLED, arg=[title, caption, charts], polling=POLL_MS)
                settled = time.perf_counter()
                session.samples.append((name, settled - began))
                runs = [t for t in finished if began <= t <= settled]
                session.server.append((runs[-1] if runs else settled) - began)
                if await tab.locator(ERRORS).count():
                    session.errors.append(f"{name}: error shown on the page")
            except Exception as exc:  # noqa: BLE001  (a failed step is a result, not a crash)
                session.errors.append(f"{name}: {type(exc).__name__}: {str(exc)[:200]}")
                await tab.goto(f"{url}/")  # start the next step from a known page
    await context.close()


async def run_sessions(sessions: list[Session], url: str, db: Path, rounds: int) -> None:
    """All sessions at once, starting together once every browser and context is up."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        if _browsers_mode() == "each":
            browsers = [await _launch(playwright) for _ in sessions]
        else:
            browsers = [await _launch(playwright)] * len(sessions)
        start = asyncio.Barrier(len(sessions)) if len(sessions) > 1 else None
        await asyncio.gather(
            *(
                run_session(session, browser, url, db, rounds, start)
                for session, browser in zip(sessions, browsers, strict=True)
            )
        )
        for browser in dict.fromkeys(browsers):
            await browser.close()


def _script_finished(payload: bytes) -> bool:
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    try:
        message = ForwardMsg.FromString(payload)
    except Exception:  # noqa: BLE001  (not every frame is a ForwardMsg)
        return False
    return message.WhichOneof("type") == "script_finished"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _row(scenario: str, sessions: list[Session], extra: dict | None = None) -> dict:
    times = [seconds for s in sessions for _, seconds in s.samples]
    server = [seconds for s in sessions for seconds in s.server]
    errors = sum(len(s.errors) for s in sessions)
    p95 = _percentile(times, 0.95) if times else None
    return {
        "scenario": scenario,
        "sessions": len(sessions),
        "steps": len(times) + errors,
        "p50_s": round(statistics.median(times), 3) if times else None,
        "p95_s": round(p95, 3) if p95 is not None else None,
        "max_s": round(max(times), 3) if times else None,
        "server_p50_s": round(statistics.median(server), 3) if server else None,
        "server_p95_s": round(_percentile(server, 0.95), 3) if server else None,
        "errors": errors,
        "outside_requests": sum(len(s.outside) for s in sessions),
        "target_met": errors == 0 and p95 is not None and p95 < TARGET_P95_S,
        **(extra or {}),
    }


def _cpu_seconds(process: psutil.Process) -> float:
    return sum(process.cpu_times()[:2])


def _timed(sessions: list[Session], url: str, db: Path, rounds: int, server) -> dict:
    """Run the sessions; wall time, CPU seconds of the server, of everything else this process
    started (browsers and the Playwright driver) and of this process, the server's peak
    memory."""
    load_before = os.getloadavg()[0]  # other work on the machine skews every figure
    cpu_before = _cpu_seconds(server)
    own_before = _cpu_seconds(psutil.Process())
    began = time.perf_counter()
    peak = [0]
    done = threading.Event()
    clients: dict[int, float] = {}
    server_tree = {server.pid, *(c.pid for c in server.children(recursive=True))}
    before = {}
    for child in psutil.Process().children(recursive=True):
        if child.pid not in server_tree:  # a driver left from an earlier run
            with contextlib.suppress(psutil.Error):
                before[child.pid] = _cpu_seconds(child)

    def watch():
        while not done.wait(0.5):
            peak[0] = max(peak[0], tree_rss(server))
            for child in psutil.Process().children(recursive=True):
                if child.pid not in server_tree:
                    with contextlib.suppress(psutil.Error):
                        clients[child.pid] = _cpu_seconds(child) - before.get(child.pid, 0)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    asyncio.run(run_sessions(sessions, url, db, rounds))
    done.set()
    watcher.join()
    return {
        "wall_s": round(time.perf_counter() - began, 1),
        "server_cpu_s": round(_cpu_seconds(server) - cpu_before, 1),
        "browsers_cpu_s": round(sum(clients.values()), 1),
        "bench_cpu_s": round(_cpu_seconds(psutil.Process()) - own_before, 1),  # this process
        "browsers": _browsers_mode(),
        "think_s": os.environ.get("BENCH_LOAD_THINK_S", "1-3"),
        "load_avg_before": round(load_before, 1),
        "cores": os.cpu_count(),
        "server_peak_rss_mb": round(peak[0] / 2**20),
    }


def measure(url: str, db: Path, count: int, rounds: int, server: psutil.Process) -> list[dict]:
    chosen = plans(db, count)
    # Unloaded baseline: one session alone (also warms the server's caches).
    alone = [Session(0, chosen[0])]
    rows = [_row("1 session alone", alone, _timed(alone, url, db, rounds, server))]

    sessions = [Session(n, plan) for n, plan in enumerate(chosen)]
    extra = _timed(sessions, url, db, rounds, server)
    rows.append(_row(f"{count} sessions at once", sessions, extra))
    for name in dict.fromkeys(name for name, _ in sessions[0].samples):
        per_step = []
        for s in sessions:
            kept = [i for i, (step, _) in enumerate(s.samples) if step == name]
            per_step.append(
                Session(
                    s.number,
                    s.plan,
                    [s.samples[i] for i in kept],
                    [s.server[i] for i in kept],
                    [e for e in s.errors if e.startswith(name + ":")],
                )
            )
        rows.append(_row(f"  {name}", per_step))
    for session in sessions:
        for error in session.errors[:3]:
            print(f"session {session.number}: {error}", file=sys.stderr)
    return rows


def run() -> list[dict]:
    if not CHROMIUM.exists():
        print(f"bench_load: {CHROMIUM} is missing; skipped", file=sys.stderr)
        return [{"scenario": "skipped: no /usr/bin/chromium"}]
    count = int(os.environ.get("BENCH_LOAD_SESSIONS", "10"))
    rounds = int(os.environ.get("BENCH_LOAD_ROUNDS", "2"))
    _browsers_mode()
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        folder = Path(tmp)
        db = folder / "policy.duckdb"
        counts = sample_store(db)
        with dashboard(db, folder) as (url, server):
            rows = measure(url, db, count, rounds, server)
    for row in rows:
        row["facts"] = counts["facts"]
    return rows
