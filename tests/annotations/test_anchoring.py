"""Re-anchoring notes on a text that changed since they were made."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations import AnnotationStore, anchor, find_quote, make_target
from annotations.anchoring import MIN_FUZZY_SCORE
from tests.annotations.helpers import ARTICLE, TEXT, span

QUOTE = "Russia has never discussed, and will not discuss, the subject of exchanging its territory"


def test_unchanged_text_is_exact() -> None:
    target = make_target(TEXT, *span(TEXT, QUOTE))
    found = anchor(TEXT, target)
    assert (found.status, found.start, found.end, found.score) == (
        "exact",
        target.start,
        target.end,
        1.0,
    )


@pytest.mark.parametrize(
    "edit",
    [
        lambda t: "BREAKING: a new first paragraph was added.\n\n" + t,  # insertion before
        lambda t: t.replace("The Kremlin has ruled out any territorial exchange with Ukraine.", ""),
        lambda t: t.replace("Kremlin has ruled out", "Kremlin on Wednesday ruled out"),
    ],
    ids=["inserted-before", "deleted-before", "edited-before"],
)
def test_text_changed_before_the_span_is_moved(edit) -> None:  # type: ignore[no-untyped-def]
    target = make_target(TEXT, *span(TEXT, QUOTE))
    new = edit(TEXT)
    assert new != TEXT
    found = anchor(new, target)
    assert found.status == "moved"
    assert (found.start, found.end) == span(new, QUOTE)
    assert MIN_FUZZY_SCORE < found.score < 1.0


def test_a_changed_word_inside_the_span_is_fuzzy() -> None:
    target = make_target(TEXT, *span(TEXT, QUOTE))
    new = "An editor's note was added at the top.\n\n" + TEXT.replace(
        "will not discuss", "would never discuss"
    )
    found = anchor(new, target)
    assert found.status == "fuzzy"
    assert found.start is not None and found.end is not None
    assert new[found.start : found.end] == QUOTE.replace("will not discuss", "would never discuss")
    assert MIN_FUZZY_SCORE <= found.score < 1.0


def test_a_deleted_span_is_an_orphan() -> None:
    target = make_target(TEXT, *span(TEXT, QUOTE))
    paragraph = TEXT.split("\n\n")[1]
    new = TEXT.replace(paragraph + "\n\n", "")
    assert anchor(new, target).status == "orphan"
    assert (anchor(new, target).start, anchor(new, target).end) == (None, None)


def test_the_occurrence_nearest_the_old_position_wins() -> None:
    first, second = span(TEXT, "Peskov"), span(TEXT, "Peskov", 1)
    target = make_target(TEXT, *second)
    new = "Preface. " + TEXT
    found = anchor(new, target)
    assert (found.status, found.start) == ("moved", second[0] + len("Preface. "))
    assert found.start != first[0] + len("Preface. ")


def test_context_picks_between_two_equally_edited_copies() -> None:
    """The same quote, changed the same way in two places: prefix and suffix decide."""
    sentence = "the minister said the figure was 85 percent"
    text = f"In March, {sentence} in a statement. Later that year {sentence} to the press."
    target = make_target(text, *span(text, sentence, 1))
    new = text.replace("85 percent", "58 percent")
    found = anchor(new, target)
    assert found.status == "fuzzy"
    assert found.start == new.index("the minister", new.index("Later"))


def test_non_latin_text_and_many_distinct_characters() -> None:
    """edlib takes 256 symbols; characters outside the quote share one code, exactly."""
    filler = "".join(chr(0x4E00 + i) for i in range(600))  # 600 distinct CJK characters
    quote = "Песков заявил, что вопрос закрыт"
    text = filler + " " + quote + " " + filler
    target = make_target(text, *span(text, quote))
    new = (filler[:50] + text).replace("заявил", "сказал")
    found = anchor(new, target)
    assert found.status == "fuzzy"
    assert new[found.start : found.end] == quote.replace("заявил", "сказал")


def test_store_lists_orphans_apart_and_updates_selectors_on_the_next_save(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path)
    kept = store.add(ARTICLE, TEXT, *span(TEXT, QUOTE), note="quote")
    gone = store.add(ARTICLE, TEXT, *span(TEXT, "Analysts were not convinced"), note="gone")
    new = "Update: a paragraph was added.\n\n" + TEXT.replace(" Analysts were not convinced.", "")
    listed = store.for_article(ARTICLE, new)
    assert [(a.annotation.id, a.status) for a in listed.anchored] == [(kept.id, "moved")]
    assert [(a.annotation.id, a.status, a.start) for a in listed.orphans] == [
        (gone.id, "orphan", None)
    ]
    assert len(listed) == 2
    # Reading does not write; the next save moves the stored selectors (orphans stay put).
    assert set(store.notes(ARTICLE)) == {kept, gone}
    store.add(ARTICLE, new, *span(new, "85%"), note="new one")
    stored = {n.id: n for n in store.notes(ARTICLE)}
    assert (stored[kept.id].target.start, stored[kept.id].target.end) == span(new, QUOTE)
    assert stored[kept.id].target.prefix == new[span(new, QUOTE)[0] - 32 : span(new, QUOTE)[0]]
    assert stored[kept.id].modified == kept.modified  # moving a selector is not an edit
    assert stored[gone.id].target == gone.target
    assert store.for_article(ARTICLE, new).anchored[0].status == "exact"
    assert [a.annotation.id for a in store.for_article(ARTICLE, new).orphans] == [gone.id]


def test_find_quote_forgives_typography_and_white_space() -> None:
    assert find_quote(TEXT, "Dmitry Peskov") == [span(TEXT, "Dmitry Peskov")]
    start = TEXT.index("the survey's")
    assert find_quote(TEXT, "the survey's authors") == [(start, start + 20)]
    start = TEXT.index("“Russia")
    (found,) = find_quote(TEXT, '"Russia has never discussed,   and')
    assert found[0] == start and TEXT[found[0] : found[1]].endswith("discussed, and")
    (found,) = find_quote(TEXT, "with Ukraine. “Russia")
    assert TEXT[found[0] : found[1]] == "with Ukraine.\n\n“Russia"
    assert find_quote(TEXT, "Peskov") == [span(TEXT, "Peskov"), span(TEXT, "Peskov", 1)]
    assert find_quote(TEXT, "not in the text") == []
    assert find_quote(TEXT, "   ") == []
