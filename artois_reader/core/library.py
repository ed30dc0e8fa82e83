"""The library: every ingested edition on disk, its versions, the search index, and safe writes.

Layout of the per-user data directory (``HOME``)::

    library.json          schema version + the editions (the commit point of every write)
    library.json.bak      the previous good copy
    documents/<id>/       source.<ext> (a copy of the file), document.json, outline.json
    index/CURRENT         name of the live index folder; index/<name>/ holds the index files
    .lock                 serialises writers (GUI and CLI at once); readers never take it

Every write builds its new state beside the old one (a ``.tmp-`` folder or file), fsyncs it, renames
it into place and only then commits ``library.json`` with an atomic replace. Any exception on the way
undoes what was done, so the library is as it was; a process killed half-way leaves only ``.tmp-``
names and unlisted folders, which the next writer clears away (`Library.open`).

The core never prints: problems found while reading (a corrupt ``library.json`` recovered from its
copy, an index rebuilt) are logged and listed in `Library.notices` for the clients to show.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import gc
import json
import logging
import os
import shutil
import tempfile
import threading
import time
import traceback
import unicodedata
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from artois_reader import APP_ID, __version__
from artois_reader.core.document import (
    SCHEMA_VERSION,
    Document,
    DocumentInfo,
    Outline,
    Page,
    RawDocument,
    SourceKind,
    from_json,
    to_json,
)
from artois_reader.core.errors import IngestError, LibraryError, Phase, Progress, RefusalReason, report
from artois_reader.core.versions import CLEANING_VERSION, INDEX_SCHEMA_VERSION, STRUCTURE_VERSION

if TYPE_CHECKING:
    from artois_reader.core.search_index import SearchIndex

log = logging.getLogger(__name__)

LIBRARY_FILE = "library.json"
BACKUP_FILE = "library.json.bak"
DOCUMENTS_DIR = "documents"
INDEX_DIR = "index"
CURRENT_FILE = "CURRENT"
INDEX_META_FILE = "artois-index.json"
LOCK_FILE = ".lock"
TEMP_PREFIX = ".tmp-"
DOCUMENT_FILE = "document.json"
OUTLINE_FILE = "outline.json"
SOURCE_STEM = "source"

DEFAULT_LOCK_TIMEOUT = 120.0
"""Seconds a writer waits for another one (an ingest in the other window) before giving up."""

_COPY_CHUNK = 1 << 20
_PRIVATE_INDEX = "<private>"


class Notice(enum.StrEnum):
    """Something the library repaired on its own, for the clients to tell the user."""

    RECOVERED_FROM_BACKUP = "recovered_from_backup"  # library.json was corrupt; the .bak copy served
    REBUILT_FROM_DOCUMENTS = "rebuilt_from_documents"  # library.json and its copy were lost or corrupt
    INDEX_REBUILT = "index_rebuilt"  # the search index was missing, outdated or corrupt


class LibraryBusy(LibraryError):
    """Another process held the write lock for longer than the timeout."""


class UnknownDocument(LibraryError):
    """No edition matches an id or prefix, or several do (`matches` lists them)."""

    def __init__(self, query: str, matches: tuple[str, ...] = ()) -> None:
        what = "ambiguous" if matches else "unknown"
        super().__init__(f"{what} document id {query!r}" + (f": {', '.join(matches)}" if matches else ""))
        self.query = query
        self.matches = matches


# --- Small pure helpers -----------------------------------------------------------------------------


def normalise_title(title: str) -> str:
    """The key that makes two titles the same document: case, accents, ligatures and spacing ignored."""
    folded = title.casefold().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", folded)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.split())


def default_home() -> Path:
    """`ARTOIS_READER_HOME` when set, else the per-user data directory (never the install folder)."""
    override = os.environ.get("ARTOIS_READER_HOME", "").strip()
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def file_sha256(path: Path) -> str:
    import hashlib  # on first use: OpenSSL's hashes cost the window's start-up 4-7 ms

    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_COPY_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _temp_name(label: str) -> str:
    return f"{TEMP_PREFIX}{label}-{os.getpid()}-{os.urandom(4).hex()}"


def _storage_error(error: OSError, what: str) -> LibraryError:
    """A write failed (read-only folder, full disk, permission): the library stays readable."""
    wrapped = LibraryError(f"cannot write {what}: {error}", read_only=True)
    wrapped.__cause__ = error
    return wrapped


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_file(path: Path, data: bytes) -> None:
    """Write and fsync a new file (the caller renames it into place)."""
    with path.open("xb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def _replace(source: Path, target: Path) -> None:
    """`os.replace`, retried briefly on Windows where a reader may hold the target open."""
    for attempt in range(10):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == 9:
                raise
            time.sleep(0.05 * (attempt + 1))


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a reader sees either the old or the new file, whole."""
    temp = path.with_name(_temp_name(path.name))
    try:
        _write_file(temp, data)
        _replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(path.parent)


def _copy_file(source: BinaryIO, target: Path) -> str:
    """Copy an open file to the new file `target`, fsynced; return the SHA-256 of the bytes copied."""
    import hashlib

    digest = hashlib.sha256()
    with target.open("xb") as writing:
        while chunk := source.read(_COPY_CHUNK):
            digest.update(chunk)
            writing.write(chunk)
        writing.flush()
        os.fsync(writing.fileno())
    return digest.hexdigest()


def _close_abandoned_files(error: BaseException) -> None:
    """Whoosh leaves temporary files open when a write fails half-way through a segment: drop the
    finished frames of the failure and collect them, so those files are closed now (and the staging
    folder can be removed, which Windows refuses while a file in it is open)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # they are being closed: that is the point
        traceback.clear_frames(error.__traceback__)
        gc.collect()


def _remove_tree(path: Path) -> None:
    """Delete a folder we own; a folder another process still reads (Windows) is left for later."""

    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8")


# --- The writers' lock ------------------------------------------------------------------------------


class _WriteLock:
    """An exclusive lock on ``HOME/.lock`` across processes (fcntl / msvcrt), re-entrant per instance."""

    def __init__(self, path: Path, timeout: float) -> None:
        self._path = path
        self._timeout = timeout
        self._fd: int | None = None
        self._depth = 0
        self._guard = threading.RLock()

    @contextlib.contextmanager
    def held(self, *, timeout: float | None = None) -> Iterator[None]:
        with self._guard:
            if self._depth == 0:
                self._acquire(self._timeout if timeout is None else timeout)
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._release()

    def try_hold(self) -> contextlib.AbstractContextManager[bool]:
        """Hold the lock if nobody else does; yields whether it is held. Never waits."""
        return self._try_hold()

    @contextlib.contextmanager
    def _try_hold(self) -> Iterator[bool]:
        try:
            context = self.held(timeout=0)
            context.__enter__()
        except (LibraryBusy, LibraryError):
            yield False
            return
        try:
            yield True
        finally:
            context.__exit__(None, None, None)

    def _acquire(self, timeout: float) -> None:
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise _storage_error(error, str(self._path)) from error
        deadline = time.monotonic() + timeout
        while True:
            if _try_lock(fd):
                self._fd = fd
                return
            if time.monotonic() >= deadline:
                os.close(fd)
                raise LibraryBusy(f"another process is writing to the library ({self._path})")
            time.sleep(0.05)

    def _release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


if os.name == "nt":  # pragma: no cover - exercised on Windows CI
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# --- The catalogue (what library.json holds) ----------------------------------------------------------


@dataclass(frozen=True)
class _Catalog:
    editions: tuple[DocumentInfo, ...] = ()
    bundled_ids: tuple[str, ...] = ()  # editions that came from the bundled CRTE
    bundled_removed: bool = False  # the user removed the bundled CRTE: never bring it back

    def find(self, doc_id: str) -> DocumentInfo | None:
        return next((info for info in self.editions if info.id == doc_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "app_version": __version__,
            "editions": [to_json(info) for info in self.editions],
            "bundled": {"ids": list(self.bundled_ids), "removed": self.bundled_removed},
        }

    @classmethod
    def from_json(cls, data: Any) -> _Catalog:
        """Raises ValueError (or KeyError/TypeError) on anything that is not a catalogue we can read."""
        if not isinstance(data, dict) or not isinstance(data.get("editions"), list):
            raise ValueError("not a library catalogue")
        version = data.get("schema_version")
        if not isinstance(version, int):
            raise ValueError("no schema version")
        if version > SCHEMA_VERSION:
            raise LibraryError(
                f"library.json was written by a newer release (schema {version} > {SCHEMA_VERSION})"
            )
        editions = tuple(from_json(DocumentInfo, entry) for entry in data["editions"])
        if len({info.id for info in editions}) != len(editions):
            raise ValueError("duplicate edition ids")
        bundled = data.get("bundled") or {}
        return cls(
            editions=editions,
            bundled_ids=tuple(str(item) for item in bundled.get("ids", ())),
            bundled_removed=bool(bundled.get("removed", False)),
        )


# --- The library -------------------------------------------------------------------------------------


class Library:
    """The documents of one user, on disk.

    Reading never takes a lock: ``library.json`` and every stored file are replaced atomically, so a
    reader sees a whole old state or a whole new one. Writing (`add`, `remove`, `rename`,
    `rebuild_index`) takes ``HOME/.lock``, so a GUI and a CLI can run at once.
    """

    def __init__(self, home: Path, *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        self.home = home
        self.notices: list[Notice] = []
        self._lock = _WriteLock(home / LOCK_FILE, lock_timeout)
        self._catalog_cache: tuple[tuple[int, int, int], _Catalog] | None = None
        self._outlines: dict[str, Outline] = {}
        self._index: SearchIndex | None = None
        self._index_name: str | None = None
        self._private_index_dir: tempfile.TemporaryDirectory[str] | None = None

    # -- opening -----------------------------------------------------------------------------------

    @classmethod
    def open(cls, home: Path | None = None, *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> Library:
        """Open (creating what is missing) the library at `home` > `ARTOIS_READER_HOME` > user data dir."""
        library = cls(
            Path(home).expanduser() if home is not None else default_home(), lock_timeout=lock_timeout
        )
        library._prepare()
        return library

    @property
    def documents_dir(self) -> Path:
        return self.home / DOCUMENTS_DIR

    @property
    def index_dir(self) -> Path:
        return self.home / INDEX_DIR

    def _prepare(self) -> None:
        """Create the layout, then (if no other writer is busy) clear what a killed process left."""
        if not (self.home / LIBRARY_FILE).is_file():
            try:
                for folder in (self.home, self.documents_dir, self.index_dir):
                    folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise _storage_error(error, str(self.home)) from error
        try:
            with self._lock.try_hold() as held:
                if held:
                    self._settle()
        except (LibraryError, OSError) as error:  # a read-only home: reading still works
            log.info("the library at %s was not tidied: %s", self.home, error)
        self._catalog()  # reads, and recovers a corrupt catalogue, now rather than mid-command

    def _settle(self) -> None:
        """Under the lock: write the first catalogue, remove temp names and unlisted edition folders."""
        for folder in (self.documents_dir, self.index_dir):
            folder.mkdir(parents=True, exist_ok=True)
        catalog = self._catalog()
        if not (self.home / LIBRARY_FILE).is_file():
            self._commit(catalog)
        for folder in (self.home, self.documents_dir, self.index_dir):
            for entry in folder.iterdir():
                if entry.name.startswith(TEMP_PREFIX):
                    _remove_tree(entry)
        listed = {info.id for info in catalog.editions}
        for entry in self.documents_dir.iterdir():
            if entry.is_dir() and entry.name not in listed:
                log.info("removing the unlisted edition folder %s (an interrupted write)", entry)
                _remove_tree(entry)
            elif entry.is_dir():
                for inner in entry.iterdir():
                    if inner.name.startswith(TEMP_PREFIX):
                        _remove_tree(inner)
        live = self._live_index_name()
        if live is None:
            return  # no live index: search_index() rebuilds one, then clears the old folders
        for entry in self.index_dir.iterdir():
            if entry.is_dir() and entry.name != live:
                _remove_tree(entry)

    # -- reading the catalogue -----------------------------------------------------------------------

    def _catalog(self) -> _Catalog:
        path = self.home / LIBRARY_FILE
        try:
            stat = path.stat()
        except FileNotFoundError:
            return self._recover(None)
        except OSError as error:
            raise LibraryError(f"cannot read {path}: {error}") from error
        key = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        if self._catalog_cache is not None and self._catalog_cache[0] == key:
            return self._catalog_cache[1]
        try:
            data = _read_shared(path)
        except FileNotFoundError:
            return self._recover(None)
        except OSError as error:  # not a corrupt catalogue: the disk or the permissions are at fault
            raise LibraryError(f"cannot read {path}: {error}") from error
        try:
            catalog = _Catalog.from_json(json.loads(data))
        except LibraryError:
            raise
        except (ValueError, KeyError, TypeError) as error:
            log.warning("library.json is unreadable (%s); recovering it", error)
            return self._recover(error)
        self._catalog_cache = (key, catalog)
        return catalog

    def _recover(self, problem: Exception | None) -> _Catalog:
        """library.json is missing or corrupt: its previous copy, plus any complete edition folder."""
        catalog = _Catalog()
        backup = self.home / BACKUP_FILE
        from_backup = False
        if backup.is_file():
            try:
                catalog = _Catalog.from_json(json.loads(backup.read_bytes()))
                from_backup = True
            except (OSError, ValueError, KeyError, TypeError) as error:
                log.warning("library.json.bak is unreadable too (%s)", error)
        found = self._scan_editions(exclude={info.id for info in catalog.editions})
        if problem is None and not from_backup and not found:
            return catalog  # a fresh library, nothing to recover
        catalog = dataclasses.replace(catalog, editions=catalog.editions + found)
        notice = Notice.RECOVERED_FROM_BACKUP if from_backup else Notice.REBUILT_FROM_DOCUMENTS
        if notice not in self.notices:
            self.notices.append(notice)
        log.warning("library catalogue %s (%d editions)", notice.value, len(catalog.editions))
        with contextlib.suppress(LibraryError, OSError), self._lock.try_hold() as held:
            if held:
                write_atomic(self.home / LIBRARY_FILE, _json_bytes(catalog.to_json()))
        return catalog

    def _scan_editions(self, exclude: set[str]) -> tuple[DocumentInfo, ...]:
        found = []
        if not self.documents_dir.is_dir():
            return ()
        for folder in sorted(self.documents_dir.iterdir()):
            if folder.name.startswith(TEMP_PREFIX) or folder.name in exclude or not folder.is_dir():
                continue
            try:
                document = from_json(Document, json.loads((folder / DOCUMENT_FILE).read_bytes()))
                source = _find_source(folder)
            except (OSError, ValueError, KeyError, TypeError) as error:
                log.warning("skipping %s while rebuilding the catalogue: %s", folder, error)
                continue
            if source is None or document.id != folder.name:
                continue
            found.append(_info_of(document, source.stat().st_size))
        return tuple(found)

    # -- queries ------------------------------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        """Every edition, sorted by title then version."""
        return sorted(self._catalog().editions, key=lambda info: (normalise_title(info.title), info.version))

    def get(self, id_or_prefix: str) -> DocumentInfo:
        """The edition whose id is, or uniquely starts with, `id_or_prefix` (case-insensitive)."""
        wanted = id_or_prefix.strip().lower()
        editions = self._catalog().editions
        exact = [info for info in editions if info.id == wanted]
        if exact:
            return exact[0]
        matches = [info for info in editions if wanted and info.id.startswith(wanted)]
        if len(matches) == 1:
            return matches[0]
        raise UnknownDocument(id_or_prefix, tuple(sorted(info.id for info in matches)))

    def versions(self, title: str) -> list[DocumentInfo]:
        """The editions of the document called `title` (accents, case and spacing ignored), oldest first."""
        key = normalise_title(title)
        same = [info for info in self._catalog().editions if normalise_title(info.title) == key]
        return sorted(same, key=lambda info: info.version)

    def latest_versions(self) -> list[DocumentInfo]:
        """The newest edition of each document, sorted by title."""
        newest: dict[str, DocumentInfo] = {}
        for info in self._catalog().editions:
            key = normalise_title(info.title)
            if key not in newest or info.version > newest[key].version:
                newest[key] = info
        return sorted(newest.values(), key=lambda info: normalise_title(info.title))

    def is_latest(self, doc_id: str) -> bool:
        info = self.get(doc_id)
        return info.version == max(other.version for other in self.versions(info.title))

    def latest(self, title: str | None = None) -> DocumentInfo | None:
        """The default edition: the newest version of `title`, or of the document ingested last."""
        if title is not None:
            versions = self.versions(title)
            return versions[-1] if versions else None
        editions = self._catalog().editions
        if not editions:
            return None
        _position, last = max(enumerate(editions), key=lambda pair: (pair[1].ingested_at, pair[0]))
        return self.versions(last.title)[-1]

    def find(self, sha256: str) -> DocumentInfo | None:
        """The edition made from exactly these bytes, if the library has it."""
        info = self._catalog().find(sha256[:12])
        return info if info is not None and info.sha256 == sha256 else None

    def is_empty(self) -> bool:
        return not self._catalog().editions

    @property
    def bundled_removed(self) -> bool:
        """True once the user removed the bundled CRTE: first-run set-up must not bring it back."""
        return self._catalog().bundled_removed

    def is_bundled(self, doc_id: str) -> bool:
        return doc_id in self._catalog().bundled_ids

    def edition_dir(self, doc_id: str) -> Path:
        return self.documents_dir / self.get(doc_id).id

    def source_path(self, doc_id: str) -> Path:
        """The stored copy of the file this edition was read from."""
        folder = self.edition_dir(doc_id)
        source = _find_source(folder)
        if source is None:
            raise LibraryError(f"the stored source of {doc_id} is missing from {folder}")
        return source

    def load(self, doc_id: str) -> Document:
        """The whole edition: pages with their raw and cleaned text. The catalogue's title wins."""
        info = self.get(doc_id)
        path = self.documents_dir / info.id / DOCUMENT_FILE
        try:
            document = from_json(Document, json.loads(path.read_bytes()))
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise LibraryError(f"cannot read edition {info.id}: {error}") from error
        if document.cleaning_version != CLEANING_VERSION:
            document = self._clean_again(document, path)
        return dataclasses.replace(document, title=info.title, version=info.version)

    def _clean_again(self, document: Document, path: Path) -> Document:
        """Clean a stored edition again from its raw pages, with the rules of this release.

        Editions stored by an older release keep their raw text, so a better repair reaches them
        without asking the user to import anything again. The result is stored when the library can
        be written (best effort: a read-only library just cleans again at each load)."""
        from artois_reader.core.cleaning import clean_pages  # the rules, only when they must run

        pages = clean_pages([page.as_raw() for page in document.pages])
        document = dataclasses.replace(document, pages=pages, cleaning_version=CLEANING_VERSION)
        try:
            with self._lock.try_hold() as held:
                if held:
                    write_atomic(path, _json_bytes(to_json(document)))
        except OSError as error:
            log.info("edition %s cleaned again but not stored (%s)", document.id, error)
        return document

    def outline(self, doc_id: str) -> Outline:
        """The structure of an edition, from its cache when the same structure version made it."""
        info = self.get(doc_id)
        cached = self._outlines.get(info.id)
        if cached is not None:
            return cached
        path = self.documents_dir / info.id / OUTLINE_FILE
        outline = _read_outline(path, OUTLINE_KEY)
        if outline is None:
            from artois_reader.core import structure  # the extraction code, only when it must run

            outline = structure.extract_outline(self.load(info.id))
            try:
                write_atomic(path, _outline_bytes(outline, OUTLINE_KEY))
            except OSError as error:
                log.info("outline of %s not cached (%s)", info.id, error)
        self._outlines[info.id] = outline
        return outline

    # -- writing: add ---------------------------------------------------------------------------------

    def add(
        self,
        raw: RawDocument,
        pages: tuple[Page, ...] | list[Page],
        source: Path,
        title: str | None = None,
        *,
        on_progress: Progress | None = None,
        bundled: bool = False,
        sha256: str | None = None,
    ) -> tuple[DocumentInfo, bool]:
        """Store a read and cleaned file as an edition, with its outline, and update the search index.

        Returns the edition and whether it is new: the same bytes again give the existing edition and
        False; a new file whose title matches a document's becomes that document's next version.
        Reports `Phase.STORE`, `Phase.STRUCTURE`, `Phase.INDEX`; cancelling or any exception leaves
        the library exactly as it was. `sha256` is the hash of the bytes the pages were read from
        (taken before reading): a file saved again since is refused rather than stored mismatched.
        """
        source = Path(source)
        sha256 = sha256 or file_sha256(source)
        doc_id = sha256[:12]
        with self._writing():
            catalog = self._catalog()
            existing = catalog.find(doc_id)
            if existing is not None:
                return existing, False
            title = (title or "").strip() or source.stem
            version = 1 + max((info.version for info in self.versions(title)), default=0)
            document = Document(
                id=doc_id,
                title=title,
                version=version,
                sha256=sha256,
                source_name=source.name,
                source_kind=raw.source_kind,
                ingested_at=_now_iso(),
                pages=tuple(pages),
                metadata=raw.metadata,
                outline=raw.outline,
                cleaning_version=CLEANING_VERSION,
            )
            undo: list[Callable[[], None]] = []
            try:
                info, outline = self._stage_edition(document, source, undo, on_progress)
                new_catalog = dataclasses.replace(
                    catalog,
                    editions=(*catalog.editions, info),
                    bundled_ids=(*catalog.bundled_ids, info.id) if bundled else catalog.bundled_ids,
                )
                extra = {info.id: outline}
                self._swap_index(new_catalog, extra, undo, on_progress, added=(info.id,))
                self._commit(new_catalog, undo)
            except BaseException:
                _undo(undo)
                raise
            self._outlines[info.id] = outline
            self._after_index_swap()
            return info, True

    def _stage_edition(
        self,
        document: Document,
        source: Path,
        undo: list[Callable[[], None]],
        on_progress: Progress | None,
    ) -> tuple[DocumentInfo, Outline]:
        """Write the edition folder under a temp name, then rename it into place."""
        from artois_reader.core import structure

        report(on_progress, Phase.STORE, 0, 2)
        staging = self.documents_dir / _temp_name(document.id)
        undo.append(lambda: _remove_tree(staging))
        try:
            reading = source.open("rb")
        except OSError as error:  # the user's file vanished or was locked since it was read
            raise IngestError(RefusalReason.UNREADABLE, source, str(error)) from error
        try:
            with reading:
                staging.mkdir(parents=True)
                copied = _copy_file(reading, staging / _source_name(document, source))
            if copied != document.sha256:
                raise IngestError(RefusalReason.UNREADABLE, source, "the file changed while it was read")
            report(on_progress, Phase.STORE, 1, 2)
            _write_file(staging / DOCUMENT_FILE, _json_bytes(to_json(document)))
            report(on_progress, Phase.STORE, 2, 2)
        except OSError as error:
            raise _storage_error(error, str(staging)) from error
        report(on_progress, Phase.STRUCTURE, 0, 1)
        outline = structure.extract_outline(document)
        report(on_progress, Phase.STRUCTURE, 1, 1)
        final = self.documents_dir / document.id
        try:
            _write_file(staging / OUTLINE_FILE, _outline_bytes(outline, OUTLINE_KEY))
            if final.exists():  # unlisted leftovers of an interrupted write
                _remove_tree(final)
            _fsync_dir(staging)
            undo.append(lambda: _remove_tree(final))
            staging.rename(final)
            _fsync_dir(self.documents_dir)
        except OSError as error:
            raise _storage_error(error, str(final)) from error
        return _info_of(document, (final / _source_name(document, source)).stat().st_size), outline

    # -- writing: remove, rename ----------------------------------------------------------------------

    def remove(self, doc_id: str, *, on_progress: Progress | None = None) -> DocumentInfo:
        """Remove an edition, its stored copy and its passages from the index."""
        with self._writing():
            info = self.get(doc_id)
            catalog = self._catalog()
            new_catalog = dataclasses.replace(
                catalog,
                editions=tuple(other for other in catalog.editions if other.id != info.id),
                bundled_ids=tuple(other for other in catalog.bundled_ids if other != info.id),
                bundled_removed=catalog.bundled_removed or info.id in catalog.bundled_ids,
            )
            undo: list[Callable[[], None]] = []
            try:
                self._swap_index(new_catalog, {}, undo, on_progress, removed=(info.id,))
                self._commit(new_catalog, undo)
            except BaseException:
                _undo(undo)
                raise
            self._outlines.pop(info.id, None)
            folder = self.documents_dir / info.id
            trash = self.documents_dir / _temp_name(info.id)
            try:
                folder.rename(trash)
            except OSError as error:
                log.info("edition folder %s left for the next start: %s", folder, error)
            else:
                _remove_tree(trash)
            self._after_index_swap()
            return info

    def rename(self, doc_id: str, title: str) -> list[DocumentInfo]:
        """Give a document (all its versions) a new title. Refused if another document has it."""
        title = " ".join(title.split())
        if not title:
            raise LibraryError("a title cannot be empty")
        with self._writing():
            info = self.get(doc_id)
            key = normalise_title(info.title)
            catalog = self._catalog()
            wanted = normalise_title(title)
            if wanted != key and any(normalise_title(other.title) == wanted for other in catalog.editions):
                raise LibraryError(f"another document is already called {title!r}")
            renamed = tuple(
                dataclasses.replace(other, title=title) if normalise_title(other.title) == key else other
                for other in catalog.editions
            )
            self._commit(dataclasses.replace(catalog, editions=renamed))
            return [other for other in renamed if other.title == title]

    # -- the search index ------------------------------------------------------------------------------

    def search_index(self) -> SearchIndex:
        """The live search index, opened once; rebuilt first when missing, outdated or corrupt."""
        from artois_reader.core import search_index as engine

        live = self._live_index_name()
        if self._index is not None and self._index_name in (live, _PRIVATE_INDEX):
            return self._index
        self._close_index()
        if live is not None and self._index_matches(live):
            try:
                self._index = engine.open_index(self.index_dir / live)
                self._index_name = live
                return self._index
            except Exception as error:  # a corrupt index: whatever Whoosh raised
                log.warning("the search index %s cannot be opened (%s); rebuilding it", live, error)
        try:
            self.rebuild_index()
        except LibraryError as error:
            if not error.read_only:
                raise
            return self._open_private_index()
        if Notice.INDEX_REBUILT not in self.notices:
            self.notices.append(Notice.INDEX_REBUILT)
        live = self._live_index_name()
        if live is None:
            raise LibraryError("the search index could not be built")
        self._index = engine.open_index(self.index_dir / live)
        self._index_name = live
        return self._index

    def _open_private_index(self) -> SearchIndex:
        """The library cannot be written (read-only, disk full): index into a temporary folder instead,
        for this session only, so that searching still works."""
        from artois_reader.core import search_index as engine

        log.warning("the library is read-only: searching with a temporary index")
        self._private_index_dir = tempfile.TemporaryDirectory(prefix="artois-reader-index-")
        folder = Path(self._private_index_dir.name)
        editions = [(info, self.outline(info.id)) for info in self._catalog().editions]
        engine.build_index(folder, editions)
        self._index = engine.open_index(folder)
        self._index_name = _PRIVATE_INDEX
        return self._index

    def rebuild_index(self, on_progress: Progress | None = None) -> None:
        """Build the index of every edition into a new folder, then make it the live one."""
        with self._writing():
            undo: list[Callable[[], None]] = []
            try:
                self._swap_index(self._catalog(), {}, undo, on_progress)
            except BaseException:
                _undo(undo)
                raise
            self._after_index_swap()

    def _index_matches(self, name: str) -> bool:
        """Whether the index `name` holds exactly the listed editions, built by the current code."""
        try:
            meta = json.loads((self.index_dir / name / INDEX_META_FILE).read_bytes())
        except (OSError, ValueError):
            return False
        expected = {
            "editions": sorted(info.id for info in self._catalog().editions),
            "structure_version": OUTLINE_KEY,
            "index_schema": INDEX_SCHEMA_VERSION,
        }
        return isinstance(meta, dict) and all(meta.get(key) == value for key, value in expected.items())

    def _swap_index(
        self,
        catalog: _Catalog,
        outlines: dict[str, Outline],
        undo: list[Callable[[], None]],
        on_progress: Progress | None,
        *,
        added: tuple[str, ...] = (),
        removed: tuple[str, ...] = (),
    ) -> None:
        """Write the index of `catalog` beside the live one, then point ``index/CURRENT`` at it: a
        copy of the live index with the `added` editions added and the `removed` ones removed when
        the live index is up to date, else a new build of every edition."""
        from artois_reader.core import search_index as engine

        editions = catalog.editions
        name = f"ix-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{os.urandom(3).hex()}"
        staging = self.index_dir / _temp_name(name)
        undo.append(lambda: _remove_tree(staging))
        report(on_progress, Phase.INDEX, 0, max(len(editions), 1))
        try:
            staging.mkdir(parents=True)
        except OSError as error:
            raise _storage_error(error, str(staging)) from error
        try:
            if not self._update_live_index(staging, catalog, outlines, added, removed, on_progress):
                everything = [(info, outlines.get(info.id) or self.outline(info.id)) for info in editions]
                engine.build_index(staging, everything, on_progress=on_progress)
        except BaseException as error:
            _close_abandoned_files(error)
            if isinstance(error, OSError):  # the disk filled up (or went read-only) mid-index
                raise _storage_error(error, str(staging)) from error
            raise
        meta = {
            "editions": sorted(info.id for info in editions),
            "structure_version": OUTLINE_KEY,
            "index_schema": INDEX_SCHEMA_VERSION,
            "built_at": _now_iso(),
        }
        final = self.index_dir / name
        previous = self._live_index_name()
        try:
            _write_file(staging / INDEX_META_FILE, _json_bytes(meta))
            _fsync_dir(staging)
            undo.append(lambda: _remove_tree(final))
            staging.rename(final)
            undo.append(lambda: self._restore_current(previous))
            write_atomic(self.index_dir / CURRENT_FILE, (name + "\n").encode("ascii"))
        except OSError as error:
            raise _storage_error(error, str(final)) from error
        report(on_progress, Phase.INDEX, len(editions), max(len(editions), 1))

    def _update_live_index(
        self,
        staging: Path,
        catalog: _Catalog,
        outlines: dict[str, Outline],
        added: tuple[str, ...],
        removed: tuple[str, ...],
        on_progress: Progress | None,
    ) -> bool:
        """Write into `staging` the live index with editions added and removed (the live folder is
        only read), when it holds exactly the committed catalogue's editions and was built by the
        current code. False when it cannot be (a build is needed): `staging` is then still empty."""
        from artois_reader.core import search_index as engine

        live = self._live_index_name()
        if not (added or removed) or live is None or not self._index_matches(live):
            return False
        before = {info.id for info in self._catalog().editions}
        if {info.id for info in catalog.editions} != (before - set(removed)) | set(added):
            return False
        additions = [
            (info, outlines.get(info.id) or self.outline(info.id))
            for info in catalog.editions
            if info.id in added
        ]
        try:
            engine.update_index(
                self.index_dir / live, staging, add=additions, remove=removed, on_progress=on_progress
            )
        except engine.IndexUnusable as error:
            _close_abandoned_files(error)
            log.info("the search index %s cannot be updated (%s); building it again", live, error)
            return False
        return True

    def _restore_current(self, previous: str | None) -> None:
        current = self.index_dir / CURRENT_FILE
        if previous is None:
            current.unlink(missing_ok=True)
        else:
            write_atomic(current, (previous + "\n").encode("ascii"))

    def _after_index_swap(self) -> None:
        """After a commit: close our handle on the old index and delete the old folders."""
        self._close_index()
        live = self._live_index_name()
        if live is None:
            return
        for entry in self.index_dir.iterdir():
            if entry.is_dir() and entry.name != live and not entry.name.startswith(TEMP_PREFIX):
                _remove_tree(entry)

    def _close_index(self) -> None:
        if self._index is not None:
            close = getattr(self._index, "close", None)
            if close is not None:
                with contextlib.suppress(Exception):
                    close()
        self._index = None
        self._index_name = None
        if self._private_index_dir is not None:
            self._private_index_dir.cleanup()
            self._private_index_dir = None

    def _live_index_name(self) -> str | None:
        try:
            name = (self.index_dir / CURRENT_FILE).read_text(encoding="ascii").strip()
        except (OSError, ValueError):
            return None
        if not name or "/" in name or "\\" in name or name.startswith("."):
            return None
        return name if (self.index_dir / name).is_dir() else None

    def close(self) -> None:
        self._close_index()

    # -- committing -----------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        with self._lock.held():
            self._catalog_cache = None  # another process may have committed since we last read
            yield

    def _commit(self, catalog: _Catalog, undo: list[Callable[[], None]] | None = None) -> None:
        """Write the new catalogue (the commit point), keeping the previous one as library.json.bak."""
        current = self.home / LIBRARY_FILE
        backup = self.home / BACKUP_FILE
        previous = _read_bytes_or_none(current)
        previous_backup = _read_bytes_or_none(backup)
        if undo is not None:
            undo.append(lambda: _restore_file(backup, previous_backup))
            undo.append(lambda: _restore_file(current, previous))
        try:
            if previous is not None and _is_catalog(previous):
                write_atomic(backup, previous)
            write_atomic(current, _json_bytes(catalog.to_json()))
        except OSError as error:
            raise _storage_error(error, str(current)) from error
        self._catalog_cache = None


# --- Module helpers that need the types above -----------------------------------------------------------


def _info_of(document: Document, size: int) -> DocumentInfo:
    return DocumentInfo(
        id=document.id,
        title=document.title,
        version=document.version,
        sha256=document.sha256,
        source_name=document.source_name,
        source_kind=document.source_kind,
        ingested_at=document.ingested_at,
        pages=document.page_count,
        size=size,
    )


def _source_suffix(document: Document, source: Path) -> str:
    if document.source_kind is SourceKind.PDF:
        return ".pdf"
    return ".md" if source.suffix.lower() == ".md" else ".txt"


def _source_name(document: Document, source: Path) -> str:
    return SOURCE_STEM + _source_suffix(document, source)


def _find_source(folder: Path) -> Path | None:
    for suffix in (".pdf", ".txt", ".md"):
        candidate = folder / (SOURCE_STEM + suffix)
        if candidate.is_file():
            return candidate
    return None


OUTLINE_KEY = f"{STRUCTURE_VERSION}.{CLEANING_VERSION}"
"""What a stored outline and the index record as the code that made them: an outline is made from
cleaned text, so newer cleaning rules make it outdated too."""


def _read_outline(path: Path, structure_version: int | str) -> Outline | None:
    try:
        data = json.loads(path.read_bytes())
        if data.get("structure_version") != structure_version:
            return None
        return from_json(Outline, data["outline"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _outline_bytes(outline: Outline, structure_version: int | str) -> bytes:
    return _json_bytes({"structure_version": structure_version, "outline": to_json(outline)})


def _read_shared(path: Path) -> bytes:
    """Read a file another process may be replacing (on Windows, briefly refused while it does)."""
    for attempt in range(10):
        try:
            return path.read_bytes()
        except PermissionError:
            if os.name != "nt" or attempt == 9:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _read_bytes_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _is_catalog(data: bytes) -> bool:
    try:
        _Catalog.from_json(json.loads(data))
        return True
    except (LibraryError, ValueError, KeyError, TypeError):
        return False


def _restore_file(path: Path, content: bytes | None) -> None:
    if content is None:
        path.unlink(missing_ok=True)
    elif _read_bytes_or_none(path) != content:
        write_atomic(path, content)


def _undo(steps: list[Callable[[], None]]) -> None:
    """Run the undo steps of a failed write, newest first; one failing does not stop the others."""
    for step in reversed(steps):
        try:
            step()
        except Exception as error:  # the next start settles whatever is left (see Library._settle)
            log.warning("could not undo a step of a failed write: %s", error)
