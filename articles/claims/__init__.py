"""Claims: the quotes, reported statements and figures a critical reader needs to weigh.

`detect_claims(text)` finds them in an article's cleaned text; every downstream package (index,
annotations, app) codes against `Claim` and `detect_claims` only.
"""

import functools
import hashlib
from pathlib import Path

from articles.claims.detect import detect_claims
from articles.claims.model import CLAIM_KINDS, Claim, ClaimKind

__all__ = ["CLAIM_KINDS", "Claim", "ClaimKind", "detect_claims", "detector_version"]


@functools.cache
def detector_version() -> str:
    """A fingerprint of the detector's code. Claims stored elsewhere (the index) were found by
    one version of it; when this changes they are stale and are found again. Taken from the
    source itself, so no release can forget to bump it."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in [*sorted(here.glob("*.py")), here.parent / "sentences.py"]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
