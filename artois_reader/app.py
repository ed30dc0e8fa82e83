"""The composition root of the desktop application: QApplication, translators, settings, library,
main window. `main(argv)` is what `artois-reader` (no command) and the frozen executable run."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from artois_reader import APP_ID, APP_NAME, __version__
from artois_reader.core.resources import resource_path
from artois_reader.ui import dialogs
from artois_reader.ui.i18n import Translators
from artois_reader.ui.main_window import MainWindow
from artois_reader.ui.settings import Settings

if TYPE_CHECKING:
    from artois_reader.ui.single_instance import SingleInstance

log = logging.getLogger(__name__)

LOG_FILE = Path("logs") / "artois-reader.log"


OPTIONS = ("--home", "--lang", "--debug")

AFTER_SHOW_AT_THE_LATEST_MS = 1500
"""What waits for the window's first paint starts after this long anyway (a window started minimised
is not painted until it is restored)."""


def _parse(argv: list[str]) -> tuple[SimpleNamespace, list[str]]:
    """Our options (the CLI already checked them: ``--home DIR``, ``--lang fr|en``, ``--debug``, written
    whole, with ``=``, or shortened as argparse allows); whatever is left goes to Qt (-style…).
    No argparse here: the window's start does not pay for importing it."""
    found: dict[str, object] = {"home": None, "lang": None, "debug": False}
    rest: list[str] = []
    items = iter(argv)
    for item in items:
        name, equals, value = item.partition("=")
        matches = [o for o in OPTIONS if len(name) > 2 and name.startswith("--") and o.startswith(name)]
        if len(matches) != 1:
            rest.append(item)
        elif matches[0] == "--debug":
            found["debug"] = True
        else:
            found[matches[0][2:]] = value if equals else next(items, None)
    if found["lang"] not in ("fr", "en"):
        found["lang"] = None
    return SimpleNamespace(**found), rest


class Application:
    """Holds the one QApplication, the translators, the settings, the library and the window."""

    def __init__(self, qt_app: QApplication, home: Path, library: object, forced_language: str = "") -> None:
        self.qt_app = qt_app
        self.home = home
        self.library = library
        self.settings = Settings(home)
        self.translators = Translators()
        self.single_instance: SingleInstance | None = None  # set by main(): the first start listens
        self.forced_language = forced_language  # --lang: this session's language, the setting kept
        self.language = self.translators.install(forced_language or self.settings.language)
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.library, self.settings, language=self.language)
        window.language_change_requested.connect(self._on_language_change_requested)
        window.reload_library()
        window.restore_last_place()
        if self.forced_language:
            window.check_language(self.forced_language)
        return window

    def show(self) -> None:
        """Show the window; what can wait (the first-run import or the index opened in the background,
        the window icon) starts once it is painted, so that it does not delay the first paint."""
        window = self.window
        started: list[bool] = []

        def start() -> None:
            if not started and shiboken6.isValid(window):
                started.append(True)
                window.start()
                self.qt_app.setWindowIcon(QIcon(str(resource_path("icons", "artois-reader.svg"))))

        window.first_painted.connect(start)
        window.show()
        QTimer.singleShot(AFTER_SHOW_AT_THE_LATEST_MS, window, start)  # a window started minimised

    def _on_language_change_requested(self, code: str) -> None:
        old = self.window
        if old.imports.busy:
            old.show_message(
                QCoreApplication.translate(
                    "Application", "The language can be changed once the import is finished."
                )
            )
            return
        self.settings.language = code
        self.forced_language = ""  # chosen in the menu: the setting rules from now on
        old.save_state()
        self.language = self.translators.install(code)
        self.window = self._new_window()
        self.window.carry_on_from(old)
        self.window.show()
        QTimer.singleShot(0, self.window, self.window.warm_up_index)
        old.close()
        old.deleteLater()


def _log_to_file(home: Path, debug: bool) -> None:
    root = logging.getLogger("artois_reader")
    if any(isinstance(h, logging.FileHandler) for h in root.handlers):
        return
    try:
        (home / LOG_FILE).parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(home / LOG_FILE, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)


def create_application(argv: list[str] | None = None, *, single_instance: bool = False) -> Application:
    """Everything `main` builds, without running the event loop (tests, smoke test, screenshots).

    With `single_instance`, raises `AlreadyRunning` (before opening the library) when a window already
    runs on the same library: that window was asked to come to the front."""
    args, qt_args = _parse(list(argv or []))
    if args.home:
        os.environ["ARTOIS_READER_HOME"] = str(Path(args.home).expanduser())
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    qt_app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_ID, *qt_args])
    from artois_reader.core.library import Library, default_home

    home = default_home()
    instance = None
    if single_instance:  # the lock now; the socket (QtNetwork) once the window is painted
        from artois_reader.ui.single_instance import SingleInstance, bring_to_front

        instance = SingleInstance.reserve(home, qt_app)
    _log_to_file(home, args.debug)
    library = Library.open(home)
    application = Application(qt_app, home, library, args.lang or "")
    if instance is not None:
        application.single_instance = instance
        instance.activation_requested.connect(lambda: bring_to_front(application.window))
        application.window.first_painted.connect(instance.listen)
        QTimer.singleShot(AFTER_SHOW_AT_THE_LATEST_MS, instance, instance.listen)
    return application


def _cannot_start(error: Exception, lang: str | None) -> str:
    """One sentence for the user when the library cannot be opened (the log has the details)."""
    from artois_reader import messages
    from artois_reader.core.errors import LibraryError
    from artois_reader.core.library import default_home

    if isinstance(error, LibraryError) and error.read_only:  # a full disk, a read-only folder
        return messages.text("error.read_only", lang, home=default_home())
    if isinstance(error, LibraryError):
        return messages.text("error.library", lang, home=default_home(), detail=str(error))
    return f"{APP_NAME}: {error}"


def main(argv: list[str] | None = None) -> int:
    """Run the application until its window closes; returns the exit code (0 on a normal quit)."""
    from artois_reader.ui.single_instance import AlreadyRunning

    try:
        application = create_application(argv if argv is not None else sys.argv[1:], single_instance=True)
    except AlreadyRunning:  # a double click, a second shortcut: the window already open came forward
        log.info("another window runs on this library: it was brought to the front")
        return 0
    except Exception as error:  # the library cannot be opened at all: say so in a window, not a trace
        log.exception("the application could not start")
        if QApplication.instance() is not None:
            dialogs.show_error(None, _cannot_start(error, _parse(list(argv or []))[0].lang))
        return 1
    application.show()
    code = application.qt_app.exec()
    application.translators.remove()
    application.library.close()
    if application.single_instance is not None:
        application.single_instance.close()
    return code
