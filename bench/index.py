"""Benchmark the index against a bare Whoosh baseline, in one run, at several corpus sizes.

    .venv/bin/python bench/index.py                       # 1,000 and 10,000 articles
    .venv/bin/python bench/index.py --sizes 1000,10000,50000

The corpus is the 303 Wikinews test articles grown to each size with variations (see
bench/corpus.py) in a temporary folder, deleted afterwards. The baseline indexes the raw
file text (no front matter split, no cleaning, no claims) into a body-only schema with the
same analyzer and the same writer settings (procs=2, multisegment, compound=False); its
queries are parsed by Whoosh's stock QueryParser with the fuzzy plugin and run without
snippets. Ours is the real thing: `NewsIndex.update(rebuild=True)` and `NewsIndex.search`,
snippets and highlights included.

Each size also builds the index without the data for lookups across articles (claims and
speakers stored per article, index/claimdata.py), to show that feature's own cost, and
times those lookups: the speaker directory (grouped on the first lookup after a commit),
`related` for 200 random claims, and `claims_by_speaker` for the most quoted speaker.

It also measures, in one process, the CPU our build spends on work the bare one does not do
at all (reading front matter and cleaning, finding claims), as a share of the bare build's
CPU. That sum is no floor under our ratio: our build writes Whoosh's files with less work
than Whoosh's own writer does (index/writing.py), which the bare build uses as it comes.

Machines are shared: read ratios measured in the same run, not absolute numbers.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

# This file is named like the package it measures: put the repository first on the path and
# the bench folder (for corpus.py) last, so `import index` finds the package, not this file.
_BENCH = Path(__file__).resolve().parent
sys.path[:] = [str(_BENCH.parent), *(p for p in sys.path if Path(p or ".").resolve() != _BENCH)]
sys.path.append(str(_BENCH))

from corpus import generate  # noqa: E402
from whoosh import fields, qparser  # noqa: E402
from whoosh import index as whoosh_index  # noqa: E402

import index.build  # noqa: E402
from articles import detect_claims, discover, read_article  # noqa: E402
from index import NewsIndex  # noqa: E402
from index.schema import stemmed_analyzer  # noqa: E402

QUERIES: dict[str, list[str]] = {
    "term": [
        "police",
        "government",
        "election",
        "president",
        "court",
        "fire",
        "minister",
        "health",
        "water",
        "school",
        "report",
        "killed",
    ],
    "phrase": [
        '"prime minister"',
        '"united states"',
        '"police said"',
        '"white house"',
        '"climate change"',
        '"supreme court"',
        '"told wikinews"',
        '"last year"',
    ],
    "field": [
        "title:police",
        "title:election",
        "title:fire",
        "title:court",
        "title:killed",
        "title:president",
        "title:protest",
        "title:dead",
    ],
    "fuzzy": [
        "goverment~",
        "presidnet~",
        "electoin~",
        "minster~",
        "polcie~",
        "hosptial~",
        "wikinwes~",
        "parliment~",
    ],
    "prefix": [
        "gov*",
        "elec*",
        "pres*",
        "mini*",
        "pol*",
        "wat*",
        "sch*",
        "hea*",
        "cou*",
        "fir*",
        "pre*",
        "sta*",
    ],
}
BASELINE_FIELD = {q: "body:" + q.split(":", 1)[1] for q in QUERIES["field"]}


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


# --- baseline ------------------------------------------------------------------------------


def baseline_build(corpus: Path, dest: Path) -> None:
    dest.mkdir(parents=True)
    ix = whoosh_index.create_in(str(dest), fields.Schema(body=fields.TEXT(stemmed_analyzer())))
    writer = ix.writer(procs=2, multisegment=True, compound=False)
    for path in sorted(corpus.rglob("*.md")):
        writer.add_document(body=path.read_text(encoding="utf-8"))
    writer.commit()


def baseline_one_file_update(dest: Path, text: str) -> float:
    ix = whoosh_index.open_dir(str(dest))
    started = time.perf_counter()
    writer = ix.writer(compound=False)
    writer.add_document(body=text)
    writer.commit()
    elapsed = time.perf_counter() - started
    ix.close()
    return elapsed


def baseline_searcher(dest: Path) -> Callable[[str], object]:
    ix = whoosh_index.open_dir(str(dest))
    searcher = ix.searcher()
    parser = qparser.QueryParser("body", ix.schema)
    parser.add_plugin(qparser.FuzzyTermPlugin())

    def run(q: str) -> object:
        return list(searcher.search(parser.parse(BASELINE_FIELD.get(q, q)), limit=10))

    return run


@contextlib.contextmanager
def without_across_data() -> Iterator[None]:
    """Build as if the claims and speakers were not stored for lookups across articles."""
    original = index.build.claim_data
    index.build.claim_data = lambda claims: {}
    try:
        yield
    finally:
        index.build.claim_data = original


def across_lookups(ours: NewsIndex, corpus: Path, samples: int = 200) -> None:
    """Time the lookups across articles on a freshly committed index."""
    rng = random.Random(7)
    files, _ = discover(corpus)
    started = time.perf_counter()
    speakers = ours.speakers()  # the first lookup after a commit groups the speakers
    directory_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    ours.speakers()
    again_ms = (time.perf_counter() - started) * 1000
    picked: list[tuple[str, int]] = []
    for file in rng.sample(files, min(len(files), samples * 3)):
        claims = ours.article_claims(file.id)
        if claims:
            picked.append((file.id, rng.randrange(len(claims))))
        if len(picked) == samples:
            break
    times, found, variants = [], 0, 0
    for article_id, k in picked:
        started = time.perf_counter()
        related = ours.related(article_id, k)
        times.append((time.perf_counter() - started) * 1000)
        found += bool(related)
        variants += any(r.variant for r in related)
    started = time.perf_counter()
    claims = ours.claims_by_speaker(speakers[0].name)
    by_speaker_ms = (time.perf_counter() - started) * 1000
    print(
        f"\nlookups across articles: {len(speakers):,} speakers, grouped in "
        f"{directory_ms:.0f} ms on the first lookup after a commit ({again_ms:.1f} ms after); "
        f"related claims of {len(times)} random claims: p50 {statistics.median(times):.1f} ms, "
        f"p95 {percentile(times, 95):.1f} ms, max {max(times):.1f} ms ({found} with related "
        f"claims, {variants} with quote variants); all {len(claims):,} claims of "
        f"'{speakers[0].name}': {by_speaker_ms:.0f} ms"
    )


def preparation_cpu(corpus: Path, sample: int = 1000) -> tuple[float, float, int]:
    """CPU seconds our build spends, for the whole corpus, on work the bare build does not
    do at all: reading front matter and cleaning, then finding claims. Measured in this
    process on an even sample of the articles and scaled up."""
    files, _ = discover(corpus)
    picked = files[:: max(1, len(files) // sample)]
    started = time.process_time()
    texts = [read_article(file).text for file in picked]
    parse = time.process_time() - started
    started = time.process_time()
    for text in texts:
        detect_claims(text)
    claims = time.process_time() - started
    scale = len(files) / len(picked)
    return parse * scale, claims * scale, len(picked)


# --- measuring -----------------------------------------------------------------------------


def timed(func: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), cpu_seconds()
    func()
    return time.perf_counter() - wall, cpu_seconds() - cpu


def latencies(
    runners: dict[str, Callable[[str], object]], rounds: int
) -> dict[str, dict[str, tuple[float, float, float]]]:
    """p50/p95 wall ms and p95 CPU ms per runner and query kind; runners take turns query by
    query, so a moment of load on the shared machine hits both alike. A query runs in one
    thread, so its CPU time is what its latency would be on an idle machine: other processes
    stretch the wall time, not the CPU time."""
    for run in runners.values():  # warm up: the first search of a reader pays loading
        for q in (q for qs in QUERIES.values() for q in qs):
            run(q)
    walls: dict[str, dict[str, list[float]]] = {n: {k: [] for k in QUERIES} for n in runners}
    cpus: dict[str, dict[str, list[float]]] = {n: {k: [] for k in QUERIES} for n in runners}
    for _ in range(rounds):
        for kind, queries in QUERIES.items():
            for q in queries:
                for name, run in runners.items():
                    started, cpu = time.perf_counter(), time.process_time()
                    run(q)
                    walls[name][kind].append((time.perf_counter() - started) * 1000)
                    cpus[name][kind].append((time.process_time() - cpu) * 1000)
    return {
        name: {
            k: (statistics.median(v), percentile(v, 95), percentile(cpus[name][k], 95))
            for k, v in kinds.items()
        }
        for name, kinds in walls.items()
    }


def ratio(ours: float, base: float) -> str:
    return f"{ours / base:.2f}x" if base else "-"


def bench_size(size: int, workdir: Path, rounds: int, repeat: int) -> None:
    corpus = workdir / f"corpus-{size}"
    started = time.perf_counter()
    paths = generate(corpus, size)
    old = time.time() - 3600  # an archive's files are not all written this second
    for path in paths:
        os.utime(path, (old, old))
    corpus_mb = folder_size(corpus) / 1e6
    print(
        f"\n## {size:,} articles ({corpus_mb:.1f} MB, generated in "
        f"{time.perf_counter() - started:.1f} s)"
    )

    # Builds take turns, `repeat` times; the fastest of each is kept (the machine is shared).
    base_dir = workdir / f"baseline-{size}"
    ours_dir = workdir / f"ours-{size}"
    plain_dir = workdir / f"ours-plain-{size}"
    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "plain": [], "ours": []}
    sizes: dict[str, float] = {}
    for _ in range(repeat):
        for path in (base_dir, ours_dir):
            shutil.rmtree(path, ignore_errors=True)
        runs["bare"].append(timed(lambda: baseline_build(corpus, base_dir)))
        shutil.rmtree(plain_dir, ignore_errors=True)
        with without_across_data(), NewsIndex(plain_dir, corpus) as plain:
            runs["plain"].append(timed(lambda: plain.update(rebuild=True)))
        sizes["plain"] = folder_size(plain_dir) / 1e6
        shutil.rmtree(plain_dir)
        with NewsIndex(ours_dir, corpus) as ours:
            runs["ours"].append(timed(lambda: ours.update(rebuild=True)))
    sizes["bare"], sizes["ours"] = folder_size(base_dir) / 1e6, folder_size(ours_dir) / 1e6
    best = {name: (min(w for w, _ in r), min(c for _, c in r)) for name, r in runs.items() if r}
    base_wall, base_cpu = best["bare"]
    names = {
        "bare": "bare Whoosh",
        "plain": "ours without lookups across articles",
        "ours": "ours",
    }

    print(f"\nbuilds (best of {repeat}):\n")
    print("| build | wall s | articles/s | CPU s | index MB | wall ratio | CPU ratio |")
    print("|---|---|---|---|---|---|---|")
    for name, (wall, cpu) in best.items():
        print(
            f"| {names[name]} | {wall:.1f} | {size / wall:.0f} | {cpu:.1f} | "
            f"{sizes[name]:.1f} | {ratio(wall, base_wall)} | {ratio(cpu, base_cpu)} |"
        )
    if repeat > 1:
        # Each round's builds run one after the other, so their ratio is less at the mercy
        # of the machine's load from minute to minute than the ratio of the fastest.
        pairs = list(zip(runs["ours"], runs["bare"], strict=True))
        walls = sorted(o[0] / b[0] for o, b in pairs)
        cpus = sorted(o[1] / b[1] for o, b in pairs)
        print(
            f"\nours/bare round by round: wall median {statistics.median(walls):.2f}x "
            f"({walls[0]:.2f}x to {walls[-1]:.2f}x), CPU median {statistics.median(cpus):.2f}x "
            f"({cpus[0]:.2f}x to {cpus[-1]:.2f}x)"
        )
    parse_cpu, claims_cpu, sampled = preparation_cpu(corpus)
    print(
        f"\nwork only our build does, before it indexes anything (one process, {sampled:,} "
        f"articles measured, scaled): reading and cleaning {parse_cpu:.1f} CPU s "
        f"({parse_cpu / base_cpu:.2f}x the bare build's CPU), finding claims {claims_cpu:.1f} "
        f"CPU s ({claims_cpu / base_cpu:.2f}x); the bare build's CPU plus these two: "
        f"{1 + (parse_cpu + claims_cpu) / base_cpu:.2f}x"
    )
    (plain_wall, plain_cpu), (ours_wall, ours_cpu) = best["plain"], best["ours"]
    print(
        f"\nlookups across articles add {ours_wall / plain_wall - 1:+.1%} wall, "
        f"{ours_cpu / plain_cpu - 1:+.1%} CPU to our build"
    )

    # Incremental: nothing changed, then one file changed.
    index = NewsIndex(ours_dir, corpus)
    nothing = timed(lambda: index.update())[0]
    target = random.Random(size).choice(paths)
    target.write_text(target.read_text(encoding="utf-8") + "\nA late correction.\n", "utf-8")
    stats = index.update()
    assert stats.updated == 1, stats
    base_one = baseline_one_file_update(base_dir, target.read_text(encoding="utf-8"))
    print(
        f"\nincremental update, nothing changed: {nothing * 1000:.0f} ms; one file changed: "
        f"{stats.seconds * 1000:.0f} ms (bare Whoosh add + commit: {base_one * 1000:.0f} ms)"
    )
    across_lookups(index, corpus)

    measured = latencies(
        {"ours": lambda q: index.search(q, limit=10), "bare": baseline_searcher(base_dir)},
        rounds,
    )
    print(
        "\n| query | ours p50 ms | ours p95 ms | ours p95 CPU ms | bare p50 ms | bare p95 ms "
        "| bare p95 CPU ms | p95 ratio |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for kind in QUERIES:
        (o50, o95, oc), (b50, b95, bc) = measured["ours"][kind], measured["bare"][kind]
        print(
            f"| {kind} | {o50:.1f} | {o95:.1f} | {oc:.1f} | {b50:.1f} | {b95:.1f} | {bc:.1f} "
            f"| {ratio(o95, b95)} |"
        )
    index.close()
    for path in (corpus, base_dir, ours_dir):
        shutil.rmtree(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--rounds", type=int, default=3, help="times each query set is run")
    parser.add_argument(
        "--repeat",
        type=int,
        default=0,
        help="builds of each kind, best kept (default: 5 up to 2,000 articles, else 1)",
    )
    parser.add_argument(
        "--workdir", type=Path, default=None, help="folder for the temp files (made if missing)"
    )
    args = parser.parse_args()
    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s]
    except ValueError:
        parser.error(f"--sizes: {args.sizes!r} is not a list of numbers like 1000,10000")
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
    print(
        f"# newsreader index benchmark ({os.cpu_count()} CPUs, Python "
        f"{sys.version.split()[0]}, {time.strftime('%Y-%m-%d %H:%M')})"
    )
    with tempfile.TemporaryDirectory(dir=args.workdir, prefix="nr-bench-") as tmp:
        for size in sizes:
            repeat = args.repeat or (5 if size <= 2000 else 1)
            bench_size(size, Path(tmp), args.rounds, repeat)


if __name__ == "__main__":
    main()
