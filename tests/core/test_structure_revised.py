"""A revised edition of the CRTE, made by editing the text: the outline follows the edits."""

from __future__ import annotations

import pytest
from structure_support import crte_text, document_from_text, key

from artois_reader.core.document import Outline
from artois_reader.core.structure import extract_outline

ADDED = "e Création d'une maison de santé a Avion\n"
OLD_AXIS_2 = (
    ": \"De I'archipel noir a I'archipel\nvert\", vers un réseau multipolaire,\n"
    "équilibré et résilient de villes, villages\net cités minieres"
)
NEW_AXIS_2 = (
    ": Un territoire en archipel, vers un réseau\nmultipolaire et résilient de villes et de cités minieres"
)


def revise(text: str) -> str:
    assert OLD_AXIS_2 in text and "* Vivalley Campus\n" in text and "650.000" in text
    text = text.replace(OLD_AXIS_2, NEW_AXIS_2)  # axis 2 retitled
    text = text.replace(
        "e Trois schémas alimentaires territoriaux\ncoordonnés\n",
        "e Trois schémas alimentaires territoriaux\ncoordonnés\n" + ADDED,
    )  # a project added to axis 2
    text = text.replace("* Vivalley Campus\n", "")  # a project removed from axis 3
    return text.replace("650.000 habitants", "660.000 habitants")  # a figure changed


@pytest.fixture(scope="module")
def revised() -> Outline:
    return extract_outline(document_from_text(revise(crte_text())))


def test_the_retitled_axis_takes_its_new_title(revised: Outline) -> None:
    assert len(revised.axes) == 3
    assert key(revised.axes[1].title) == key(
        "Un territoire en archipel, vers un réseau multipolaire et résilient de villes et de cités minières"
    )
    assert revised.axes[1].page == 3


def test_the_added_project_is_under_its_axis_with_its_place(revised: Outline) -> None:
    added = [p for p in revised.projects if p.title.startswith("Création d'une maison de santé")]
    assert len(added) == 1
    assert (added[0].axis, added[0].page, added[0].places) == (2, 4, ("Avion",))
    assert [len(axis.project_ids) for axis in revised.axes] == [4, 8, 5]


def test_the_removed_project_is_gone(revised: Outline) -> None:
    assert not any("Vivalley Campus" in p.title for p in revised.projects)
    assert len(revised.projects) == 17


def test_the_changed_figure_is_read_again(revised: Outline) -> None:
    values = [(f.value, f.unit) for f in revised.figures]
    assert ("660 000", "habitants") in values
    assert ("650 000", "habitants") not in values


def test_an_axis_renamed_in_its_development_takes_the_explicit_title() -> None:
    text = crte_text().replace(
        "AXE 3\n\nUne vie sociale et culturelle solidaire, attentive a chacun et rayonnante",
        "AXE 3\n\nUne vie culturelle et sportive pour tous",
    )
    outline = extract_outline(document_from_text(text))
    assert key(outline.axes[2].title) == key("Une vie culturelle et sportive pour tous")
    assert [len(axis.project_ids) for axis in outline.axes] == [4, 7, 6]
