"""A small edition built by hand (French text, every kind of outline entry, and hostile markup), so the
widgets can be tested without running the pipeline. Tests that need the real pipeline use
`crte_library`, which ingests the bundled CRTE text once per session and copies it per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from artois_reader.core.document import (
    Axis,
    Block,
    BlockKind,
    Contact,
    Document,
    DocumentInfo,
    Explainer,
    Figure,
    Mention,
    Outline,
    Page,
    Passage,
    PassageKind,
    Project,
    Section,
    SourceKind,
    Tool,
)
from artois_reader.ui.edition import Edition

H, P, L = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM

# (page, block kind, passage kind, section id, axis, text)
_PASSAGES = [
    (1, H, PassageKind.HEADING, "s1", None, "Au cœur d'une nouvelle métropole"),
    (
        1,
        P,
        PassageKind.SECTION,
        "s1",
        None,
        "Les trois communautés d'agglomération forment le Pôle Métropolitain de l'Artois.",
    ),
    (
        1,
        P,
        PassageKind.FIGURE,
        "s1",
        None,
        "Réunissant près de 650 000 habitants et 150 communes, le territoire est uni.",
    ),
    (2, H, PassageKind.HEADING, "s2", 1, "L'éco-transition comme modèle de développement"),
    (
        2,
        P,
        PassageKind.SECTION,
        "s2",
        1,
        "Euralens accompagne la Troisième Révolution Industrielle du territoire.",
    ),
    (2, L, PassageKind.PROJECT, "s2", 1, "Reconversion des friches minières à Loos-en-Gohelle"),
    (2, L, PassageKind.PROJECT, "s2", 1, "Rénovation énergétique des logements à Lens"),
    (3, H, PassageKind.HEADING, "s3", 2, "Revitaliser les centres-villes"),
    (3, P, PassageKind.SECTION, "s3", 2, "Le programme Action Cœur de Ville soutient Béthune et Lens."),
    (
        3,
        P,
        PassageKind.EXPLAINER,
        "s3",
        2,
        "Le Pôle Métropolitain, c'est quoi ? Un syndicat mixte qui porte les projets communs.",
    ),
    (
        3,
        P,
        PassageKind.CONTACT,
        "s3",
        2,
        "Pôle Métropolitain de l'Artois\n03 21 00 00 00\ncontact@pole-artois.fr",
    ),
    (4, H, PassageKind.HEADING, "s4", 3, "Une métropole attractive"),
    (
        4,
        P,
        PassageKind.SECTION,
        "s4",
        3,
        "Texte piégé <script>alert('x')</script> et <img src=\"http://evil.example/x.png\"> & fin.",
    ),
    (4, P, PassageKind.SECTION, "s4", 3, 'Lien piégé <a href="javascript:alert(1)">clic</a> reste du texte.'),
]


def _build() -> tuple[Document, Outline]:
    pages: dict[int, list[Block]] = {}
    passages: list[Passage] = []
    for page, block_kind, kind, section_id, axis, text in _PASSAGES:
        blocks = pages.setdefault(page, [])
        blocks.append(Block(block_kind, text, text.upper()))
        pid = f"p{page}.{len(blocks)}"
        passages.append(Passage(pid, page, kind, text, "RAW " + text, section_id, axis))
    document = Document(
        id="abc123def456",
        title="Chapeau commun du CRTE",
        version=1,
        sha256="abc123def456" + "0" * 52,
        source_name="chapeau.pdf",
        source_kind=SourceKind.PDF,
        ingested_at="2024-05-01T10:00:00Z",
        pages=tuple(Page(n, "\n".join(b.raw for b in blocks), tuple(blocks)) for n, blocks in pages.items()),
    )

    def ids(section: str) -> tuple[str, ...]:
        return tuple(p.id for p in passages if p.section_id == section)

    def text(section: str) -> str:
        return "\n\n".join(p.text for p in passages if p.section_id == section)

    sections = (
        Section("s1", "Au cœur d'une nouvelle métropole", 1, text("s1"), None, 1, ids("s1")),
        Section("s2", "L'éco-transition comme modèle de développement", 2, text("s2"), 1, 1, ids("s2")),
        Section("s3", "Revitaliser les centres-villes", 3, text("s3"), 2, 1, ids("s3")),
        Section("s4", "Une métropole attractive", 4, text("s4"), 3, 1, ids("s4")),
    )
    projects = (
        Project("proj1", "Reconversion des friches minières", 1, 2, ("Loos-en-Gohelle",), (), "p2.3", "s2"),
        Project("proj2", "Rénovation énergétique des logements", 1, 2, ("Lens",), (), "p2.4", "s2"),
    )
    outline = Outline(
        axes=(
            Axis(1, "L'éco-transition comme modèle de développement", 2, ("s2",), ("proj1", "proj2")),
            Axis(2, "Cœur de ville et cadre de vie", 3, ("s3",)),
            Axis(3, "Une métropole attractive", 4, ("s4",)),
        ),
        sections=sections,
        projects=projects,
        explainers=(
            Explainer(
                "Le Pôle Métropolitain", "Un syndicat mixte qui porte les projets communs.", 3, 2, "p3.3"
            ),
        ),
        contacts=(
            Contact(
                "Pôle Métropolitain de l'Artois",
                3,
                ("03 21 00 00 00",),
                ("contact@pole-artois.fr",),
                ("www.pole-artois.fr",),
                "1 rue de l'Exemple, 62300 Lens",
                "p3.4",
            ),
        ),
        tools=(Tool("Euralens", "Forum des acteurs du territoire", 2, "p2.2"),),
        organizations=(Mention("Euralens", (2,), ("p2.2",)),),
        places=(Mention("Lens", (2, 3), ("p2.4", "p3.2")), Mention("Béthune", (3,), ("p3.2",))),
        figures=(Figure("650 000", "habitants", "Réunissant près de 650 000 habitants", 1, "p1.3"),),
        passages=tuple(passages),
    )
    return document, outline


def info_of(document: Document) -> DocumentInfo:
    return DocumentInfo(
        id=document.id,
        title=document.title,
        version=document.version,
        sha256=document.sha256,
        source_name=document.source_name,
        source_kind=document.source_kind,
        ingested_at=document.ingested_at,
        pages=document.page_count,
    )


@pytest.fixture
def sample_document() -> Document:
    return _build()[0]


@pytest.fixture
def sample_outline() -> Outline:
    return _build()[1]


@pytest.fixture
def edition() -> Edition:
    document, outline = _build()
    return Edition(info_of(document), outline, document)


_CRTE_CACHE: dict[str, Path] = {}


@pytest.fixture
def crte_library(tmp_path_factory: pytest.TempPathFactory, temp_home: Path, crte_text_path: Path):
    """A library (the per-test home) holding the bundled CRTE text, ingested once per session."""
    pipeline = pytest.importorskip("artois_reader.core.pipeline")
    library_module = pytest.importorskip("artois_reader.core.library")
    if "home" not in _CRTE_CACHE:
        home = tmp_path_factory.mktemp("crte-home")
        library = library_module.Library.open(home)
        pipeline.ingest(crte_text_path, library)
        library.search_index()
        library.close()
        _CRTE_CACHE["home"] = home
    shutil.copytree(_CRTE_CACHE["home"], temp_home, dirs_exist_ok=True)
    library = library_module.Library.open(temp_home)
    yield library
    library.close()


@pytest.fixture
def french(qapp):
    """Our French catalogue (and Qt's) installed for the test, removed after."""
    from artois_reader.ui.i18n import Translators

    translators = Translators()
    translators.install("fr")
    yield translators
    translators.remove()


_EDITIONS_CACHE: dict[str, Path] = {}


@pytest.fixture
def revised_crte_path(tmp_path_factory: pytest.TempPathFactory, revised_crte_text: str) -> Path:
    """The revised CRTE of issue 8 as a text file named like the bundled one: so it comes in as the
    document's version 2."""
    path = tmp_path_factory.mktemp("revised") / "crte_pma_chapeau_commun.txt"
    path.write_text(revised_crte_text, encoding="utf-8")
    return path


@pytest.fixture
def editions_library(
    tmp_path_factory: pytest.TempPathFactory, temp_home: Path, crte_text_path: Path, revised_crte_path: Path
):
    """A library (the per-test home) holding the CRTE text as version 1 and the revised CRTE as
    version 2 of the same document (built once per session)."""
    from artois_reader.core import pipeline
    from artois_reader.core.library import Library

    if "home" not in _EDITIONS_CACHE:
        home = tmp_path_factory.mktemp("editions-home")
        library = Library.open(home)
        pipeline.ingest(crte_text_path, library)
        pipeline.ingest(revised_crte_path, library)
        library.search_index()
        library.close()
        _EDITIONS_CACHE["home"] = home
    shutil.copytree(_EDITIONS_CACHE["home"], temp_home, dirs_exist_ok=True)
    library = Library.open(temp_home)
    yield library
    library.close()


@pytest.fixture
def open_window(qtbot, temp_home: Path):
    """Opens the application's window on a library (French, shown, as `main` builds it); closed after."""
    from PySide6.QtWidgets import QApplication

    from artois_reader.app import Application

    opened = []

    def open_on(library):
        application = Application(QApplication.instance(), temp_home, library)
        application.window.show()
        qtbot.waitExposed(application.window)
        opened.append(application)
        return application

    yield open_on
    for application in opened:
        application.window.close()
        application.translators.remove()
