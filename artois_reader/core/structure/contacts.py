"""Contact blocks: phones, e-mails, websites, a postal address, and whose they are.

- A contact is a run of adjacent blocks on one page that hold a phone number or an e-mail address;
  a website alone is not a contact (it is often an example), and neither is an address alone.
- Phones are French ten-digit numbers; OCR joins and splits digit groups, so the digits of a
  phone-like run are gathered (never reordered) and written "03 21 20 50 46".
- An address is attached only when it sits in the contact's blocks or right beside them.
- The organisation is the known organisation whose name best matches the e-mail or website domain
  ("pm-artois" -> the initials of "Pôle Métropolitain" + "Artois"), else a short banner line of the
  page ("Euralens"), else the subject of the paragraph just before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from artois_reader.core.structure.items import Item
from artois_reader.core.structure.words import STOP_WORDS, fold, squash, words

_PHONE = re.compile(r"(?<![\w/.,])(?:\+\s?33\s?\(?0?\)?|0)\s?[1-9](?:[\s.\-]?\d){8}(?![\w/]|,\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
_WEBSITE = re.compile(r"(?:https?\s*[:.]\s*//|www\.)[\w-]+(?:\.[\w-]+)+(?:/[\w\-./?=&%#]*)?", re.IGNORECASE)
_ADDRESS = re.compile(
    r"\b\d{1,4}\s*(?:bis|ter)?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|all[ée]e|route|quai|"
    r"impasse|cours|square|parvis|rond-point)\b[^\n]{2,80}?\b\d{5}\s+[A-ZÀ-Ý][\w'\- ]+",
    re.IGNORECASE,
)
_BANNER_CHARS = 40
FIELD_SHARE = 0.5
_LABEL = re.compile(r"\b(?:t[ée]l(?:[ée]phone)?|courriel|e-?mail|contact|mail)\s*\.?\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class ContactBlock:
    organization: str
    page: int
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    websites: tuple[str, ...]
    address: str | None
    items: tuple[int, ...]


def normalise_phone(text: str) -> str | None:
    """ "03741400 21" -> "03 74 14 00 21"; "+33 3 21 20 50 46" -> "03 21 20 50 46"; else None."""
    digits = re.sub(r"\D", "", text)
    groups = re.findall(r"\d+", text)
    if sum(len(group) == 1 for group in groups) > 2:  # "0 1 2 3 4 5…": a sequence, not a phone
        return None
    if text.strip().startswith("+"):
        digits = "0" + digits[2:].lstrip("0")
    if len(digits) != 10 or not digits.startswith("0") or digits[1] == "0":
        return None
    return " ".join(digits[i : i + 2] for i in range(0, 10, 2))


def find_phones(text: str) -> list[str]:
    return [phone for match in _PHONE.finditer(text) if (phone := normalise_phone(match.group(0)))]


def find_emails(text: str) -> list[str]:
    return [match.group(0).rstrip(".").lower() for match in _EMAIL.finditer(text)]


def find_websites(text: str) -> list[str]:
    without_emails = _EMAIL.sub(" ", text)
    return [_tidy_url(match.group(0)) for match in _WEBSITE.finditer(without_emails)]


def find_address(text: str) -> str | None:
    match = _ADDRESS.search(squash(text))
    return match.group(0).strip(" ,") if match else None


def find_contacts(items: Sequence[Item], organizations: Sequence[str]) -> list[ContactBlock]:
    contacts = []
    for run in _runs(items):
        block_text = "\n".join(items[i].raw or items[i].text for i in run)
        phones = _unique(find_phones(block_text))
        emails = _unique(find_emails(block_text))
        websites = _unique(find_websites(block_text))
        address = next((a for i in _with_neighbours(items, run) if (a := find_address(items[i].text))), None)
        organization = contact_organization(items, run, emails, websites, organizations)
        contacts.append(
            ContactBlock(organization, items[run[0]].page, phones, emails, websites, address, tuple(run))
        )
    return contacts


def _runs(items: Sequence[Item]) -> list[list[int]]:
    """Adjacent blocks of one page that hold a phone or an e-mail (a website beside them joins)."""
    seeds = [item.index for item in items if _is_contact_block(item)]
    runs: list[list[int]] = []
    for index in seeds:
        if runs and index - runs[-1][-1] <= 2 and items[index].page == items[runs[-1][-1]].page:
            runs[-1] += list(range(runs[-1][-1] + 1, index + 1))
        else:
            runs.append([index])
    for run in runs:
        following = run[-1] + 1
        same_page = following < len(items) and items[following].page == items[run[-1]].page
        if same_page and _only_fields(items[following].text):
            run.append(following)
    return runs


def _is_contact_block(item: Item) -> bool:
    """Phone or e-mail fields that make up most of the block, or that a label announces ("Tél. :")."""
    text = item.raw or item.text
    if not (find_phones(text) or find_emails(text)):
        return False
    rest = _WEBSITE.sub(" ", _EMAIL.sub(" ", _PHONE.sub(" ", text)))
    return len(rest.strip()) < FIELD_SHARE * len(text.strip()) or bool(_LABEL.search(text))


def _only_fields(text: str) -> bool:
    rest = _WEBSITE.sub(" ", _EMAIL.sub(" ", _PHONE.sub(" ", text)))
    return len(rest.strip()) < 3 and rest != text


def _with_neighbours(items: Sequence[Item], run: list[int]) -> list[int]:
    page = items[run[0]].page
    around = [run[0] - 1, *run, run[-1] + 1]
    return [i for i in around if 0 <= i < len(items) and items[i].page == page]


def contact_organization(
    items: Sequence[Item],
    run: list[int],
    emails: Sequence[str],
    websites: Sequence[str],
    names: Sequence[str],
) -> str:
    domains = [e.split("@", 1)[1] for e in emails] + [_host(w) for w in websites]
    best = max(((domain_match(d, n), n) for d in domains for n in names), default=(0.0, ""))
    if best[0] >= 0.8:
        return best[1]
    banner = _page_banner(items, run)
    if banner:
        return banner
    return best[1] if best[0] >= 0.5 else ""


def domain_match(domain: str, name: str) -> float:
    """How well a domain ("pm-artois.fr") spells an organisation's name ("Pôle Métropolitain de l'Artois").

    1.0 when every label of the domain is a word of the name, the initials of consecutive words,
    or the words run together; else the fuzzy similarity of the letters."""
    labels = [label for label in fold(_registered(domain)).split("-") if label]
    name_words = [w for w in words(name) if w not in STOP_WORDS and len(w) > 1]
    if not name_words or not labels:
        return 0.0
    joined = "".join(name_words)
    if "".join(labels) == joined:
        return 1.0
    if all(_spells(label, name_words) for label in labels):
        return 0.95
    return fuzz.ratio("".join(labels), joined) / 100


def _spells(label: str, name_words: list[str]) -> bool:
    if label in name_words:
        return True
    for start in range(len(name_words)):
        initials = ""
        for word in name_words[start:]:
            initials += word[0]
            if initials == label:
                return True
        run = ""
        for word in name_words[start:]:
            run += word
            if run == label:
                return True
    return False


def _registered(domain: str) -> str:
    """ "www.euralens.org" -> "euralens"; "pma.cadastre-solaire.fr" -> "cadastre-solaire"."""
    host = _host(domain).split(".")
    return host[-2] if len(host) >= 2 else host[0]


def _host(url: str) -> str:
    host = re.sub(r"^(?:https?\s*[:.]\s*//)?", "", url.lower()).split("/")[0]
    return host.removeprefix("www.")


def _page_banner(items: Sequence[Item], run: list[int]) -> str:
    """A short capitalised line at the top of the contact's page: "E€Euralens" -> "Euralens"."""
    page = items[run[0]].page
    first = next((item for item in items if item.page == page), None)
    if first is None or first.index in run or len(first.text) > _BANNER_CHARS:
        return ""
    match = re.search(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:[ \-][A-ZÀ-Ý][a-zà-ÿ]+)*$", first.text.strip())
    return match.group(0) if match else ""


def _tidy_url(url: str) -> str:
    url = re.sub(r"^https?\s*[:.]\s*//", lambda m: "https://" if "s" in m.group(0)[:5] else "http://", url)
    return url.rstrip(".,;)")


def _unique(values) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))
