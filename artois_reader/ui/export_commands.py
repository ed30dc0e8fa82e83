"""Exports of the document shown: its contacts (vCard for an address book, CSV for Excel) and its
contents (axes, sections, projects) as CSV. Each takes the main window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from artois_reader.ui import dialogs

if TYPE_CHECKING:
    from artois_reader.ui.edition import Edition
    from artois_reader.ui.main_window import MainWindow

translate = QCoreApplication.translate


def _edition_shown(window: MainWindow) -> Edition | None:
    if window.current is not None:
        edition = window.edition(window.current[0].doc_id)
        if edition is not None:
            return edition
    return next(iter(window.editions.values()), None)


def _file_stem(prefix: str, title: str) -> str:
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()
    return f"{prefix} - {safe[:50]}".strip(" -")


def export_contacts(window: MainWindow, kind: str) -> Path | None:
    """The contacts of the document shown, as vCard 3.0 (`kind` "vcf") or CSV for Excel ("csv")."""
    from artois_reader.core import exports

    edition = _edition_shown(window)
    if edition is None or not edition.outline.contacts:
        window.show_message(translate("Exports", "This document holds no contact to export."))
        return None
    if kind == "vcf":
        suffix, label = ".vcf", translate("Exports", "Address book (vCard)")
        data = exports.contacts_vcard(edition.outline.contacts, edition.info).encode("utf-8")
    else:
        suffix, label = ".csv", "CSV (Excel)"
        data = exports.csv_bytes(
            exports.contacts_csv(edition.outline.contacts, edition.info, lang=window.language)
        )
    stem = _file_stem(translate("Exports", "Contacts"), edition.title)
    return _save(window, translate("Exports", "Export the contacts"), stem, label, suffix, data)


def export_outline(window: MainWindow) -> Path | None:
    """The axes, sections and projects of the document shown, as CSV for Excel."""
    from artois_reader.core import exports

    edition = _edition_shown(window)
    if edition is None:
        window.show_message(translate("Exports", "Open a document first."))
        return None
    data = exports.csv_bytes(exports.outline_csv(edition.outline, lang=window.language))
    stem = _file_stem(translate("Exports", "Contents"), edition.title)
    return _save(window, translate("Exports", "Export the contents"), stem, "CSV (Excel)", ".csv", data)


def _save(window: MainWindow, title: str, stem: str, label: str, suffix: str, data: bytes) -> Path | None:
    from artois_reader.core.exports import write_export

    path = dialogs.choose_save_path(window, title, str(Path.home() / f"{stem}{suffix}"), label, suffix)
    if path is None:
        return None
    try:
        write_export(path, data)
    except OSError:
        dialogs.show_error(
            window, translate("Exports", "The file could not be written: %1").replace("%1", str(path))
        )
        return None
    window.show_message(translate("Exports", "Saved: %1").replace("%1", str(path)))
    return path
