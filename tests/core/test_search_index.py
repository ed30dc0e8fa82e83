"""The search index on a small CRTE-like outline (tests/fixtures/search/mini_outline.json)."""

from __future__ import annotations

import dataclasses
import json
import re
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.query import Term

from artois_reader.core import search_index
from artois_reader.core.document import (
    DocumentInfo,
    Figure,
    Intercommunality,
    Outline,
    Passage,
    PassageKind,
    Project,
    SearchResult,
    SourceKind,
    from_json,
)
from artois_reader.core.errors import Cancelled, Phase
from artois_reader.core.search_index import (
    INDEX_SCHEMA_VERSION,
    IndexProblem,
    IndexUnusable,
    SearchIndex,
    build_index,
    make_snippet,
)

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "search" / "mini_outline.json"


def info(doc_id: str = "a1b2c3d4e5f6", version: int = 1) -> DocumentInfo:
    return DocumentInfo(
        doc_id, "CRTE test", version, doc_id * 5, "crte.txt", SourceKind.TEXT, "2024-01-01", 4
    )


@pytest.fixture(scope="module")
def outline() -> Outline:
    return from_json(Outline, json.loads(FIXTURE.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory, outline: Outline) -> SearchIndex:
    folder = tmp_path_factory.mktemp("index")
    build_index(folder, [(info(), outline)])
    with SearchIndex.open(folder) as opened:
        yield opened


def ids(result: SearchResult) -> list[str]:
    return [hit.passage_id for hit in result.hits]


def index_of(
    folder: Path, outline: Outline, texts: list[str], kinds: list[PassageKind] | None = None
) -> Path:
    """An index of the outline whose passages are these texts ("p9.0", "p9.1"…), of these kinds."""
    template = outline.passages[0]
    passages = tuple(
        dataclasses.replace(
            template, id=f"p9.{n}", text=text, raw=text, kind=kinds[n] if kinds else template.kind
        )
        for n, text in enumerate(texts)
    )
    build_index(folder, [(info(), dataclasses.replace(outline, passages=passages))])
    return folder


# --- building and opening ---------------------------------------------------------------------------


def test_index_records_its_schema_version_and_open_refuses_another(tmp_path: Path, outline: Outline) -> None:
    build_index(tmp_path / "ix", [(info(), outline)])
    meta_path = tmp_path / "ix" / search_index.META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    assert meta["schema_version"] == INDEX_SCHEMA_VERSION
    with SearchIndex.open(tmp_path / "ix") as opened:
        assert opened.schema_version == INDEX_SCHEMA_VERSION
    meta["schema_version"] = INDEX_SCHEMA_VERSION + 1
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(IndexUnusable) as caught:
        SearchIndex.open(tmp_path / "ix")
    assert caught.value.problem is IndexProblem.OUTDATED


def test_open_refuses_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(IndexUnusable) as caught:
        SearchIndex.open(tmp_path / "nowhere")
    assert caught.value.problem is IndexProblem.MISSING


def test_open_refuses_a_corrupt_index(tmp_path: Path, outline: Outline) -> None:
    build_index(tmp_path / "ix", [(info(), outline)])
    for toc in (tmp_path / "ix").glob("*.toc"):
        toc.write_bytes(b"\x00garbage")
    with pytest.raises(IndexUnusable) as caught:
        SearchIndex.open(tmp_path / "ix")
    assert caught.value.problem is IndexProblem.CORRUPT


def test_open_refuses_an_index_whose_build_did_not_finish(tmp_path: Path, outline: Outline) -> None:
    build_index(tmp_path / "ix", [(info(), outline)])
    (tmp_path / "ix" / search_index.META_FILE).unlink()
    with pytest.raises(IndexUnusable):
        SearchIndex.open(tmp_path / "ix")


def test_build_refuses_a_folder_that_is_not_empty(tmp_path: Path, outline: Outline) -> None:
    (tmp_path / "ix").mkdir()
    (tmp_path / "ix" / "other").write_text("x")
    with pytest.raises(FileExistsError):
        build_index(tmp_path / "ix", [(info(), outline)])


def test_build_reports_progress_and_cancelling_leaves_the_folder_empty(
    tmp_path: Path, outline: Outline
) -> None:
    many = dataclasses.replace(outline, passages=outline.passages * 10)
    seen: list[tuple[Phase, int, int]] = []

    def cancel_midway(phase: Phase, done: int, total: int) -> bool:
        seen.append((phase, done, total))
        return done < 64

    with pytest.raises(Cancelled):
        build_index(tmp_path / "ix", [(info(), many)], on_progress=cancel_midway)
    assert {phase for phase, _done, _total in seen} == {Phase.INDEX}
    assert list((tmp_path / "ix").iterdir()) == []
    seen.clear()
    build_index(tmp_path / "ix", [(info(), many)], on_progress=lambda *args: seen.append(args) or True)
    assert seen[-1][1] == seen[-1][2] > 0


def test_close_then_search_raises_and_context_manager_closes(tmp_path: Path, outline: Outline) -> None:
    build_index(tmp_path / "ix", [(info(), outline)])
    with SearchIndex.open(tmp_path / "ix") as opened:
        assert opened.search("friches").hits
    with pytest.raises(IndexUnusable) as caught:
        opened.search("friches")
    assert caught.value.problem is IndexProblem.CLOSED
    opened.close()  # twice is fine


# --- what the French analysis finds ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("filieres", "p1.2"),  # accent-less
        ("filière", "p1.2"),  # singular
        ("coeurs de ville", "p2.3"),  # œ typed as oe
        ("cœur ville", "p2.3"),
        ("l'association", "p4.2"),  # elided
        ("hopital metropolitain", "p3.1"),
        ("fiieres", "p1.2"),  # as the raw OCR text has it
        ("Noroxo", "p1.4"),
        ("renover", "p1.3"),  # verb -> noun
        ("recycler foncier", "p1.6"),  # the stemmer leaves recycler/recyclage apart
        ("dépolluer", "p1.6"),
        ("énergie renouvelable", "p1.1"),
        ("650", None),
    ],
)
def test_french_forms_find_the_passage_first(index: SearchIndex, query: str, expected: str | None) -> None:
    result = index.search(query)
    if expected is None:
        assert result.hits == ()
    else:
        assert ids(result)[:1] == [expected], (query, ids(result))


def test_ocr_damaged_query_finds_the_real_word_and_suggests_it(index: SearchIndex) -> None:
    result = index.search("Pdle")
    assert {"p3.1", "p1.1"} <= set(ids(result))  # "Pdle" in p3.1's raw text; "Pôle" in p1.1
    assert result.suggestion == "Pôle"
    assert index.suggest("pdle metropolitain") == "pôle metropolitain"


def test_typo_gets_a_suggestion_from_the_documents_own_words(index: SearchIndex) -> None:
    assert index.suggest("renouvelabels") == "renouvelables"
    assert index.suggest("friches") is None


def test_acronyms_find_their_expansion_and_back(index: SearchIndex) -> None:
    assert ids(index.search("GHT"))[:1] == ["p3.1"]
    assert ids(index.search("ZAN"))[:1] == ["p1.5"]  # from the bundled glossary
    assert ids(index.search("zan"))[:1] == ["p1.5"]  # the documents never write "zan" in lowercase
    result = index.search("zéro artificialisation nette")
    assert ids(result)[:1] == ["p1.5"]


def test_nonsense_finds_nothing(index: SearchIndex) -> None:
    result = index.search("xqzwv blorptk")
    assert (result.hits, result.total, result.suggestion) == ((), 0, None)


# --- ranking ------------------------------------------------------------------------------------------


def test_intent_word_favours_contacts(index: SearchIndex) -> None:
    result = index.search("téléphone Euralens")
    assert result.hits[0].kind == PassageKind.CONTACT
    assert "p4.2" in ids(result)  # the other passage is still there


def test_question_favours_the_explainer(index: SearchIndex) -> None:
    result = index.search("c'est quoi la chaîne des parcs")
    assert result.hits[0].kind == PassageKind.EXPLAINER
    assert result.hits[0].passage_id == "p2.1"


def test_intent_words_alone_list_that_kind(index: SearchIndex) -> None:
    result = index.search("contact")
    assert result.hits and result.hits[0].kind == PassageKind.CONTACT
    assert index.search("projets").hits[0].kind == PassageKind.PROJECT


def test_words_asking_for_a_kind_are_never_corrected(tmp_path: Path, outline: Outline) -> None:
    texts = [
        "Les communes peuvent appuyer les projets du territoire.",
        "Euralens 03 21 20 50 46 contact@euralens.org",
    ]
    index_of(tmp_path / "ix", outline, texts, [PassageKind.SECTION, PassageKind.CONTACT])
    with SearchIndex.open(tmp_path / "ix") as opened:
        result = opened.search("qui appeler")
        assert "p9.1" in ids(result) and {hit.kind for hit in result.hits} == {PassageKind.CONTACT}
        assert opened.suggest("qui appeler") is None  # not « qui appuyer »
        assert opened.suggest("qui apuyer") == "qui appuyer"  # other words still are


def test_figure_question_favours_figures(index: SearchIndex) -> None:
    assert index.search("chiffres Pôle métropolitain").hits[0].passage_id == "p2.2"
    assert index.search("Pôle métropolitain").hits[0].passage_id != "p2.2"


def test_title_match_comes_before_mentions(index: SearchIndex) -> None:
    result = index.search("chaîne des parcs")
    assert result.hits[0].title == "La Chaîne des parcs"
    assert result.hits[0].kind in {PassageKind.EXPLAINER, PassageKind.HEADING}


def test_hits_know_where_to_open(index: SearchIndex) -> None:
    hit = index.search("Noroxo").hits[0]
    assert (hit.doc_id, hit.version, hit.page, hit.section_id, hit.axis) == ("a1b2c3d4e5f6", 1, 1, "s1", 1)
    assert hit.title == "Requalification de la friche Noroxo"
    assert hit.kind == PassageKind.PROJECT


def test_headings_are_indexed(index: SearchIndex) -> None:
    hit = index.search("structurer dynamique santé").hits[0]
    assert (hit.kind, hit.section_id, hit.passage_id) == (PassageKind.HEADING, "s3", "p3.1")


# --- syntax and filters -------------------------------------------------------------------------------


def test_all_words_first_then_any_at_a_lower_score(index: SearchIndex) -> None:
    strict = index.search("friches Noroxo")
    assert ids(strict)[0] == "p1.4"
    mixed = index.search("Noroxo hôpital")
    assert {"p1.4", "p3.1"} <= set(ids(mixed))
    assert mixed.total >= 2
    both = index.search("friches minières")  # p2.1 has both words: it comes before the others
    assert ids(both)[0] == "p2.1"
    assert all(hit.score <= both.hits[0].score for hit in both.hits)


def test_phrase_must_match_in_order(index: SearchIndex) -> None:
    assert ids(index.search('"cœurs de ville"')) == ["p2.3"]
    assert index.search('"ville cœurs"').hits == ()


def test_exclusion_and_or(index: SearchIndex) -> None:
    assert "p1.4" not in ids(index.search("friches -Noroxo"))
    assert "p2.1" not in ids(index.search('friches -"chaîne des parcs"'))
    assert {"p1.4", "p3.1"} <= set(ids(index.search("Noroxo OR hôpital")))


def test_filters_by_kind_axis_and_document(index: SearchIndex) -> None:
    assert {h.kind for h in index.search("friches", kind="project").hits} == {PassageKind.PROJECT}
    assert {h.kind for h in index.search("type:projet friches").hits} == {PassageKind.PROJECT}
    assert {h.axis for h in index.search("friches", axis=2).hits} == {2}
    assert {h.axis for h in index.search("friches axe:1").hits} == {1}
    assert index.search("friches", doc_id="ffffffffffff").hits == ()
    assert index.search("friches", doc_id="a1b2c3d4e5f6").hits
    assert index.search("friches", kind="no-such-kind").hits == ()
    assert len(index.search("type:projet").hits) == 2  # a filter alone lists what it filters


def test_limit(index: SearchIndex) -> None:
    assert len(index.search("territoire", limit=2).hits) == 2
    assert index.search("territoire", limit=2).total > 2


# --- snippets -------------------------------------------------------------------------------------------


def test_snippet_marks_matched_words_and_escapes_everything_else(index: SearchIndex) -> None:
    hit = index.search("balise script").hits[0]
    assert hit.passage_id == "p3.2"
    assert "<script>" not in hit.snippet_html
    assert "&lt;<mark>script</mark>&gt;" in hit.snippet_html
    assert "&amp;" in hit.snippet_html
    assert re.sub(r"</?mark>", "", hit.snippet_html).count("<") == 0
    assert "<mark>balise</mark>" in hit.snippet_html
    assert "<script>alert" in hit.snippet  # the plain snippet is plain text


def test_hit_terms_are_the_words_of_the_text_that_matched(index: SearchIndex) -> None:
    assert index.search("filieres").hits[0].terms == ("filières",)
    assert set(index.search("Pdle").hits[0].terms) <= {"Pôle", "Pdle", "pdle", "pôle"}


def test_snippet_window_centres_on_the_matches() -> None:
    matched = search_index._Matched(stems={"noroxo"}, folded={"noroxo"})
    text = "mot " * 100 + "Noroxo " + "fin " * 100
    plain, marked, terms = make_snippet(text, matched, width=80)
    assert "Noroxo" in plain and plain.startswith("…") and plain.endswith("…")
    assert len(plain) <= 82
    assert "<mark>Noroxo</mark>" in marked
    assert terms == ("Noroxo",)


def test_snippet_of_a_short_passage_is_the_passage() -> None:
    matched = search_index._Matched(stems={"parc"}, folded=set())
    plain, marked, _terms = make_snippet("Les  parcs\n& <b>", matched)
    assert plain == "Les parcs & <b>"
    assert marked == "Les <mark>parcs</mark> &amp; &lt;b&gt;"


# --- robustness -----------------------------------------------------------------------------------------

HOSTILE = [
    "",
    "   ",
    '"',
    '"friches',
    'friches"',
    "*",
    "**",
    "?",
    "AND OR",
    "OR",
    "NOT",
    "-",
    "--",
    "- -",
    "field:value",
    "type:",
    "axe:999",
    "doc:zz",
    ":",
    "()",
    "(friches",
    "friches)",
    "[]{}^~",
    "friches~2",
    "fri*",
    "x" * 10_000,
    "friches " * 2_000,
    "\x00\x01\x1b[31m",
    "😀 🏳️‍🌈 friches",
    "\u202eserutcurts\u202c",
    "\u200f\u200e\u061c",
    "\ud800",
    "\\",
    "'",
    "l'",
    "c'est quoi",
    "''''",
    "« »",
    "%",
    "\t\n\r",
    "NULL",
    "<script>alert(1)</script>",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(index: SearchIndex, query: str) -> None:
    result = index.search(query)
    assert isinstance(result, SearchResult)
    assert result.total >= len(result.hits)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    query=st.text(max_size=200),
    kind=st.sampled_from([None, *PassageKind, "x"]),
    axis=st.sampled_from([None, 1, 9]),
)
def test_any_query_with_any_filter_never_raises(
    index: SearchIndex, query: str, kind: PassageKind | str | None, axis: int | None
) -> None:
    result = index.search(query, kind=kind, axis=axis, limit=5)
    assert isinstance(result, SearchResult)
    for hit in result.hits:
        assert re.sub(r"</?mark>", "", hit.snippet_html).count("<") == 0


def test_search_from_several_threads_gives_the_same_answers(index: SearchIndex) -> None:
    queries = ["friches", "Pdle", "GHT", "chaîne des parcs", "renover"] * 4
    expected = {q: ids(index.search(q)) for q in queries}
    failures: list[str] = []

    def run(query: str) -> None:
        if ids(index.search(query)) != expected[query]:
            failures.append(query)

    threads = [threading.Thread(target=run, args=(q,)) for q in queries]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


# --- vocabulary, editions -----------------------------------------------------------------------------


def test_vocabulary_lists_written_forms_of_the_cleaned_text(index: SearchIndex) -> None:
    words = index.vocabulary()
    assert "filières" in words and "Euralens" in words
    assert "fiieres" not in words  # OCR forms are not vocabulary
    assert words.index("territoire") < words.index("Noroxo")  # most frequent first


def test_several_editions_are_searched_and_filtered(tmp_path: Path, outline: Outline) -> None:
    second = dataclasses.replace(
        outline,
        projects=(*outline.projects, Project("pr9", "Vélomaritime en projet", 1, 7)),  # no passage of its own
    )
    build_index(tmp_path / "ix", [(info(), outline), (info("0123456789ab", 2), second)])
    with SearchIndex.open(tmp_path / "ix") as opened:
        assert {(h.doc_id, h.version) for h in opened.search("Noroxo").hits} == {
            ("a1b2c3d4e5f6", 1),
            ("0123456789ab", 2),
        }
        only = opened.search("Noroxo", doc_id="0123456789ab")
        assert {h.doc_id for h in only.hits} == {"0123456789ab"}
        assert opened.search("doc:0123 Noroxo").hits[0].doc_id == "0123456789ab"
        chosen = opened.search("Noroxo", doc_ids={"a1b2c3d4e5f6"})  # the edition a window shows
        assert {h.doc_id for h in chosen.hits} == {"a1b2c3d4e5f6"} and chosen.total == len(chosen.hits)
        assert opened.search("Noroxo", doc_ids=set()).hits == ()
        orphan = opened.search("vélomaritime").hits[0]
        assert (orphan.kind, orphan.page, orphan.doc_id) == (PassageKind.PROJECT, 7, "0123456789ab")


# --- the scorer reads Whoosh's postings itself ------------------------------------------------------


def test_postings_read_block_by_block_are_whooshs_postings(
    tmp_path: Path, outline: Outline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "POSTINGS_BLOCK", 64)
    many = dataclasses.replace(
        outline,
        passages=tuple(
            dataclasses.replace(p, id=f"{p.id}.{n}") for n in range(60) for p in outline.passages
        ),  # "territoire" gets more postings than one Whoosh block holds
    )
    build_index(tmp_path / "ix", [(info(), many)])
    with SearchIndex.open(tmp_path / "ix") as opened:
        searcher = opened._searcher
        for field_name, text in [
            ("text", "territoir"),
            ("exact", "friches"),
            ("ocr", "fiieres"),
            ("text", "zzz"),
        ]:
            ids, weights = opened._postings.read(field_name, text)
            expected = sorted(searcher.docs_for_query(Term(field_name, text)))
            assert ids == expected, (field_name, text)
            assert all(weight >= 1 for weight in weights)
        assert len(opened._postings.read("text", "territoir")[0]) > 2 * search_index.POSTINGS_BLOCK


def test_open_refuses_an_index_whose_entry_list_does_not_match(tmp_path: Path, outline: Outline) -> None:
    build_index(tmp_path / "ix", [(info(), outline)])
    entries = tmp_path / "ix" / search_index.ENTRIES_FILE
    data = json.loads(entries.read_text(encoding="utf-8"))
    data["docs"] = data["docs"][:-1]
    entries.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(IndexUnusable) as caught:
        SearchIndex.open(tmp_path / "ix")
    assert caught.value.problem is IndexProblem.CORRUPT


def test_an_explainers_question_line_gives_way_to_its_body(tmp_path: Path, outline: Outline) -> None:
    question = dataclasses.replace(
        outline.passage("p2.1"),
        id="p2.0",
        text="La Chaîne des parcs, c'est quoi ?",
        raw="La Chaine des parcs, c'est quoi ?",
    )
    passages = list(outline.passages)
    passages.insert(passages.index(outline.passage("p2.1")), question)
    explainer = dataclasses.replace(outline.explainers[0], passage_id="p2.0")
    changed = dataclasses.replace(outline, passages=tuple(passages), explainers=(explainer,))
    build_index(tmp_path / "ix", [(info(), changed)])
    with SearchIndex.open(tmp_path / "ix") as opened:
        result = opened.search("c'est quoi la chaîne des parcs")
        assert result.hits[0].passage_id == "p2.1"
        assert result.hits[0].title == "La Chaîne des parcs"
        assert "p2.0" not in ids(result)


def test_drop_caches_changes_nothing_but_speed(index: SearchIndex) -> None:
    before = ids(index.search("Pdle friches"))
    index.drop_caches()
    assert ids(index.search("Pdle friches")) == before


@pytest.mark.parametrize(
    ("text", "stems", "folded", "expected"),
    [
        ("Les Cœurs de ville", {"coeur"}, set(), ["Cœurs"]),
        ("des hôpitaux sociaux", {"hopital", "social"}, set(), ["hôpitaux", "sociaux"]),  # not prefixes
        ("l'Énergie, L’ÉNERGIE", {"energ"}, set(), ["Énergie", "ÉNERGIE"]),  # the article left out
        ("650.000 habitants", set(), {"650000"}, ["650.000"]),
        ("la politique du pôle", {"pol"}, set(), ["pôle"]),  # a prefix alone is not a match
        ("aujourd’hui", set(), {"aujourd'hui"}, ["aujourd’hui"]),
        ("rien ici", {"pol"}, set(), []),
    ],
)
def test_matched_words_are_found_whatever_their_accents_and_case(
    text: str, stems: set[str], folded: set[str], expected: list[str]
) -> None:
    matched = search_index._Matched(stems=stems, folded=folded)
    assert [text[start:end] for start, end in search_index.matched_spans(text, matched)] == expected


def test_the_bundled_glossary_has_the_usual_local_government_acronyms() -> None:
    glossary = dict(search_index.read_glossary())
    wanted = "EPCI PCAET ZAN BHNS ESS GHT ERBM CRTE SCoT PLUi PLH QPV ANRU ADEME DREAL DDTM SRADDET PETR"
    wanted += " SAGE TEPOS PAT CTE ORT PVD ACV"
    assert set(wanted.split()) <= set(glossary)
    assert glossary["ZAN"] == "Zéro artificialisation nette"
    acronyms = search_index.Acronyms.from_pairs(search_index.read_glossary())
    assert acronyms.by_expansion[tuple(search_index.analyze("bus à haut niveau de service"))] == "bhns"


# --- hyphenated compounds and numbers grouped by spaces -------------------------------------------------

COMPOUNDS = (
    "Les habitants sont invités à co-construire le projet de parc.",
    "Une démarche de coconstruction avec les élus du territoire.",
    "Le territoire compte 650.000 habitants sur 4 200 ha.",
    "Un bassin de vie de 650 000 habitants.",
    "Les 2017 2018 rapports.",
    "Les centres-villes et les cités minières de l'archipel.",
    "La ville et son centre hospitalier, à l'est du bassin.",
    "Les opérations de Lens-Liévin et de Béthune-Bruay.",
    "Le festival au 9-9 bis de Oignies, crédits Euralens / Pidz",
    "Le 9-9 bis à Oignies, ancienne fosse devenue lieu de concerts, d'expositions et de rencontres "
    "pour les habitants du bassin minier et leurs visiteurs, accueille chaque année un festival.",
)


@pytest.fixture(scope="module")
def compounds(tmp_path_factory: pytest.TempPathFactory, outline: Outline) -> SearchIndex:
    passages = tuple(
        Passage(f"p9.{n}", 9, PassageKind.SECTION, text, text) for n, text in enumerate(COMPOUNDS, 1)
    )
    folder = tmp_path_factory.mktemp("compounds")
    build_index(folder, [(info(), dataclasses.replace(outline, passages=outline.passages + passages))])
    with SearchIndex.open(folder) as opened:
        yield opened


@pytest.mark.parametrize(
    ("query", "expected", "marked"),
    [
        ("écotransition", "p1.2", "éco-transition"),  # welded query, hyphenated text
        ("eco-transition", "p1.2", "éco-transition"),
        ("coconstruire", "p9.1", "co-construire"),
        ("co-construire", "p9.1", "co-construire"),
        ("co-construction", "p9.2", "coconstruction"),  # hyphenated query, welded text
        ("coconstruction", "p9.2", "coconstruction"),
    ],
)
def test_compounds_are_found_with_or_without_their_hyphen(
    compounds: SearchIndex, query: str, expected: str, marked: str
) -> None:
    result = compounds.search(query)
    assert expected in ids(result)[:2]  # after the section titled "L'éco-transition…", if any
    hit = result.hits[ids(result).index(expected)]
    assert f"<mark>{marked}</mark>" in hit.snippet_html
    assert marked in hit.terms


@pytest.mark.parametrize(
    ("query", "first", "marked"),
    [
        ("centre-ville", {"p9.6"}, "centres-villes"),  # a plural compound, before "la ville et son centre"
        ("cite-minieres", {"p9.6", "p1.3"}, "cités"),  # typed with a hyphen, written as two words
        ("Liévin-Lens", {"p9.8"}, "Lens-Liévin"),  # the parts the other way round
    ],
)
def test_a_hyphenated_query_also_finds_its_words_as_the_text_writes_them(
    compounds: SearchIndex, query: str, first: set[str], marked: str
) -> None:
    result = compounds.search(query)
    assert set(ids(result)[: len(first)]) == first
    hit = next(hit for hit in result.hits if hit.passage_id in {"p9.6", "p9.8"})  # the text made here
    assert all(f"<mark>{part}</mark>" in hit.snippet_html for part in marked.split("-"))


def test_a_compound_written_as_typed_ranks_above_its_words_apart(compounds: SearchIndex) -> None:
    result = compounds.search("centres-villes")
    assert ids(result)[0] == "p9.6"  # "centres-villes" itself, before "La ville et son centre…"
    assert "p9.7" in ids(result)


def test_a_photo_credit_ranks_after_the_passages_that_talk_about_the_place(compounds: SearchIndex) -> None:
    """The credit is short and holds every word asked for: by BM25 alone it would come first."""
    assert ids(compounds.search("festival Oignies"))[:2] == ["p9.10", "p9.9"]


def test_text_read_off_a_picture_ranks_after_the_passages_that_talk(tmp_path: Path, outline: Outline) -> None:
    """A logo the OCR read (« E€Euralens ») is one short word: by BM25 alone it would come first."""
    texts = [
        "E€Euralens",
        "Née avec l'arrivée du Louvre à Lens, l'association Euralens est un grand forum des acteurs du "
        "territoire, qui se réunissent régulièrement et partagent leurs projets.",
    ]
    index_of(tmp_path / "ix", outline, texts)
    with SearchIndex.open(tmp_path / "ix") as opened:
        found = ids(opened.search("Euralens"))
        assert found.index("p9.1") < found.index("p9.0")


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("La Cité des électriciens - Crédits : Euralens /IJM André", True),
        ("Crédits photos pour la couverture : Le CFP Sainte-Barbe", True),
        ("Le festival au 9-9 bis de Oignies, crédits Euralens / Pidz", True),
        ("Photo © Ville de Lens", True),
        ("Les crédits de l'État financent la rénovation des écoles.", False),
        ("Le festival au 9-9 bis de Oignies, crédits Euralens / Pidz. " + "Un long texte suit. " * 12, False),
    ],
)
def test_photo_credits_are_short_passages_that_credit(text: str, credit: bool) -> None:
    assert search_index.is_photo_credit(text) is credit


@pytest.mark.parametrize("query", ["650 000 habitants", "650000 habitants", "650.000 habitants"])
def test_numbers_grouped_by_spaces_are_found_however_they_are_typed(
    compounds: SearchIndex, query: str
) -> None:
    result = compounds.search(query)
    assert set(ids(result)[:2]) == {"p9.3", "p9.4"}
    assert {hit.terms[0] for hit in result.hits[:2]} == {"650.000", "650 000"}


def test_a_space_does_not_join_what_is_not_a_group_of_thousands(compounds: SearchIndex) -> None:
    assert ids(compounds.search("4200"))[:1] in (["p2.2"], ["p9.3"])
    assert {"p2.2", "p9.3"} <= set(ids(compounds.search("4 200 ha")))
    assert ids(compounds.search('"2017 2018"')) == ["p9.5"]
    assert compounds.search("20172018").total == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L’éco-transition du territoire", ["éco-transition"]),  # the elided article left out
        ("l'éco\u2011transition", ["éco\u2011transition"]),  # a non-breaking hyphen
        ("l'éco-transition et l'éco-quartier", ["éco-transition"]),
        ("une écotransition", ["écotransition"]),
        ("la transition", []),
    ],
)
def test_a_compound_matched_by_its_welded_form_is_marked_whole(text: str, expected: list[str]) -> None:
    matched = search_index._Matched(stems=set(), folded={"ecotransition"}, welded={"ecotransition"})
    assert [text[start:end] for start, end in search_index.matched_spans(text, matched)] == expected


def test_words_french_has_are_no_ocr_forms_of_one_another(tmp_path: Path, outline: Outline) -> None:
    """'Lille' is one letter from 'ville', 'central' from 'contrat': searching one must not bring
    the other. The index records which of its words French has (a commune's name counts). Nor is
    the preposition 'contre' a derivation of 'contrat'."""
    texts = [
        "La liaison Lille/Lens-Hénin-Arras relie les deux pôles, avec Euralens.",
        "Les opérations cœur de ville de Béthune et de Lens.",
        "Une ville moyenne et des villages autour d'elle.",
        "La médecine de ville et les équipements de santé.",
        "L'intégration de l'eau en ville face aux îlots de chaleur.",
        "Le contrat de relance et de transition écologique.",
        "Le rôle central du contrat et ses signataires.",
        "Un équipement central pour le territoire.",
        "La lutte contre les îlots de chaleur, contre les inondations.",
        "L'Eurovélo longe le canal.",
    ]
    index_of(tmp_path / "ix", outline, texts)
    stored = json.loads((tmp_path / "ix" / search_index.VOCABULARY_FILE).read_text(encoding="utf-8"))
    french_has = {word for word, entry in stored["words"].items() if entry[4]}
    assert {"lille", "lens", "ville", "contrat", "central"} <= french_has
    assert "euralens" not in french_has
    with SearchIndex.open(tmp_path / "ix") as opened:
        assert ids(opened.search("Lille")) == ["p9.0"]
        assert "p9.0" not in ids(opened.search("ville"))
        assert set(ids(opened.search("Lens"))) == {"p9.0", "p9.1"}
        assert set(ids(opened.search("contrat"))) == {"p9.5", "p9.6"}
        assert opened.suggest("vélo") == "eurovélo"  # only welded into a name: suggested whole


def test_passages_with_some_of_the_words_rank_the_rarer_word_first(tmp_path: Path, outline: Outline) -> None:
    """No passage holds both 'transport' and 'commun': among those holding one, the rarer word
    counts more than a common word a short passage repeats ('communes', 'commune', 'commun')."""
    texts = [
        "Les communes ont une ambition commune, un chapeau commun.",
        "Les communes et leurs habitants.",
        "Le conseil des communes se réunit.",
        "Une culture commune aux communes du bassin.",
        "Le réseau de transports collectifs et ses lignes de bus à haut niveau de service, "
        "les liaisons ferrées internes et le réseau des gares du territoire.",
    ]
    index_of(tmp_path / "ix", outline, texts)
    with SearchIndex.open(tmp_path / "ix") as opened:
        assert opened.search("commun").hits[0].passage_id == "p9.0"  # alone, the repeats win
        found = ids(opened.search("transport en commun"))
        assert found[0] == "p9.4"
        assert set(found) == {f"p9.{n}" for n in range(5)}


def test_a_commune_the_documents_never_name_finds_its_agglomeration(tmp_path: Path, outline: Outline) -> None:
    """The documents speak of agglomerations more than of their communes: a commune they never name
    ('Hénin-Beaumont') gets the passages on its intercommunal body, and the result says so."""
    texts = [
        "La Communauté d'Agglomération d'Hénin-Carvin (CAHC) aménage l'Arc Nord.",
        "Les opérations cœur de ville de Lens-Liévin et de Carvin.",
        "La Chaîne des parcs relie les terrils du bassin minier.",
    ]
    index_of(tmp_path / "ix", outline, texts)
    with SearchIndex.open(tmp_path / "ix") as opened:
        result = opened.search("Hénin-Beaumont")
        assert result.intercommunality == Intercommunality(
            "Hénin-Beaumont", "CA d'Hénin-Carvin", '"Hénin-Carvin" OR CAHC'
        )
        assert ids(result) == ["p9.0"] and result.suggestion is None
        avion = opened.search("Avion")
        assert avion.intercommunality is not None and avion.intercommunality.body == "CA de Lens - Liévin"
        assert ids(avion) == ["p9.1"]
        assert opened.search("avion").intercommunality is None  # the word, not the commune
        assert opened.search("Carvin").intercommunality is None  # named: searched as it is
        assert set(ids(opened.search("Carvin"))) == {"p9.0", "p9.1"}
        douai = opened.search("Douai")  # its agglomeration is not in the documents either
        assert douai.intercommunality is None and douai.hits == ()
        inside = opened.search("terrils à Hénin-Beaumont")  # the commune among other words
        assert inside.intercommunality is not None
        assert inside.intercommunality.query == 'terrils à "Hénin-Carvin" OR CAHC'
        assert set(ids(inside)) == {"p9.0", "p9.2"}
        named = opened.search("Carvin terrils")  # named, only not beside these words: not widened
        assert named.intercommunality is None and set(ids(named)) == {"p9.1", "p9.0", "p9.2"}


def test_a_word_is_not_found_in_another_word_the_stemmer_joins(tmp_path: Path, outline: Outline) -> None:
    texts = ["Améliorer la qualité de l'air.", "Le canal d'Aire à Beuvry.", "Préserver les trames vertes."]
    index_of(tmp_path / "ix", outline, texts)
    with SearchIndex.open(tmp_path / "ix") as opened:
        assert ids(opened.search("air")) == ["p9.0"]
        assert ids(opened.search("airs")) == ["p9.0"]
        assert ids(opened.search("aires")) == ["p9.1"]
        assert opened.search("tram").total == 0
        assert opened.suggest("tram") is None  # not « trame »
        assert ids(opened.search("trame")) == ["p9.2"]


def test_a_french_word_the_documents_lack_is_neither_found_nor_corrected_in_another(
    tmp_path: Path, outline: Outline
) -> None:
    texts = ["Le potentiel solaire des toitures.", "Inscrit sur la Liste du patrimoine mondial."]
    index_of(tmp_path / "ix", outline, texts)
    with SearchIndex.open(tmp_path / "ix") as opened:
        assert opened.search("scolaire").total == 0  # not « solaire »
        assert opened.search("piste").total == 0  # not « Liste »
        assert opened.suggest("décrochage scolaire") is None  # not « décrochage solaire »
        assert opened.suggest("solaiire") == "solaire"  # a typo still is
        assert ids(opened.search("solaires")) == ["p9.0"]


def test_how_many_favours_the_passage_holding_a_key_figure(tmp_path: Path, outline: Outline) -> None:
    texts = [
        "Réunissant près de 650 000 habitants et 150 communes, ce territoire est uni.",
        "La fierté de ses habitants, des habitants qui font vivre les habitants du bassin.",
    ]
    figure = Figure("650 000", "habitants", "Réunissant près de 650 000 habitants", 1, passage_id="p9.0")
    index_of(tmp_path / "ix", dataclasses.replace(outline, figures=(figure,)), texts)
    with SearchIndex.open(tmp_path / "ix") as opened:
        assert ids(opened.search("habitants"))[0] == "p9.1"  # more often there
        assert ids(opened.search("combien d'habitants"))[0] == "p9.0"
        assert ids(opened.search("nombre d'habitants"))[0] == "p9.0"


def test_a_split_word_still_finds_its_ocr_forms(tmp_path: Path, outline: Outline) -> None:
    index_of(tmp_path / "ix", outline, ["Le canal d'Alre à Beuvry.", "La qualité de l'air."])
    with SearchIndex.open(tmp_path / "ix") as opened:
        assert ids(opened.search("aire")) == ["p9.0"]  # "Alre": OCR read the i as an l


def test_a_word_the_text_lacks_finds_its_relatives(tmp_path: Path, outline: Outline) -> None:
    """« musée » finds « pôle muséal », « commerce » the « friches commerciales », highlighted;
    « central » finds the passage that has it, not « centre »; « animal » finds no « animation »."""
    texts = [
        "Devenir un pôle muséal de premier plan.",
        "La reconversion des friches commerciales.",
        "Le rôle central du contrat de relance.",
        "Le centre de conservation du Louvre.",
        "L'animation du réseau des acteurs.",
    ]
    index_of(tmp_path / "ix", outline, texts)
    with SearchIndex.open(tmp_path / "ix") as opened:
        assert ids(opened.search("musée")) == ["p9.0"]
        assert ids(opened.search("commerce")) == ["p9.1"]
        assert ids(opened.search("central")) == ["p9.2"]
        assert ids(opened.search("animal")) == []
        hit = opened.search("musées").hits[0]
        assert "<mark>muséal</mark>" in hit.snippet_html and "muséal" in hit.terms
