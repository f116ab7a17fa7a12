"""Sentences that look claim-bearing but got no claim, on the unlabelled corpus, by pattern.

    python bench/recall_audit.py [--exclude FILE] [--examples N] [--group NAME] [--seed N]

Recall is what falls on text nobody tuned to, so this looks for misses without labels: it runs
`detect_claims` over the bundled samples and the Wikinews test corpus (held-out articles left
unread: the file names in each `--exclude` FILE and the ids of tests/data/claims/heldout*/), and
lists the body sentences that hold a sign of a claim - a quotation, a speech or cognition verb,
a figure - yet are covered less than half by the detector's claims (a sentence with
quotations: none of its quotations is, and no quote claim touches it). The signs are found by
their own broad patterns, not the detector's word lists, so verbs and figures the detector does
not know show up too. Each sentence is grouped under its first sign ("quote", "verb:warned",
"figure:percent"); the summary counts the groups, and `--examples` prints a sample of each
(`--group` one group only). Many listed sentences are right to have no claim (scene-setting,
questions, headlines): the list is a lead to read, not a score. Sentences of interviews (three
or more paragraphs opening "((Name))") are grouped apart ("interview quote"): their answers are
unquoted first-person speech, which the labelling guide does not cover.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from articles import detect_claims  # noqa: E402
from articles.claims.detect import is_furniture  # noqa: E402
from articles.sentences import split_sentences  # noqa: E402
from bench.speakers_audit import audit_corpus  # noqa: E402

_QUOTE = re.compile(r"[“\"][^“”\"\n]{12,}[”\"]")
_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|announced|announces|stated|states that|claimed|claims|"
    r"reported|reports|warned|warns|according to|believes?|believed|thinks?|thought|"
    r"argued|argues|insisted|insists|denied|denies|added|adds|explained|noted|confirmed|"
    r"accused|alleged|admitted|acknowledged|suggested|predicted|estimated|revealed|"
    r"described|called|urged|criticised|criticized|praised|expects?|expected|hopes?|hoped|"
    r"fears?|feared|concluded|found|showed|shows|wrote|writes|testified|promised|vowed|"
    r"pledged|declared|disclosed|maintained|contended|agreed|disputed|rejected|dismissed|"
    r"condemned|welcomed|asserted|emphasi[sz]ed|stressed|recalled|indicated|"
    r"commented|responded|replied|tweeted|posted|blamed|questioned|doubted|"
    r"sources?|officials?|spokes(?:man|woman|person)|statement|report(?:ed)?ly|allegedly|"
    r"quoted|cited|citing|per)\b",
    re.IGNORECASE,
)
_FIGURES = {
    "percent": re.compile(r"\d\s?(?:%|percent|per cent)", re.IGNORECASE),
    "money": re.compile(
        r"[$£€¥₹]\s?\d|\d\s?(?:dollars|euros|pounds|yuan|rupees|roubles|rubles)", re.IGNORECASE
    ),
    "large": re.compile(r"\d\s?(?:million|billion|trillion|thousand|hundred)\b", re.IGNORECASE),
    "count": re.compile(r"\b\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}[a-z]+s\b"),
    "words": re.compile(
        r"\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|"
        r"half|a third|a quarter)\s+(?:of\s+)?(?:[a-z-]+\s+)?[a-z]+s\b",
        re.IGNORECASE,
    ),
    "number": re.compile(r"\b\d[\d,.]*\b"),
}
_YEAR_OR_DATE = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)s?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)\w*|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d{1,2}\b"
)


_SPEAKER_TAG = re.compile(r"^\(\([^)\n]{1,40}\)\)", re.MULTILINE)


def sign_of(sentence: str) -> str | None:
    """The first sign that a sentence may carry a claim, as a group name, or None."""
    if _QUOTE.search(sentence):
        return "quote"
    verb = _VERB.search(sentence)
    if verb is not None:
        return "verb:" + verb.group().lower()
    undated = _YEAR_OR_DATE.sub(" ", sentence)
    for name, pattern in _FIGURES.items():
        if pattern.search(undated):
            return "figure:" + name
    return None


def covered(start: int, end: int, spans: list[tuple[int, int]]) -> int:
    """How many characters of [start, end) the spans cover (spans may overlap)."""
    marks = bytearray(end - start)
    for s, e in spans:
        lo, hi = max(s, start), min(e, end)
        if lo < hi:
            marks[lo - start : hi - start] = b"\x01" * (hi - lo)
    return sum(marks)


def uncovered(text: str) -> list[tuple[str, str]]:
    """(group, sentence) for every body sentence with a sign of a claim and under half covered."""
    found_claims = detect_claims(text)
    spans = [(c.start, c.end) for c in found_claims]
    quoted = [(c.start, c.end) for c in found_claims if c.kind == "quote"]
    # An interview's answers are the interviewee's own words, unquoted: listed apart.
    interview = len(_SPEAKER_TAG.findall(text)) >= 3
    found = []
    for line in re.finditer(r"[^\n]+", text):
        if is_furniture(line.group()):
            continue
        for start, end in split_sentences(text, *line.span()):
            sentence = text[start:end]
            if sentence.rstrip("\"”’')").endswith("?"):
                continue  # questions are never claims
            group = sign_of(sentence)
            if group is None:
                continue
            # A quotation's claim is the quotation alone: judge the quoted words' cover.
            parts = [(start + m.start(), start + m.end()) for m in _QUOTE.finditer(sentence)] or [
                (start, end)
            ]
            if any(s < end and e > start for s, e in quoted):
                continue  # a quotation's claim is here: the words around it are attribution
            if all(2 * covered(lo, hi, spans) < hi - lo for lo, hi in parts):
                found.append(("interview " + group if interview else group, sentence))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--exclude", type=Path, action="append", default=[], help="file of ids never to read"
    )
    parser.add_argument("--examples", type=int, default=0, help="sentences to print per group")
    parser.add_argument("--group", help="only this group (e.g. quote, verb:said, figure:count)")
    parser.add_argument("--seed", type=int, default=0, help="which sample of examples")
    args = parser.parse_args()
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    articles = audit_corpus(args.exclude)
    sentences = 0
    for article in articles:
        for group, sentence in uncovered(article.text):
            groups[group].append((article.id, sentence))
            sentences += 1
    print(f"{sentences} uncovered claim-like sentences in {len(articles)} articles")
    order = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    rng = random.Random(args.seed)
    for group, items in order:
        if args.group and group != args.group and not group.startswith(args.group + ":"):
            continue
        print(f"{len(items):5d}  {group}")
        for article_id, sentence in rng.sample(items, min(args.examples, len(items))):
            print(f"         [{article_id[:40]}] {' '.join(sentence.split())[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
