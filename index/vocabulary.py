"""The corpus's unstemmed words, for prefix, wildcard and fuzzy terms and for did-you-mean.

Stemmed terms cannot serve those (`play*` would become `plai*`, `goverment~` would become
`gover~`), and a second, unstemmed full-text field would double what Whoosh writes per
article, and so the build time. So the words are kept as a sorted list, stored in a few
"vocabulary documents" of the index (committed with the articles they come from: a crash
cannot split them), loaded once per searcher, and searched with bisect for prefixes and
with Whoosh's Levenshtein automata for edit distance.

The list only grows between rebuilds: a word whose articles were all deleted stays until the
next one. That is harmless, since every expansion is checked against the real fields.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.reading import IndexReader
from whoosh.spelling import ListCorrector

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
        at distance 0 if present) that shares its first `prefix` letters."""
        found = [(0, word)] if word in self else []
        corrector = ListCorrector(self.words)
        # `_suggestions` is the corrector's documented low-level generator: every match,
        # by increasing distance, where `suggest` would cut to a top few.
        found += [(-score, w) for score, w in corrector._suggestions(word, maxdist, prefix)]
        return found

    @classmethod
    def load(cls, reader: IndexReader) -> Vocabulary:
        """The vocabulary held by a reader's vocabulary documents."""
        if ("vocab", VOCAB_MARK) not in reader:
            return cls()
        words: list[str] = []
        for docnum in reader.postings("vocab", VOCAB_MARK).all_ids():
            words.extend(reader.stored_fields(docnum).get("words", "").split("\n"))
        return cls(w for w in words if w)


def vocabulary_documents(words: Iterable[str], tag: str) -> list[dict[str, Any]]:
    """Documents holding `words` (new words only, for an incremental update)."""
    ordered = sorted(words)
    return [
        {
            "id": f"{VOCAB_ID_PREFIX}{tag}/{n}",
            "vocab": VOCAB_MARK,
            "words": "\n".join(ordered[start : start + VOCAB_CHUNK]),
        }
        for n, start in enumerate(range(0, len(ordered), VOCAB_CHUNK))
    ]
