"""Whoosh's segment writer with its per-posting overheads taken out.

The index it writes is read by Whoosh's own reader exactly as it reads its own writer's (the
segments name Whoosh's stock codec, and a test compares every posting): only the work it
takes to write and to read changes. The costs of Whoosh's writer that a build of 10,000
articles pays about a million times, and what is done instead:

- every posting is sorted as a tuple, and past 128 MB (its guess: about 180 bytes each)
  all are spilled to disk one pickle per posting and merged back: here postings are grouped
  by term as they come, in a third of the memory, and spilled a term at a time
  (`_GroupedPool`);
- every posting list asks its file where it is, and a buffered file asks the OS (a system
  call each time): here files count their own position (`_PositionedFile`);
- every posting block is pickled with protocol 2, which stores each posting's positions as
  a call that rebuilds them from a latin-1 string: here with protocol 5, as bytes (twice as
  fast to write, five times as fast to read, and the index a quarter smaller); and every
  block is zlib-compressed, however small: here only blocks of 100 bytes or more, which
  zlib shrinks (`_LeanPostingsWriter`);
- every posting looked up its field's length on disk: here each field's lengths are read
  once (`_Lengths`).
"""

from __future__ import annotations

import heapq
import pickle
import sys
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, groupby, islice, repeat
from operator import lt
from typing import Any

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3PerDocReader,
    W3PostingsWriter,
    W3Segment,
)
from whoosh.fields import Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import PostingPool, SegmentWriter

Posting = tuple[str, bytes, int, float, bytes | None]


class _PositionedFile(StructFile):
    """A file being written that counts its own position. Python's buffered writer answers
    tell() with a system call, and Whoosh asks at every posting list and every term."""

    def __init__(self, fileobj: Any, name: str | None = None, onclose: Any = None) -> None:
        super().__init__(fileobj, name=name, onclose=onclose)
        self._at: int = fileobj.tell()

    def write(self, data: Any) -> int:
        written: int = self.file.write(data)
        self._at += written
        return written

    def tell(self) -> int:
        return self._at

    def seek(self, offset: int, whence: int = 0) -> int:
        self._at = self.file.seek(offset, whence)
        return self._at

    def truncate(self, size: int | None = None) -> int:
        raise OSError("a file being written in order is never truncated")

    # Whoosh writes these two straight to the underlying file: through write() instead.
    def write_pickle(self, obj: Any, protocol: int = -1) -> None:
        self.write(pickle.dumps(obj, protocol))

    def write_array(self, arry: array[Any]) -> None:
        if sys.byteorder == "little":  # Whoosh's arrays are big-endian on disk
            arry = array(arry.typecode, arry)
            arry.byteswap()
        self.write(arry.tobytes())


class WritingStorage(FileStorage):
    """A folder whose new files know their position (_PositionedFile)."""

    def create_file(self, name: str, excl: bool = False, mode: str = "wb", **kwargs: Any) -> Any:
        made = super().create_file(name, excl=excl, mode=mode, **kwargs)
        return _PositionedFile(made.file, name=name, onclose=made.onclose)


def create_index(folder: str, schema: Schema) -> whoosh_index.Index:
    return WritingStorage(folder).create_index(schema)


def open_index(folder: str) -> whoosh_index.Index:
    return WritingStorage(folder).open_index()


# The smallest posting block worth compressing (see _LeanPostingsWriter).
COMPRESS_MIN = 100


class _LeanPostingsWriter(W3PostingsWriter):
    """Writes Whoosh's posting blocks with two costs taken out; Whoosh's reader reads them
    as it reads its own (it unpickles whatever protocol, and decompresses by the level
    stored in the block's header).

    - Pickle protocol 5, not 2. Protocol 2 predates Python 3's bytes: every posting's
      encoded positions went in as a call to `_codecs.encode` on a latin-1 string, and was
      rebuilt by that call on every read (a sixth of a prefix search's time at 10,000 articles).
    - Only blocks of COMPRESS_MIN bytes or more are zlib-compressed. Each call sets up a
      zlib stream of its own (about 13 microseconds, 5% of a build's CPU), and a small block
      gains little: measured at 10,000 articles, a pickle under 50 bytes (a term's lone
      posting, mostly) comes out bigger, one of 50 to 99 bytes a fifth smaller. Leaving
      both as they are (half the blocks) costs 2.5% of the postings file.
    """

    def _write_block(self, last: bool = False) -> None:
        # Whoosh's _write_block, with the two changes above.
        ids, postfile = self._ids, self._postfile
        if not self._blockcount:
            postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        data = (self._mini_ids(), self._mini_weights(), self._mini_values())
        databytes = pickle.dumps(data, 5)
        level = self._compression if len(databytes) >= COMPRESS_MIN else 0
        if level:
            databytes = zlib.compress(databytes, level)
        info = (
            len(ids),
            ids[-1],
            self._maxweight,
            level,
            length_to_byte(self._minlength),
            length_to_byte(self._maxlength),
        )
        infobytes = pickle.dumps(info, 2)  # numbers only: protocol 2 is the smallest here
        length = len(infobytes) + len(databytes)
        postfile.write_int(-length if last else length)  # negative: the last block
        postfile.write(infobytes)
        postfile.write(databytes)
        self._blockcount += 1
        self._new_block()


class NewsCodec(W3Codec):
    """Whoosh's codec, writing postings with _LeanPostingsWriter. Segments are stamped with
    Whoosh's own codec (it is what reads them), so no index depends on this class."""

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> W3PostingsWriter:
        return _LeanPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def new_segment(self, storage: Any, indexname: str) -> W3Segment:
        stock = W3Codec(self._blocklimit, self._compression, self._inlinelimit)
        return W3Segment(stock, indexname)


def _increasing(numbers: Sequence[int]) -> bool:
    return all(map(lt, numbers, islice(numbers, 1, None)))  # compared in C


# Estimated bytes held: per term, a dict entry and a list; per posting, three list slots
# (docnum, weight, value) and the weight's float (a document's docnum is one object, and
# most values are shared: "at position n"). Measured at 10,000 articles, a worker's peak
# memory stays below a stock Whoosh build's.
_TERM_BYTES = 250
_POSTING_BYTES = 64

# A term's postings, flat: docnum, weight, value, docnum, weight, value, ...
Flat = list[Any]
Record = tuple[str, bytes, Flat]


class _GroupedPool(PostingPool):
    """Whoosh's posting pool, grouping postings by field and term as they are added instead
    of sorting every posting at the end.

    Documents come in docnum order, so a term's postings are already sorted: only the
    distinct terms (a tenth of the postings) need sorting. Postings come out in exactly
    the order Whoosh's pool gives (a term whose postings came out of order is sorted
    whole). A posting held this way takes about a third of the memory of the tuple Whoosh
    holds, so the same limit is reached three times later (not at all at 10,000
    articles). Past it, runs go to disk a term at a time (one pickle per term, where
    Whoosh's pool writes, reads back and heap-merges one per posting: a fifth of a
    worker's time at 30,000 articles).
    """

    runs: list[str]  # (Whoosh's) the files of the runs spilled to disk

    def __init__(self, tempstore: Any, segment: Any, limitmb: float = 128, **kwargs: Any) -> None:
        super().__init__(tempstore, segment, limitmb=limitmb, **kwargs)
        self._fields: dict[str, dict[bytes, Flat]] = {}
        # Whoosh adds a document's postings field by field: the field's terms, at hand.
        self._field = ""
        self._terms: dict[bytes, Flat] = {}

    def add(self, item: Posting) -> None:
        if item[0] is not self._field:
            self._field = item[0]
            self._terms = self._fields.setdefault(item[0], {})
        flat = self._terms.get(item[1])
        if flat is None:
            self._terms[item[1]] = [*item[2:]]
            self.currentsize += _TERM_BYTES + _POSTING_BYTES + len(item[1])
        else:
            flat += item[2:]
            self.currentsize += _POSTING_BYTES
        if self.currentsize > self.limit:
            self.save()

    def _terms_sorted(self) -> Iterator[Record]:
        for fieldname, terms in sorted(self._fields.items()):
            for text in sorted(terms):
                yield fieldname, text, terms[text]

    @staticmethod
    def _postings(fieldname: str, text: bytes, flat: Flat) -> Iterable[Posting]:
        docnums = flat[0::3]
        count = len(docnums)
        postings = zip(
            repeat(fieldname, count),
            repeat(text, count),
            docnums,
            flat[1::3],
            flat[2::3],
            strict=True,
        )
        return postings if _increasing(docnums) else sorted(postings)

    def save(self) -> None:
        """Spill what is held to a run on disk: one pickle per term, in term order."""
        if self._fields:
            path, run = self._new_run()
            self._write_records(run, self._terms_sorted())
            self._add_run(path)
            self._fields, self._field, self._terms = {}, "", {}
        self.currentsize = 0

    def items(self, maxfiles: int = 128) -> Iterable[Posting]:
        if not self.runs:
            records: Iterable[Record] = self._terms_sorted()
        else:
            self.save()
            runs, self.runs = self.runs, []
            while len(runs) > maxfiles:  # merged in batches, keeping the runs' order
                path, run = self._new_run()
                self._write_records(run, self._merge(runs[:maxfiles]))
                runs = [path, *runs[maxfiles:]]
            records = self._merge(runs)
        return chain.from_iterable(self._postings(*record) for record in records)

    @staticmethod
    def _write_records(run: Any, records: Iterable[Record]) -> None:
        with run:
            for record in records:
                pickle.dump(record, run, pickle.HIGHEST_PROTOCOL)

    def _merge(self, paths: list[str]) -> Iterator[Record]:
        """The runs' terms in order, each with its postings from every run, run after run
        (earlier runs hold earlier documents)."""
        merged = heapq.merge(*map(self._records, paths), key=_term_of)
        for (fieldname, text), same in groupby(merged, key=_term_of):
            flats = [record[2] for record in same]
            yield fieldname, text, flats[0] if len(flats) == 1 else [*chain.from_iterable(flats)]

    def _records(self, path: str) -> Iterator[Record]:
        with self._open_run(path) as run:
            while True:
                try:
                    yield pickle.load(run)
                except EOFError:
                    break
        self._remove_run(path)


def _term_of(record: Record) -> tuple[str, bytes]:
    return record[0], record[1]


class _Lengths:
    """A segment's field lengths as Whoosh's postings writer asks for them, one posting at a
    time: each field's length column is read once into a list. Whoosh's own reader seeks
    and reads the column file for every posting (a tenth of a build's CPU)."""

    def __init__(self, reader: W3PerDocReader) -> None:
        self._reader = reader
        self._fields: dict[str, list[int | None] | None] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        try:
            lengths = self._fields[fieldname]
        except KeyError:
            lengths = self._fields[fieldname] = self._load(fieldname)
        if lengths is None:
            return default
        # Whoosh gives None, not 0, for a document without the field.
        return lengths[docnum]

    def _load(self, fieldname: str) -> list[int | None] | None:
        column = self._reader._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
        if column is None:
            return None
        return [byte_to_length(b) if b else None for b in column]


class FastSegmentWriter(SegmentWriter):
    """Whoosh's segment writer with the costs above taken out."""

    def __init__(self, ix: whoosh_index.Index, **kwargs: Any) -> None:
        kwargs.setdefault("codec", NewsCodec())
        super().__init__(ix, **kwargs)
        limitmb = kwargs.get("limitmb", 128)
        self.pool = _GroupedPool(self._tempstorage, self.newsegment, limitmb=limitmb)

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        reader = self.per_document_reader() if self.codec.length_stats else None
        lengths = _Lengths(reader) if isinstance(reader, W3PerDocReader) else reader
        self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
        self.fieldwriter.close()
        if reader:
            reader.close()
