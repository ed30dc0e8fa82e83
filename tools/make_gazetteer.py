"""Build resources/gazetteer/communes_hdf.json from INSEE's list of communes.

The list comes from the npm package ``@etalab/decoupage-administratif`` (INSEE's Code officiel
géographique, Licence Ouverte 2.0 / Etalab). Fetch it with the ordinary npm client, then run::

    cd /tmp && npm pack @etalab/decoupage-administratif && tar xzf etalab-decoupage-administratif-*.tgz
    python tools/make_gazetteer.py /tmp/package/data --words /usr/share/dict/french

``--words`` (optional) is a French word list, such as Debian's ``wfrench`` package: a commune whose
name is also an ordinary French word ("Rue", "Bus", "Long") is flagged ``common`` so structure
extraction only takes it for a place in a place context. Only that flag is kept, not the word list.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

REGION = "32"  # Hauts-de-France: Aisne, Nord, Oise, Pas-de-Calais, Somme
OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "gazetteer" / "communes_hdf.json"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the data/ folder of @etalab/decoupage-administratif")
    parser.add_argument("--words", type=Path, help="a French word list, one word a line")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    words = _read_words(args.words) if args.words else set()
    gazetteer = build_gazetteer(args.data, words)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(gazetteer, ensure_ascii=False, indent=0, sort_keys=False)
    args.output.write_text(text + "\n", encoding="utf-8")
    print(f"{len(gazetteer['communes'])} communes -> {args.output}")


def build_gazetteer(data: Path, words: set[str]) -> dict:
    communes = json.loads((data / "communes.json").read_text(encoding="utf-8"))
    departements = json.loads((data / "departements.json").read_text(encoding="utf-8"))
    regions = json.loads((data / "regions.json").read_text(encoding="utf-8"))
    epcis = json.loads((data / "epci.json").read_text(encoding="utf-8"))
    regional = _regional_epcis(epcis, {d["code"] for d in departements if d.get("region") == REGION})
    codes = {row["code"] for row in regional}
    body_of = {member["code"]: e["code"] for e in epcis if e["code"] in codes for member in e["membres"]}
    rows = [
        {"name": c["nom"], "code": c["code"], "common": _fold(c["nom"]) in words}
        | ({"epci": body_of[c["code"]]} if c["code"] in body_of else {})
        for c in communes
        if c.get("region") == REGION and c.get("type") == "commune-actuelle"
    ]
    rows.sort(key=lambda row: row["code"])
    return {
        "source": "INSEE, Code officiel géographique, via @etalab/decoupage-administratif",
        "licence": "Licence Ouverte 2.0 (Etalab)",
        "region": next(r["nom"] for r in regions if r["code"] == REGION),
        "departements": sorted(d["nom"] for d in departements if d.get("region") == REGION),
        "communes": rows,
        "epci": regional,
    }


EPCI_KINDS = {
    "CA": "Communauté d'agglomération",
    "CC": "Communauté de communes",
    "CU": "Communauté urbaine",
    "METRO": "Métropole",
}


def _regional_epcis(epcis: list[dict], departements: set[str]) -> list[dict]:
    """Intercommunal bodies (EPCI) of the region, with their SIREN code and the initials officials
    abbreviate them to ("CA de Lens - Liévin" -> "CALL"); each commune row names its body by that code."""
    rows = []
    for epci in epcis:
        if epci["type"] not in EPCI_KINDS or epci["membres"][0]["code"][:2] not in departements:
            continue
        rows.append(
            {
                "name": epci["nom"],
                "code": epci["code"],
                "kind": EPCI_KINDS[epci["type"]],
                "acronym": epci_initials(epci),
            }
        )
    return sorted(rows, key=lambda row: row["name"])


def epci_initials(epci: dict) -> str:
    """The kind's letters, then the initial of every capitalised word of the name after it."""
    kind = epci["type"] if epci["type"] != "METRO" else "M"
    rest = epci["nom"].split(" ", 1)[1] if " " in epci["nom"] else ""
    words = re.findall(r"[A-ZÀ-Ý]\w*", re.sub(r"^(?:de la|de l'|des|du|de|d')\s*", "", rest))
    return kind + "".join(word[0] for word in words)


def _read_words(path: Path) -> set[str]:
    return {_fold(line.strip()) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


if __name__ == "__main__":
    main()
