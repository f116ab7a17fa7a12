"""Claims: the quotes, reported statements and figures a critical reader needs to weigh.

`detect_claims(text)` finds them in an article's cleaned text; every downstream package (index,
annotations, app) codes against `Claim` and `detect_claims` only.
"""

from articles.claims.detect import detect_claims
from articles.claims.model import CLAIM_KINDS, Claim, ClaimKind

__all__ = ["CLAIM_KINDS", "Claim", "ClaimKind", "detect_claims"]
