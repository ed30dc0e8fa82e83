from __future__ import annotations

import re
from dataclasses import replace

from artois_reader.core.document import Passage, PassageKind
from artois_reader.ui.edition import Edition
from artois_reader.ui.navigation import Place, View, place_from_url
from artois_reader.ui.render import Theme, _passages_html, phone_href, render_place, website_href


def _hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


def test_section_has_heading_axis_page_and_anchored_passages(edition: Edition) -> None:
    shown = render_place(Place(edition.doc_id, View.SECTION, "s2"), edition)
    assert "<h1>" in shown.html and "L&#x27;éco-transition comme modèle de développement</h1>" in shown.html
    assert "Axis 1" in shown.html and "p. 2" in shown.html
    assert '<a name="p2.2"></a>Euralens accompagne' in shown.html
    assert shown.html.count("<li>") == 2  # the two project list items
    assert shown.section_id == "s2" and shown.axis == 1 and shown.page == 2


def test_an_untitled_section_has_no_heading_repeating_its_first_words(edition: Edition) -> None:
    sections = tuple(replace(s, titled=s.id != "s2") for s in edition.outline.sections)
    untitled = Edition(edition.info, replace(edition.outline, sections=sections), edition.document)
    shown = render_place(Place(edition.doc_id, View.SECTION, "s2"), untitled)
    assert "<h1>" not in shown.html and '<a name="s2"></a>' in shown.html
    assert '<a name="p2.2"></a>Euralens accompagne' in shown.html  # its text, whole
    assert shown.title == edition.outline.sections[1].title  # the window and the history still name it


def test_the_overview_lists_an_untitled_section_in_italics(edition: Edition) -> None:
    sections = tuple(replace(s, titled=s.id != "s1") for s in edition.outline.sections)
    untitled = Edition(edition.info, replace(edition.outline, sections=sections), edition.document)
    html = render_place(Place(edition.doc_id), untitled).html
    assert re.search(r"<i><a [^>]*>Au cœur d&#x27;une nouvelle métropole</a></i>", html)
    assert "<i><a" not in render_place(Place(edition.doc_id), edition).html


def test_heading_passage_repeating_the_title_is_not_shown_twice(edition: Edition) -> None:
    shown = render_place(Place(edition.doc_id, View.SECTION, "s2"), edition)
    assert shown.html.count("modèle de développement") == 2  # the axis crumb and the title only


def test_passage_opens_its_section_focused_at_its_anchor(edition: Edition) -> None:
    shown = render_place(Place(edition.doc_id, View.PASSAGE, "p3.2"), edition)
    assert shown.anchor == "p3.2" and shown.section_id == "s3" and shown.page == 3
    focused = re.search(r"<p style=\"background-color:[^\"]+\"><a name=\"p3.2\">", shown.html)
    assert focused, "the passage of a hit stands out"


def test_text_read_off_a_picture_is_shown_muted(edition: Edition) -> None:
    """A map label or a logo the OCR read (here "HARNES" in place of a sentence) stays in the text,
    muted and in italics; the sentences around it are shown as usual."""
    passages = tuple(replace(p, text="HARNES") if p.id == "p3.2" else p for p in edition.outline.passages)
    labelled = Edition(edition.info, replace(edition.outline, passages=passages), edition.document)
    shown = render_place(Place(edition.doc_id, View.SECTION, "s3"), labelled).html
    assert re.search(r'<p style="color:[^"]+"><i><a name="p3.2"></a>HARNES</i></p>', shown)
    plain = render_place(Place(edition.doc_id, View.SECTION, "s3"), edition).html
    assert "<i>" not in plain and '<p><a name="p3.2"></a>Le programme Action' in plain


def test_document_text_is_escaped_never_markup(edition: Edition) -> None:
    shown = render_place(Place(edition.doc_id, View.SECTION, "s4"), edition)
    assert "<script>" not in shown.html and "<img" not in shown.html
    assert (
        "&lt;script&gt;" in shown.html
        and "&lt;img src=&quot;http://evil.example/x.png&quot;&gt;" in shown.html
    )
    assert "javascript:" not in "".join(_hrefs(shown.html))
    for raw in (True, False):
        assert "<script>" not in render_place(Place(edition.doc_id, View.PAGE, "4"), edition, raw=raw).html


def test_raw_switch_shows_the_ocr_text(edition: Edition) -> None:
    shown = render_place(Place(edition.doc_id, View.SECTION, "s3"), edition, raw=True)
    assert "RAW Le programme Action Cœur de Ville" in shown.html
    assert "font-family:monospace" in shown.html


def test_the_ocr_text_keeps_its_lines_apart_when_they_wrap(qapp) -> None:
    """Each OCR line is a paragraph with a hanging indent: wrapped, its next lines are indented, so
    the reader still tells the OCR's line breaks from the wrapping."""
    from PySide6.QtGui import QTextDocument

    from artois_reader.ui.render import _raw_html

    html = _raw_html(
        "une première ligne assez longue pour être coupée\ndeux\n\nquatre", "", focused=False, theme=Theme()
    )
    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(120)
    document.size()  # lays the text out
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    assert [b.text() for b in blocks] == [
        "une première ligne assez longue pour être coupée",
        "deux",
        "\u00a0",
        "quatre",
    ]
    first = blocks[0].blockFormat()
    assert first.textIndent() < 0 < first.leftMargin() and blocks[0].layout().lineCount() > 1


def test_internal_links_point_to_real_places(edition: Edition) -> None:
    for place in (
        Place(edition.doc_id),
        Place(edition.doc_id, View.AXIS, "1"),
        Place(edition.doc_id, View.GROUP, "places"),
        Place(edition.doc_id, View.GROUP, "contacts"),
    ):
        for href in _hrefs(render_place(place, edition).html):
            target = place_from_url(href)
            if target is None:
                continue
            assert render_place(target, edition).found, href


def test_document_overview_lists_axes_and_groups(edition: Edition, french) -> None:
    shown = render_place(Place(edition.doc_id), edition)
    assert shown.html.count(f"artois:{edition.doc_id}/axis/") == 3
    assert "Contacts</a> (1)" in shown.html
    assert "Version 1 · 4 pages · chapeau.pdf" in shown.html
    from artois_reader.ui.render import page_count

    assert page_count(1) == "1 page"


def test_contacts_become_phone_mail_and_web_links(edition: Edition) -> None:
    hrefs = _hrefs(render_place(Place(edition.doc_id, View.GROUP, "contacts"), edition).html)
    assert "tel:+33321000000" in hrefs
    assert "mailto:contact@pole-artois.fr" in hrefs
    assert "https://www.pole-artois.fr" in hrefs


def test_mention_lists_the_passages_naming_a_place(edition: Edition) -> None:
    shown = render_place(Place(edition.doc_id, View.MENTION, "place:Lens"), edition)
    assert shown.found and shown.title == "Place: Lens"
    assert f"artois:{edition.doc_id}/passage/p2.4" in shown.html
    assert f"artois:{edition.doc_id}/passage/p3.2" in shown.html


def test_unknown_places_say_so(edition: Edition) -> None:
    for place in (
        Place(edition.doc_id, View.SECTION, "s99"),
        Place(edition.doc_id, View.PASSAGE, "p9.9"),
        Place(edition.doc_id, View.AXIS, "7"),
        Place(edition.doc_id, View.MENTION, "place:Atlantis"),
        Place(edition.doc_id, View.GROUP, "nothing"),
        Place(edition.doc_id, View.PAGE, "99"),
    ):
        assert not render_place(place, edition).found, place


def test_phone_and_website_hrefs() -> None:
    assert phone_href("03.21.00.00.00") == "tel:+33321000000"
    assert phone_href("+33 3 21 00 00 00") == "tel:+33321000000"
    assert website_href("www.euralens.org") == "https://www.euralens.org"
    assert website_href("http://x.fr") == "http://x.fr"


def test_sections_link_to_their_neighbours(edition: Edition) -> None:
    shown = render_place(Place(edition.doc_id, View.SECTION, "s2"), edition)
    assert f"artois:{edition.doc_id}/section/s1" in shown.html
    assert f"artois:{edition.doc_id}/section/s3" in shown.html


def test_a_contact_in_the_text_offers_its_links(edition: Edition) -> None:
    hrefs = _hrefs(render_place(Place(edition.doc_id, View.SECTION, "s3"), edition).html)
    assert "tel:+33321000000" in hrefs and "mailto:contact@pole-artois.fr" in hrefs


def test_pages_are_read_only_when_a_view_needs_them(edition: Edition) -> None:
    loads: list[str] = []
    document = edition.document
    lazy = Edition(edition.info, edition.outline, None, lambda: loads.append("read") or document)
    render_place(Place(lazy.doc_id), lazy)
    render_place(Place(lazy.doc_id, View.AXIS, "1"), lazy)
    assert loads == []
    shown = render_place(Place(lazy.doc_id, View.SECTION, "s2"), lazy)
    assert loads == ["read"] and shown.html.count("<li>") == 2
    render_place(Place(lazy.doc_id, View.SECTION, "s3"), lazy)
    assert loads == ["read"]


def test_an_explainer_question_and_answer_share_one_box(edition: Edition) -> None:
    """The question passage opens the box and carries the label; its answer continues it; the next
    question opens a box of its own."""
    question = Passage("q1", 3, PassageKind.EXPLAINER, "L'inscription à l'UNESCO, c'est quoi ?", "", "s3", 2)
    answer = replace(question, id="q2", text="Depuis 2012, le Bassin minier est inscrit.")
    other = replace(question, id="q3", text="La Chaîne des parcs, c'est quoi ?")
    html = _passages_html(
        edition, [question, answer, other], focus="q2", first_page=3, theme=Theme(), raw=False
    )
    assert html.count("<table") == 2 and html.count("</table>") == 2
    assert html.count("What is it?") == 2  # the label once a box
    first_box = html.split("</table>")[0]
    assert 'name="q1"' in first_box and 'name="q2"' in first_box and 'name="q3"' not in first_box
    assert (
        f"background-color:{Theme().focus_background}" in first_box.split('name="q2"')[0].rsplit("<tr>", 1)[1]
    )
