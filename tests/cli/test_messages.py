"""The words of the clients: one sentence per refusal, naming the file, in French or English."""

from __future__ import annotations

import pytest

from artois_reader import messages
from artois_reader.core.errors import RefusalReason
from artois_reader.core.library import Notice


@pytest.mark.parametrize("reason", list(RefusalReason))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_refusal_is_one_sentence_naming_the_file(reason: RefusalReason, lang: str) -> None:
    sentence = messages.refusal_message(reason, "/dossier/Rapport d'étape.pdf", lang)
    assert "Rapport d'étape.pdf" in sentence and "/dossier" not in sentence
    assert sentence.endswith(".") and "\n" not in sentence
    assert sentence.startswith("Impossible d'ouvrir" if lang == "fr" else "Cannot open")


def test_the_examples_of_the_brief_read_as_written() -> None:
    assert messages.refusal_message(RefusalReason.PASSWORD_REQUIRED, "rapport.pdf", "fr") == (
        "Impossible d'ouvrir «\u00a0rapport.pdf\u00a0»\u00a0: ce PDF est protégé par un mot de passe."
    )
    assert "ce PDF ne contient pas de texte (document numérisé)" in messages.refusal_message(
        RefusalReason.NO_TEXT, "scan.pdf", "fr"
    )
    assert "document trop long à lire" in messages.refusal_message(RefusalReason.TOO_LONG, "x.pdf", "fr")
    assert "ni un PDF ni un fichier texte" in messages.refusal_message(RefusalReason.UNSUPPORTED, "x", "fr")


@pytest.mark.parametrize("notice", list(Notice))
def test_every_repair_of_the_library_has_words_in_both_languages(notice: Notice) -> None:
    assert messages.notice_message(notice, "fr") != messages.notice_message(notice, "en")


def test_every_text_exists_in_both_languages() -> None:
    for key, texts in messages._TEXTS.items():
        assert set(texts) == {"fr", "en"} and all(texts.values()), key


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({}, "fr"),
        ({"LANG": "C.UTF-8"}, "fr"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANGUAGE": "en_GB:fr", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LC_ALL": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"}, "fr"),
        ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANGUAGE": "de_DE", "LANG": "en_US.UTF-8"}, "fr"),
    ],
)
def test_french_unless_the_system_speaks_english(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: str
) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    monkeypatch.setattr("sys.platform", "linux")
    assert messages.ui_language() == expected


@pytest.mark.parametrize(
    ("count", "lang", "said"),
    [
        (1, "fr", "1 page"),
        (0, "fr", "0 page"),
        (10, "fr", "10 pages"),
        (1, "en", "1 page"),
        (0, "en", "0 pages"),
    ],
)
def test_a_page_count_agrees_with_its_number(count: int, lang: str, said: str) -> None:
    assert messages.page_count(count, lang) == said
    assert said in messages.text("ingest.created", lang, title="T", version=1, pages=said, id="x")
