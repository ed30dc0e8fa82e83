"""Print or export to PDF what the reader shows, the reference in the footer of every page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

FOOTER_GAP_PT = 6


def print_html(printer: QPrinter, html: str, footer: str, *, title: str = "") -> int:
    """Lay out `html` on the printer's pages with `footer` and « page / total » under each one.
    Returns the number of pages printed (0 if the printer could not start)."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        page_rect = printer.pageLayout().paintRectPixels(printer.resolution())
        body_font = QFont()
        body_font.setPointSizeF(10.5)
        footer_font = QFont(body_font)
        footer_font.setPointSizeF(8)
        painter.setFont(footer_font)
        footer_height = painter.fontMetrics().height() * 2 + FOOTER_GAP_PT * printer.resolution() / 72
        document = QTextDocument()
        document.setDefaultFont(body_font)
        document.documentLayout().setPaintDevice(printer)
        document.setHtml(html)
        if title:
            document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
        body = QSizeF(page_rect.width(), page_rect.height() - footer_height)
        document.setPageSize(body)
        pages = max(1, document.pageCount())
        for number in range(pages):
            if number:
                printer.newPage()
            painter.save()
            painter.translate(0, -number * body.height())
            document.drawContents(painter, QRectF(0, number * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(footer_font)
            area = QRectF(0, body.height() + FOOTER_GAP_PT, body.width(), footer_height - FOOTER_GAP_PT)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), footer)
            painter.drawText(
                area,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                f"{number + 1} / {pages}",
            )
        return pages
    finally:
        painter.end()


def export_pdf(path: Path, html: str, footer: str, *, title: str = "") -> int:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    if title:
        printer.setDocName(title)
    return print_html(printer, html, footer, title=title)
