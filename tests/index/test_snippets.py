"""Highlights and snippets against Whoosh's own analysis: a highlighted word is exactly a word
the index's analyzer reads there, with a stem the query looks for."""

from __future__ import annotations

from index.model import Span
from index.schema import stemmed_analyzer
from index.snippets import SNIPPET_CHARS, Terms, highlight_spans, snippet
from tests.conftest import WIKINEWS

# Words that join, split and nest: dotted words ("U.S", "police.Station" are one word each),
# an underscore (a word character), a word inside a longer one, curly apostrophes, accents.
TRICKY = (
    "Police said the policeman’s police_car hit U.S. police.Station; police. "
    "Élysée officials (Elysee) said: “the police”. POLICE e.g. polices ...police... "
    "police"
)


def _analysed(text: str) -> list[tuple[int, int, str]]:
    """Each word the body's analyzer indexes: its characters in `text`, and its stem."""
    return [(t.startchar, t.endchar, t.text) for t in stemmed_analyzer()(text, chars=True)]


def _texts() -> list[str]:
    return [TRICKY, *(p.read_text(encoding="utf-8") for p in sorted(WIKINEWS.glob("*.md"))[:40])]


def test_highlights_are_the_words_the_analyzer_reads_with_a_wanted_stem() -> None:
    """One Terms for many articles, as a search uses it for all its hits: each article's
    highlights are its analysed words whose stem is wanted, whole words only."""
    texts = _texts()
    stems = {"polic", "said", "elyse", "offici", "u.", "e.g", "govern", "minist", "presid"}
    stems |= {stem for text in texts[1:] for _, _, stem in _analysed(text)[::97]}
    terms = Terms(stems)
    marked = 0
    for text in texts:
        expected = [(start, end) for start, end, stem in _analysed(text) if stem in stems]
        assert highlight_spans(text, terms) == expected
        marked += len(expected)
    assert marked > 2_000
    tricky = [TRICKY[a:b] for a, b in highlight_spans(TRICKY, Terms({"polic"}))]
    assert tricky == ["Police", "police", "police", "POLICE", "polices", "police", "police"]


def test_a_snippets_highlights_are_every_match_in_its_passage() -> None:
    terms = Terms({"polic", "said", "govern"})
    shown = 0
    for text in _texts():
        passage, spans = snippet(text, terms)
        start = text.replace("\n", " ").find(passage)
        assert start >= 0 and len(passage) <= SNIPPET_CHARS + 60
        inside = [
            (a - start, b - start)
            for a, b, stem in _analysed(text)
            if stem in terms.stems and start <= a and b <= start + len(passage)
        ]
        assert list(spans) == inside
        shown += bool(spans)
    assert shown > 20


def _phrase_spans(analysed: list[tuple[int, int, str]], phrase: tuple[str, ...]) -> set[Span]:
    """The words of each place where the analysed words' stems run as the phrase's."""
    stems = [stem for _, _, stem in analysed]
    spans: set[Span] = set()
    for i in range(len(stems) - len(phrase) + 1):
        if tuple(stems[i : i + len(phrase)]) == phrase:
            spans.update((a, b) for a, b, _ in analysed[i : i + len(phrase)])
    return spans


def test_a_phrases_words_are_highlighted_only_where_they_make_the_phrase() -> None:
    """As the index matches a phrase: its words in a row, stop words between them skipped
    (the index's positions skip them too)."""
    phrases = {("prime", "minist"), ("unit", "state"), ("told", "wikinew")}
    terms = Terms({"polic"}, phrases=phrases)
    in_phrases = 0
    for text in _texts():
        analysed = _analysed(text)
        expected = {(a, b) for a, b, stem in analysed if stem == "polic"}
        for phrase in phrases:
            in_phrases += len(_phrase_spans(analysed, phrase))
            expected |= _phrase_spans(analysed, phrase)
        assert highlight_spans(text, terms) == sorted(expected)
    assert in_phrases > 50
    text = "The minister met the Prime Minister; prime ministers of the states, the minister said."
    marked = [text[a:b] for a, b in highlight_spans(text, Terms(phrases={("prime", "minist")}))]
    assert marked == ["Prime", "Minister", "prime", "ministers"]
