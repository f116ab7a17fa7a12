"""The user's annotations on articles: model, YAML store, re-anchoring, export."""
