"""The bead format: writing, reading, the gold files' variants, bad lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termbase.align.model import Alignment, Bead, Segment
from termbase.errors import FormatError
from termbase.formats.beads import format_bead, read_beads, side_text, write_beads

GOLDEN = Path(__file__).parent / "golden"


def test_write_matches_the_gold_format() -> None:
    beads = [Bead((0,), (0,), 0.9), Bead((1, 2), (1,), 0.75), Bead((), (2,), 0.0),
             Bead((3,), (), 1.0)]
    assert write_beads(beads) == "[0]:[0]:0.9000\n[1,2]:[1]:0.7500\n[]:[2]:0.0000\n[3]:[]:1.0000\n"
    assert format_bead(Bead((4, 5, 6), (7,), 0.5), with_score=False) == "[4,5,6]:[7]"


def test_read_keeps_ids_in_the_order_written() -> None:
    assert read_beads("[654,653]:[700]\n", "gold.align") == [Bead((654, 653), (700,))]


def test_read_accepts_spaces_comments_blank_lines_and_missing_scores() -> None:
    text = "# made by hand\n[0]:[0, 1]\n\n[1] : [2]:0.25\n[]:[3]\n"
    assert read_beads(text, "x.align") == [Bead((0,), (0, 1), 1.0), Bead((1,), (2,), 0.25),
                                           Bead((), (3,), 1.0)]


def test_read_gold_files(shared: Path) -> None:
    gold = shared / "align" / "champollion-ctk-eval" / "derived" / "gold"
    for path in sorted(gold.glob("*.align")):
        beads = read_beads(path.read_text(encoding="utf-8"), str(path))
        assert beads, path
        ids = sorted(i for b in beads for i in b.src)
        assert ids == list(range(len(ids))), f"{path}: source ids cover 0..n-1 once"


_ids = st.lists(st.integers(0, 500), max_size=4, unique=True).map(lambda x: tuple(sorted(x)))
_bead = st.builds(Bead, _ids, _ids, st.integers(0, 10_000).map(lambda n: n / 10_000))


@given(st.lists(_bead, max_size=30))
def test_read_of_write_gives_the_beads_back(beads: list[Bead]) -> None:
    assert read_beads(write_beads(beads), "x.align") == beads


@pytest.mark.parametrize(("line", "message"), [
    ("[0]-[1]", "not a bead"),
    ("[0]:[a]", "'a' is not a sentence number"),
    ("[0]:[-1]", "'-1' is not a sentence number"),
    ("[1,1]:[1]", "repeat a number"),
    ("[0]:[1]:high", "'high' is not a number"),
    ("[0]:[1]:1.5", "outside"),
    ("[0]:[1]:nan", "outside"),
])
def test_bad_lines_are_refused_with_their_line_number(line: str, message: str) -> None:
    with pytest.raises(FormatError, match=message) as info:
        read_beads(f"[0]:[0]\n{line}\n", "bad.align")
    assert info.value.line == 2
    assert info.value.path == "bad.align"
    assert info.value.hint


def test_side_text_joins_chinese_without_and_english_with_spaces() -> None:
    alignment = Alignment(
        source=(Segment(0, "决定继续审议。"), Segment(1, "请秘书长报告。")),
        target=(Segment(0, "Decides to continue."), Segment(1, "Requests a report.")),
        beads=(Bead((0, 1), (0, 1)),))
    bead = alignment.beads[0]
    assert side_text(alignment, bead, source=True) == "决定继续审议。请秘书长报告。"
    assert side_text(alignment, bead, source=False) == "Decides to continue. Requests a report."
