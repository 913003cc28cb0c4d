"""Tests of termbase.check.learned.candidates: the source stretches the learned check
reads as terms."""

from __future__ import annotations

import pytest

from check._stand_in import EMBARGO as _EMBARGO
from check._stand_in import LEARNED, pair_draft
from termbase.check import check_draft
from termbase.check.context import CheckContext
from termbase.check.draft import Draft
from termbase.check.learned import candidates, evidence
from termbase.check.matching import LanguageMatcher
from termbase.model import Glossary


def test_a_term_and_the_conjunction_after_it_is_no_candidate(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """性别平等和 (in 性别平等和增强妇女权能) is the first half of a coordination when
    性别平等 recurs; a word ending in such a character is kept."""
    runs = [["性别平等和增强妇女权能"], ["性别平等和青年"], ["实现性别平等和发展"],
            ["性别平等和儿童"], ["性别平等问题"], ["促进性别平等"],
            ["社区参与很重要"], ["加强社区参与"], ["社区参与增加"], ["支持社区参与"]]
    found = candidates.term_candidates(runs)
    assert "性别平等" in found and "性别平等和" not in found
    assert candidates._opens_a_coordination("性别平等和", {"性别平等": {0, 1}, "性别平等和": {0}})
    assert "社区参与" in found
    monkeypatch.setattr(candidates, "_opens_a_coordination", lambda *_: False)
    assert "性别平等和" in candidates.term_candidates(runs)
    assert not candidates._opens_a_coordination("社区参与", {"社区参": {0}, "社区参与": {0}})


def test_a_coverb_or_a_list_closer_opens_no_candidate() -> None:
    """将性别平等视角 ("to put a gender perspective into") and 等优先 ("… and other
    priorities") open with a coverb and with 等 closing a list."""
    assert candidates.refused("将性别平等视角") and candidates.refused("等优先")
    assert not candidates.refused("性别平等视角")


def _context(glossary: Glossary, draft: Draft) -> CheckContext:
    return CheckContext.build(glossary, draft, LanguageMatcher(glossary, "zh"),
                              LanguageMatcher(glossary, "en"))


# 萨尔瓦多 recurs; in the last line it is part of 圣萨尔瓦多 (San Salvador), which the
# draft's characters alone do not tell.
_SALVADOR = [("萨尔瓦多政府支持该决议。", "The Government of El Salvador supports it."),
             ("萨尔瓦多代表发了言。", "The representative of El Salvador spoke."),
             ("我们感谢萨尔瓦多。", "We thank El Salvador."),
             ("萨尔瓦多和智利提交了报告。", "El Salvador and Chile submitted reports."),
             ("萨尔瓦多的报告已经提交。", "The report of El Salvador was submitted."),
             ("圣萨尔瓦多会议", "San Salvador meeting"),
             ("圣萨尔瓦多市", "City of San Salvador"),
             ("在圣萨尔瓦多举行", "held in San Salvador"),
             ("会议在圣萨尔瓦多召开。", "The meeting was held in San Salvador.")]


def test_candidates_from_the_recurring_stretches_are_those_of_every_ngram(
        glossary: Glossary) -> None:
    """Only stretches of recurring trigrams are enumerated (speed): every recurring
    n-gram lies in one, so the candidates are those of enumerating every n-gram."""
    lines = [*_EMBARGO, ("戊国也实行武器禁运。", "Country E also has a weapons embargo."),
             ("各国讨论了和平进程。", "States discussed the peace process."),
             ("和平进程取得进展。", "The peace process advanced.")]
    runs = evidence.source_runs(evidence.bilingual_views(_context(glossary, pair_draft(lines))))
    stretches = candidates.recurring_stretches(runs)
    read = sum(len(x) for unit in stretches for x in unit)
    assert 0 < read < sum(len(x) for unit in runs for x in unit)
    where: dict[str, set[int]] = {}
    for pos, unit in enumerate(runs):
        for run in unit:
            for a in range(len(run)):
                for b in range(a + candidates.MIN_ZH_CHARS,
                               min(a + candidates.MAX_ZH_CHARS, len(run)) + 1):
                    where.setdefault(run[a:b], set()).add(pos)
    recurring = {g: u for g, u in where.items() if len(u) >= candidates.MIN_UNITS}
    closed = {g: u for g, u in recurring.items() if not candidates.refused(g) and not any(
        len(recurring.get(o, ())) == len(u) for o in recurring
        if len(o) == len(g) + 1 and g in (o[1:], o[:-1]))}
    assert candidates.term_candidates(runs) == closed != {}


def test_candidates_are_closed_and_start_and_end_where_terms_do(glossary: Glossary) -> None:
    runs = evidence.source_runs(evidence.bilingual_views(_context(glossary, pair_draft(_EMBARGO))))
    found = candidates.term_candidates(runs)
    # 武器禁运 recurs in four units; its pieces (器禁运) always extend to it.
    assert len(found["武器禁运"]) == 4 and "器禁运" not in found
    # Particles and function characters never stand at a candidate's edge; the
    # extractor's clause openers and verb endings refuse a candidate as they refuse
    # its own.
    assert not candidates.refused("武器禁运")
    for clause in ("审议了", "向会员国提供支助", "的武器禁运", "强调指出", "武器禁运执行"):
        assert candidates.refused(clause), clause


def test_a_term_inside_a_longer_word_is_not_reported(glossary: Glossary) -> None:
    assert check_draft(glossary, pair_draft(_SALVADOR), LEARNED).findings == ()
    runs = evidence.source_runs(evidence.bilingual_views(_context(glossary, pair_draft(_SALVADOR))))
    assert "萨尔瓦多" in candidates.term_candidates(runs)


def test_a_phrase_closed_by_a_word_kept_off_term_ends_is_learned(
        glossary: Glossary) -> None:
    """支持 never ends an extracted term, but the four-character set phrase 全力支持
    "full support" is one a reviser keeps consistent."""
    lines = [("甲国全力支持该进程。", "Country A expressed full support for the process."),
             ("乙国表示全力支持特使。", "Country B expressed its full support for the Envoy."),
             ("我们全力支持委员会。", "We reiterate our full support for the Committee."),
             ("丙国全力支持这些措施。", "Country C gave full support to these measures."),
             ("提供粮食援助。", "Food assistance was provided."),
             ("提供技术援助。", "Technical assistance was provided."),
             ("提供财政援助。", "Financial assistance was provided."),
             ("重申全力支持特别顾问的努力。",
              "Reaffirming its full assistance for the efforts of the Special Adviser.")]
    [finding] = check_draft(glossary, pair_draft(lines), LEARNED).findings
    assert (finding.line, finding.term, finding.found) == (8, "全力支持", "full assistance")
    # A conjunction still never closes a phrase, nor a verb a longer n-gram.
    assert candidates.refused("发展和") and candidates.refused("武器禁运执行")
