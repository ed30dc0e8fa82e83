"""The « Contacts » pane: one card per contact of the document shown, with call, write, open and copy
buttons. Only `tel:`, `mailto:` and web links are ever opened, through QDesktopServices."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from artois_reader.core.document import Contact
from artois_reader.ui.navigation import Place, View, is_openable
from artois_reader.ui.reader import open_or_copy
from artois_reader.ui.render import phone_href, tooltip, website_href


class ContactCard(QFrame):
    place_requested = Signal(object)
    copied = Signal(str)
    unopened = Signal(str)  # no application opened the link: its text was copied instead

    def __init__(self, doc_id: str, contact: Contact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact = contact
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("contactCard")
        self.setAccessibleName(self.tr("Contact: %1").replace("%1", contact.organization))
        grid = QGridLayout(self)
        title = QLabel(contact.organization, self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        grid.addWidget(title, 0, 0, 1, 3)
        self._row = 1
        for phone in contact.phones:
            self._add_line(phone, self.tr("Call"), phone_href(phone))
        for mail in contact.emails:
            self._add_line(mail, self.tr("Email"), "mailto:" + mail)
        for site in contact.websites:
            self._add_line(site, self.tr("Open"), website_href(site))
        if contact.address:
            self._add_line(contact.address, "", "")
        if contact.passage_id:
            show = QPushButton(self.tr("Show in the document (p. %1)").replace("%1", str(contact.page)), self)
            show.setFlat(True)
            show.clicked.connect(
                lambda: self.place_requested.emit(Place(doc_id, View.PASSAGE, contact.passage_id))
            )
            grid.addWidget(show, self._row, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)

    def _add_line(self, text: str, verb: str, url: str) -> None:
        grid: QGridLayout = self.layout()  # type: ignore[assignment]
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(label, self._row, 0)
        if verb and is_openable(url):
            action = QToolButton(self)
            action.setText(verb)
            action.setToolTip(tooltip(f"{verb} : {text}" if verb else text))
            action.setAccessibleName(f"{verb} {text}")
            action.clicked.connect(lambda: self._open(url, text))
            grid.addWidget(action, self._row, 1)
        copy = QToolButton(self)
        copy.setText(self.tr("Copy"))
        copy.setAccessibleName(self.tr("Copy %1").replace("%1", text))
        copy.setToolTip(tooltip(self.tr("Copy %1").replace("%1", text)))
        copy.clicked.connect(lambda: self._copy(text))
        grid.addWidget(copy, self._row, 2)
        grid.setColumnStretch(0, 1)
        self._row += 1

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)

    def _open(self, url: str, text: str) -> None:
        """Call, write or open; where no application does (no phone software on the PC), copy."""
        if not open_or_copy(QUrl(url), text):
            self.unopened.emit(text)


class ContactsPane(QScrollArea):
    place_requested = Signal(object)
    copied = Signal(str)
    unopened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Contacts"))
        self._doc_id = ""
        self._cards: list[ContactCard] = []
        self._holder = QWidget(self)
        self._layout = QVBoxLayout(self._holder)
        self.setWidget(self._holder)
        self._empty = QLabel(self.tr("No contact was found in this document."), self._holder)
        self._empty.setWordWrap(True)
        self._layout.addWidget(self._empty)
        self._layout.addStretch(1)

    @property
    def doc_id(self) -> str:
        return self._doc_id

    @property
    def cards(self) -> list[ContactCard]:
        return list(self._cards)

    def set_contacts(self, doc_id: str, contacts: tuple[Contact, ...]) -> None:
        if doc_id == self._doc_id and len(contacts) == len(self._cards):
            return
        self._doc_id = doc_id
        for card in self._cards:
            card.deleteLater()
        self._cards = []
        for contact in contacts:
            card = ContactCard(doc_id, contact, self._holder)
            card.place_requested.connect(self.place_requested)
            card.copied.connect(self.copied)
            card.unopened.connect(self.unopened)
            self._layout.insertWidget(self._layout.count() - 1, card)
            self._cards.append(card)
        self._empty.setVisible(not contacts)

    def show_contact(self, passage_id: str) -> None:
        """Scroll to the card of the contact said in this passage, and give it the focus."""
        card = next((c for c in self._cards if c.contact.passage_id == passage_id), None)
        if card is not None:
            self.ensureWidgetVisible(card)
            card.setFocus(Qt.FocusReason.OtherFocusReason)
