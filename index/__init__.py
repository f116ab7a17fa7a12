"""The Whoosh full-text index over a corpus (see the index issue)."""
