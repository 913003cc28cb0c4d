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
