"""Every speaker the claim detector names on the unlabelled corpus, with suspicious shapes flagged.

    python bench/speakers_audit.py [--exclude FILE] [--flagged] [--dump FILE] [--examples N]

Runs `detect_claims` over the bundled samples and the Wikinews test corpus, minus the held-out
articles (their file names, one a line, in `--exclude` files; and the ids of any label files in
tests/data/claims/heldout*/, whose contents are never opened), and prints each distinct
`speaker` string with its count, an example claim, and the shapes that make it look wrong:
a conjunction or adverb swallowed into the name ("But media"), a trailing pronoun or verb
("the Ministry he"), a possessive, a role glued to a name ("the Refugee Council Enver
Solomon"), a bare demonym ("Turkish"), a name the article writes longer ("Notes" beside "Notes
from Poland"), a pronoun left unresolved, an owner's description ("its source"). Flags are
leads to read, not verdicts: the summary counts them so a change can be compared before/after.

`--dump FILE` also writes every claim as JSON (`{id: [claim, ...]}`), to diff the detector's
output before and after a change that should not alter it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from articles import Article, detect_claims, read_article  # noqa: E402
from articles.claims.lexicon import (  # noqa: E402
    DATA_NOUNS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    RECORD_NOUNS,
    SPEECH_FORMS,
    TITLES,
    is_demonym,
    words,
)
from articles.loader import SAMPLES_DIR, discover  # noqa: E402

WIKINEWS = REPO / "tests" / "data" / "wikinews" / "articles"
LABELS = REPO / "tests" / "data" / "claims"


def excluded_ids(exclude_files: list[Path]) -> set[str]:
    """Ids never to read: one file name (or id) a line in each file, and the names of the
    label files of every held-out set (tests/data/claims/heldout*/)."""
    ids: set[str] = set()
    for listing in exclude_files:
        for line in listing.read_text(encoding="utf-8").splitlines():
            name = Path(line.strip()).name
            if name:
                ids.add(name.removesuffix(".md").removesuffix(".txt"))
    ids.update(p.stem for p in LABELS.glob("heldout*/*.yaml"))
    return ids


def audit_corpus(
    exclude_files: list[Path], roots: tuple[Path, ...] = (SAMPLES_DIR, WIKINEWS)
) -> list[Article]:
    """The samples and the Wikinews articles, held-out files left unread."""
    skip = excluded_ids(exclude_files)
    articles = []
    for root in roots:
        files, _ = discover(root)
        articles.extend(read_article(f) for f in files if f.id not in skip)
    return articles


_LEADING = words(
    "but and or nor so yet however meanwhile also then now still instead separately earlier "
    "later thus while when as if although though because after before since in on at with for "
    "from by of to that amongst whilst um uh"
)
_OWNERS = words("its his her their our my your")
_NOUNS = DOCUMENT_NOUNS | RECORD_NOUNS | DATA_NOUNS | GROUP_NOUNS | PERSON_NOUNS
_VERB_ENDINGS = words("spoke was were is are has have had will would did does")
_CONTRACTION = re.compile(r"^I(?:[’'](?:d|m|ve|ll))?$")
_POSSESSIVE = re.compile(r"[’']s?$")
_ROLE_WORDS = PERSON_NOUNS | TITLES
# A joiner written before a name that is only the tail of a longer one: "Pacific Gas and
# [Electric Company]", "Notes from Poland" read as "Poland", "14th [Amendment]", "PG&[E]".
_JOINED_BEFORE = re.compile(
    r"(?:[A-Z][\w’'.-]*(?: and| of| of the| for| from)|\d+(?:st|nd|rd|th)|&|[’'])\s?$"
)
_JOINED_AFTER = re.compile(r"^(?: (?:of|from|for|de|du|van|von) (?:the )?[A-Z]|&)")


def _cut_short(core: str, text: str) -> bool:
    """Whether a name of a body (or of one word) never stands alone in the text: every time it
    is written it is the tail (or the head) of a longer capitalised name."""
    if " " in core and not any(w.lower() in ORG_WORDS for w in core.split()):
        return False  # a person's name ("Donald Trump" is always "President Donald Trump")
    found = False
    for match in re.finditer(rf"(?<![\w&]){re.escape(core)}(?![\w&])", text):
        found = True
        before = text[max(0, match.start() - 40) : match.start()]
        after = text[match.end() : match.end() + 30]
        if not (_JOINED_BEFORE.search(before) or _JOINED_AFTER.match(after)):
            return False
    return found


def flags(speaker: str, text: str) -> list[str]:
    """Why a speaker string looks malformed (empty: it looks like a name or a description).
    Leads to read, not verdicts."""
    found = []
    parts = speaker.split()
    if not parts:
        return ["empty"]
    low = [p.lower().strip(",.;:") for p in parts]
    core_parts = parts[1:] if low[0] == "the" and len(parts) > 1 else parts
    core = " ".join(core_parts)
    first = core_parts[0].lower()
    if first in _LEADING:
        found.append("leading-function-word")
    last = low[-1]
    verbish = last in PRONOUNS or last in SPEECH_FORMS or last in _VERB_ENDINGS
    if len(parts) > 1 and parts[-1].islower() and last not in _NOUNS and verbish:
        found.append("trailing-pronoun-or-verb")
    if len(parts) > 1 and _POSSESSIVE.search(parts[-1]):
        found.append("possessive")
    elif any(
        _POSSESSIVE.search(p) and p[:1].isupper() and q[:1].isupper()
        for p, q in pairwise(core_parts)
    ):
        found.append("possessive")  # "Turkey's Disaster ... Presidency": owner glued to a name
    if first in _OWNERS:
        found.append("owner-description")
    if speaker.lower() in PRONOUNS or speaker.lower() in ("him", "them", "us", "me"):
        found.append("unresolved-pronoun")
    if _CONTRACTION.match(speaker) or speaker.lower() in ("um", "uh", "amongst", "whilst"):
        found.append("not-a-name")
    if len(core_parts) == 1 and is_demonym(core_parts[0]):
        found.append("demonym")
    caps_tail = len(core_parts) >= 3 and all(
        p[:1].isupper() and p.lower() not in ORG_WORDS and not is_demonym(p)
        for p in core_parts[-2:]
    )
    before_tail = core_parts[-3] if len(core_parts) >= 3 else ""
    joined = before_tail[:1].isupper() or before_tail.lower() in _ROLE_WORDS | {"the"}
    if (
        caps_tail
        and joined
        and " and " not in core
        and (
            any(w.lower() in ORG_WORDS for w in core_parts[:-2] if w[:1].isupper())
            or any(w.lower().strip(",") in _ROLE_WORDS for w in core_parts[:-2])
        )
    ):
        found.append("role-glued-to-name")
    if core[:1].isdigit() or any(c in speaker for c in '“”"()[];:!?'):
        found.append("number-or-punctuation")
    if len(parts) > 8:
        found.append("long")
    if core[:1].isupper() and _cut_short(core, text):
        found.append("cut-short")
    if core[:1].isupper() and len(core_parts) <= 3 and _place_after_place(core, text):
        found.append("place-in-apposition")
    return found


# "... of the University of Arkansas, [Fayetteville]", "from Toronto, [Canada]": a place that
# only ever follows another place is the second half of "City, State", not a speaker.
_PLACE_BEFORE = re.compile(
    r"(\w+),? (?:of|from|in|at|near) (?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*, $"
)


def _place_after_place(core: str, text: str) -> bool:
    found = False
    for match in re.finditer(rf"(?<![\w&]){re.escape(core)}(?![\w&])", text):
        found = True
        place = _PLACE_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if place is None or place.group(1).lower() in _ROLE_WORDS:
            return False  # "the Mayor of London, Sadiq Khan": an apposition, not a place
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--exclude", type=Path, action="append", default=[], help="file of ids never to read"
    )
    parser.add_argument("--flagged", action="store_true", help="list only flagged speakers")
    parser.add_argument("--examples", type=int, default=1, help="example claims per speaker")
    parser.add_argument("--dump", type=Path, help="write every claim as JSON to this file")
    args = parser.parse_args()
    articles = audit_corpus(args.exclude)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    flagged: dict[str, list[str]] = {}
    dump: dict[str, list[dict[str, object]]] = {}
    claims_total = 0
    for article in articles:
        found = detect_claims(article.text)
        claims_total += len(found)
        if args.dump is not None:
            dump[article.id] = [c.to_json() for c in found]
        for claim in found:
            if claim.speaker is None:
                continue
            counts[claim.speaker] += 1
            if len(examples[claim.speaker]) < args.examples:
                example = f"{article.id[:40]} [{claim.cue}] {claim.text[:110]}"
                examples[claim.speaker].append(example)
            shape = flags(claim.speaker, article.text)
            if shape:
                flagged.setdefault(claim.speaker, shape)
    if args.dump is not None:
        args.dump.write_text(json.dumps(dump, indent=0, ensure_ascii=False) + "\n", "utf-8")
    attributed = sum(counts.values())
    print(
        f"{len(articles)} articles, {claims_total} claims, {attributed} with a speaker, "
        f"{len(counts)} distinct speakers"
    )
    for speaker, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].lower())):
        shape = flagged.get(speaker, [])
        if args.flagged and not shape:
            continue
        mark = f"  <- {', '.join(shape)}" if shape else ""
        print(f"{count:4}  {speaker}{mark}")
        for example in examples[speaker]:
            print(f"        {example}")
    by_flag: Counter[str] = Counter()
    claims_by_flag: Counter[str] = Counter()
    for speaker, shape in flagged.items():
        for flag in shape:
            by_flag[flag] += 1
            claims_by_flag[flag] += counts[speaker]
    print(f"\nflagged: {len(flagged)} distinct speakers, {sum(counts[s] for s in flagged)} claims")
    for flag, n in sorted(by_flag.items()):
        print(f"  {flag:<26} {n:4} speakers {claims_by_flag[flag]:5} claims")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
