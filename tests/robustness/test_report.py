"""tools/robustness_report.py: the table it prints, and its verdict (crashes and data lost must be 0)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hostile_inputs import Input, Outcome

from artois_reader.core.errors import RefusalReason

TOOLS = Path(__file__).resolve().parents[2] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

import robustness_report  # noqa: E402


def _input(label: str, expected: RefusalReason | None = None) -> Input:
    return Input(label, f"{label}.pdf", lambda path: None, expected)


def _results() -> list[tuple[str, Outcome]]:
    return [
        ("faits", Outcome(_input("a"), "ingested", message="1 page(s)")),
        ("faits", Outcome(_input("b", RefusalReason.EMPTY), "refused", RefusalReason.EMPTY, "…")),
        ("faits", Outcome(_input("c"), "skipped")),
        ("échantillons", Outcome(_input("d", RefusalReason.NO_TEXT), "refused", RefusalReason.NO_TEXT, "…")),
        ("échantillons", Outcome(_input("e"), "crash", message="ValueError: x")),
        ("échantillons", Outcome(_input("f"), "ingested", data_lost=["l'édition x n'est plus là"])),
    ]


def test_the_summary_counts_each_group_and_the_total() -> None:
    lines = robustness_report.summary_table(_results()).splitlines()
    assert lines[2] == "| faits | 2 | 1 | 1 | 1 | 0 | 0 |"
    assert lines[3] == "| échantillons | 3 | 1 | 1 | 0 | 1 | 1 |"
    assert lines[4] == "| **total** | 5 | 2 | 2 | 1 | 1 | 1 |"


def test_the_reasons_are_given_in_the_words_the_user_reads() -> None:
    table = robustness_report.reasons_table(_results())
    assert "| `no_text` | 1 | ce PDF ne contient pas de texte (document numérisé) |" in table
    assert "| `empty` | 1 | ce fichier est vide |" in table


def test_a_crash_or_a_loss_fails_the_report(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    problems = robustness_report.problems_of(_results())
    assert len(problems) == 2 and "ValueError" in problems[0] and "plus là" in problems[1]
    monkeypatch.setattr(robustness_report, "run_inputs", lambda groups, folder: _results())
    assert robustness_report.main(["--no-shared"]) == 1
    monkeypatch.setattr(robustness_report, "run_inputs", lambda groups, folder: _results()[:4])
    assert robustness_report.main(["--no-shared", "--details"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| Inputs | tried |") and "| faits: a | ingested | 1 page(s) |" in out
