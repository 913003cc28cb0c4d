"""Document-level confidence: aligned, shifted and unrelated inputs."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from termbase.align.aligner import align
from termbase.align.confidence import assess, check_parallel
from termbase.align.cost import CostWeights
from termbase.align.features import featurize
from termbase.align.lexicon import Lexicon
from termbase.align.model import Bead, Segment, Verdict

LEXICON = Lexicon.from_pairs([
    ("大会", "General Assembly"), ("决议", "resolution"), ("秘书长", "Secretary-General"),
    ("报告", "report"), ("会议", "meeting"), ("小武器", "small arms"), ("代表", "representative"),
    ("主席", "President"), ("结束", "close"), ("问题", "question"), ("国家", "State"),
    ("发展", "development"), ("和平", "peace"), ("安全", "security"), ("人权", "human rights"),
    ("儿童", "children"), ("妇女", "women"), ("经济", "economic"), ("社会", "social"),
    ("理事会", "Council")])

PAIRS = [(f"{zh}{k}", f"{en} {k}") for k, (zh, en) in enumerate([
    ("大会决议", "General Assembly resolution"), ("秘书长报告", "report of the Secretary-General"),
    ("小武器问题会议", "meeting on small arms"), ("国家代表", "representative of the State"),
    ("和平与安全", "peace and security"), ("人权理事会", "Human Rights Council"),
    ("儿童与妇女", "children and women"), ("经济及社会理事会", "Economic and Social Council"),
    ("主席宣布会议结束", "the President declared the meeting closed"),
    ("发展问题", "question of development")] * 3, start=1990)]


def segs(texts: list[str]) -> list[Segment]:
    return [Segment(i, t) for i, t in enumerate(texts)]


def check(zh: list[str], en: list[str]) -> tuple[Verdict, int]:
    zf, ef = featurize(zh, en, LEXICON)
    result = check_parallel(zf, ef)
    return result.verdict, result.offset


def test_parallel_lines_are_aligned() -> None:
    assert check([z for z, _ in PAIRS], [e for _, e in PAIRS]) == (Verdict.ALIGNED, 0)


def test_lines_shifted_by_one_are_shifted() -> None:
    zh, en = [z for z, _ in PAIRS], [e for _, e in PAIRS]
    assert check(zh[1:], en[:-1]) == (Verdict.SHIFTED, 1)
    assert check(zh[:-1], en[1:]) == (Verdict.SHIFTED, -1)


def test_shuffled_lines_are_unrelated() -> None:
    zh, en = [z for z, _ in PAIRS], [e for _, e in PAIRS]
    random.Random(3).shuffle(en)
    verdict, _ = check(zh, en)
    assert verdict in (Verdict.UNRELATED, Verdict.SHIFTED)  # never ALIGNED


def test_align_reports_shifted_parallel_input() -> None:
    zh, en = [z for z, _ in PAIRS], [e for _, e in PAIRS]
    result = align(segs(zh[1:]), segs(en[:-1]), lexicon=LEXICON, parallel=True)
    assert result.verdict is Verdict.SHIFTED
    assert any(d.code == "TB641" for d in result.diagnostics)
    clean = align(segs(zh), segs(en), lexicon=LEXICON, parallel=True)
    assert clean.verdict is Verdict.ALIGNED


def test_un_2023_themes(shared: Path) -> None:
    """peace is aligned; the five other themes are shifted by one record."""
    path = shared / "corpus" / "un-2023-sample" / "corpus.json"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    from termbase.align.lexicon import load_default_lexicon

    lexicon = load_default_lexicon()
    themes: dict[str, list[dict[str, str]]] = {}
    for record in json.loads(path.read_text(encoding="utf-8"))["data"]:
        themes.setdefault(record["theme"], []).append(record)
    for theme, records in themes.items():
        zf, ef = featurize([r["zh"] for r in records], [r["en"] for r in records], lexicon)
        verdict = check_parallel(zf, ef).verdict
        expected = Verdict.ALIGNED if theme == "peace" else Verdict.SHIFTED
        assert verdict is expected, theme


def _equal_counts(header_at: int, merge_at: int) -> tuple[list[str], list[str]]:
    """A true translation whose English has one stray line and one merge: same counts."""
    zh, en = [z for z, _ in PAIRS], [e for _, e in PAIRS]
    en = [*en[:merge_at], en[merge_at] + " " + en[merge_at + 1], *en[merge_at + 2:]]
    en.insert(header_at, "United Nations")
    return zh, en


@pytest.mark.parametrize(("header_at", "merge_at"), [(0, 20), (0, 3), (5, 25), (12, 1)])
def test_equal_line_counts_are_not_evidence_of_a_shift(header_at: int, merge_at: int) -> None:
    zh, en = _equal_counts(header_at, merge_at)
    assert len(zh) == len(en)
    result = align(segs(zh), segs(en), lexicon=LEXICON, parallel=True)
    assert result.verdict is Verdict.ALIGNED, result.diagnostics
    assert not result.diagnostics


def test_the_un_2023_verdicts_come_from_the_alignment(shared: Path) -> None:
    """What ``termbase align --presplit`` reports: shifted themes, aligned peace."""
    path = shared / "corpus" / "un-2023-sample" / "corpus.json"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    from termbase.align.lexicon import load_default_lexicon

    lexicon = load_default_lexicon()
    themes: dict[str, list[dict[str, str]]] = {}
    for record in json.loads(path.read_text(encoding="utf-8"))["data"]:
        themes.setdefault(record["theme"], []).append(record)
    for theme in ("peace", "health", "environment"):
        records = themes[theme]
        result = align(segs([r["zh"] for r in records]), segs([r["en"] for r in records]),
                       lexicon=lexicon, parallel=True)
        expected = Verdict.ALIGNED if theme == "peace" else Verdict.SHIFTED
        assert result.verdict is expected, theme


def test_full_coverage_with_weak_pairs_never_says_only_100_percent() -> None:
    zh, en = [z for z, _ in PAIRS][:5], [e for _, e in PAIRS][:5]
    zf, ef = featurize(zh, en, LEXICON)
    weak = [Bead((i,), (i,), 0.1) for i in range(5)]
    confidence, verdict, diagnostics = assess(zf, ef, weak, CostWeights())
    assert verdict is Verdict.DOUBTFUL and confidence < 0.35
    assert [d.code for d in diagnostics] == ["TB640"]
    assert "only" not in diagnostics[0].message and "100%" in diagnostics[0].message
