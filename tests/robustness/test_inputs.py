"""Every strange file is ingested with its text or refused with the right reason, in one French sentence
naming the file, and the library keeps what it had (a CRTE edition, still found by search)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import hostile_inputs
import pytest
from hostile_inputs import FIXTURE_SAMPLES, SHARED_SAMPLES, Input, made_inputs, run_input, sample_inputs
from robustness_support import assert_french_refusal

from artois_reader import messages
from artois_reader.core import pipeline
from artois_reader.core.errors import IngestError, RefusalReason
from artois_reader.core.library import Library

KEEP_QUERY = "transition écologique"


@pytest.fixture(scope="module")
def crte_template(tmp_path_factory: pytest.TempPathFactory, crte_text_path: Path) -> tuple[Path, str]:
    """A library holding the bundled CRTE text, made once and copied for each input."""
    home = tmp_path_factory.mktemp("crte-library")
    library = Library.open(home)
    info = pipeline.ingest(crte_text_path, library).info
    assert library.search_index().search(KEEP_QUERY, doc_id=info.id).hits
    library.close()
    return home, info.id


@pytest.fixture
def seeded(crte_template: tuple[Path, str], temp_home: Path) -> Iterator[tuple[Library, str]]:
    home, doc_id = crte_template
    shutil.copytree(home, temp_home)
    library = Library.open(temp_home)
    yield library, doc_id
    library.close()


def _params(inputs: list[Input]) -> list[object]:
    return [
        pytest.param(item, id=item.label, marks=[pytest.mark.slow] if item.pages and item.pages > 100 else [])
        for item in inputs
    ]


def _check(item: Input, seeded: tuple[Library, str], folder: Path) -> None:
    library, doc_id = seeded
    outcome = run_input(item, folder, library, (doc_id, KEEP_QUERY))
    if outcome.status == "skipped":
        pytest.skip(outcome.message)
    assert outcome.status != "crash", outcome.message
    assert outcome.problems == [], outcome.message
    assert outcome.data_lost == []
    assert outcome.status == ("ingested" if item.expected is None else "refused")


@pytest.mark.parametrize("item", _params(made_inputs()))
def test_every_made_input_is_ingested_or_refused_with_its_reason(
    item: Input, seeded: tuple[Library, str], tmp_path: Path
) -> None:
    _check(item, seeded, tmp_path / "entrées")


@pytest.mark.parametrize("item", _params(list(sample_inputs(FIXTURE_SAMPLES))))
def test_every_pdf_sample_of_the_fixtures_is_ingested_or_refused_with_its_reason(
    item: Input, seeded: tuple[Library, str], tmp_path: Path
) -> None:
    _check(item, seeded, tmp_path / "échantillons")


_SHARED = list(sample_inputs(SHARED_SAMPLES)) if (SHARED_SAMPLES / "files.json").is_file() else []


@pytest.mark.shared
@pytest.mark.parametrize("item", _params(_SHARED) or [pytest.param(None, id="absent")])
def test_every_pdf_sample_of_the_shared_corpus_is_ingested_or_refused_with_its_reason(
    shared_dir: Path, item: Input | None, seeded: tuple[Library, str], tmp_path: Path
) -> None:
    assert item is not None, "../shared/pdf-samples/files.json is missing"
    _check(item, seeded, tmp_path / "partagés")


@pytest.mark.shared
def test_the_shared_corpus_is_covered_whole(shared_dir: Path) -> None:
    """files.json lists 32 files; the one not on disk (GeoTopo.pdf, only its compressed twin is) aside,
    each is an input, and the protected one is tried three ways."""
    on_disk = sorted(path.name for path in (shared_dir / "pdf-samples").rglob("*.pdf"))
    tried = {item.name for item in _SHARED}
    assert set(on_disk) == tried
    assert len(_SHARED) == len(on_disk) + 2


# --- why the refused samples are refused -------------------------------------------------------------


def test_the_sample_with_unreadable_metadata_is_refused_because_pypdf_recovers_nothing() -> None:
    """Ingested if pypdf can recover the text, refused otherwise: pypdf cannot even count its pages."""
    from pypdf import PdfReader

    source = FIXTURE_SAMPLES / "017-unreadable-meta-data" / "unreadablemetadata.pdf"
    with pytest.raises(Exception, match="Invalid object in /Pages"):
        len(PdfReader(source, strict=False).pages)


@pytest.mark.shared
@pytest.mark.parametrize(
    "relative",
    [path for path, reason in hostile_inputs.SAMPLE_REFUSALS.items() if reason is RefusalReason.NO_TEXT],
)
def test_image_only_samples_have_no_text_for_pypdf_either(shared_dir: Path, relative: str) -> None:
    assert hostile_inputs.sample_words(shared_dir / "pdf-samples" / relative) == set()


def test_the_refusal_of_an_image_only_pdf_says_it_is_a_scanned_document() -> None:
    message = messages.refusal_message(RefusalReason.NO_TEXT, "scan.pdf", "fr")
    assert message == (
        "Impossible d'ouvrir «\u00a0scan.pdf\u00a0»\u00a0: "
        "ce PDF ne contient pas de texte (document numérisé)."
    )


def test_the_refusal_of_a_protected_pdf_says_password_required_or_wrong() -> None:
    assert "mot de passe" in messages.reason_text(RefusalReason.PASSWORD_REQUIRED, "fr")
    assert messages.reason_text(RefusalReason.PASSWORD_WRONG, "fr") == "le mot de passe est incorrect"


# --- a file that moves at the wrong moment ----------------------------------------------------------------


def test_a_file_gone_between_its_hash_and_its_reading_is_unreadable_not_missing(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "déplacé.pdf"
    shutil.copyfile(FIXTURE_SAMPLES / "001-trivial" / "minimal-document.pdf", path)
    real_hash = pipeline.file_sha256

    def hash_then_move(source: Path) -> str:
        digest = real_hash(source)
        source.rename(source.with_suffix(".déplacé"))
        return digest

    monkeypatch.setattr(pipeline, "file_sha256", hash_then_move)
    with pytest.raises(IngestError) as refused:
        pipeline.ingest(path, library)
    assert refused.value.reason is RefusalReason.UNREADABLE
    assert_french_refusal(
        messages.refusal_message(refused.value.reason, path, "fr"), path.name, RefusalReason.UNREADABLE
    )
    assert library.documents() == []
