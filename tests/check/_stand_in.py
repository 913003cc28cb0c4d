"""A stand-in for the dictionary the checker asks (termbase.check.glosses), for tests
that must not depend on CC-CEDICT's entries: it answers from a small table and records
what it was asked. Also the line-by-line drafts the learned checks' tests build, and
the severity of the one miss on a draft's last line (the sense tests of missing_target),
the misses of a one-line draft, the sorted findings of a draft of line pairs, and the
misses of a draft written without capitals."""

from __future__ import annotations

from collections.abc import Collection, Mapping

import pytest

from termbase.align.lexicon import stem
from termbase.check import CheckOptions, FindingKind, check_draft
from termbase.check.draft import Draft, presplit_pair
from termbase.check.glosses import Gloss
from termbase.diagnostics import Severity
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus, TermType

LEARNED = CheckOptions(kinds=frozenset({FindingKind.LEARNED_INCONSISTENT}))


def last_line_miss(glossary: Glossary, pairs: list[tuple[str, str]]) -> str:
    """The severity of the one missing_target finding on the last line of a draft of
    ``pairs`` (Chinese, English), checked against ``glossary``."""
    draft = presplit_pair("\n".join(z for z, _ in pairs), "d.zh",
                          "\n".join(e for _, e in pairs), "d.en")
    found = [f for f in check_draft(glossary, draft).findings
             if f.kind is FindingKind.MISSING_TARGET and f.line == len(pairs)]
    assert len(found) == 1, found
    return found[0].severity.value


# Common words of a mined glossary, each a term of its own, that stand inside longer names
# and words (the tests of check/acronym_inside and check/empty_head).
COMMON_WORDS = Glossary(tuple(
    Concept(cid, (LangSec("zh", (Term(zh),)), LangSec("en", (Term(en),))))
    for cid, zh, en in [("trade", "贸易", "trade"), ("peace", "和平", "peace"),
                        ("mtg", "会议", "meeting"), ("st", "国家", "States"),
                        ("msr", "措施", "measures"), ("sys", "系统", "system"),
                        ("world", "世界", "World"), ("glob", "全球", "global")]))


def missing_targets(glossary: Glossary, zh: str, en: str) -> list[tuple[str, str]]:
    """The missing_target findings (term, severity) of the one-line draft (zh, en) checked
    against ``glossary``; an English line without capitals gets lines enough for the draft
    to be read as written without them."""
    if en.islower():  # a draft without capitals, long enough to be told so
        zh = "\n".join([zh] + ["报告已通过。"] * 24)
        en = "\n".join([en] + ["the report was adopted."] * 24)
    draft = presplit_pair(zh, "d.zh", en, "d.en")
    return [(f.term, f.severity.value) for f in check_draft(glossary, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def common_word_misses(zh: str, en: str) -> list[tuple[str, str]]:
    """:func:`missing_targets` against :data:`COMMON_WORDS`."""
    return missing_targets(COMMON_WORDS, zh, en)


def zh_en_pair(zh: list[str], en: list[str]) -> Draft:
    """A bilingual draft of the lines ``zh`` and ``en``, one unit per line."""
    return presplit_pair("\n".join(zh), "d.zh", "\n".join(en), "d.en")


def sorted_findings(glossary: Glossary, draft: Draft) -> list[tuple[str, str, int | None]]:
    """Every finding of ``draft`` checked against ``glossary``: (kind, severity, line),
    sorted."""
    return sorted((f.kind.value, f.severity.value, f.line)
                  for f in check_draft(glossary, draft).findings)


def one_concept(cid: str, zh: str, *en: Term) -> Glossary:
    """A glossary of one concept: the Chinese term ``zh`` and the English terms ``en``."""
    return Glossary((Concept(cid, (LangSec("zh", (Term(zh),)), LangSec("en", en))),))


# Names for the tests of a translation written without capitals (MultiUN's lower-cased
# English): acronyms, clipped forms, references.
UNCASED_GLOSSARY = Glossary((
    Concept("un", (LangSec("zh", (Term("联合国"),)),
                   LangSec("en", (Term("United Nations"),
                                  Term("UN", TermStatus.ADMITTED, TermType.ABBREVIATION))))),
    Concept("ga", (LangSec("zh", (Term("大会"),)), LangSec("en", (Term("General Assembly"),)))),
    Concept("ms", (LangSec("zh", (Term("会员国"),)), LangSec("en", (Term("Member State"),)))),
    Concept("sc", (LangSec("zh", (Term("安全理事会"),)),
                   LangSec("en", (Term("Security Council"),)))),
    Concept("pc", (LangSec("zh", (Term("筹备委员会"),)),
                   LangSec("en", (Term("Preparatory Committee"),)))),
    Concept("esc", (LangSec("zh", (Term("经济及社会理事会"),)),
                    LangSec("en", (Term("Economic and Social Council"),)))),
))

# Enough lines without capitals for the draft to be read as written without them.
_UNCASED_FILLER = 25


def uncased_misses(zh: str, en: str, *, capitals: bool = False) -> list[tuple[str, str]]:
    """The missing_target findings (term, severity) of the line pair (zh, en) checked
    against :data:`UNCASED_GLOSSARY`, in a draft whose other lines are written without
    capitals (with them if ``capitals``)."""
    zh_lines = [zh, *["其他事项。"] * _UNCASED_FILLER]
    filler = "Other matters were considered." if capitals else "other matters were considered."
    en_lines = [en, *[filler] * _UNCASED_FILLER]
    draft = presplit_pair("\n".join(zh_lines), "d.zh", "\n".join(en_lines), "d.en")
    return [(f.term, f.severity.value) for f in check_draft(UNCASED_GLOSSARY, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def uncased_draft_misses(pairs: list[tuple[str, str]]) -> list[tuple[int | None, str]]:
    """The missing_target findings (line, severity) of the draft of ``pairs`` and lines
    without capitals, checked against :data:`UNCASED_GLOSSARY`."""
    zh = [z for z, _ in pairs] + ["其他事项。"] * _UNCASED_FILLER
    en = [e for _, e in pairs] + ["other matters were considered."] * _UNCASED_FILLER
    draft = presplit_pair("\n".join(zh), "d.zh", "\n".join(en), "d.en")
    return [(f.line, f.severity.value) for f in check_draft(UNCASED_GLOSSARY, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


class StandInDictionary:
    def __init__(self, entries: Mapping[str, Gloss]) -> None:
        self.entries = dict(entries)
        self.asked: list[Collection[str]] = []
        """Each call's words, in order."""

    def __call__(self, words: Collection[str]) -> dict[str, Gloss]:
        self.asked.append(words)
        return {w: self.entries[w] for w in words if w in self.entries}

    def install(self, monkeypatch: pytest.MonkeyPatch) -> StandInDictionary:
        self.asked.clear()
        monkeypatch.setattr("termbase.check.glosses.dictionary_glosses", self)
        return self


# 武器禁运 is not in the tests' glossaries; the draft renders it "arms embargo" four times
# and elsewhere uses "weapons" for 武器, so "weapons embargo" is the same term rendered
# another way (the learned checks' tests).
EMBARGO = [("安理会对甲国实施武器禁运。", "The Council imposed an arms embargo on A."),
           ("安理会对乙国实施武器禁运。", "The Council imposed an arms embargo on B."),
           ("丙国违反了武器禁运。", "Country C violated the arms embargo."),
           ("丁国遵守武器禁运。", "Country D respects the arms embargo."),
           ("武器的储存很安全。", "The storage of weapons is safe."),
           ("武器的运输很昂贵。", "The transport of weapons is costly."),
           ("武器的销毁已完成。", "The destruction of weapons is complete.")]


# 私营部门 is "private sector" four times; "fund" is in three units of unrelated
# sources, so the draft shows it rendering nothing: a slip, unless the dictionary says
# it renders 资金, right after the term.
PRIVATE = [("私营部门参与合作。", "The private sector takes part in cooperation."),
           ("私营部门提供支持。", "The private sector provides support."),
           ("私营部门发挥作用。", "The private sector plays a role."),
           ("私营部门作出贡献。", "The private sector makes contributions."),
           ("甲国设立了信托。", "Country A set up a trust fund."),
           ("乙国捐助了款项。", "Country B paid into the fund."),
           ("丙国管理基金会。", "Country C runs a fund."),
           ("私营部门资金增加了。", "Private funds increased.")]


# 性暴力 is rendered "sexual violence" four times; "abuse" is a word of the draft that
# renders 虐待 (the learned checks' slip tests: a unit whose source lacks 虐待).
VIOLENCE = [("甲国发生性暴力。", "Sexual violence occurred in country A."),
            ("乙国的性暴力事件增加。", "Incidents of sexual violence rose in B."),
            ("各方应打击性暴力。", "All parties should combat sexual violence."),
            ("性暴力受害者需要帮助。", "Victims of sexual violence need help."),
            ("儿童遭受虐待。", "Children suffer abuse."),
            ("老人遭受虐待。", "Older persons suffer abuse."),
            ("妇女遭受虐待。", "Women suffer abuse.")]


def gloss(tag: str, *words: str) -> Gloss:
    """A dictionary entry: ``words`` (stemmed), of the part of speech ``tag``."""
    return Gloss(frozenset(map(stem, words)), tag)


def pair_draft(lines: list[tuple[str, str]]) -> Draft:
    """A bilingual draft of (Chinese, English) line pairs, one unit each."""
    return presplit_pair("\n".join(z for z, _ in lines), "d.zh",
                         "\n".join(e for _, e in lines), "d.en")


def learned_found(glossary: Glossary, lines: list[tuple[str, str]],
                  entries: Mapping[str, Gloss] | None = None,
                  monkeypatch: pytest.MonkeyPatch | None = None) -> list[str]:
    """What the learned check reports in the draft of ``lines``, the dictionary answering
    from ``entries`` when ``monkeypatch`` is given."""
    if monkeypatch is not None:
        StandInDictionary(entries or {}).install(monkeypatch)
    return [f.found for f in check_draft(glossary, pair_draft(lines), LEARNED).findings]


# Lines of other things, enough for a lower-cased copy of a draft to read as written
# without capitals (CheckContext.case_blind needs twenty lines).
CASE_BLIND_FILLER = [(f"第{n}段{w}。", f"Paragraph {n} {e}.") for n, (w, e) in enumerate(
    [("已删除", "was deleted"), ("已修正", "was corrected"), ("保持不变", "stands"),
     ("已重新编号", "was renumbered"), ("已移动", "was moved"), ("已合并", "was merged"),
     ("已缩短", "was shortened"), ("已扩充", "was expanded"), ("已核可", "was endorsed"),
     ("已翻译", "was translated"), ("已核对", "was checked"), ("已印发", "was issued")],
    start=1)]


def lowered(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``lines`` with the English lower-cased, as MultiUN's preparers wrote it."""
    return [(z, e.lower()) for z, e in lines]


def learned_finding(glossary: Glossary, lines: list[tuple[str, str]],
                    entries: Mapping[str, Gloss], monkeypatch: pytest.MonkeyPatch,
                    ) -> tuple[str, Severity, str]:
    """The one learned finding of the draft of ``lines``: what it found (lower-cased),
    its severity and message, the dictionary answering from ``entries``."""
    StandInDictionary(entries).install(monkeypatch)
    [f] = check_draft(glossary, pair_draft(lines), LEARNED).findings
    return f.found.lower(), f.severity, f.message
