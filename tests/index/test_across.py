"""Across articles, on a real index: speakers of the corpus, their claims, related claims and
quote variants, kept right by incremental updates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from articles.across import parse_alias_table, parse_name
from articles.across.names import skeleton
from index import ClaimNotFoundError, NewsIndex, UnknownSpeakerError, open_index
from tests.conftest import SAMPLES, write

S1, S2, S3, S4 = (sorted(p.stem for p in SAMPLES.glob("*.txt"))[i] for i in (1, 2, 3, 4))

# Articles of our own (Markdown: a paragraph's lines are joined): a mayor's statement quoted in
# one and paraphrased in another, and two people who share a surname.
OWN = {
    "city/bridge-quote.md": """---
title: Harbour Bridge to reopen in June
date: 2025-03-01
---
The Harbour Bridge has been closed since January, when inspectors found cracks in its piers.

“We will reopen the Harbour Bridge to traffic in June, once the repairs to the piers are done,”
Mayor Karen Olsen said on Monday.

Olsen said the city would also hire 40 new teachers this autumn.
""",
    "city/bridge-paraphrase.md": """---
title: Repairs on the Harbour Bridge
date: 2025-03-03
---
Karen Olsen, the city's mayor, said the Harbour Bridge would reopen to traffic in June after the
repairs to its cracked piers.

Residents have complained about long detours since the closure.
""",
    "london/night-tube.md": """---
title: Night trains return
date: 2025-04-01
---
London Mayor Sadiq Khan said the Night Tube would run on the Victoria line every Friday from May.
""",
    "london/trial.md": """---
title: Trial opens
date: 2025-04-02
---
Usman Khan told the court that he had acted alone and regretted the attack on the bridge.
""",
    "london/khan.md": """---
title: A statement
date: 2025-04-03
---
Khan said the Night Tube would also run on the Jubilee line.
""",
}


@pytest.fixture
def samples(tmp_path: Path, samples_copy: Path) -> NewsIndex:
    index = open_index(tmp_path / "index", samples_copy)
    index.update()
    yield index
    index.close()


@pytest.fixture
def own(tmp_path: Path, corpus_dir: Path) -> NewsIndex:
    for rel, text in OWN.items():
        write(corpus_dir, rel, text)
    index = open_index(tmp_path / "index", corpus_dir)
    index.update()
    yield index
    index.close()


def claim_at(index: NewsIndex, article_id: str, words: str) -> int:
    """The position of the claim of an article whose text contains `words`."""
    found = [k for k, c in enumerate(index.article_claims(article_id)) if words in c.text]
    assert len(found) == 1, (article_id, words, found)
    return found[0]


def test_putins_quote_in_two_articles_is_related_and_a_variant(samples: NewsIndex) -> None:
    k2 = claim_at(samples, S2, "by force of arms")
    k3 = claim_at(samples, S3, "by force, or Ukrainian troops will leave")
    related = samples.related(S2, k2)
    match = next(r for r in related if (r.id, r.claim) == (S3, k3))
    assert match.speaker == "Vladimir Putin" and match.kind == "quote"
    assert match.variant and match is related[0]
    assert 0.8 <= match.score <= 1
    assert match.diff is not None
    assert [(d.op, d.old, d.new) for d in match.diff if d.op != "same"] == [
        ("dropped", "of arms", None),
        ("added", None, "will"),
    ]
    assert match.text == samples.article_claims(S3)[k3].text
    # And from the other article, the other way round.
    back = next(r for r in samples.related(S3, k3) if (r.id, r.claim) == (S2, k2))
    assert back.variant and back.diff is not None
    assert [(d.op, d.old, d.new) for d in back.diff if d.op != "same"] == [
        ("added", None, "of arms"),
        ("dropped", "will", None),
    ]


def test_related_claims_come_from_other_articles_best_first(samples: NewsIndex) -> None:
    for article in (S1, S2, S3, S4):
        for k in range(len(samples.article_claims(article))):
            related = samples.related(article, k, limit=5)
            assert len(related) <= 5
            assert all(r.id != article for r in related)
            assert all(0 < r.score <= 1 for r in related)
            assert [r.score for r in related] == sorted((r.score for r in related), reverse=True)
            assert all(r.diff is None for r in related if not r.variant)


def test_every_zelensky_spelling_is_one_speaker_and_no_one_is_listed_twice(
    samples: NewsIndex,
) -> None:
    speakers = samples.speakers()
    zelensky = [s for s in speakers if "zelensk" in s.name.lower()]
    assert len(zelensky) == 1
    assert zelensky[0].name == "Volodymyr Zelensky"
    assert "Volodymyr Zelenskyy" in zelensky[0].aliases  # how the BBC piece (S1) spells it
    assert zelensky[0].articles == 4
    assert all(samples.find_speaker(n) == zelensky[0] for n in ("Zelenskiy", "mr zelenskyy"))
    # Most claims first; and no two entries are one person under two spellings.
    assert [s.claims for s in speakers] == sorted((s.claims for s in speakers), reverse=True)
    people = [parse_name(s.name) for s in speakers if parse_name(s.name).kind == "person"]
    surnames = [skeleton(p.surname) for p in people]
    assert len(surnames) == len(set(surnames)), [s.name for s in speakers]
    assert {"Vladimir Putin", "Donald Trump", "Dmitry Peskov", "the Kremlin"} <= {
        s.name for s in speakers
    }
    # Descriptions name no one in particular: they are not speakers of the corpus.
    assert not any("official" in s.name for s in speakers)


def test_claims_of_one_speaker_across_the_corpus(samples: NewsIndex) -> None:
    claims = samples.claims_by_speaker("zelenskiy")
    assert {c.id for c in claims} == {S1, S2, S3, S4}
    assert len(claims) == samples.find_speaker("Zelensky").claims  # type: ignore[union-attr]
    for c in claims:
        stored = samples.article_claims(c.id)[c.claim]
        assert (stored.text, stored.start, stored.end, stored.kind) == (
            c.text,
            c.start,
            c.end,
            c.kind,
        )
        assert "zelensk" in c.speaker.lower()
    with pytest.raises(UnknownSpeakerError) as error:
        samples.claims_by_speaker("Putn")
    assert error.value.suggestions == ("Vladimir Putin",)


def test_a_paraphrase_of_the_same_statement_is_related(own: NewsIndex) -> None:
    quote = claim_at(own, "city/bridge-quote", "We will reopen")
    related = own.related("city/bridge-quote", quote)
    paraphrase = claim_at(own, "city/bridge-paraphrase", "would reopen")
    match = next(r for r in related if (r.id, r.claim) == ("city/bridge-paraphrase", paraphrase))
    assert match.kind == "reported" and match.speaker == "Karen Olsen"
    assert not match.variant and match.diff is None  # a paraphrase, not a retold quote
    # And the reported statement finds the quote; the mayor's other statement is not related.
    back = own.related("city/bridge-paraphrase", paraphrase)
    assert ("city/bridge-quote", quote) in {(r.id, r.claim) for r in back}
    teachers = claim_at(own, "city/bridge-quote", "teachers")
    assert ("city/bridge-quote", teachers) not in {(r.id, r.claim) for r in back}
    assert not own.related("city/bridge-quote", teachers)


def test_people_sharing_a_surname_stay_apart_until_the_corpus_says_otherwise(
    own: NewsIndex, corpus_dir: Path
) -> None:
    names = {s.name: s for s in own.speakers()}
    assert {"Sadiq Khan", "Usman Khan", "Khan"} <= set(names)
    assert [c.id for c in own.claims_by_speaker("Sadiq Khan")] == ["london/night-tube"]
    assert [c.id for c in own.claims_by_speaker("Usman Khan")] == ["london/trial"]
    # Once the other Khan is gone from the corpus, "Khan" alone can only be Sadiq Khan.
    (corpus_dir / "london" / "trial.md").unlink()
    own.update()
    names = {s.name: s for s in own.speakers()}
    assert "Usman Khan" not in names and "Khan" not in names
    assert names["Sadiq Khan"].aliases == ("Khan",)
    assert [c.id for c in own.claims_by_speaker("Sadiq Khan")] == [
        "london/khan",
        "london/night-tube",
    ]


def test_updates_keep_related_claims_right(samples: NewsIndex, samples_copy: Path) -> None:
    k2 = claim_at(samples, S2, "by force of arms")
    retold = """---
title: Putin repeats his demand
date: 2025-12-06
---
“Either we liberate these territories by force of arms, or Ukrainian troops leave these
territories and stop fighting,” Vladimir Putin told the channel.
"""
    write(samples_copy, "extra/retold.md", retold)
    assert samples.update().added == 1
    found = {r.id: r for r in samples.related(S2, k2)}
    assert found["extra/retold"].variant
    assert found["extra/retold"].diff is not None
    assert [(d.op, d.new) for d in found["extra/retold"].diff if d.op != "same"] == [
        ("added", "and stop fighting")
    ]
    (samples_copy / "extra" / "retold.md").unlink()
    shutil.rmtree(samples_copy / "extra")
    assert samples.update().removed == 1
    assert "extra/retold" not in {r.id for r in samples.related(S2, k2)}
    putin = samples.find_speaker("Putin")
    assert putin is not None and putin.articles == 2


def test_the_alias_table_applies_without_reindexing(samples: NewsIndex) -> None:
    before = {s.name for s in samples.speakers()}
    assert {"Kyiv", "Ukraine"} <= before
    samples.speaker_aliases = parse_alias_table("Kyiv: [Ukraine]\n")
    kyiv = samples.find_speaker("ukraine")
    assert kyiv is not None and kyiv.name == "Kyiv" and kyiv.aliases == ("Ukraine",)
    assert {s.name for s in samples.speakers()} == before - {"Ukraine"}


def test_unknown_articles_and_claims_are_one_line_errors(samples: NewsIndex) -> None:
    count = len(samples.article_claims(S2))
    with pytest.raises(ClaimNotFoundError, match=f"has claims 0 to {count - 1}; there is no"):
        samples.related(S2, count)
    with pytest.raises(ClaimNotFoundError, match="there is no claim -1"):
        samples.related(S2, -1)
    with pytest.raises(ClaimNotFoundError, match="no article 'nope' in the index"):
        samples.related("nope", 0)
    with pytest.raises(ClaimNotFoundError):
        samples.related("//vocab/x", 0)
