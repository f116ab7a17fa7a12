"""Grow the 303 Wikinews articles into a corpus of any size, with variations, for benchmarks.

Each generated article starts from a seed article, swaps a third of its paragraphs for paragraphs
of other articles, shuffles the rest (the lead stays first), and varies names and numbers, so the
vocabulary grows with the corpus as a real archive's does (new names, new figures). Deterministic
for a given seed. Nothing generated is ever committed.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

WIKINEWS = Path(__file__).resolve().parent.parent / "tests" / "data" / "wikinews" / "articles"
PER_FOLDER = 1000
_NAME_SUFFIXES = ("", "", "", "a", "o", "ov", "en", "son", "ski", "ez", "ini", "berg", "ton", "er")
_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Seed:
    title: str
    date: dt.date
    paragraphs: tuple[str, ...]


def load_seeds(folder: Path = WIKINEWS) -> list[Seed]:
    seeds = []
    for path in sorted(folder.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        title = re.search(r'^title: "?(.*?)"?$', front, re.M)
        date = re.search(r"^date: (\S+)$", front, re.M)
        paragraphs = tuple(p.strip() for p in body.split("\n\n") if p.strip())
        if title and date and paragraphs:
            seeds.append(Seed(title[1], dt.date.fromisoformat(date[1]), paragraphs))
    return seeds


def proper_names(seeds: list[Seed]) -> frozenset[str]:
    """Capitalised words never seen in lower case: names, to vary without mangling prose."""
    text = "\n".join(p for s in seeds for p in s.paragraphs)
    lower = set(re.findall(r"\b[a-z]+\b", text))
    return frozenset(w for w in _WORD.findall(text) if w.lower() not in lower)


def vary(text: str, variant: int, names: frozenset[str], rng: random.Random) -> str:
    def name(match: re.Match[str]) -> str:
        word = match[0]
        if word not in names:
            return word
        pick = zlib.crc32(f"{variant}:{word}".encode()) % len(_NAME_SUFFIXES)
        return word + _NAME_SUFFIXES[pick]

    def number(match: re.Match[str]) -> str:
        digits = len(match[0])
        return str(rng.randrange(10 ** (digits - 1) if digits > 1 else 0, 10**digits))

    return _NUMBER.sub(number, _WORD.sub(name, text))


def article_text(seed: Seed, body: str, date: dt.date) -> str:
    title = seed.title.replace('"', "'")
    return f'---\ntitle: "{title}"\ndate: {date.isoformat()}\nsource: Wikinews\n---\n{body}\n'


def generate(dest: Path, count: int, seed: int = 1234) -> list[Path]:
    """Write `count` articles under `dest` (1000 per folder); returns their paths."""
    seeds = load_seeds()
    names = proper_names(seeds)
    pool = [p for s in seeds for p in s.paragraphs]
    paths = []
    for i in range(count):
        base = seeds[i % len(seeds)]
        variant = i // len(seeds)
        rng = random.Random(f"{seed}-{i}")
        paragraphs = list(base.paragraphs)
        title = base.title
        if variant:
            for j in rng.sample(range(len(paragraphs)), max(1, len(paragraphs) // 3)):
                paragraphs[j] = rng.choice(pool)
            rest = paragraphs[1:]
            rng.shuffle(rest)
            paragraphs = [paragraphs[0], *rest]
            title = vary(title, variant, names, rng)
        body = "\n\n".join(paragraphs)
        if variant:
            body = vary(body, variant, names, rng)
        date = base.date + dt.timedelta(days=3 * variant)
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:50]
        path = dest / f"{i // PER_FOLDER:03d}" / f"{i:06d}-{slug}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_text(Seed(title, base.date, ()), body, date), encoding="utf-8")
        paths.append(path)
    return paths
