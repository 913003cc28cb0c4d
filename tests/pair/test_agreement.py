"""Segment pairs whose sides do not translate each other are left out of pairing."""

from __future__ import annotations

import pickle
import random
from array import array
from pathlib import Path

import pytest

from termbase.align.lexicon import Lexicon, load_default_lexicon
from termbase.errors import FormatError
from termbase.pair.agreement import misaligned
from termbase.pair.corpus import FilteredCorpus, MemoryCorpus, SegmentPair, chunks, from_pairs
from termbase.pair.pairer import PairingReport, PairSettings, pair_terms_report, pair_terms_run

PEACE = Path(__file__).resolve().parents[2] / "data" / "parallel"


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_default_lexicon()


@pytest.fixture(scope="module")
def peace() -> list[tuple[str, str]]:
    """The bundled 2023 `peace` theme: UN official text, correctly aligned line by line."""
    zh, en = ((PEACE / f"un2023-peace.{lang}").read_text(encoding="utf-8").splitlines()
              for lang in ("zh", "en"))
    return list(zip(zh, en, strict=True))


def _shifted(pairs: list[tuple[str, str]], rows: range) -> list[tuple[str, str]]:
    """``pairs`` with the English of each row in ``rows`` taken from the next line, as
    when a line is missing on the Chinese side."""
    out = list(pairs)
    for i in rows:
        out[i] = (pairs[i][0], pairs[i + 1][1])
    return out


def _shifted_corpus(peace: list[tuple[str, str]], every: int) -> MemoryCorpus:
    """``peace`` with a stretch of 10 shifted lines opening every ``every`` lines."""
    shifted = list(peace)
    for start in range(0, len(peace) - 12, every):
        shifted = _shifted(shifted, range(start, start + 10))
    return from_pairs(shifted, "peace.zh")


def test_a_stretch_shifted_by_one_line_is_found_and_the_aligned_pairs_kept(
        peace: list[tuple[str, str]], lexicon: Lexicon) -> None:
    clean = peace[:120]
    shifted = _shifted(clean, range(40, 60))
    flagged = set(misaligned(list(from_pairs(shifted)), lexicon))
    assert set(range(40, 60)) <= flagged
    # At most one aligned pair goes with them: a heading beside the line that repeats
    # it ("Adoption of the agenda" / "The agenda was adopted").
    assert len(flagged - set(range(40, 60))) <= 1
    assert len(misaligned(list(from_pairs(clean)), lexicon)) <= 1


def test_pairs_of_different_documents_are_never_compared(
        peace: list[tuple[str, str]], lexicon: Lexicon) -> None:
    (zh0, en0), (zh1, en1) = peace[20], peace[21]
    swapped = [(zh0, en1), (zh1, en0)]
    one_document = [SegmentPair(zh, en, "a", n) for n, (zh, en) in enumerate(swapped, 1)]
    two_documents = [SegmentPair(zh, en, document, 1)
                     for (zh, en), document in zip(swapped, "ab", strict=True)]
    assert misaligned(one_document, lexicon) == [0, 1]
    assert misaligned(two_documents, lexicon) == []


def test_one_line_translated_twice_loosely_once_is_no_shift(lexicon: Lexicon) -> None:
    pairs = from_pairs([("国际合作和援助。", "International cooperation and assistance."),
                        ("国际合作和援助。", "Cooperation, aid and solidarity.")])
    assert misaligned(list(pairs), lexicon) == []


def test_pairing_leaves_the_misaligned_pairs_out_and_says_where(
        peace: list[tuple[str, str]], lexicon: Lexicon) -> None:
    corpus = _shifted_corpus(peace, every=30)
    terms = ["暴力极端主义", "人道主义行为体", "国家集合基金", "保障监督协定"]
    checked = pair_terms_report(terms, corpus, lexicon=lexicon)
    trusting = pair_terms_report(terms, corpus, lexicon=lexicon,
                                 settings=PairSettings(check_alignment=False))
    answers = {p.term: p.best.text if p.best else None for p in checked.pairings}
    assert answers == {"暴力极端主义": "violent extremism",
                       "人道主义行为体": "humanitarian actors",
                       "国家集合基金": "country-based pooled funds",
                       "保障监督协定": "safeguards agreements"}
    # Trusting every pair, the shifted lines give other answers or none.
    assert all(p.best is None or p.best.text != answers[p.term]
               for p in trusting.pairings)
    left_out = checked.stats["misaligned pairs left out"]
    assert 180 <= left_out <= 200  # 19 stretches of 10 lines
    notice = [d for d in checked.diagnostics if d.code == "TB603"]
    assert len(notice) == 1 and f"{left_out} segment pair(s)" in notice[0].message
    assert "peace.zh line 1," in notice[0].message
    # Evidence shown to the user comes from aligned pairs, bar the odd one the check
    # cannot tell (the first line of each stretch: its own English is nowhere).
    def examples_from_shifted(report: PairingReport) -> int:
        return sum(1 for p in report.pairings for c in p.candidates for e in c.examples
                   if (e.zh, e.en) not in aligned)

    aligned = set(peace)
    assert examples_from_shifted(checked) <= 1 < examples_from_shifted(trusting)
    assert trusting.stats["misaligned pairs left out"] == 0 and not trusting.diagnostics


def test_the_second_look_does_not_count_the_pairs_left_out(
        peace: list[tuple[str, str]], lexicon: Lexicon) -> None:
    shifted = _shifted(peace, range(100, 140))
    report = pair_terms_report(["暴力极端主义", "打击暴力极端主义"], from_pairs(shifted),
                               lexicon=lexicon, settings=PairSettings(second_look=True))
    assert report.stats["misaligned pairs left out"] >= 40
    allowed = set(peace) | {shifted[100]}
    for pairing in report.pairings:
        for candidate in pairing.candidates:
            assert all((e.zh, e.en) in allowed for e in candidate.examples)


def test_the_default_dictionary_travels_to_workers_as_a_reference(lexicon: Lexicon) -> None:
    data = pickle.dumps(lexicon)
    assert len(data) < 1_000  # the entries stay behind
    assert pickle.loads(data) is lexicon


def test_sides_not_aligned_line_by_line_are_refused_unless_trusted(
        peace: list[tuple[str, str]], lexicon: Lexicon) -> None:
    english = [en for _, en in peace]
    random.Random(3).shuffle(english)
    shuffled = from_pairs([(zh, en) for (zh, _), en in zip(peace, english, strict=True)],
                          "shuffled.zh")
    with pytest.raises(FormatError, match="not aligned line by line") as refused:
        pair_terms_report(["暴力极端主义"], shuffled, lexicon=lexicon)
    assert refused.value.path == "shuffled.zh" and "--trust-alignment" in (refused.value.hint
                                                                           or "")
    trusted = pair_terms_report(["暴力极端主义"], shuffled, lexicon=lexicon,
                                settings=PairSettings(check_alignment=False))
    assert trusted.stats["misaligned pairs left out"] == 0


def test_a_filtered_corpus_gives_each_chunk_only_its_own_positions(
        peace: list[tuple[str, str]]) -> None:
    corpus = from_pairs(peace[:100])
    left_out = array("q", [3, 4, 57, 98])
    filtered = FilteredCorpus(corpus, left_out)
    pieces = list(chunks(filtered, 50))
    assert [sorted(piece.left_out) for piece in pieces] == [[3, 4], [57, 98]]
    kept = [pair.line for pair in filtered]
    assert len(kept) == 96 and not {4, 5, 58, 99} & set(kept)  # lines count from 1


def test_more_terms_paired_on_the_corpus_a_run_left_count_as_if_checked(
        peace: list[tuple[str, str]], lexicon: Lexicon) -> None:
    # `mine` pairs the rest of its shortlist this way: the alignment check runs once.
    corpus = _shifted_corpus(peace, every=40)
    _, left_out = pair_terms_run(["暴力极端主义"], corpus, lexicon=lexicon)
    assert len(left_out) >= 100
    more = ["人道主义行为体", "国家集合基金", "保障监督协定"]
    checked = pair_terms_report(more, corpus, lexicon=lexicon)
    reused = pair_terms_report(more, FilteredCorpus(corpus, left_out), lexicon=lexicon,
                               settings=PairSettings(check_alignment=False))
    assert reused.pairings == checked.pairings
    assert reused.stats["segment pairs"] == checked.stats["segment pairs"]
