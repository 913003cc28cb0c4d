from __future__ import annotations

import pytest

from termbase.check import background, checker
from termbase.check.background import in_background
from termbase.check.checker import CheckOptions, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.findings import FindingKind
from termbase.model import Glossary


def test_the_child_hands_back_its_result() -> None:
    wait = in_background(lambda: {"numbers": [1, 2, 3], "text": "二〇二三年"})
    assert wait() == {"numbers": [1, 2, 3], "text": "二〇二三年"}


@pytest.fixture()
def alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process taken to run no other thread, whatever earlier tests left running
    (tqdm's monitor, a pool): the child path is then taken, whatever the order of tests."""
    monkeypatch.setattr(background.threading, "active_count", lambda: 1)


@pytest.mark.usefixtures("alone")
def test_a_failing_child_raises_its_error_here() -> None:
    def work() -> int:
        raise ValueError("no numbers")

    wait = in_background(work)
    with pytest.raises(ValueError, match="no numbers"):
        wait()


def _draft():  # type: ignore[no-untyped-def]
    zh = ["大会于2013年12月5日通过第68/1号决议。", "会员国加强能力建设。",
          "第3次会议于2020年3月4日举行。", "请秘书长提交报告。"] * 3
    en = ["The General Assembly adopted resolution 68/1 on 5 December 2013.",
          "Member States strengthen capacity-building.",
          "The 4th meeting was held on 4 March 2021.",
          "Requests the Secretary-General to submit a report."] * 3
    return presplit_pair("\n".join(zh), "d.zh", "\n".join(en), "d.en")


@pytest.mark.parametrize("kinds", [None, {FindingKind.NUMBER_MISMATCH}])
def test_numbers_checked_beside_the_matching_give_the_same_findings(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch,
        kinds: set[FindingKind] | None) -> None:
    opts = CheckOptions() if kinds is None else CheckOptions(kinds=frozenset(kinds))
    in_turn = check_draft(glossary, _draft(), opts)
    monkeypatch.setattr(checker, "BACKGROUND_UNITS", 1)
    started = []
    monkeypatch.setattr(checker, "in_background",
                        lambda work: started.append(1) or in_background(work))
    beside = check_draft(glossary, _draft(), opts)
    assert started == [1]
    assert [f.kind for f in in_turn.findings].count(FindingKind.NUMBER_MISMATCH) == 3
    assert beside.findings == in_turn.findings


def test_with_other_threads_the_work_runs_here() -> None:
    import os
    import threading

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        wait = in_background(os.getpid)
    finally:
        stop.set()
        other.join()
    assert wait() == os.getpid()


@pytest.mark.usefixtures("alone")
def test_alone_the_work_runs_in_a_child() -> None:
    import os

    assert in_background(os.getpid)() != os.getpid()
