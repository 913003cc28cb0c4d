"""Session 33: the false-alarm benchmark's draws and injections
(benchmarks/check_false_alarms.py), and the checker rules for a mined glossary's terms
inside longer names and empty heads."""

from __future__ import annotations

from benchmark_script import load_benchmark
from termbase.model import Concept, Glossary, LangSec, Term


def _concept(cid: str, zh: str, en: str) -> Concept:
    return Concept(cid, (LangSec("zh", (Term(zh),)), LangSec("en", (Term(en),))))


def test_a_closed_term_written_with_a_hyphen_takes_an_injection() -> None:
    # The matcher finds "socioeconomic" in "socio-economic" (713bf42); the injection
    # must take out the spelling the line holds, or the line takes none and the hyphen
    # rule's excuses are never measured.
    fa = load_benchmark("check_false_alarms")
    glossary = Glossary((_concept("se", "社会经济", "socioeconomic"),
                         _concept("dev", "可持续", "sustainable")))
    zh = ("社会经济发展很重要。",) * 3
    en = ("Socio-economic development matters.",) * 3
    part = fa.Part("unv1-x", "tuning", zh, en)
    injected = [i for i in fa.glossary_injections(glossary, part)
                if i.kind.value == "missing_target"]
    assert injected
    for item in injected:
        assert "socio-economic" not in item.en.lower(), item
    results = fa.injected_glossary(glossary, part)
    assert all(r.severity is not None for r in results), results


def test_number_injections_are_drawn_per_line() -> None:
    # Which lines take a changed digit, and which digit, is decided per line by a
    # seeded hash: lines made eligible (clean, with a number) leave the other lines'
    # draws alone, where one random stream shifted every later draw.
    fa = load_benchmark("check_false_alarms")
    zh = tuple(f"第{i + 10}次会议于20{i + 10}年5月{i + 3}日举行。" for i in range(30))
    en = tuple(f"The {i + 10}th meeting was held on {i + 3} May 20{i + 10}." for i in range(30))
    fewer = tuple("会议举行了。" if i % 3 == 0 else z for i, z in enumerate(zh))
    every = dict(fa.number_injections(fa.Part("unv1-x", "tuning", zh, en)))
    some = dict(fa.number_injections(fa.Part("unv1-x", "tuning", fewer, en)))
    assert set(some) == {i for i in range(30) if i % 3} and set(every) == set(range(30))
    assert all(every[i] == some[i] for i in some)
    assert fa.injected_recall(fa.Part("unv1-x", "tuning", zh, en)) == (30, 30)


_COMMON = Glossary((
    _concept("trade", "贸易", "trade"),
    _concept("peace", "和平", "peace"),
    _concept("mtg", "会议", "meeting"),
    _concept("st", "国家", "States"),
    _concept("msr", "措施", "measures"),
    _concept("sys", "系统", "system"),
    _concept("world", "世界", "World"),
    _concept("glob", "全球", "global"),
))


def _missing(zh: str, en: str) -> list[tuple[str, str]]:
    from termbase.check import check_draft
    from termbase.check.draft import presplit_pair
    from termbase.check.findings import FindingKind

    if en.islower():  # a draft without capitals, long enough to be told so
        zh = "\n".join([zh] + ["报告已通过。"] * 24)
        en = "\n".join([en] + ["the report was adopted."] * 24)
    draft = presplit_pair(zh, "d.zh", en, "d.en")
    return [(f.term, f.severity.value) for f in check_draft(_COMMON, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


# --- An empty head the translation leaves out (check/empty_head.py)

def test_an_empty_head_rendered_by_its_modifier_alone_is_a_hint() -> None:
    # 惩罚措施 "penalties": the modifier's rendering carries the plural, as the head.
    assert _missing("各国有权建立法律制度和惩罚措施。",
                    "States had the right to establish a legal system and penalties."
                    ) == [("措施", "info")]
    assert _missing("必须改变激励措施，迫使私营部门尽自己的一份力量。",
                    "Incentives must change so that the private sector does its part."
                    ) == [("措施", "info")]


def test_a_head_left_out_beside_its_modifier_stays_an_error() -> None:
    # "preventive measures" with "measures" removed: the modifier stays a modifier.
    assert _missing("各国采取了预防措施。", "States took preventive action."
                    ) == [("措施", "error")]
    # A plural after "of" complements the noun left out ("meeting of States parties").
    assert _missing("缔约国会议审议了报告。",
                    "The session of States parties considered the report."
                    ) == [("会议", "error")]
    # A name's English keeps its own number: "nations" of 联合国 says nothing of 系统.
    assert _missing("联合国系统制定了示范政策。",
                    "The policy was drafted with the nations concerned.") == [("系统", "error")]
    # A term that modifies the word after it heads nothing (应对全球冲击, "global shocks").
    assert _missing("确定应对全球冲击的方法。",
                    "Define an approach for responses to annual shocks.") == [("全球", "error")]
