"""One window per library: a second start of the app brings the first window to the front and quits.

The first instance holds a lock file (`QLockFile`, in the temporary folder) named after the user and the
library folder for as long as it runs, and listens on a local socket of the same name (a named pipe on
Windows, a socket file elsewhere: nothing that reaches the network). Taking the lock needs only QtCore,
so it is done before the window is built; the socket (QtNetwork, some 10 ms to load) waits until the
window has been painted (`reserve`, then `listen`), or is opened at once (`claim`).

A second start on the same library finds the lock taken, connects (waiting, if the first is still
starting, until it listens), asks the first to come forward, and exits before opening the library. Two
starts racing each other (a double click) are serialised by the lock, so exactly one becomes the first.
A lock left by an instance that crashed is stale (its process is gone) and taken over; so is the socket
file it left. Nothing here ever blocks the start for good: if the lock or the socket cannot be made, or
the first instance never answers, the app simply runs on its own.

Protocol, one line each way: the server says its process id (so that on Windows the second instance
may let it take the foreground, which Windows otherwise refuses to a background process), the client
says ``activate``.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QCryptographicHash,
    QDir,
    QLockFile,
    QObject,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1000
STARTING_WAIT_MS = 15_000
"""How long a second start waits for a first instance that holds the lock but does not listen yet
(it is still starting: it listens once its window is painted, seconds later on a slow PC)."""
RETRY_MS = 100
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
    key = f"{user}\0{folder}".encode()  # Qt's SHA-256: hashlib would load OpenSSL during start-up
    digest = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256).toHex().data().decode()[:16]
    return f"ArtoisReader-{digest}"


class SingleInstance(QObject):
    """The first instance's side, held for as long as it runs: the lock, then the listening socket."""

    activation_requested = Signal()

    def __init__(self, name: str, lock: QLockFile | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._lock = lock
        self._server: QLocalServer | None = None

    @classmethod
    def reserve(cls, home: Path, parent: QObject | None = None) -> SingleInstance:
        """Become the instance for `home` without listening yet (call `listen` once the window shows);
        raises `AlreadyRunning` once another instance was asked to come forward. Owned by `parent`,
        else by the application (destroyed with it, never after it)."""
        name = server_name(home)
        owner = parent or QCoreApplication.instance()
        lock = QLockFile(os.path.join(QDir.tempPath(), f"{name}.lock"))
        lock.setStaleLockTime(0)  # held for hours: stale only once its process is gone, never by age
        deadline = time.monotonic() + STARTING_WAIT_MS / 1000
        while not lock.tryLock(0):
            if lock.error() != QLockFile.LockError.LockFailedError:  # no lock file here: the socket alone
                log.info("no single-instance lock (%s): asking on the socket only", lock.error().name)
                if ask_to_activate(name):
                    raise AlreadyRunning(str(home))
                return cls(name, None, owner)
            if ask_to_activate(name):
                raise AlreadyRunning(str(home))
            if time.monotonic() > deadline:
                log.warning("the instance holding the lock never answered: this window runs on its own")
                return cls(name, None, owner)
            QThread.msleep(RETRY_MS)  # the first instance is starting: it listens once painted
        return cls(name, lock, owner)

    @classmethod
    def claim(cls, home: Path, parent: QObject | None = None) -> SingleInstance:
        """`reserve`, then `listen` at once."""
        instance = cls.reserve(home, parent)
        instance.listen()
        return instance

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def listen(self) -> None:
        """Answer later starts (once; only the instance holding the lock does)."""
        if self._server is not None or self._lock is None:
            return
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        if self._server.listen(self.name):
            return
        QLocalServer.removeServer(self.name)  # a socket file left by a crash (its lock was stale)
        if not self._server.listen(self.name):
            problem = self._server.errorString()
            log.warning("no single-instance server (%s): this window runs on its own", problem)

    def close(self) -> None:
        """Stop listening and free the lock (the next start becomes the first); Qt deletes this object."""
        if self._server is not None:
            self._server.close()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self.deleteLater()

    def _on_new_connection(self) -> None:
        assert self._server is not None
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
    from PySide6.QtNetwork import QLocalSocket

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
