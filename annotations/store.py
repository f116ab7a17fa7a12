"""The annotation store: one YAML file per article under a root folder, never lost.

`<root>/world/kursk-swap.yaml` holds the notes of article `world/kursk-swap`. Every change is a
read-modify-write under the file's cross-process lock, saved with `write_atomically` (the old
file kept as `<name>.yaml.bak`). A file that cannot be read is never written: the article's
writes are refused with an `AnnotationFileError` (file, line, problem) while every other
article keeps working. Reads always look at the bytes on disk, so a hand edit is picked up at once.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path, PurePosixPath

from annotations.anchoring import anchor
from annotations.durable import fsync_dir, locked, sweep_temp_files, write_atomically
from annotations.fileformat import FORMAT_VERSION, AnnotationFileError, ParsedFile, dumps, loads
from annotations.model import (
    CONTEXT_CHARS,
    VERDICTS,
    Anchored,
    AnchoredList,
    Annotation,
    ClaimRef,
    Target,
    Verdict,
    clean_tags,
    make_target,
    new_id,
    utc_now,
)

SUFFIX = ".yaml"
BACKUP_SUFFIX = ".bak"


class AnnotationNotFoundError(LookupError):
    """No live annotation has this id (or the id prefix fits several)."""


class _Unset(enum.Enum):
    UNSET = 0


UNSET = _Unset.UNSET
"""`update` leaves a field as it is when given UNSET (None is a real value for `verdict`)."""


@dataclass(frozen=True, slots=True)
class StoreScan:
    """Every live annotation of every readable file, and one error per unreadable file."""

    annotations: tuple[Annotation, ...]
    errors: tuple[AnnotationFileError, ...]


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What `merge_from` changed, and the files it could not merge (left untouched)."""

    changed: tuple[str, ...]
    errors: tuple[AnnotationFileError, ...]


def _version_rank(note: Annotation) -> tuple[dt.datetime, bool, str]:
    # Newest `modified` wins; on a tie a deletion wins; then a fixed order, so every copy of a
    # folder merges to the same bytes whichever side is merged into which.
    return (note.modified, note.is_deleted, json.dumps(note.to_json(), sort_keys=True))


def merge_notes(*copies: Iterable[Annotation]) -> tuple[Annotation, ...]:
    """Several copies of one article's notes (tombstones included) merged: per id, the version
    with the newest `modified`. A tombstone is a version, so an older copy of a deleted note
    cannot bring it back."""
    by_id: dict[str, Annotation] = {}
    for copy in copies:
        for note in copy:
            kept = by_id.get(note.id)
            if kept is None or _version_rank(note) > _version_rank(kept):
                by_id[note.id] = note
    return tuple(by_id.values())


def _check_article_id(article_id: str) -> PurePosixPath:
    rel = PurePosixPath(article_id)
    if (
        not article_id
        or rel.is_absolute()
        or "\\" in article_id
        or any(part in ("", ".", "..") or part.startswith(".") for part in article_id.split("/"))
    ):
        raise ValueError(f"'{article_id}' is not an article id")
    return rel


def _still_in_place(target: Target, text: str) -> bool:
    """The stored selectors are exactly what `make_target` would make on `text` (the common
    case, checked without building a new target)."""
    start, end = target.start, target.end
    return (
        text[start:end] == target.exact
        and text[max(0, start - CONTEXT_CHARS) : start] == target.prefix
        and text[end : end + CONTEXT_CHARS] == target.suffix
    )


def reanchor(notes: Iterable[Annotation], text: str) -> list[Annotation]:
    """Notes with their selectors moved to where they anchor in `text` now (orphans and
    tombstones as they are). This is how stored selectors follow an edited article."""
    result = []
    for note in notes:
        if not note.is_deleted and not _still_in_place(note.target, text):
            found = anchor(text, note.target)
            if found.start is not None and found.end is not None:
                target = make_target(text, found.start, found.end, note.target.claim)
                if target != note.target:
                    note = replace(note, target=target)
        result.append(note)
    return result


class AnnotationStore:
    """The annotations under `root` (`Settings.annotations_dir`)."""

    def __init__(self, root: Path, *, sweep: bool = True) -> None:
        """Open the store; `sweep` removes temp files that killed writers left behind."""
        self.root = Path(root)
        if sweep:
            sweep_temp_files(self.root)

    # ------------------------------------------------------------ paths and reading

    def path_for(self, article_id: str) -> Path:
        """`<root>/world/kursk-swap.yaml` for `world/kursk-swap` (ValueError for an id that
        would leave the root)."""
        rel = _check_article_id(article_id)
        return self.root.joinpath(*rel.parts[:-1], rel.name + SUFFIX)

    def backup_path(self, article_id: str) -> Path:
        path = self.path_for(article_id)
        return path.with_name(path.name + BACKUP_SUFFIX)

    def article_ids(self) -> list[str]:
        """Articles that have an annotation file (hidden files and folders skipped), sorted."""
        if not self.root.is_dir():
            return []
        ids = []
        for path in self.root.rglob("*" + SUFFIX):
            rel = path.relative_to(self.root)
            if any(part.startswith(".") for part in rel.parts) or not path.is_file():
                continue
            ids.append(rel.with_suffix("").as_posix())
        return sorted(ids)

    def _read(self, path: Path, article_id: str) -> ParsedFile:
        # Always the bytes on disk (no cache keyed on mtime that a hand edit could slip past);
        # `loads` reuses the items it has already parsed, so this stays cheap.
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return ParsedFile(FORMAT_VERSION, ())
        except OSError as exc:
            raise AnnotationFileError(path, None, exc.strerror or str(exc)) from None
        return loads(path, data, article_id)

    def notes(self, article_id: str, *, include_deleted: bool = False) -> tuple[Annotation, ...]:
        """An article's annotations as stored (AnnotationFileError if its file is bad)."""
        parsed = self._read(self.path_for(article_id), article_id)
        return tuple(n for n in parsed.notes if include_deleted or not n.is_deleted)

    def check(self, article_id: str) -> AnnotationFileError | None:
        """The problem with an article's file, or None if it reads (or does not exist)."""
        try:
            self.notes(article_id)
        except AnnotationFileError as exc:
            return exc
        return None

    def for_article(self, article_id: str, text: str) -> AnchoredList:
        """An article's live annotations placed on its current `text`: anchored ones in text
        order, orphans apart (kept, never dropped). AnnotationFileError if its file is bad."""
        placed: list[Anchored] = []
        orphans: list[Anchored] = []
        for note in self.notes(article_id):
            found = anchor(text, note.target)
            item = Anchored(note, found.status, found.start, found.end, found.score)
            (orphans if item.is_orphan else placed).append(item)
        placed.sort(key=lambda a: (a.start or 0, a.end or 0, a.annotation.created))
        return AnchoredList(article_id, tuple(placed), tuple(orphans))

    def all(self) -> StoreScan:
        """Every live annotation, by article then position; bad files reported, not raised."""
        notes: list[Annotation] = []
        errors: list[AnnotationFileError] = []
        for article_id in self.article_ids():
            try:
                notes.extend(self.notes(article_id))
            except AnnotationFileError as exc:
                errors.append(exc)
        return StoreScan(tuple(notes), tuple(errors))

    def find(self, annotation_id: str) -> Annotation:
        """The live annotation with this id, or with this unique id prefix (4+ characters)."""
        annotation_id = annotation_id.strip()
        scan = self.all()
        hits = [n for n in scan.annotations if n.id == annotation_id]
        if not hits and len(annotation_id) >= 4:
            hits = [n for n in scan.annotations if n.id.startswith(annotation_id)]
        if len(hits) == 1:
            return hits[0]
        if hits:
            ids = ", ".join(n.id for n in hits[:5])
            raise AnnotationNotFoundError(f"annotation id '{annotation_id}' is ambiguous: {ids}")
        message = f"no annotation '{annotation_id}'"
        if scan.errors:
            message += f" ({len(scan.errors)} unreadable file(s) not searched: {scan.errors[0]})"
        raise AnnotationNotFoundError(message)

    # ------------------------------------------------------------ the index hook

    def notes_fingerprint(self, article_id: str) -> str:
        """ "" when the article has no live notes; otherwise a hash of its file, so it changes
        whenever the file does (a bad file gets one too, and a new one once it is fixed)."""
        path = self.path_for(article_id)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return ""
        try:
            if not self.notes(article_id):
                return ""
        except AnnotationFileError:
            pass
        return hashlib.blake2b(data, digest_size=12).hexdigest()

    def notes_for_index(self, article_id: str) -> tuple[str, tuple[str, ...]]:
        """(live note texts joined with newlines, their tags); ("", ()) for a bad file."""
        try:
            notes = self.notes(article_id)
        except AnnotationFileError:
            return "", ()
        text = "\n".join(n.note for n in notes if n.note)
        return text, clean_tags([t for n in notes for t in n.tags])

    # ------------------------------------------------------------ writing

    def _modify(
        self, article_id: str, change: Callable[[tuple[Annotation, ...]], Iterable[Annotation]]
    ) -> bool:
        """Read, change and save one article's file under its lock; a bad file is refused.
        Returns whether the file changed."""
        path = self.path_for(article_id)
        with locked(path):
            before = self._read(path, article_id)
            after = tuple(change(before.notes))
            data = dumps(article_id, after)
            try:
                if path.read_bytes() == data:
                    return False
            except FileNotFoundError:
                pass
            write_atomically(path, data, backup=self.backup_path(article_id))
            return True

    def add(
        self,
        article_id: str,
        text: str,
        start: int,
        end: int,
        *,
        note: str = "",
        tags: Iterable[str] = (),
        verdict: Verdict | None = None,
        claim: ClaimRef | None = None,
    ) -> Annotation:
        """Annotate `text[start:end]` (the article's current text); returns the new note.

        The article's other notes are re-anchored on `text` as they are saved.
        """
        if verdict is not None and verdict not in VERDICTS:
            raise ValueError(f"verdict '{verdict}' is not one of: {', '.join(VERDICTS)}")
        now = utc_now()
        created = Annotation(
            id=new_id(),
            article=article_id,
            created=now,
            modified=now,
            target=make_target(text, start, end, claim),
            note=note,
            tags=clean_tags(list(tags)),
            verdict=verdict,
        )
        self._modify(article_id, lambda notes: (*reanchor(notes, text), created))
        return created

    def _change_one(
        self,
        annotation_id: str,
        article_id: str | None,
        text: str | None,
        change: Callable[[Annotation], Annotation],
    ) -> Annotation:
        if article_id is None:
            found = self.find(annotation_id)
            annotation_id, article_id = found.id, found.article
        changed: list[Annotation] = []

        def apply(notes: tuple[Annotation, ...]) -> list[Annotation]:
            result = reanchor(notes, text) if text is not None else list(notes)
            for i, note in enumerate(result):
                if note.id == annotation_id and not note.is_deleted:
                    result[i] = change(note)
                    changed.append(result[i])
            return result

        self._modify(article_id, apply)
        if not changed:
            raise AnnotationNotFoundError(f"no annotation '{annotation_id}' on {article_id}")
        return changed[0]

    def update(
        self,
        annotation_id: str,
        *,
        note: str | _Unset = UNSET,
        tags: Iterable[str] | _Unset = UNSET,
        verdict: Verdict | _Unset | None = UNSET,
        article_id: str | None = None,
        text: str | None = None,
    ) -> Annotation:
        """Edit a note's body (fields left UNSET stay as they are); returns the new version.

        Pass `article_id` when known (else every file is searched) and the article's current
        `text` to re-anchor its notes as they are saved.
        """
        if verdict is not UNSET and verdict is not None and verdict not in VERDICTS:
            raise ValueError(f"verdict '{verdict}' is not one of: {', '.join(VERDICTS)}")

        def change(old: Annotation) -> Annotation:
            new = replace(
                old,
                note=old.note if note is UNSET else note,
                tags=old.tags if tags is UNSET else clean_tags(list(tags)),
                verdict=old.verdict if verdict is UNSET else verdict,
            )
            return new if new == old else replace(new, modified=max(utc_now(), old.modified))

        return self._change_one(annotation_id, article_id, text, change)

    def delete(
        self, annotation_id: str, *, article_id: str | None = None, text: str | None = None
    ) -> Annotation:
        """Delete a note: it becomes a tombstone (kept until `compact`); returns it."""
        return self._change_one(
            annotation_id,
            article_id,
            text,
            lambda old: old.tombstone(max(utc_now(), old.modified)),
        )

    # ------------------------------------------------------------ upkeep

    def _move_aside_locked(self, path: Path) -> Path:
        stamp = utc_now().strftime("%Y%m%dT%H%M%S%fZ")
        aside = path.with_name(f"{path.name}.broken-{stamp}{BACKUP_SUFFIX}")
        os.replace(path, aside)
        fsync_dir(path.parent)
        return aside

    def move_aside(self, article_id: str) -> Path:
        """Rename an article's file to `<name>.yaml.broken-<time>.bak` (nothing is deleted), so
        the article can take notes again; returns the new path."""
        path = self.path_for(article_id)
        with locked(path):
            return self._move_aside_locked(path)

    def restore_backup(self, article_id: str) -> Path | None:
        """Put the last good version (`.yaml.bak`) back; the current file, if any, is moved
        aside first. Returns where it went (None if there was none). The backup must read."""
        path, backup = self.path_for(article_id), self.backup_path(article_id)
        with locked(path):  # one lock for both steps: no note can slip in between
            data = backup.read_bytes()
            loads(backup, data, article_id)
            aside = self._move_aside_locked(path) if path.exists() else None
            write_atomically(path, data)
        return aside

    def merge_from(self, other_root: Path) -> MergeReport:
        """Merge another copy of an annotations folder into this one (newest `modified` per
        id; deletions kept). Bad files on either side are reported and left untouched."""
        other = AnnotationStore(other_root, sweep=False)
        changed: list[str] = []
        errors: list[AnnotationFileError] = []
        for article_id in other.article_ids():
            try:
                theirs = other.notes(article_id, include_deleted=True)
                if theirs and self._modify(article_id, partial(merge_notes, theirs)):
                    changed.append(article_id)
            except AnnotationFileError as exc:
                errors.append(exc)
        return MergeReport(tuple(changed), tuple(errors))

    def compact(self, older_than: dt.timedelta = dt.timedelta(days=30)) -> int:
        """Drop tombstones deleted more than `older_than` ago; returns how many. (A copy of the
        folder older than that could bring those notes back when merged.)"""
        cutoff = utc_now() - older_than
        dropped = 0
        for article_id in self.article_ids():

            def keep(notes: tuple[Annotation, ...]) -> Iterator[Annotation]:
                nonlocal dropped
                for note in notes:
                    if note.deleted is not None and note.deleted < cutoff:
                        dropped += 1
                    else:
                        yield note

            try:
                self._modify(article_id, keep)
            except AnnotationFileError:
                continue
        return dropped
