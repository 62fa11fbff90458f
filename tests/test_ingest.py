import os
import pty
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from store_helpers import lock_held

from pipeline import schema, store
from pipeline.__main__ import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_data" / "articles"
GOOD = (
    "title: Steel duties\ndate: 2025-03-12\n\n"
    "The United States imposed a 25% tariff on steel imports from Canada on Wednesday.\n"
)


def ingest(*argv) -> int:
    return main(["ingest", *(str(a) for a in argv)])


def summary(out: str) -> str:
    return [line for line in out.splitlines() if line.startswith("ingest:")][-1]


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """sample_data ingested once without interruption: the rows every other run must match."""
    db = tmp_path_factory.mktemp("reference") / "policy.duckdb"
    assert main(["ingest", str(SAMPLES), "--db", str(db)]) == 0
    return db


def fact_ids_by_article(db: Path) -> dict[str, set[str]]:
    frame = store.query_facts(db)
    return frame.groupby(schema.ARTICLE_ID)[schema.FACT_ID].agg(set).to_dict()


def test_ingesting_sample_data_twice_adds_nothing_the_second_time(reference, capsys):
    first = store.counts(reference)
    assert first["articles"] >= 20 and first["facts"] > 0
    assert ingest(SAMPLES, "--db", reference) == 0
    line = summary(capsys.readouterr().out)
    assert line.startswith(f"ingest: 0 new, {first['articles']} unchanged, 0 failed articles; ")
    assert "0 facts added" in line
    assert store.counts(reference) == first


def test_bad_files_get_one_error_line_each_and_the_rest_is_stored(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_text("title: nothing here\n\n   \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 400)
    (folder / "latin1.md").write_bytes("Zölle auf Stahl".encode("latin-1"))
    (folder / "wire.jsonl").write_text(
        '{"text": "Japan pledged to invest $550 billion in the United States."}\n{not json\n',
        encoding="utf-8",
    )
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    db = tmp_path / "policy.duckdb"
    assert ingest(folder, pdf, tmp_path / "missing-folder", "--db", db) == 1
    captured = capsys.readouterr()
    errors = [line for line in captured.err.splitlines() if line.startswith("error:")]
    named = ["empty.txt", "binary.txt", "latin1.md", "wire.jsonl#2", "report.pdf", "missing-folder"]
    assert len(errors) == len(named)
    for name in named:
        assert sum(name in line for line in errors) == 1, name
    assert "Traceback" not in captured.err
    assert summary(captured.out).startswith("ingest: 2 new, 0 unchanged, 6 failed articles;")
    assert store.counts(db)["articles"] == 2


def test_files_folders_and_globs_are_all_accepted(tmp_path, capsys):
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "deep.md").write_text(GOOD.replace("25%", "30%"), encoding="utf-8")
    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "two.txt").write_text(GOOD.replace("Canada", "Mexico"), encoding="utf-8")
    db = tmp_path / "policy.duckdb"
    assert ingest(tmp_path / "*.txt", tmp_path / "a", "--db", db) == 0
    paths = set(store.query_articles(db)[schema.PATH])
    assert {Path(p).name for p in paths} == {"one.txt", "two.txt", "deep.md"}


def test_if_empty_ingests_a_missing_store_and_skips_a_filled_one(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "policy.duckdb"
    assert ingest(tmp_path / "one.txt", "--db", db, "--if-empty") == 0
    assert store.counts(db)["articles"] == 1
    (tmp_path / "two.txt").write_text(GOOD.replace("Canada", "Mexico"), encoding="utf-8")
    assert ingest(tmp_path / "two.txt", "--db", db, "--if-empty") == 0
    assert "nothing to ingest" in capsys.readouterr().out
    assert store.counts(db)["articles"] == 1


def test_plain_progress_lines_when_stderr_is_not_a_terminal(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    assert ingest(tmp_path / "one.txt", "--db", tmp_path / "p.duckdb") == 0
    err = capsys.readouterr().err
    assert "ingest: 1/1 files, 1 new articles" in err
    assert "\r" not in err


def test_progress_bar_on_a_terminal(tmp_path):
    """A real pseudo-terminal as stderr; a fresh pty reports 0 x 0, which must still draw."""
    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "ingest", str(tmp_path), "--db", str(tmp_path / "p.db")],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=follower, text=True,
    )  # fmt: skip
    os.close(follower)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        drawn += chunk
    os.close(leader)
    assert proc.wait(timeout=120) == 0
    bar = drawn.decode("utf-8", "replace")
    assert "100%" in bar and "1/1" in bar and "file/s" in bar
    assert "ingest: 1/1 files" not in bar  # no plain lines on a terminal
    assert proc.stdout.read().startswith("ingest: 1 new")


def test_summary_reports_elapsed_time_and_the_database(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "p.duckdb"
    ingest(tmp_path / "one.txt", "--db", db)
    line = summary(capsys.readouterr().out)
    assert " s -> " in line and line.endswith(str(db))


def test_two_workers_store_the_same_rows_as_one(reference, tmp_path, capsys):
    db = tmp_path / "two.duckdb"
    assert ingest(SAMPLES, "--db", db, "--workers", "2", "--chunk", "8") == 0
    assert "warning" not in capsys.readouterr().err  # no fallback to a single worker
    pd.testing.assert_frame_equal(store.query_facts(db), store.query_facts(reference))


def test_workers_must_be_at_least_one(capsys):
    with pytest.raises(SystemExit):
        ingest(SAMPLES, "--workers", "0")
    assert "at least 1" in capsys.readouterr().err


def test_a_locked_store_is_retried_for_a_bounded_time_then_reported(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "p.duckdb"
    store.init(db)
    with lock_held(db, seconds=60) as holder:
        started = time.monotonic()
        code = ingest(tmp_path / "one.txt", "--db", db, "--lock-timeout", "1")
        elapsed = time.monotonic() - started
    assert code == 1 and elapsed < 10
    err = capsys.readouterr().err
    assert f"locked by process {holder.pid}" in err and "gave up" in err
    assert "Traceback" not in err


def test_ingest_waits_visibly_while_another_process_holds_the_store(tmp_path):
    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "p.duckdb"
    store.init(db)
    with lock_held(db, seconds=120) as holder:
        ingest_run = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "ingest", str(tmp_path / "one.txt"),
             "--db", str(db)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        # The holder lets go only once ingest has said that it waits.
        notice = next((line for line in ingest_run.stderr if "locked by" in line), "")
    out, err = ingest_run.communicate(timeout=120)
    assert ingest_run.returncode == 0, notice + err
    assert f"locked by process {holder.pid}" in notice and "retrying" in notice
    assert store.counts(db)["articles"] == 1


# When to kill: ("wal", k) = the moment the write-ahead log appears for the k-th time, that is
# inside a write (the first one creates the schema); ("line", k, delay) = `delay` seconds after
# the k-th progress line, somewhere in reading or extracting the next chunk.
KILL_MOMENTS = [("wal", 1), ("wal", 3), ("wal", 6), ("line", 2, 0.03), ("line", 5, 0.2)]


def wait_for_wal(db: Path, proc: subprocess.Popen, times: int) -> None:
    wal, seen, present = Path(f"{db}.wal"), 0, False
    deadline = time.monotonic() + 60
    while seen < times and proc.poll() is None and time.monotonic() < deadline:
        exists = wal.exists()
        seen += exists and not present
        present = exists
        time.sleep(0.0002)  # a write keeps the log for about 5 ms: poll often, not busily


def wait_for_lines(proc: subprocess.Popen, times: int, delay: float) -> None:
    seen = 0
    while seen < times and proc.stderr.readline().startswith("ingest:"):
        seen += 1
    time.sleep(delay)


def test_sigkill_at_any_moment_then_rerun_gives_exactly_the_uninterrupted_rows(reference, tmp_path):
    expected = fact_ids_by_article(reference)
    for number, (kind, *when) in enumerate(KILL_MOMENTS):
        db = tmp_path / f"killed{number}.duckdb"
        command = [sys.executable, "-m", "pipeline", "ingest", str(SAMPLES), "--db", str(db)]
        proc = subprocess.Popen(
            [*command, "--chunk", "4"], cwd=ROOT, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            if kind == "wal":
                wait_for_wal(db, proc, *when)
            else:
                wait_for_lines(proc, *when)
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
            proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL, f"ingest ended before the kill at {when}"

        # After the kill: every stored article has all of its facts, none has a part.
        stored = set(store.query_articles(db)[schema.ARTICLE_ID])
        partial = fact_ids_by_article(db)
        for article_id in stored:
            assert partial.get(article_id, set()) == expected.get(article_id, set())
        assert set(partial) <= stored
        assert len(stored) < store.counts(reference)["articles"]

        assert main(["ingest", str(SAMPLES), "--db", str(db)]) == 0
        pd.testing.assert_frame_equal(store.query_facts(db), store.query_facts(reference))


def test_two_ingests_at_once_share_the_store_without_duplicates(reference, tmp_path):
    db = tmp_path / "shared.duckdb"
    command = [sys.executable, "-m", "pipeline", "ingest", str(SAMPLES), "--db", str(db)]
    runs = [
        subprocess.Popen([*command, "--chunk", "3"], cwd=ROOT, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]  # fmt: skip
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err[-500:] for _, err in outputs]
    pd.testing.assert_frame_equal(store.query_facts(db), store.query_facts(reference))
    new = [int(summary(out).split()[1]) for out, _ in outputs]
    assert sum(new) == store.counts(reference)["articles"]


# Twenty more kills at random moments, on a small article set committed one article at a time, so
# that most moments fall inside a write: ("wal", k) at the k-th write, ("line", k, delay) some
# milliseconds after the k-th commit, ("clock", t) t seconds after the start. Every ingest, killed
# or not, is a process forked from one server that has imported the pipeline and loaded its rules
# once: a kill costs the ingest's own work instead of a second of imports, and the reference run,
# the killed runs and the reruns all use the very same code and rules.
SMALL = sorted((SAMPLES / "dev").glob("*.txt"))[:4]
RANDOM_KILLS = 20
FORK_SERVER = """
import os, sys
from pipeline.__main__ import main
from pipeline.nlp import build_nlp
build_nlp()
print("ready", flush=True)
for line in sys.stdin:
    db, log, *files = line.rstrip("\\n").split("\\t")
    pid = os.fork()
    if pid == 0:
        os.dup2(os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        os._exit(main(["ingest", *files, "--db", db, "--chunk", "1"]))
    print(pid, flush=True)
    sys.stdin.readline()  # reaped only when asked: until then the pid cannot be reused
    print(os.waitpid(pid, 0)[1], flush=True)
"""


class Forked:
    """What `wait_for_wal` asks of a process: poll() is None while it runs (not yet a zombie)."""

    def __init__(self, pid: int):
        self.pid = pid
        self.checked = 0.0

    def poll(self):
        if time.monotonic() - self.checked < 0.005:  # wait_for_wal asks every 0.2 ms
            return None
        self.checked = time.monotonic()
        stat = Path(f"/proc/{self.pid}/stat").read_text()
        return 0 if stat.rpartition(")")[2].split()[0] == "Z" else None


@pytest.fixture(scope="module")
def fork_server():
    server = subprocess.Popen(
        [sys.executable, "-c", FORK_SERVER], cwd=ROOT, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert server.stdout.readline().strip() == "ready"
        yield server
    finally:
        server.stdin.close()
        server.wait(timeout=60)


def forked_ingest(server: subprocess.Popen, db: Path, moment: tuple | None = None) -> int:
    """Ingest SMALL into `db` in a forked process, SIGKILLed at `moment` (if given) and before it
    ends on its own; returns the wait status."""
    log = db.with_suffix(".log")
    server.stdin.write("\t".join([str(db), str(log), *map(str, SMALL)]) + "\n")
    server.stdin.flush()
    pid = int(server.stdout.readline())
    if moment is not None:
        kind, *when = moment
        if kind == "wal":
            wait_for_wal(db, Forked(pid), *when)
        elif kind == "line":
            wait_for_log_lines(log, *when)
        else:
            time.sleep(*when)
        os.kill(pid, signal.SIGKILL)  # the child (or its zombie) is there until reaped
    server.stdin.write("reap\n")
    server.stdin.flush()
    return int(server.stdout.readline())


def killed(status: int) -> bool:
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def random_moment(rng: random.Random) -> tuple:
    kind = rng.choice(("wal", "line", "clock"))
    if kind == "wal":
        return ("wal", rng.randint(1, len(SMALL)))
    if kind == "line":
        return ("line", rng.randint(0, len(SMALL) - 1), rng.uniform(0.0, 0.06))
    return ("clock", rng.uniform(0.0, 0.5))


def wait_for_log_lines(log: Path, times: int, delay: float) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        text = log.read_text() if log.exists() else ""
        if sum(line.startswith("ingest:") for line in text.splitlines()) >= times:
            break
        time.sleep(0.001)
    time.sleep(delay)


def test_twenty_sigkills_at_random_moments_lose_nothing_and_reruns_converge(fork_server, tmp_path):
    reference = tmp_path / "reference.duckdb"
    assert forked_ingest(fork_server, reference) == 0
    expected = fact_ids_by_article(reference)
    articles = set(store.query_articles(reference)[schema.ARTICLE_ID])
    assert len(articles) == len(SMALL) and sum(map(len, expected.values())) > 10

    rng = random.Random(int(os.environ.get("KILL_SEED", "20251125")))
    kills = attempts = 0
    while kills < RANDOM_KILLS:
        attempts += 1
        assert attempts <= 2 * RANDOM_KILLS, "most kills came after the ingest had ended"
        moment = random_moment(rng)
        db = tmp_path / f"killed{attempts}.duckdb"
        if not killed(forked_ingest(fork_server, db, moment)):
            continue
        kills += 1

        # The store opens, and every stored article has all of its facts, none has a part.
        stored = set(store.query_articles(db)[schema.ARTICLE_ID])
        partial = fact_ids_by_article(db)
        assert stored <= articles, moment
        for article_id in stored:
            assert partial.get(article_id, set()) == expected.get(article_id, set()), moment
        assert set(partial) <= stored, moment

        # A rerun converges to the uninterrupted result.
        assert forked_ingest(fork_server, db) == 0, moment
        assert fact_ids_by_article(db) == expected, moment
        assert set(store.query_articles(db)[schema.ARTICLE_ID]) == articles, moment
