"""Across articles: one speaker per person or body, and quotes that changed in the retelling.

Pure, like the rest of `articles`: the alias file is read (never written) by
`load_alias_table`; the index feeds `group_speakers` the corpus's speaker lists.
"""

from articles.across.aliases import (
    AliasEntry,
    AliasFileError,
    AliasTable,
    load_alias_table,
    parse_alias_table,
)
from articles.across.names import SpeakerName, parse_name, same_speaker, speaker_key
from articles.across.speakers import Speaker, SpeakerDirectory, group_speakers
from articles.across.variants import DiffSegment, quote_variant, word_diff

__all__ = [
    "AliasEntry",
    "AliasFileError",
    "AliasTable",
    "DiffSegment",
    "Speaker",
    "SpeakerDirectory",
    "SpeakerName",
    "group_speakers",
    "load_alias_table",
    "parse_alias_table",
    "parse_name",
    "quote_variant",
    "same_speaker",
    "speaker_key",
    "word_diff",
]
