"""Claim detection quality against the hand labels, and its speed over the Wikinews corpus.

    python bench/claims_quality.py [--set dev|dev2|…|dev14|heldout|heldout2|…|heldout9|all]
                                   [--set heldout-b|heldout8-b] [--verbose] [--no-speed]
                                   [--agreement] [--exclude FILE]

`all` runs every set in SETS (dev sets, then the held-out ones), each scored on its own, then
their pooled total;
`heldout-b` and `heldout8-b` are second labellers' labels of the `heldout` and `heldout8`
articles, scored alone, and `--agreement` scores each pair of labellings against each other
(a ceiling). The speed pass runs over the samples and the Wikinews corpus minus the held-out
articles (the label files' names in tests/data/claims/heldout*/, and the file names listed in
each `--exclude` FILE): whoever tunes the detector never runs it on them.

Scoring follows tests/data/claims/README.md ("Scoring") exactly:
- recall: a labelled claim is found when one detected claim covers at least half of its
  characters;
- precision: a detected claim is correct when it covers at least half of some labelled claim,
  or at least half of it lies inside a labelled claim;
- speaker accuracy: among found labels, the share whose detected speaker (of the detected claim
  covering most of the label) equals, ignoring case and a leading "the", the label's speaker or
  one of its aliases; a null label matches only a null speaker;
- kind agreement: among found labels, the share whose detected kind equals the label's kind.

Each label is located in the article's cleaned `text` with `str.find` (and `occurrence`); a
label that is not in `text` counts as missed and is listed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from articles import Claim, detect_claims, read_article  # noqa: E402
from articles.loader import ArticleFile  # noqa: E402
from bench.speakers_audit import audit_corpus  # noqa: E402

LABELS = REPO / "tests" / "data" / "claims"
WIKINEWS = REPO / "tests" / "data" / "wikinews" / "articles"
SETS = (
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout8",
    "heldout9",
)
# Second labellers' independent labels of held-out articles: how far two careful people
# agree is the ceiling any detector can be measured against (`--agreement`).
SECOND = {"heldout": "heldout-b", "heldout8": "heldout8-b"}


@dataclass(frozen=True, slots=True)
class Label:
    kind: str
    text: str
    speaker: str | None
    aliases: tuple[str, ...]
    start: int  # -1 when the text is not in the article
    end: int


@dataclass(slots=True)
class Score:
    """Counts for one article or a whole set."""

    labelled: int = 0
    detected: int = 0
    found: int = 0
    correct: int = 0
    speaker_right: int = 0
    kind_right: int = 0
    missing: list[str] = field(default_factory=list)  # labels not in the cleaned text
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    wrong_speakers: list[str] = field(default_factory=list)
    wrong_kinds: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("labelled", "detected", "found", "correct", "speaker_right", "kind_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float | None:
        return self.found / self.labelled if self.labelled else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.detected if self.detected else None

    @property
    def speaker_accuracy(self) -> float | None:
        return self.speaker_right / self.found if self.found else None

    @property
    def kind_agreement(self) -> float | None:
        return self.kind_right / self.found if self.found else None


def normalise(name: str) -> str:
    name = " ".join(name.lower().split())
    return name[4:] if name.startswith("the ") else name


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def locate(text: str, snippet: str, occurrence: int) -> int:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(snippet, pos + 1)
        if pos < 0:
            return -1
    return pos


def load_labels(path: Path, text: str) -> list[Label]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    labels = []
    for item in data.get("claims") or []:
        snippet = item["text"]
        start = locate(text, snippet, int(item.get("occurrence", 1)))
        labels.append(
            Label(
                kind=item["kind"],
                text=snippet,
                speaker=item.get("speaker"),
                aliases=tuple(item.get("aliases") or ()),
                start=start,
                end=start + len(snippet) if start >= 0 else -1,
            )
        )
    return labels


def speaker_matches(label: Label, detected: str | None) -> bool:
    if label.speaker is None:
        return detected is None
    if detected is None:
        return False
    names = {normalise(label.speaker), *(normalise(a) for a in label.aliases)}
    return normalise(detected) in names


def score_article(labels: list[Label], claims: tuple[Claim, ...]) -> Score:
    score = Score(labelled=len(labels), detected=len(claims))
    for label in labels:
        if label.start < 0:
            score.missing.append(label.text)
            score.misses.append(f"[not in text] {label.kind}: {label.text}")
            continue
        length = label.end - label.start
        best, best_overlap = None, 0
        for claim in claims:
            shared = overlap(label.start, label.end, claim.start, claim.end)
            if shared > best_overlap:
                best, best_overlap = claim, shared
        if best is None or 2 * best_overlap < length:
            score.misses.append(f"{label.kind} ({label.speaker}): {label.text}")
            continue
        score.found += 1
        if speaker_matches(label, best.speaker):
            score.speaker_right += 1
        else:
            score.wrong_speakers.append(
                f"want {label.speaker!r} got {best.speaker!r}: {label.text[:90]}"
            )
        if best.kind == label.kind:
            score.kind_right += 1
        else:
            score.wrong_kinds.append(f"want {label.kind} got {best.kind}: {label.text[:90]}")
    for claim in claims:
        length = claim.end - claim.start
        correct = any(
            label.start >= 0
            and (
                2 * overlap(label.start, label.end, claim.start, claim.end)
                >= label.end - label.start
                or 2 * overlap(label.start, label.end, claim.start, claim.end) >= length
            )
            for label in labels
        )
        if correct:
            score.correct += 1
        else:
            score.false_positives.append(f"{claim.kind} ({claim.speaker}): {claim.text}")
    return score


def article_for(label_file: Path) -> tuple[str, str]:
    """The id and cleaned text of the article a label file is about."""
    data = yaml.safe_load(label_file.read_text(encoding="utf-8")) or {}
    source = REPO / data["source"]
    article = read_article(ArticleFile(data["article"], source))
    return article.id, article.text


def fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def run_set(name: str, verbose: bool) -> Score | None:
    files = sorted((LABELS / name).glob("*.yaml"))
    if not files:
        print(f"\n== {name}: no label files in {(LABELS / name).relative_to(REPO)}")
        return None
    total = Score()
    rows = []
    for path in files:
        article_id, text = article_for(path)
        labels = load_labels(path, text)
        score = score_article(labels, detect_claims(text))
        total.add(score)
        rows.append((article_id, score))
    print(f"\n== {name}: {len(files)} articles")
    header = (
        f"{'article':<44} {'lab':>4} {'det':>4} {'recall':>6} {'prec':>6} {'spkr':>6} "
        f"{'kind':>6} {'absent':>6}"
    )
    print(header)
    print("-" * len(header))
    for article_id, s in [*rows, ("TOTAL", total)]:
        absent = len(s.missing) if article_id != "TOTAL" else sum(len(r.missing) for _, r in rows)
        print(
            f"{article_id[:44]:<44} {s.labelled:>4} {s.detected:>4} {fmt(s.recall):>6} "
            f"{fmt(s.precision):>6} {fmt(s.speaker_accuracy):>6} {fmt(s.kind_agreement):>6} "
            f"{absent:>6}"
        )
    for article_id, s in rows:
        for text in s.missing:
            print(f"  not in cleaned text ({article_id}): {text[:100]}")
    if verbose:
        for article_id, s in rows:
            if s.misses or s.false_positives or s.wrong_speakers or s.wrong_kinds:
                print(f"\n-- {article_id}")
            for line in s.misses:
                print(f"  MISS  {line}")
            for line in s.false_positives:
                print(f"  FP    {line}")
            for line in s.wrong_speakers:
                print(f"  SPKR  {line}")
            for line in s.wrong_kinds:
                print(f"  KIND  {line}")
    return total


def as_claims(labels: list[Label]) -> tuple[Claim, ...]:
    """One labeller's labels, shaped like detected claims."""
    return tuple(
        Claim(x.start, x.end, x.text, x.kind, x.speaker, None, 1.0)  # type: ignore[arg-type]
        for x in labels
        if x.start >= 0
    )


def agreement() -> None:
    """Score each held-out labelling against the other, exactly as the detector is scored."""
    for first, second in SECOND.items():
        files = sorted((LABELS / first).glob("*.yaml"))
        pairs = [(path, LABELS / second / path.name) for path in files]
        pairs = [(a, b) for a, b in pairs if b.exists()]
        if not pairs:
            print(f"\n== agreement: no files in both {first}/ and {second}/")
            continue
        print(f"\n== agreement between the two labellings of {len(pairs)} {first} articles")
        for gold_name, other_name, flip in ((first, second, False), (second, first, True)):
            total = Score()
            for a, b in pairs:
                _, text = article_for(a)
                gold, other = load_labels(a, text), load_labels(b, text)
                if flip:
                    gold, other = other, gold
                total.add(score_article(gold, as_claims(other)))
            print(
                f"{other_name} scored against {gold_name}: recall {fmt(total.recall)}, "
                f"precision {fmt(total.precision)}, speaker {fmt(total.speaker_accuracy)}, kind "
                f"{fmt(total.kind_agreement)} ({total.labelled} labels, {total.detected} other)"
            )


def speed(exclude: list[Path]) -> None:
    """CPU time of `detect_claims` per article over the Wikinews corpus, held-out articles left
    out (best of three passes, so other processes on a shared machine disturb it less), and
    for ~3 KB articles."""
    texts = [a.text for a in audit_corpus(exclude, roots=(WIKINEWS,))]
    for text in texts:  # warm up (imports, regex caches)
        detect_claims(text)
    per_article = [float("inf")] * len(texts)
    for _ in range(3):
        for k, text in enumerate(texts):
            start = time.process_time()
            detect_claims(text)
            per_article[k] = min(per_article[k], (time.process_time() - start) * 1000)
    sizes = [len(t) for t in texts]
    mean = statistics.mean(per_article)
    typical = [ms for ms, n in zip(per_article, sizes, strict=True) if 2500 <= n < 3500]
    print(
        f"\nspeed: detect_claims over {len(texts)} Wikinews articles (mean "
        f"{statistics.mean(sizes) / 1000:.1f} KB, median {statistics.median(sizes) / 1000:.1f} "
        f"KB), CPU time, best of 3: mean {mean:.2f} ms/article, median "
        f"{statistics.median(per_article):.2f} ms, max {max(per_article):.1f} ms, "
        f"{sum(per_article) / sum(sizes) * 1000:.2f} ms/KB; "
        f"{len(typical)} articles of 2.5-3.5 KB: mean {statistics.mean(typical):.2f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sets = [*SETS, *SECOND.values(), "all"]
    parser.add_argument("--set", choices=sets, default="all", dest="which")
    parser.add_argument(
        "--agreement", action="store_true", help="how far the two held-out labellings agree"
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses, FPs, speakers")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    parser.add_argument(
        "--exclude", type=Path, action="append", default=[], help="file of ids never to read"
    )
    args = parser.parse_args()
    names = SETS if args.which == "all" else (args.which,)
    pooled = Score()
    scored = 0
    for name in names:
        total = run_set(name, args.verbose)
        if total is not None:
            pooled.add(total)
            scored += 1
    if scored > 1:
        print(
            f"\n== pooled ({scored} sets): {pooled.labelled} labels, {pooled.detected} detected, "
            f"recall {fmt(pooled.recall)}, precision {fmt(pooled.precision)}, speaker "
            f"{fmt(pooled.speaker_accuracy)}, kind {fmt(pooled.kind_agreement)}"
        )
    if args.agreement:
        agreement()
    if not args.no_speed:
        speed(args.exclude)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
