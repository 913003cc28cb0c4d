"""The evaluation targets: every injected error found, no false errors on clean text."""

from __future__ import annotations

from pathlib import Path

from benchmark_script import load_benchmark
from termbase.model import Glossary


def test_targets(shared: Path) -> None:
    report = load_benchmark("check_eval").run_evaluation(shared)
    for kind, score in report["kinds"].items():
        assert score["injected"] > 0, kind
        assert score["recall"] == 1.0, (kind, score)
    # A real omission stays an error; three of the six injected misses of the 34-line
    # draft are info because the injection itself leaves 小武器和轻武器 rendered in only
    # 8 of its 11 units ("another sense"), as before issue 13's third round.
    assert report["kinds"]["missing_target"]["at_severity"] >= 3
    # A one-word change is reported where the draft shows the new word renders part of
    # the term, or where nothing in the segment's source explains it (a slip; see
    # termbase.check.learned); the clean held-out text (2,000 official lines) must stay
    # nearly quiet: 7 learned findings, only 2 of them warnings — the rest hints (info)
    # saying why the evidence is weaker ("internally displaced people" beside "persons":
    # no dictionary entry of the term gives "people"). Warnings are what revisers act on.
    # The seventh (session 45) is 报告所述期间 "review period" once beside "reporting
    # period" ten times: a real term the extractor had refused until then (a relative
    # clause of 所), its slip a hint, as a reviser harmonising the text would want.
    assert report["heldout_clean_warnings"] <= 2
    assert sum(report["heldout_clean_findings"].values()) <= 7
    for kind in ("deprecated", "missing_target", "inconsistent"):
        assert report["clean_findings"][kind] == 0, report["clean_false"]
        assert report["seed_clean_findings"]["A_RES_68_48.zh.txt"][kind] == 0


def test_injected_glossary_errors_are_seeded_and_found(glossary: Glossary) -> None:
    fa = load_benchmark("check_false_alarms")
    zh = ("大会通过了决议。", "会员国提出了建议。", "各国开展合作。") * 3
    en = ("The General Assembly adopted a resolution.", "Member States made proposals.",
          "States cooperate.") * 3
    part = fa.Part("unv1-x", "tuning", zh, en)
    first = fa.glossary_injections(glossary, part)
    assert first == fa.glossary_injections(glossary, part)  # seeded
    kinds = {(i.kind.value, i.line) for i in first}
    # Every line pair with a glossary term gets a missing term and, its term being a
    # capitalised name of several words, a lower-cased one; the third line has none.
    assert {line for kind, line in kinds if kind == "missing_target"} == {0, 1, 3, 4, 6, 7}
    assert {line for kind, line in kinds if kind == "term_case"} == {0, 1, 3, 4, 6, 7}
    # The concept's own term is gone (a neighbour concept's term may take its place).
    own = {"ga": "General Assembly", "ms": "Member State"}
    for item in first:
        assert own[item.concept_id] not in item.en, item
    results = fa.injected_glossary(glossary, part)
    assert all(r.severity is not None for r in results), results


def test_an_injection_stays_drawn_while_its_line_stays_eligible(glossary: Glossary) -> None:
    # Which lines take an injection, and how, is decided per line by a seeded hash, not
    # by one random stream: a line that becomes eligible (here: its English now holds
    # the term, as a matcher change can make it) leaves the other lines' draws alone.
    fa = load_benchmark("check_false_alarms")
    term, other = "The General Assembly adopted a resolution.", "A resolution was adopted."
    zh = ("大会通过了决议。",) * 16
    before = tuple(other if i % 2 else term for i in range(16))
    after = (before[0], term, *before[2:])
    old = fa.glossary_injections(glossary, fa.Part("unv1-x", "tuning", zh, before))
    new = fa.glossary_injections(glossary, fa.Part("unv1-x", "tuning", zh, after))
    assert old and all(i.line % 2 == 0 for i in old)
    # The new line may take one place of each kind (the per-concept limit) from an old
    # one, and only if it took an injection itself; every other injection stays as it was.
    for kind in {i.kind for i in old}:
        old_k = {i for i in old if i.kind is kind}
        new_k = {i for i in new if i.kind is kind}
        lost = old_k - new_k
        assert len(lost) <= 1 and len(new_k - old_k) == len(lost), (kind, old_k, new_k)
        assert not lost or {i.line for i in new_k - old_k} == {1}
