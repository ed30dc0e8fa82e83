"""Every strange file an office PC may hand the app, made on the spot, with what must become of it.

Shared by tests/robustness/test_inputs.py (one test per input) and tools/robustness_report.py (the
summary table of the README). An input is a file name (spaces, accents and emoji included), a way to
write it, and the expected outcome: ingested (with a word its text must hold, and sometimes its page
count) or refused with one `RefusalReason`.

The PDF samples of tests/fixtures/pdf-samples (and of ../shared/pdf-samples, when present) are inputs
too: refused for the reasons their collection documents (a password, images only, a broken page tree
pypdf cannot recover), ingested otherwise with text that pypdf itself finds in them.
"""

from __future__ import annotations

import json
import random
import shutil
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pdf_forge
from robustness_support import french_refusal_problems, permissions_enforced, snapshot

from artois_reader import messages
from artois_reader.core import pdf_worker, pipeline
from artois_reader.core.errors import IngestError, Phase, RefusalReason
from artois_reader.core.library import Library
from artois_reader.core.pdf_worker import Limits

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
FIXTURE_SAMPLES = REPO / "tests" / "fixtures" / "pdf-samples"
SHARED_SAMPLES = REPO.parent / "shared" / "pdf-samples"
CRTE_PDF = REPO / "resources" / "crte_pma_chapeau_commun.pdf"

SAMPLE_PASSWORD = "openpassword"  # the collection's README gives it
SAMPLE_REFUSALS = {
    # what the collection says of these files (README, files.json) and /work/shared/design/facts.md
    "005-libreoffice-writer-password/libreoffice-writer-password.pdf": RefusalReason.PASSWORD_REQUIRED,
    "007-imagemagick-images/imagemagick-ASCII85Decode.pdf": RefusalReason.NO_TEXT,
    "007-imagemagick-images/imagemagick-CCITTFaxDecode.pdf": RefusalReason.NO_TEXT,
    "007-imagemagick-images/imagemagick-lzw.pdf": RefusalReason.NO_TEXT,
    "019-grayscale-image/grayscale-image.pdf": RefusalReason.NO_TEXT,
    "023-cmyk-image/cmyk-image.pdf": RefusalReason.NO_TEXT,
    # pypdf: "Invalid object in /Pages", no page recovered (tests check that it still cannot)
    "017-unreadable-meta-data/unreadablemetadata.pdf": RefusalReason.DAMAGED,
}

FRENCH_LINES = (
    "Le Pôle Métropolitain de l'Artois réunit 650 000 habitants.",
    "La rénovation énergétique des logements est au cœur du contrat : été comme hiver.",
    "Les élus s'engagent « à l'unanimité » pour la mobilité douce.",
)
FRENCH_TEXT = "\n\n".join(FRENCH_LINES) + "\n"

HTML_PAGE = "<!DOCTYPE html><html><head><title>404</title></head><body>Introuvable</body></html>"

HOSTILE_LINES = (
    "<script>alert('piège')</script>",
    '<img src="http://evil.example/espion.png">',
    '<a href="file:///etc/passwd">Cliquez ici</a>',
    '<a href="javascript:alert(1)">javascript:alert(1)</a>',
    "Lien javascript:void(document.cookie) et file:///C:/Windows/win.ini dans le texte.",
    "Contrôle\x07\x1b[31m rouge\x1b[0m et \u202edroite à gauche\u202c \u200fمرحبا\u200e fin.",
    "Ligne très longue : " + "mobilité douce " * 4000,
)
HOSTILE_TEXT = "Projet de territoire\n\n" + "\n\n".join(HOSTILE_LINES) + "\n\nLa friche minière renaît.\n"
HOSTILE_PDF_TEXT = "\n".join(
    [*HOSTILE_LINES[:-1], "Ligne longue : " + "mobilité " * 300, "La friche minière renaît."]
)


@dataclass(frozen=True)
class Input:
    label: str  # what it is, in the report's words
    name: str  # the file name (may include a folder)
    write: Callable[[Path], None]  # makes the file at that path
    expected: RefusalReason | None  # None: ingested
    contains: str = ""  # a word the ingested text must hold
    pages: int | None = None  # the page count, when it is known
    password: str | None = None
    during_read: Callable[[Path], None] | None = None  # done to the file once its reading has begun
    limits: Limits | None = None  # other limits for the PDF worker (the slow PDF)
    sample: Path | None = None  # a PDF sample: the ingested text must hold words pypdf finds in it
    needs_permissions: bool = False  # relies on file permissions that root and Windows ignore

    @property
    def runnable(self) -> bool:
        return not self.needs_permissions or permissions_enforced()


# --- writers ---------------------------------------------------------------------------------------------


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _text(text: str, encoding: str) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(text.encode(encoding))


def _pdf(pages: list[str], title: str = "") -> Callable[[Path], None]:
    return lambda path: path.write_bytes(pdf_forge.pdf_bytes(pages, title=title))


def _random(size: int, seed: int, head: bytes = b"") -> Callable[[Path], None]:
    return lambda path: path.write_bytes(head + random.Random(seed).randbytes(size))


def _truncated(path: Path) -> None:
    data = CRTE_PDF.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _read_only(path: Path) -> None:
    path.write_bytes(pdf_forge.pdf_bytes(list(FRENCH_LINES)))
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)


def _no_permission(path: Path) -> None:
    path.write_text(FRENCH_TEXT, encoding="utf-8")
    path.chmod(0)


def _folder(path: Path) -> None:
    path.mkdir()


def _nothing(path: Path) -> None:
    """The file does not exist."""


def _delete(path: Path) -> None:
    path.unlink()


def _copy(source: Path) -> Callable[[Path], None]:
    return lambda path: shutil.copyfile(source, path)


TWO_THOUSAND_PAGES = [
    f"Page {n}\nLe chantier numéro {n} de rénovation des logements avance.\nMobilité douce et friches."
    for n in range(1, 2001)
]


def made_inputs() -> list[Input]:
    """The inputs the tests make, in the order of the report."""
    fr = FRENCH_TEXT
    return [
        Input("fichier vide nommé .pdf", "vide.pdf", _bytes(b""), RefusalReason.EMPTY),
        Input("fichier vide nommé .txt", "vide.txt", _bytes(b""), RefusalReason.EMPTY),
        Input("PDF tronqué (moitié du CRTE)", "crte tronqué.pdf", _truncated, RefusalReason.DAMAGED),
        Input("octets au hasard nommés .pdf", "hasard.pdf", _random(50_000, 1), RefusalReason.UNSUPPORTED),
        Input(
            "en-tête PDF puis octets au hasard",
            "faux.pdf",
            _random(50_000, 2, b"%PDF-1.7\n"),
            RefusalReason.DAMAGED,
        ),
        Input(
            "page HTML nommée .pdf",
            "téléchargement.pdf",
            _text(HTML_PAGE, "utf-8"),
            RefusalReason.UNSUPPORTED,
        ),
        Input(
            "PDF dont l'arbre des pages est cassé",
            "cassé.pdf",
            _bytes(pdf_forge.broken_page_tree_pdf()),
            RefusalReason.DAMAGED,
        ),
        Input("PDF sans texte (page blanche)", "blanc.pdf", _pdf([" "]), RefusalReason.NO_TEXT),
        Input(
            "PDF dont le texte n'est que ses numéros de page (un scan paginé)",
            "scan paginé.pdf",
            _pdf(["1", "2", "3", "4"]),
            RefusalReason.NO_TEXT,
        ),
        Input(
            "PDF dont chaque page porte la même courte ligne (habibi-rotated)",
            "même ligne.pdf",
            _pdf(["Bienvenue à Lens"] * 4),
            None,
            contains="Bienvenue à Lens",
            pages=4,
        ),
        Input(
            "PDF de 2 000 pages",
            "rapport 2000 pages.pdf",
            _pdf(TWO_THOUSAND_PAGES, title="Rapport de suivi des chantiers"),
            None,
            contains="chantier",
            pages=2000,
        ),
        Input(
            "PDF piégé, lent à lire (formulaires imbriqués)",
            "lent.pdf",
            _bytes(pdf_forge.slow_pdf(pages=60)),
            RefusalReason.TOO_LONG,
            limits=Limits(seconds=3, stall_seconds=30),
        ),
        Input(
            "PDF qui se décompresse en gigaoctets",
            "bombe.pdf",
            _bytes(pdf_forge.inflating_pdf()),
            RefusalReason.TOO_LONG,
        ),
        Input("texte Windows-1252", "notes cp1252.txt", _text(fr, "cp1252"), None, contains="cœur", pages=1),
        Input("texte nommé .pdf", "notes.pdf", _text(fr, "utf-8"), None, contains="cœur", pages=1),
        Input(
            "texte Latin-1",
            "notes latin1.txt",
            _text(fr.replace("œ", "oe"), "latin-1"),
            None,
            contains="rénovation",
        ),
        Input(
            "texte UTF-16 avec BOM",
            "notes utf16.txt",
            _text("\ufeff" + fr, "utf-16-le"),
            None,
            contains="Métropolitain",
        ),
        Input(
            "texte UTF-16 gros-boutiste avec BOM",
            "notes utf16be.txt",
            _text("\ufeff" + fr, "utf-16-be"),
            None,
            contains="Métropolitain",
        ),
        Input("texte UTF-8 avec BOM", "notes utf8.md", _text("\ufeff" + fr, "utf-8"), None, contains="élus"),
        Input("octets binaires nommés .txt", "données.txt", _random(20_000, 3), RefusalReason.BINARY_TEXT),
        Input(
            "image PNG nommée .txt",
            "photo.txt",
            _bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40),
            RefusalReason.BINARY_TEXT,
        ),
        Input(
            "chemin avec espaces, accents et emoji",
            "Dossier d'été 🌻/Compte rendu — réunion n°3 🚲.pdf",
            _pdf(list(FRENCH_LINES)),
            None,
            contains="mobilité",
        ),
        Input("source en lecture seule", "lecture seule.pdf", _read_only, None, contains="logements"),
        Input(
            "source illisible (droits retirés)",
            "interdit.txt",
            _no_permission,
            RefusalReason.UNREADABLE,
            needs_permissions=True,
        ),
        Input("dossier nommé .pdf", "dossier.pdf", _folder, RefusalReason.FOLDER),
        Input("fichier absent", "absent.pdf", _nothing, RefusalReason.NOT_FOUND),
        Input(
            "PDF supprimé pendant sa lecture",
            "supprimé en cours.pdf",
            _pdf(list(FRENCH_LINES) * 3),
            RefusalReason.UNREADABLE,
            during_read=_delete,
        ),
        Input(
            "texte supprimé pendant sa lecture",
            "supprimé en cours.txt",
            _text(fr, "utf-8"),
            RefusalReason.UNREADABLE,
            during_read=_delete,
        ),
        Input(
            "texte hostile (balises, liens, contrôles, RTL, ligne géante)",
            "hostile.txt",
            _text(HOSTILE_TEXT, "utf-8"),
            None,
            contains="friche",
        ),
        Input(
            "PDF hostile (balises, liens, contrôles)",
            "hostile.pdf",
            _pdf([HOSTILE_PDF_TEXT]),
            None,
            contains="friche",
        ),
    ]


# --- the PDF samples --------------------------------------------------------------------------------------


def sample_inputs(folder: Path) -> Iterator[Input]:
    """One input per PDF of a samples folder (files.json lists them; files absent from disk are skipped),
    plus the protected one with a wrong password and with its password."""
    catalogue = json.loads((folder / "files.json").read_text(encoding="utf-8"))
    listed = [entry["path"] for entry in catalogue["data"]]
    for relative in listed:
        source = folder / relative
        if not source.is_file():
            continue
        expected = SAMPLE_REFUSALS.get(relative)
        yield Input(f"échantillon {relative}", Path(relative).name, _copy(source), expected, sample=source)
        if expected is RefusalReason.PASSWORD_REQUIRED:
            yield Input(
                f"échantillon {relative}, mauvais mot de passe",
                Path(relative).name,
                _copy(source),
                RefusalReason.PASSWORD_WRONG,
                password="mauvais",
            )
            yield Input(
                f"échantillon {relative}, bon mot de passe",
                Path(relative).name,
                _copy(source),
                None,
                password=SAMPLE_PASSWORD,
                sample=source,
            )


def sample_words(source: Path, password: str | None = None) -> set[str]:
    """Words pypdf itself finds in a PDF (plain extraction, no cleaning): the ingested text must hold
    some of them."""
    from pypdf import PdfReader

    reader = PdfReader(source, strict=False)
    if reader.is_encrypted:
        reader.decrypt(password or "")
    words: set[str] = set()
    for page in reader.pages:
        words |= {word for word in (page.extract_text() or "").split() if len(word) >= 5 and word.isalpha()}
    return words


# --- running one input -------------------------------------------------------------------------------------


@dataclass
class Outcome:
    item: Input
    status: str  # "ingested", "refused", "crash", "skipped"
    reason: RefusalReason | None = None
    message: str = ""  # what the user reads (the French refusal sentence, or what was added)
    problems: list[str] = field(default_factory=list)  # an outcome other than expected, an unclear message
    data_lost: list[str] = field(default_factory=list)  # what the library no longer had afterwards

    @property
    def ok(self) -> bool:
        return self.status != "crash" and not self.problems and not self.data_lost


def run_input(item: Input, folder: Path, library: Library, keep: tuple[str, str]) -> Outcome:
    """Ingest `item` (written under `folder`) into `library`, which holds the edition `keep[0]` that the
    query `keep[1]` finds; report what happened and anything lost."""
    if not item.runnable:
        return Outcome(item, "skipped", message="droits de fichiers ignorés ici (administrateur ou Windows)")
    path = folder / item.name
    path.parent.mkdir(parents=True, exist_ok=True)
    item.write(path)
    before = snapshot(library.home)
    editions = library.documents()
    outcome = _ingest(item, path, library)
    _restore_permissions(path)
    if outcome.status == "refused":
        if snapshot(library.home) != before:
            outcome.data_lost.append("la bibliothèque a changé alors que le fichier était refusé")
    elif outcome.status == "ingested":
        outcome.data_lost += _losses(library, editions, before)
    outcome.data_lost += _search_losses(library, keep)
    return outcome


def _ingest(item: Input, path: Path, library: Library) -> Outcome:
    started: list[bool] = []

    def on_progress(phase: Phase, done: int, total: int) -> bool:
        if item.during_read is not None and phase is Phase.READ and done >= 1 and not started:
            started.append(True)
            item.during_read(path)
        return True

    saved = pdf_worker.DEFAULT_LIMITS
    if item.limits is not None:
        pdf_worker.DEFAULT_LIMITS = item.limits
    try:
        result = pipeline.ingest(path, library, password=item.password, on_progress=on_progress)
    except IngestError as error:
        message = messages.refusal_message(error.reason, error.path, "fr")
        outcome = Outcome(item, "refused", error.reason, message)
        outcome.problems += french_refusal_problems(message, path.name, error.reason)
        if error.reason is not item.expected:
            outcome.problems.append(f"refusé ({error.reason.value}) au lieu de {_expected(item)}")
        return outcome
    except Exception as error:  # a crash: what the report counts
        return Outcome(item, "crash", message=f"{type(error).__name__}: {error}")
    finally:
        pdf_worker.DEFAULT_LIMITS = saved
    info = result.info
    outcome = Outcome(item, "ingested", message=f"{info.pages} page(s), « {info.title} »")
    if item.expected is not None:
        outcome.problems.append(f"ajouté au lieu d'être refusé ({item.expected.value})")
    outcome.problems += _text_problems(item, library, info.id, info.pages)
    return outcome


def _expected(item: Input) -> str:
    return "ajouté" if item.expected is None else item.expected.value


def _text_problems(item: Input, library: Library, doc_id: str, pages: int) -> list[str]:
    problems = []
    document = library.load(doc_id)
    text = "\n".join(page.text for page in document.pages) + "\n".join(page.raw for page in document.pages)
    if item.pages is not None and pages != item.pages:
        problems.append(f"{pages} pages au lieu de {item.pages}")
    if item.contains and item.contains not in text:
        problems.append(f"le texte ne contient pas « {item.contains} »")
    if item.sample is not None:
        words = sample_words(item.sample, item.password)
        if words and not any(word in text for word in words):
            problems.append("aucun des mots que pypdf trouve dans le PDF")
    return problems


def _losses(library: Library, editions: list, before: dict[str, bytes]) -> list[str]:
    """After an ingest: every earlier edition is still listed, and its stored files are unchanged."""
    lost = []
    now = {info.id for info in library.documents()}
    after = snapshot(library.home)
    for info in editions:
        if info.id not in now:
            lost.append(f"l'édition {info.id} n'est plus dans la liste")
        prefix = str(Path("documents") / info.id)
        for name, data in before.items():
            if name.startswith(prefix) and after.get(name) != data:
                lost.append(f"{name} a changé ou disparu")
    return lost


def _search_losses(library: Library, keep: tuple[str, str]) -> list[str]:
    doc_id, query = keep
    try:
        library.load(doc_id)
        hits = library.search_index().search(query, doc_id=doc_id).hits
    except Exception as error:
        return [f"l'édition {doc_id} ne se lit ou ne se cherche plus : {type(error).__name__}"]
    return [] if hits else [f"« {query} » ne trouve plus l'édition {doc_id}"]


def _restore_permissions(path: Path) -> None:
    """So that the test's folder can be cleaned away."""
    try:
        if path.exists() and not path.is_dir():
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    except OSError:
        pass
