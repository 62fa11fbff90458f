"""Run the benchmarks: python -m bench [NAME...] (NAME = module suffix, e.g. ingest).

Discovers bench/bench_*.py modules, calls each one's run() -> list[dict], prints the rows as one
table per benchmark (each with its own columns) and how long each benchmark took, and writes the
rows as JSON under artifacts/bench/ (latest.json and a timestamped copy).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

import bench

OUT = Path("artifacts") / "bench"


def discover(names: list[str]) -> list[str]:
    found = sorted(
        info.name for info in pkgutil.iter_modules(bench.__path__) if info.name.startswith("bench_")
    )
    if not names:
        return found
    wanted = [n if n.startswith("bench_") else f"bench_{n}" for n in names]
    if unknown := [n for n in wanted if n not in found]:
        raise SystemExit(f"no benchmark named {', '.join(unknown)}; have {', '.join(found)}")
    return wanted


def table(rows: list[dict]) -> str:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(lines)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:.0f}"
    return str(value)


def main(argv: list[str]) -> int:
    rows: list[dict] = []
    took: list[dict] = []
    for name in discover(argv):
        module = importlib.import_module(f"bench.{name}")
        print(f"running {name} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        for row in module.run():
            rows.append({"bench": name.removeprefix("bench_"), **row})
        seconds = time.perf_counter() - started
        took.append({"bench": name.removeprefix("bench_"), "took_s": round(seconds, 1)})
        print(f"{name} took {seconds:.1f} s", file=sys.stderr, flush=True)
    if not rows:
        print("no benchmark rows", file=sys.stderr)
        return 1
    for bench_name in dict.fromkeys(row["bench"] for row in rows):
        print(table([row for row in rows if row["bench"] == bench_name]) + "\n")
    total = sum(row["took_s"] for row in took)
    print(table([*took, {"bench": "all", "took_s": round(total, 1)}]))
    OUT.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(
        {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "took": took, "rows": rows}, indent=2
    )
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for path in (OUT / f"bench-{stamp}.json", OUT / "latest.json"):
        path.write_text(payload + "\n", encoding="utf-8")
    print(f"rows written to {OUT / 'latest.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
