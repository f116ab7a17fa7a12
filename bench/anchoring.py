"""Re-anchoring: how fast, and how well the fuzzy threshold separates edits from chance.

Run: .venv/bin/python bench/anchoring.py
Uses the Wikinews test corpus. Prints (all measured in this one run):
- the time to anchor every note of an article (40 notes on a ~5 KB text), when the text is
  unchanged, when a sentence was inserted before them all (every note 'moved'), and when a word
  inside each quote changed (every note 'fuzzy');
- the scores of quotes with one word changed in place vs. quotes deleted from the text (their
  best chance match elsewhere), the two populations MIN_FUZZY_SCORE must separate.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from annotations import make_target
from annotations.anchoring import MIN_FUZZY_SCORE, _best_fuzzy, anchor
from articles import load_corpus

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "wikinews" / "articles"
WORDS = ["claimed", "reportedly", "85%", "not", "the", "officials"]


def spans(text: str, rng: random.Random, n: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        length = rng.randint(25, 140)
        start = rng.randrange(0, len(text) - length)
        out.append((start, start + length))
    return out


def change_word(quote: str, rng: random.Random) -> str:
    words = quote.split(" ")
    inner = list(range(1, len(words) - 1)) or [0]
    words[rng.choice(inner)] = rng.choice(WORDS)
    return " ".join(words)


def timing(texts: list[str], rng: random.Random) -> None:
    text = min(texts, key=lambda t: abs(len(t) - 5000))
    targets = [make_target(text, s, e) for s, e in sorted(spans(text, rng, 40))]
    shifted = "A sentence was inserted at the top of this article. " + text
    edited = text
    for t in sorted(targets, key=lambda t: -t.start):  # edit from the end: offsets stay valid
        edited = edited[: t.start] + change_word(t.exact, rng) + edited[t.end :]
    for label, current in (("unchanged", text), ("moved", shifted), ("word changed", edited)):
        runs = []
        for _ in range(20):
            began = time.perf_counter()
            found = [anchor(current, t) for t in targets]
            runs.append(time.perf_counter() - began)
        statuses = {s: sum(f.status == s for f in found) for s in ("exact", "moved", "fuzzy")}
        statuses["orphan"] = sum(f.status == "orphan" for f in found)
        print(
            f"anchor 40 notes, {len(text)}-char text, {label:>12}: "
            f"median {statistics.median(runs) * 1000:.2f} ms  {statuses}"
        )


def separation(texts: list[str], rng: random.Random) -> None:
    edited_scores, chance_scores = [], []
    for text in texts[:120]:
        for start, end in spans(text, rng, 3):
            target = make_target(text, start, end)
            new_quote = change_word(target.exact, rng)
            edited = text[:start] + new_quote + text[end:]
            found = _best_fuzzy(edited, target, 0, len(edited))
            if found is not None:
                edited_scores.append(found.score)
            deleted = text[:start] + text[end:]
            chance = _best_fuzzy(deleted, target, 0, len(deleted))
            if chance is not None and target.exact not in deleted:
                chance_scores.append(chance.score)
    edited_scores.sort()
    chance_scores.sort()

    def describe(scores: list[float]) -> str:
        if not scores:
            return "none"
        q = statistics.quantiles(scores, n=20) if len(scores) > 1 else scores * 19
        low, high = scores[0], scores[-1]
        return f"n={len(scores)} min {low:.3f} p5 {q[0]:.3f} median {q[9]:.3f} max {high:.3f}"

    print(f"one word changed in the quote: {describe(edited_scores)}")
    print(f"quote deleted, chance match:   {describe(chance_scores)}")
    for threshold in sorted({0.55, 0.6, 0.65, 0.7, MIN_FUZZY_SCORE}):
        wrong = sum(s >= threshold for s in chance_scores)
        lost = sum(s < threshold for s in edited_scores)
        mark = " (MIN_FUZZY_SCORE)" if threshold == MIN_FUZZY_SCORE else ""
        print(
            f"threshold {threshold:.2f}{mark}: {wrong} chance matches accepted, "
            f"{lost} edited quotes orphaned"
        )


def main() -> None:
    rng = random.Random(6)
    texts = [a.text for a in load_corpus(CORPUS).articles if len(a.text) > 1500]
    timing(texts, rng)
    separation(texts, rng)


if __name__ == "__main__":
    main()
