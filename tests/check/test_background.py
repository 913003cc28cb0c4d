from __future__ import annotations

import pytest

from check._stand_in import EMBARGO, pair_draft
from termbase.check import background, checker
from termbase.check.background import in_background
from termbase.check.checker import CheckOptions, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.findings import FindingKind
from termbase.check.matching import LanguageMatcher
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


_SEIZED = "The Security Council decides to remain actively seized."
_LOOSE = "The Council has decided to stay seized of the matter."


def _seized_draft(*renderings: str):  # type: ignore[no-untyped-def]
    """EMBARGO's pairs, then one Chinese sentence in a pair for each of ``renderings``."""
    source = "安全理事会决定继续积极处理此案。"
    return pair_draft([*EMBARGO, *((source, english) for english in renderings)])


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
    # With every check, the learned ones are started beside the rest too.
    assert started == ([1] if kinds else [1, 1])
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


@pytest.mark.usefixtures("alone")
def test_the_learned_checks_beside_the_rest_give_the_same_findings(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    source = "安全理事会决定继续积极处理此案。"
    draft = pair_draft([*EMBARGO,
                        ("戊国也实行武器禁运。", "Country E also has a weapons embargo."),
                        (source, "The Security Council decides to remain actively seized."),
                        (source, "The Security Council decides to remain actively seized."),
                        (source, "The Council has decided to stay seized of the matter.")])
    steps: list[str] = []
    in_turn = check_draft(glossary, draft, progress=steps.append)
    assert {FindingKind.LEARNED_INCONSISTENT, FindingKind.SEGMENT_INCONSISTENT} <= {
        f.kind for f in in_turn.findings}
    monkeypatch.setattr(checker, "BACKGROUND_UNITS", 1)
    children: list[int] = []
    monkeypatch.setattr(checker, "in_background",
                        lambda work: children.append(1) or in_background(work))
    beside_steps: list[str] = []
    beside = check_draft(glossary, draft, progress=beside_steps.append)
    assert children == [1, 1]  # the numbers, then the learned checks
    assert beside.findings == in_turn.findings
    assert sorted(beside_steps) == sorted(steps)


@pytest.mark.usefixtures("alone")
def test_segment_inconsistent_runs_with_the_numbers_before_the_matching(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    # It reads the draft's text alone: the child forked before the matching runs it,
    # and this process never does.
    draft = _seized_draft(_SEIZED, _SEIZED, _LOOSE)
    in_turn = check_draft(glossary, draft)
    assert FindingKind.SEGMENT_INCONSISTENT in {f.kind for f in in_turn.findings}
    monkeypatch.setattr(checker, "BACKGROUND_UNITS", 1)
    here: list[FindingKind] = []
    for kind in (FindingKind.SEGMENT_INCONSISTENT, FindingKind.NUMBER_MISMATCH):
        monkeypatch.setitem(checker.CHECKS, kind,
                            lambda ctx, kind=kind: here.append(kind) or [])
    beside = check_draft(glossary, draft)
    assert here == []
    assert beside.findings == in_turn.findings


@pytest.mark.usefixtures("alone")
def test_the_text_checks_start_before_the_matchers_are_built(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    # Forked first, the child has none of the pages the matchers fill.
    monkeypatch.setattr(checker, "BACKGROUND_UNITS", 1)
    order: list[str] = []
    monkeypatch.setattr(checker, "in_background",
                        lambda work: order.append("child") or in_background(work))
    built = LanguageMatcher.__init__

    def building(self: LanguageMatcher, *args: object, **kwargs: object) -> None:
        order.append("matcher")
        built(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(LanguageMatcher, "__init__", building)
    check_draft(glossary, _draft())
    assert order[:3] == ["child", "matcher", "matcher"]


@pytest.mark.usefixtures("alone")
def test_segment_findings_from_the_child_name_the_matchers_language(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    # The child reads the draft's language ("en"); a matcher built for another tag of it
    # ("en-US", as a compiled glossary's may be) names every other finding.
    draft = _seized_draft(_SEIZED, _LOOSE)
    matchers = [LanguageMatcher(glossary, "zh"), LanguageMatcher(glossary, "en-US")]
    in_turn = check_draft(glossary, draft, matchers=matchers)
    assert {f.lang for f in in_turn.findings
            if f.kind is FindingKind.SEGMENT_INCONSISTENT} == {"en-US"}
    monkeypatch.setattr(checker, "BACKGROUND_UNITS", 1)
    assert check_draft(glossary, draft, matchers=matchers).findings == in_turn.findings


@pytest.mark.usefixtures("alone")
def test_the_learned_checks_start_before_missing_target(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    # They need the matched draft and its evidence, not missing_target's findings: the
    # child runs beside missing_target too, the longest check of this process.
    monkeypatch.setattr(checker, "BACKGROUND_UNITS", 1)
    children: list[int] = []
    monkeypatch.setattr(checker, "in_background",
                        lambda work: children.append(1) or in_background(work))
    missing = checker.CHECKS[FindingKind.MISSING_TARGET]
    started_before: list[int] = []

    def watched(ctx):  # type: ignore[no-untyped-def]
        started_before.append(len(children))
        return missing(ctx)

    monkeypatch.setitem(checker.CHECKS, FindingKind.MISSING_TARGET, watched)
    check_draft(glossary, pair_draft(EMBARGO))
    assert started_before == [2]
