"""The corpus's unstemmed words, for prefix, wildcard and fuzzy terms and for did-you-mean.

Stemmed terms cannot serve those (`play*` would become `plai*`, `goverment~` would become
`gover~`), and a second, unstemmed full-text field would double what Whoosh writes per
article, and so the build time. So the words are noted while Whoosh analyses the articles
(schema.INDEXED_WORDS), stored as word lists in "vocabulary documents" of the index after
each batch (committed with the articles they come from: a crash cannot split them), loaded
once per searcher as one sorted list, and searched with bisect for prefixes and with
Whoosh's Levenshtein automata for edit distance.

The list only grows between rebuilds: a word whose articles were all deleted stays until the
next one. That is harmless, since every expansion is checked against the real fields.
"""

from __future__ import annotations

import bisect
import os
import time
from collections.abc import Iterable, Iterator

from whoosh.automata.fsa import find_all_matches
from whoosh.automata.lev import levenshtein_automaton
from whoosh.reading import IndexReader
from whoosh.writing import IndexWriter

from index.schema import INDEXED_WORDS, STOPS

VOCAB_ID_PREFIX = "//vocab/"  # never an article id: those are relative paths
VOCAB_MARK = "yes"
VOCAB_CHUNK = 50_000  # words per vocabulary document


class Vocabulary:
    """A sorted list of distinct words."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.words = sorted(set(words))

    def __len__(self) -> int:
        return len(self.words)

    def __contains__(self, word: object) -> bool:
        i = bisect.bisect_left(self.words, word)  # type: ignore[call-overload]
        return i < len(self.words) and self.words[i] == word

    def with_prefix(self, prefix: str, limit: int) -> Iterator[str]:
        """Up to `limit` words starting with `prefix`, in alphabetical order."""
        start = bisect.bisect_left(self.words, prefix)
        for word in self.words[start : start + limit]:
            if not word.startswith(prefix):
                return
            yield word

    def within(self, word: str, maxdist: int, prefix: int) -> list[tuple[int, str]]:
        """(distance, word) for each word within `maxdist` edits of `word` (itself included
        at distance 0 if present) that shares its first `prefix` letters, closest first.

        Whoosh's Levenshtein automaton walks the sorted list, as its ListCorrector does
        (whose own list lookup fails on short lists)."""
        found = [(0, word)] if word in self else []
        seen = {word}
        for distance in range(1, maxdist + 1):
            automaton = levenshtein_automaton(word, distance, prefix).to_dfa()
            for match in find_all_matches(automaton, self._first_from):
                if match not in seen:
                    seen.add(match)
                    found.append((distance, match))
        return found

    def _first_from(self, word: str) -> str | None:
        """The first word at or after `word` in the list (the automaton's lookup)."""
        i = bisect.bisect_left(self.words, word)
        return self.words[i] if i < len(self.words) else None

    @classmethod
    def load(cls, reader: IndexReader) -> Vocabulary:
        """The vocabulary held by a reader's vocabulary documents."""
        if ("vocab", VOCAB_MARK) not in reader:
            return cls()
        words: list[str] = []
        for docnum in reader.postings("vocab", VOCAB_MARK).all_ids():
            words.extend(reader.stored_fields(docnum).get("words", "").split("\n"))
        return cls(w for w in words if w)


def take_indexed_words() -> set[str]:
    """The words this process indexed since the last call (stop words and single letters
    left out, as the index leaves them out); forgets them."""
    words = {w for w in INDEXED_WORDS if len(w) > 1 and w not in STOPS}
    INDEXED_WORDS.clear()
    return words


def add_vocabulary(writer: IndexWriter, words: Iterable[str]) -> None:
    """Add documents holding `words` to what `writer` will commit."""
    ordered = sorted(words)
    tag = f"{time.time_ns()}-{os.getpid()}"
    for n, start in enumerate(range(0, len(ordered), VOCAB_CHUNK)):
        writer.add_document(
            id=f"{VOCAB_ID_PREFIX}{tag}/{n}",
            vocab=VOCAB_MARK,
            words="\n".join(ordered[start : start + VOCAB_CHUNK]),
        )
