from __future__ import annotations

from PySide6.QtCore import Qt

from artois_reader.ui.edition import Edition
from artois_reader.ui.navigation import Place, View
from artois_reader.ui.outline_model import (
    PLACE_ROLE,
    NodeKind,
    OutlineFilter,
    OutlineModel,
    build_tree,
)


def _labels(node) -> list[str]:
    return [child.label for child in node.children]


def test_tree_has_document_axes_sections_projects_then_groups(edition: Edition) -> None:
    root = build_tree([(edition.info, edition.outline)])
    (document,) = root.children
    assert document.kind == NodeKind.DOCUMENT and document.label == "Chapeau commun du CRTE"
    kinds = [child.kind for child in document.children]
    assert kinds[:4] == [NodeKind.SECTION, NodeKind.AXIS, NodeKind.AXIS, NodeKind.AXIS]
    axis1 = document.children[1]
    assert axis1.label == "Axis 1 — L'éco-transition comme modèle de développement"
    assert [c.kind for c in axis1.children] == [NodeKind.SECTION, NodeKind.PROJECTS]
    assert _labels(axis1.children[1]) == [
        "Reconversion des friches minières",
        "Rénovation énergétique des logements",
    ]
    groups = [c.label for c in document.children if c.kind == NodeKind.GROUP]
    assert groups == [
        "Contacts (1)",
        "“What is it?” (1)",
        "Places (2)",
        "Organisations (1)",
        "Key figures (1)",
        "Tools (1)",
    ]


def test_a_project_opens_its_passage(edition: Edition) -> None:
    root = build_tree([(edition.info, edition.outline)])
    project = next(n for n in root.walk() if n.kind == NodeKind.PROJECT)
    assert project.place == Place(edition.doc_id, View.PASSAGE, "p2.3")


def test_later_versions_say_so(edition: Edition) -> None:
    from dataclasses import replace

    root = build_tree([(replace(edition.info, version=2), edition.outline)])
    assert root.children[0].label == "Chapeau commun du CRTE (version 2)"


def test_model_passes_qt_model_tester(qtmodeltester, edition: Edition) -> None:
    model = OutlineModel()
    model.set_tree(build_tree([(edition.info, edition.outline), (edition.info, edition.outline)]))
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_filtered_model_passes_qt_model_tester(qtmodeltester, edition: Edition) -> None:
    model = OutlineModel()
    model.set_tree(build_tree([(edition.info, edition.outline)]))
    proxy = OutlineFilter()
    proxy.setSourceModel(model)
    proxy.set_query("lens")
    qtmodeltester.check(proxy, force_py=True)


def _visible(proxy, parent=None) -> list[str]:
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    found = []
    for row in range(proxy.rowCount(parent)):
        index = proxy.index(row, 0, parent)
        found.append(index.data())
        found += _visible(proxy, index)
    return found


def test_filter_ignores_accents_and_case_and_keeps_ancestors(edition: Edition) -> None:
    model = OutlineModel()
    model.set_tree(build_tree([(edition.info, edition.outline)]))
    proxy = OutlineFilter()
    proxy.setSourceModel(model)
    proxy.set_query("RENOVATION energetique")
    assert _visible(proxy) == [
        "Chapeau commun du CRTE",
        "Axis 1 — L'éco-transition comme modèle de développement",
        "Project examples",
        "Rénovation énergétique des logements",
    ]
    proxy.set_query("bethune")
    assert "Béthune" in _visible(proxy)
    proxy.set_query("nothing matches this")
    assert _visible(proxy) == []
    proxy.set_query("")
    assert len(_visible(proxy)) > 15


def test_a_matching_group_keeps_its_children(edition: Edition) -> None:
    model = OutlineModel()
    model.set_tree(build_tree([(edition.info, edition.outline)]))
    proxy = OutlineFilter()
    proxy.setSourceModel(model)
    proxy.set_query("contacts")
    assert "Pôle Métropolitain de l'Artois" in _visible(proxy)


def test_index_for_place_prefers_the_most_specific_node(edition: Edition) -> None:
    model = OutlineModel()
    model.set_tree(build_tree([(edition.info, edition.outline)]))
    doc = edition.doc_id
    project = model.index_for_place(Place(doc, View.PASSAGE, "p2.3"))
    assert project.data() == "Reconversion des friches minières"
    inside_section = model.index_for_place(Place(doc, View.PASSAGE, "p3.2"))
    assert inside_section.data() == "Revitaliser les centres-villes"
    assert model.index_for_place(Place(doc, View.AXIS, "2")).data(PLACE_ROLE) == Place(doc, View.AXIS, "2")
    assert not model.index_for_place(Place("other")).isValid()


def test_a_figure_is_labelled_with_its_unit_once(edition: Edition) -> None:
    from dataclasses import replace

    from artois_reader.core.document import Figure

    share = Figure("10 %", "%", "représente 10 % de la population", 1, "p1.3")
    outline = replace(edition.outline, figures=(*edition.outline.figures, share))
    root = build_tree([(edition.info, outline)])
    labels = [node.label for node in root.walk() if node.kind == NodeKind.FIGURE]
    assert labels == ["650 000 habitants", "10 %"]


def _untitled(edition: Edition, section_id: str) -> Edition:
    from dataclasses import replace

    sections = tuple(replace(s, titled=s.id != section_id) for s in edition.outline.sections)
    return Edition(edition.info, replace(edition.outline, sections=sections), edition.document)


def test_an_untitled_section_is_shown_in_italics_and_says_why(qapp, edition: Edition) -> None:
    model = OutlineModel()
    model.set_tree(build_tree([(edition.info, _untitled(edition, "s1").outline)]))
    document = model.index(0, 0)
    untitled, titled = model.index(0, 0, document), model.index(1, 0, document)  # s1, then axis 1
    assert untitled.data() == "Au cœur d'une nouvelle métropole"
    assert untitled.data(Qt.ItemDataRole.FontRole).italic()
    assert "first words" in untitled.data(Qt.ItemDataRole.ToolTipRole)
    assert titled.data(Qt.ItemDataRole.FontRole).bold() and not titled.data(Qt.ItemDataRole.FontRole).italic()


def test_the_tree_follows_a_passage_to_what_it_is_not_to_a_figure_named_in_it(edition: Edition) -> None:
    """p1.3 holds the key figure « 650 000 habitants » and belongs to section s1: the reader showing
    it selects the section's row. A figure's row is found for its own place only when no section
    holds the passage."""
    model = OutlineModel()
    model.set_tree(build_tree([(edition.info, edition.outline)]))
    shown = model.index_for_place(Place(edition.doc_id, View.PASSAGE, "p1.3"))
    assert shown.data() == "Au cœur d'une nouvelle métropole"


def test_an_explainer_row_stands_for_its_question_and_its_answer(edition: Edition) -> None:
    from dataclasses import replace

    from artois_reader.core.document import PassageKind
    from artois_reader.ui.outline_model import box_passages

    outline = edition.outline
    ids = [p.id for p in outline.passages]
    after = ids[ids.index("p3.3") + 1]
    passages = tuple(
        replace(p, kind=PassageKind.EXPLAINER) if p.id in ("p3.3", after) else p for p in outline.passages
    )
    boxed = replace(outline, passages=passages)
    assert box_passages(boxed, "p3.3") == ("p3.3", after)
    root = build_tree([(edition.info, boxed)])
    (explainer,) = [node for node in root.walk() if node.kind == NodeKind.EXPLAINER]
    assert explainer.passage_ids == ("p3.3", after)
