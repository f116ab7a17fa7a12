"""Texts and small builders shared by the annotation tests."""

from __future__ import annotations

ARTICLE = "world/kursk-swap"

TEXT = (
    "The Kremlin has ruled out any territorial exchange with Ukraine.\n\n"
    "“Russia has never discussed, and will not discuss, the subject of exchanging its "
    "territory,” Kremlin spokesman Dmitry Peskov told reporters on Wednesday.\n\n"
    "Ukrainian President Volodymyr Zelensky said on Tuesday that Kyiv would offer to swap "
    "the Kursk region for occupied Ukrainian land. About 85% of respondents in a recent poll "
    "opposed any such deal, the survey's authors said.\n\n"
    "Peskov added that the matter was closed. Analysts were not convinced."
)


def span(text: str, quote: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the `occurrence`-th `quote` in `text` (test helper; asserts it is there)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return start, start + len(quote)
