"""The contract every registered bitext format keeps: what it writes, it reads back (its
two-sided beads, in order, with their texts and sentence ids); output is deterministic;
junk is refused with a termbase error, never a traceback."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.align.model import Alignment, Bead, Segment, Verdict
from termbase.errors import TermbaseError, UsageError
from termbase.formats import (
    bitext_names,
    detect_bitext,
    find_bitext,
    get_bitext,
    read_bitext,
    render_alignment,
)
from termbase.formats.base import BitextFormat, BitextOptions
from termbase.formats.beads import SCORE_DECIMALS, side_text
from termbase.signature import Signature

SIGNATURE = Signature(version="0.0.0-test", created="2024-05-01T10:20:30Z",
                      settings=(("format", "test"),), inputs=(("zh.txt", "ab12"),))
# Every bead the writers may leave out is written: the contract is about what comes back.
EVERYTHING = BitextOptions(min_score=0.0, include_one_sided=True)
GARBAGE = [
    b"\x00\x01\x02\x03 binary \xff\xfe\x00",
    b"PK\x03\x04 truncated zip",
    b"<?xml version='1.0'?><tmx><body>",
    b"<?xml version='1.0'?><xliff version='3.0'/>",
    "完全不是双语文件的一段文字\n".encode("gb18030"),
    b"[0]:[0]\n[1]:[x]\n",
    b"only one column\nand another line\n",
]
WRITABLE = bitext_names(writable=True)
READABLE = bitext_names(readable=True)


def sample() -> Alignment:
    zh = ("大会，", "回顾其第60/81号决议，", "决定继续审议。", "=SUM(A1)开头的句子。", "附件")
    en = ("The General Assembly,", 'Recalling its "resolution" 60/81,', "Decides to continue.",
          "-based: a line only in English.", "=SUM(A1) opens this one.", "Annex")
    return Alignment(
        source=tuple(Segment(i, t) for i, t in enumerate(zh)),
        target=tuple(Segment(i, t) for i, t in enumerate(en)),
        beads=(Bead((0,), (0,), 0.99), Bead((1,), (1,), 0.31234), Bead((2,), (2,), 0.8),
               Bead((), (3,), 0.0), Bead((3,), (4,), 0.77), Bead((4,), (5,), 1.0)),
        confidence=0.64, verdict=Verdict.DOUBTFUL, settings=(("aligner", "test"),))


def _rounded(bead: Bead) -> Bead:
    return Bead(bead.src, bead.tgt, round(bead.score, SCORE_DECIMALS))


def _normal(text: str | None) -> str:
    return " ".join((text or "").split())


def _check_round_trip(fmt: BitextFormat, alignment: Alignment) -> None:
    assert fmt.read is not None and fmt.write is not None
    data = fmt.write(alignment, SIGNATURE, EVERYTHING)
    bitext = fmt.read(data, f"out{fmt.suffixes[0]}")
    two_sided = [b for b in alignment.beads if b.src and b.tgt]
    units = [u for u in bitext.units if u.bead is None or (u.bead.src and u.bead.tgt)]
    assert [u.bead for u in units] == [_rounded(b) for b in two_sided]
    if fmt.has_text:
        assert (bitext.source_lang, bitext.target_lang) == (alignment.source_lang,
                                                            alignment.target_lang)
        assert [(_normal(u.source), _normal(u.target)) for u in units] == [
            (_normal(side_text(alignment, b, source=True)),
             _normal(side_text(alignment, b, source=False))) for b in two_sided]


@pytest.mark.parametrize("name", WRITABLE)
def test_write_then_read_gives_the_beads_and_texts_back(name: str) -> None:
    _check_round_trip(get_bitext(name), sample())


_TEXT = st.text(st.sampled_from("小武器和轻武器，。《》“”=+-@' \"abcXYZ0123;,"), min_size=1,
                max_size=30).filter(lambda t: t.strip() != "")


@st.composite
def alignments(draw: st.DrawFn) -> Alignment:
    pairs = draw(st.lists(st.tuples(_TEXT, _TEXT), min_size=1, max_size=6))
    scores = draw(st.lists(st.floats(0, 1), min_size=len(pairs), max_size=len(pairs)))
    return Alignment(source=tuple(Segment(i, zh) for i, (zh, _) in enumerate(pairs)),
                     target=tuple(Segment(i, en) for i, (_, en) in enumerate(pairs)),
                     beads=tuple(Bead((i,), (i,), s) for i, s in enumerate(scores)))


@pytest.mark.parametrize("name", WRITABLE)
@given(alignment=alignments())
@settings(max_examples=25, deadline=None)
def test_round_trip_holds_for_any_text(name: str, alignment: Alignment) -> None:
    _check_round_trip(get_bitext(name), alignment)


@pytest.mark.parametrize("name", WRITABLE)
def test_output_is_deterministic(name: str) -> None:
    assert render_alignment(sample(), name, SIGNATURE) == render_alignment(
        sample(), name, SIGNATURE)


@pytest.mark.parametrize("name", ["tsv", "xlsx"])
def test_tables_keep_one_sided_beads_as_rows(name: str) -> None:
    fmt = get_bitext(name)
    assert fmt.read is not None
    bitext = fmt.read(render_alignment(sample(), name, SIGNATURE), f"x{fmt.suffixes[0]}")
    one_sided = bitext.units[3]
    assert (one_sided.source, one_sided.target) == ("", "-based: a line only in English.")
    assert one_sided.bead == Bead((), (3,), 0.0)


@pytest.mark.parametrize("name", READABLE)
@pytest.mark.parametrize("data", GARBAGE)
def test_garbage_is_refused_with_a_termbase_error(name: str, data: bytes) -> None:
    read = get_bitext(name).read
    assert read is not None
    with pytest.raises(TermbaseError):
        read(data, "junk")


@pytest.mark.parametrize("name", READABLE)
@given(data=st.binary(max_size=200))
@settings(max_examples=40, deadline=None)
def test_random_bytes_never_escape_as_a_traceback(name: str, data: bytes) -> None:
    read = get_bitext(name).read
    assert read is not None
    with contextlib.suppress(TermbaseError):
        read(data, "junk")


def test_registry_by_suffix_and_by_name() -> None:
    assert find_bitext(Path("a.TMX")) is get_bitext("tmx")
    assert detect_bitext(Path("a.xlf")) is get_bitext("xliff")
    assert find_bitext(Path("a.docx")) is None
    with pytest.raises(UsageError, match="bilingual format"):
        detect_bitext(Path("a.docx"))
    with pytest.raises(UsageError, match="unknown bilingual format"):
        get_bitext("po")
    assert "xliff" in READABLE and "xliff" not in WRITABLE
    with pytest.raises(UsageError, match="does not write"):
        render_alignment(sample(), "xliff")


def test_read_bitext_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "memory.tmx"
    path.write_bytes(b"<tmx><body>")
    with pytest.raises(TermbaseError) as info:
        read_bitext(path)
    assert str(path) in str(info.value.path)
