from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool

from artois_reader.core.errors import Cancelled, Phase, report
from artois_reader.ui.tasks import Task


def test_result_arrives_on_the_gui_thread(qtbot) -> None:
    seen: dict[str, object] = {}

    def work(on_progress):
        seen["worker"] = QThread.currentThread()
        return 42

    task = Task(work)
    with qtbot.waitSignal(task.succeeded) as blocker:
        task.start()
    assert blocker.args == [42]
    assert seen["worker"] is not QThread.currentThread()


def test_progress_is_reported_and_cancel_stops_the_work(qtbot) -> None:
    may_finish = threading.Event()
    phases: list[tuple[object, int, int]] = []

    def work(on_progress):
        report(on_progress, Phase.READ, 0, 10)
        may_finish.wait(5)
        for n in range(1, 11):
            report(on_progress, Phase.READ, n, 10)
        return "done"

    task = Task(work)
    task.progressed.connect(lambda *args: phases.append(args))
    with qtbot.waitSignal(task.progressed):
        task.start()
    task.cancel()
    may_finish.set()
    with qtbot.waitSignal(task.cancelled):
        pass
    assert phases[0] == (Phase.READ, 0, 10)
    assert task.cancel_requested


def test_errors_are_delivered_as_failed(qtbot) -> None:
    task = Task(lambda on_progress: 1 / 0)
    with qtbot.waitSignal(task.failed) as blocker:
        task.start()
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_nothing_is_delivered_once_the_owner_is_gone(qtbot) -> None:
    release = threading.Event()
    received: list[object] = []
    owner = QObject()

    def work(on_progress):
        release.wait(5)
        return "late"

    pool = QThreadPool()
    task = Task(work, owner, pool=pool)
    task.succeeded.connect(received.append)
    task.start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    pool.waitForDone(5000)
    QCoreApplication.processEvents()  # deliver whatever was queued: there must be nothing
    assert received == []


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_a_cancelled_task_that_never_reports_progress_still_completes(qtbot) -> None:
    task = Task(lambda on_progress: "finished anyway")
    task.cancel()
    with qtbot.waitSignal(task.cancelled):
        task.start()


def test_cancelled_raised_by_the_work_is_a_cancel(qtbot) -> None:
    def work(on_progress):
        raise Cancelled("read")

    task = Task(work)
    with qtbot.waitSignal(task.cancelled):
        task.start()
