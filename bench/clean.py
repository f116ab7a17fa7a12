"""Cleaning speed and what it removes, measured in one run.

    .venv/bin/python bench/clean.py

Cleaning runs for every article when the index is built, so it must be cheap: the target is
well under 50 ms for the five bundled samples together, and about 1 ms per 3 KB article. Times
are the best of several rounds (the least disturbed by other work on a shared machine). Also
prints what was taken out of each sample, and how many paragraphs were taken out of the
Wikinews corpus, which has no furniture: each one there is a false removal.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from articles import SAMPLES_DIR, clean_text, load_corpus  # noqa: E402
from articles.blocks import text_blocks  # noqa: E402
from articles.furniture import first_sentence  # noqa: E402
from articles.loader import decode, split_front_matter  # noqa: E402

WIKINEWS = REPO / "tests" / "data" / "wikinews" / "articles"
ROUNDS = 7


def best_of(rounds: int, work: Callable[[], object]) -> float:
    """The fastest of `rounds` runs of `work`, in seconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def bodies(folder: Path, suffix: str) -> list[tuple[Path, str, bool, str | None]]:
    """(path, body, is_markdown, front-matter title) for each article file of a folder."""
    found = []
    for path in sorted(folder.glob(f"*{suffix}")):
        raw = decode(path, path.read_bytes())
        markdown = path.suffix == ".md"
        meta, body = split_front_matter(path, raw) if markdown else ({}, raw)
        title = meta.get("title")
        found.append((path, body, markdown, str(title) if title else None))
    return found


def main() -> None:
    samples = bodies(SAMPLES_DIR, ".txt")
    sample_bytes = sum(len(body.encode()) for _, body, _, _ in samples)

    def clean_samples() -> None:
        for _, body, markdown, title in samples:
            clean_text(body, markdown=markdown, known_title=title)

    def split_samples() -> None:
        for _, body, _, _ in samples:
            text_blocks(body)

    clean_samples()  # warm up: regex compilation and imports are not per-article costs
    total = best_of(ROUNDS, clean_samples)
    split = best_of(ROUNDS, split_samples)
    print(f"bundled samples: {len(samples)} files, {sample_bytes / 1024:.1f} KB")
    print(f"  clean all samples:     {total * 1000:7.2f} ms  (target < 50 ms: {total / 0.05:.1%})")
    print(f"  paragraph split alone: {split * 1000:7.2f} ms  (cleaning = {total / split:.1f}x it)")

    corpus = {a.path.name: a for a in load_corpus(SAMPLES_DIR).articles}
    for path, _, _, _ in samples:
        article = corpus[path.name]
        reasons = Counter(b.reason for b in article.boilerplate)
        listed = ", ".join(f"{reason} {count}" for reason, count in sorted(reasons.items()))
        print(f"  {path.stem}: {len(article.boilerplate):2d} removed ({listed or 'nothing'})")
        print(f"      title: {article.title}")
        print(f"      date: {article.date} {article.time or ''}  author: {article.author}")

    wikinews = bodies(WIKINEWS, ".md")
    per_article = []
    per_3kb = []
    removed = []
    for path, body, markdown, title in wikinews:
        seconds = best_of(
            3, lambda b=body, m=markdown, t=title: clean_text(b, markdown=m, known_title=t)
        )
        per_article.append(seconds)
        per_3kb.append(seconds / (len(body.encode()) / 3072))
        cleaned = clean_text(body, markdown=markdown, known_title=title)
        removed.extend((path.stem, b) for b in cleaned.boilerplate)
        assert cleaned.paragraphs, f"{path.name}: empty body"
    per_article.sort()
    kb = statistics.mean(len(b.encode()) for _, b, _, _ in wikinews) / 1024
    print(f"wikinews: {len(wikinews)} articles, mean {kb:.1f} KB")
    print(
        f"  per article: median {statistics.median(per_article) * 1000:.3f} ms, "
        f"p95 {per_article[int(len(per_article) * 0.95)] * 1000:.3f} ms, "
        f"max {per_article[-1] * 1000:.3f} ms"
    )
    print(
        f"  per 3 KB:    median {statistics.median(per_3kb) * 1000:.3f} ms "
        f"(target ~1 ms: {statistics.median(per_3kb) / 0.001:.1%})"
    )
    print(f"  paragraphs removed (each a false removal): {len(removed)}")
    for stem, item in removed:
        print(f"    {stem}: {item.reason}: {item.text[:90]}")
    injected(wikinews)


def injected(wikinews: list[tuple[Path, str, bool, str | None]]) -> None:
    """Furniture added to the Wikinews texts (made plain text, no front matter): is exactly the
    article given back? Page furniture around the body, then an unrelated tail made of the first
    sentences of four other articles (the shape of sample 003's tail). Body paragraphs lost
    count what cleaning wrongly took, on top of the furniture."""
    rng = random.Random(7)
    firsts = [first_sentence(text_blocks(body)[0].text) for _, body, _, _ in wikinews]
    # Summaries of other stories are short: lead sentences of up to 35 words stand in for them.
    short = [i for i, s in enumerate(firsts) if s.endswith(".") and len(s.split()) <= 35]
    page = {"exact": 0, "lost": 0}
    tail = {"exact": 0, "lost": 0, "cases": 0}
    for index, (_, body, _, title) in enumerate(wikinews):
        paragraphs = [block.text for block in text_blocks(body)]
        other = rng.sample([i for i in range(len(wikinews)) if i != index], 4)
        lines = [
            title or "",
            "18 December 2024, 22:04",
            "Listen to this article",
            paragraphs[0],
            "Advertisement",
            *paragraphs[1:3],
            f"Read more: {wikinews[other[0]][3]}",
            *paragraphs[3:],
            "By Jane Doe",
            "© 2024 Example Media. All rights reserved.",
        ]
        cleaned = clean_text("\n\n".join(lines))
        page["exact"] += cleaned.paragraphs == tuple(paragraphs)
        page["lost"] += len(set(paragraphs) - set(cleaned.paragraphs))
        summaries = [firsts[i] for i in rng.sample([i for i in short if i != index], 4)]
        tail["cases"] += 1
        cleaned = clean_text("\n\n".join([*paragraphs, *summaries]))
        tail["exact"] += cleaned.paragraphs == tuple(paragraphs)
        tail["lost"] += len(set(paragraphs) - set(cleaned.paragraphs))
    count = len(wikinews)
    print("wikinews with furniture injected (plain text):")
    print(
        f"  page furniture (title, dateline, audio, ad, read-more, byline, footer): "
        f"{page['exact']}/{count} articles given back exactly ({page['exact'] / count:.1%}), "
        f"{page['lost']} body paragraphs lost"
    )
    print(
        f"  unrelated tail of 4 one-sentence stories: {tail['exact']}/{tail['cases']} removed"
        f" exactly ({tail['exact'] / tail['cases']:.1%}), {tail['lost']} body paragraphs lost"
    )


if __name__ == "__main__":
    main()
