"""The intercommunal body of a commune, from the bundled INSEE gazetteer (core/territory.py)."""

from __future__ import annotations

import pytest

from artois_reader.core.territory import Body, bodies_of, commune_in, communes


@pytest.mark.parametrize(
    ("typed", "commune", "body", "short_name"),
    [
        ("Hénin-Beaumont", "Hénin-Beaumont", "CA d'Hénin-Carvin", "Hénin-Carvin"),
        ("henin beaumont", "Hénin-Beaumont", "CA d'Hénin-Carvin", "Hénin-Carvin"),
        ("noeux les mines", "Nœux-les-Mines", "CA de Béthune-Bruay, Artois-Lys Romane", "Béthune-Bruay"),
        ("« Avion »", "Avion", "CA de Lens - Liévin", "Lens-Liévin"),
        ("Amiens", "Amiens", "CA Amiens Métropole", "Amiens Métropole"),
    ],
)
def test_a_commune_typed_any_way_gives_its_body(typed: str, commune: str, body: str, short_name: str) -> None:
    ((name, found),) = bodies_of(typed)
    assert name == commune
    assert found.name == body and found.short_name == short_name


@pytest.mark.parametrize("typed", ["Paris", "", "transport en commun", "avion", "Hénin"])
def test_what_is_no_commune_of_the_region_gives_nothing(typed: str) -> None:
    """Paris is outside the region; 'avion' in lower case is the word ('Avion' is the commune)."""
    assert bodies_of(typed) == ()


def test_the_three_agglomerations_of_the_pole_hold_its_150_communes() -> None:
    bodies = [body for named in communes().bodies.values() for _commune, body in named]
    for name, size in (
        ("CA de Lens - Liévin", 36),
        ("CA de Béthune-Bruay, Artois-Lys Romane", 100),
        ("CA d'Hénin-Carvin", 14),
    ):
        assert sum(body.name == name for body in bodies) == size


def test_two_communes_of_one_name_give_both_bodies() -> None:
    found = {body.name for _commune, body in bodies_of("Vaudricourt")}
    assert len(found) == 2 and "CA de Béthune-Bruay, Artois-Lys Romane" in found


@pytest.mark.parametrize(
    ("body", "query"),
    [
        (Body("CA d'Hénin-Carvin", "Communauté d'agglomération", "CAHC"), '"Hénin-Carvin" OR CAHC'),
        (Body("CA de Lens - Liévin", "Communauté d'agglomération", "CALL"), '"Lens-Liévin" OR CALL'),
        (Body("CC du Ternois", "Communauté de communes", "CCT"), '"Ternois"'),  # 3 letters: too vague
        (Body("Métropole Européenne de Lille", "Métropole", "MEL"), '"Européenne de Lille"'),
    ],
)
def test_a_body_is_searched_by_its_short_name_or_its_initials(body: Body, query: str) -> None:
    assert body.query == query


@pytest.mark.parametrize(
    ("query", "span", "commune"),
    [
        ("santé à Hénin-Beaumont", "Hénin-Beaumont", "Hénin-Beaumont"),
        ("projets noeux les mines", "noeux les mines", "Nœux-les-Mines"),  # the longest run of words
        ('"Hénin-Beaumont" santé', '"Hénin-Beaumont"', "Hénin-Beaumont"),  # its quotes go with it
        ("Bully les Mines gare", "Bully les Mines", "Bully-les-Mines"),
    ],
)
def test_a_commune_is_found_inside_a_query(query: str, span: str, commune: str) -> None:
    found = commune_in(query)
    assert found is not None
    start, end, named = found
    assert query[start:end] == span and [name for name, _body in named] == [commune]


@pytest.mark.parametrize("query", ["-Avion santé", "NOT Avion santé", "transport en commun", "avion", ""])
def test_no_commune_in_a_query_that_excludes_it_or_names_none(query: str) -> None:
    assert commune_in(query) is None
