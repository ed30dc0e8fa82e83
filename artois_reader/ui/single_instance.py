"""One window per library: a second start of the app brings the first window to the front and quits.

The first instance listens on a local socket (a named pipe on Windows, a socket file in the temporary
folder elsewhere: nothing that reaches the network) named after the user and the library folder. A
second start on the same library connects, asks the first to come forward, and exits before opening
the library. Two starts racing each other (a double click) are serialised by a `QLockFile`, so exactly
one becomes the server; a socket file left by an instance that crashed is removed before listening.
Nothing here ever blocks the start: if the socket cannot be made, the app simply runs on its own.

Protocol, one line each way: the server says its process id (so that on Windows the second instance
may let it take the foreground, which Windows otherwise refuses to a background process), the client
says ``activate``.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1000
STARTUP_LOCK_TIMEOUT_MS = 5000
ACTIVATE = b"activate"


class AlreadyRunning(Exception):
    """Another instance runs on this library; it was asked to come to the front."""


def server_name(home: Path) -> str:
    """The same for every start of one user on one library folder; short (Unix socket paths are)."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: the folder alone still keys it
        user = ""
    folder = os.path.normcase(os.path.abspath(home))
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:16]
    return f"ArtoisReader-{digest}"


class SingleInstance(QObject):
    """The listening side, held by the first instance for as long as it runs."""

    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    @classmethod
    def claim(cls, home: Path, parent: QObject | None = None) -> SingleInstance:
        """Become the instance for `home`; raises `AlreadyRunning` once another one was asked to come
        forward. Owned by `parent`, else by the application (destroyed with it, never after it)."""
        name = server_name(home)
        lock = QLockFile(os.path.join(QDir.tempPath(), f"{name}.lock"))
        locked = lock.tryLock(STARTUP_LOCK_TIMEOUT_MS)
        try:
            if ask_to_activate(name):
                raise AlreadyRunning(str(home))
            instance = cls(name, parent or QCoreApplication.instance())
            instance._listen()
            return instance
        finally:
            if locked:
                lock.unlock()

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        """Stop listening (the next start becomes the first) and let Qt delete this object."""
        self._server.close()
        self.deleteLater()

    def _listen(self) -> None:
        if self._server.listen(self.name):
            return
        QLocalServer.removeServer(self.name)  # a socket file left by a crash (nobody answered on it)
        if not self._server.listen(self.name):
            problem = self._server.errorString()
            log.warning("no single-instance server (%s): this window runs on its own", problem)

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda socket=socket: self._on_ready_read(socket))
            socket.disconnected.connect(socket.deleteLater)
            socket.write(f"{os.getpid()}\n".encode("ascii"))
            socket.flush()

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            if bytes(socket.readLine().data()).strip() == ACTIVATE:
                self.activation_requested.emit()


def ask_to_activate(name: str) -> bool:
    """Whether an instance listens on `name`; if so, it was asked to come to the front."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    if socket.waitForReadyRead(CONNECT_TIMEOUT_MS):
        with contextlib.suppress(ValueError):
            _allow_foreground(int(bytes(socket.readLine().data()).strip() or b"0"))
    socket.write(ACTIVATE + b"\n")
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
    return True


def bring_to_front(window: QWidget) -> None:
    """Show the window where the user looks: restored if minimised, raised, active."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def _allow_foreground(pid: int) -> None:
    if sys.platform != "win32" or pid <= 0:
        return
    try:  # pragma: no cover - Windows only
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(pid)  # type: ignore[attr-defined]
    except (AttributeError, OSError):  # pragma: no cover
        pass
