"""The claims of an article as the index keeps them, for lookups across articles.

Each article document stores its claims (offsets into the stored body, kind, speaker as
written, cue, confidence) and, in a column read in one pass for the whole corpus, its
speakers with their claim counts. Both are written with the article, in the same commit, so
they can never disagree with the text they point into. Canonical speakers are not stored:
they depend on the whole corpus and on the user's alias table, and are worked out when read.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from articles import Claim
from articles.claims import CLAIM_KINDS

_KIND_CODE = {kind: kind[0] for kind in CLAIM_KINDS}
_CODE_KIND = {code: kind for kind, code in _KIND_CODE.items()}


def encode_claims(claims: Sequence[Claim]) -> str:
    """Compact JSON: [[start, end, kind letter, speaker, cue, confidence], ...]."""
    rows = [
        [c.start, c.end, _KIND_CODE[c.kind], c.speaker or "", c.cue or "", round(c.confidence, 3)]
        for c in claims
    ]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def decode_claims(raw: str, body: str) -> list[Claim]:
    """The claims stored by `encode_claims`, their texts cut from the stored body."""
    if not raw:
        return []
    return [
        Claim(start, end, body[start:end], _CODE_KIND[kind], speaker or None, cue or None, conf)
        for start, end, kind, speaker, cue, conf in json.loads(raw)
    ]


def claim_spans(raw: str) -> list[tuple[int, int]]:
    """The offsets of the claims stored by `encode_claims`, without building the claims."""
    return [(row[0], row[1]) for row in json.loads(raw)] if raw else []


def encode_speakers(claims: Sequence[Claim]) -> bytes:
    """`name<TAB>claims` lines, one per speaker as written (b"" for none)."""
    counts = Counter(" ".join(c.speaker.split()) for c in claims if c.speaker)
    return "\n".join(f"{name}\t{n}" for name, n in sorted(counts.items())).encode("utf-8")


def decode_speakers(raw: bytes) -> list[tuple[str, int]]:
    if not raw:
        return []
    pairs = []
    for line in raw.decode("utf-8").split("\n"):
        name, _, count = line.rpartition("\t")
        pairs.append((name, int(count)))
    return pairs
