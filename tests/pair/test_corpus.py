"""Reading parallel corpora: line-aligned files, refusals, skipped lines, provenance."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.documents import limits
from termbase.errors import FormatError, InputError, LimitError, UsageError
from termbase.pair.corpus import (
    ConcatCorpus,
    Corpus,
    FilteredCorpus,
    HeldCorpus,
    LineAlignedCorpus,
    SegmentPair,
    chunks,
    from_pairs,
    join_cjk_spaces,
)


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_segmentation_spaces_are_removed_but_spaces_between_digits_kept() -> None:
    assert join_cjk_spaces("第 7439 次 会议 ， 2015 年") == "第7439次会议，2015年"
    assert join_cjk_spaces("共 100 000 人") == "共100 000人"


def test_line_aligned_pairs_keep_their_line_numbers_across_empty_lines(tmp_path: Path) -> None:
    zh = _write(tmp_path / "a.zh", ["大会 开会 。", "", "秘书长 发言 。", "各国 合作 。"])
    en = _write(tmp_path / "a.en", ["The Assembly met.", "", "The Secretary-General spoke.", ""])
    corpus = LineAlignedCorpus.open(zh, en)
    pairs = list(corpus)
    assert [(p.line, p.zh) for p in pairs] == [(1, "大会开会。"), (3, "秘书长发言。")]
    assert pairs[0].document == "a.zh"
    assert corpus.lines == 4 and corpus.pairs == 2
    messages = " ".join(d.message for d in corpus.diagnostics)
    assert "empty line(s) on both sides" in messages and "English side only" in messages
    assert list(corpus) == pairs  # re-iterable


def test_unequal_line_counts_are_refused(tmp_path: Path) -> None:
    zh = _write(tmp_path / "a.zh", ["大会。", "秘书长。", "各国。"])
    en = _write(tmp_path / "a.en", ["Assembly.", "Secretary-General."])
    with pytest.raises(FormatError, match=r"different numbers of lines: .* has 3, .* has 2"):
        LineAlignedCorpus.open(zh, en)


def test_swapped_sides_are_refused_with_a_hint(tmp_path: Path) -> None:
    zh = _write(tmp_path / "a.zh", ["大会开会。", "秘书长发言。"])
    en = _write(tmp_path / "a.en", ["The Assembly met.", "The Secretary-General spoke."])
    with pytest.raises(FormatError, match="not Chinese") as caught:
        LineAlignedCorpus.open(en, zh)
    assert caught.value.hint is not None and "swapped" in caught.value.hint


def test_english_side_in_chinese_is_refused(tmp_path: Path) -> None:
    zh = _write(tmp_path / "a.zh", ["大会开会。", "秘书长发言。"])
    with pytest.raises(FormatError, match="English side is not English"):
        LineAlignedCorpus.open(zh, zh)


def test_missing_and_empty_files(tmp_path: Path) -> None:
    en = _write(tmp_path / "a.en", ["x"])
    with pytest.raises(InputError, match="not found"):
        LineAlignedCorpus.open(tmp_path / "missing.zh", en)
    (tmp_path / "empty.zh").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        LineAlignedCorpus.open(tmp_path / "empty.zh", en)


def test_a_line_over_the_segment_limit_is_refused_with_its_number(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A side without line breaks: pairing held it as one segment and took > 7 GB at 50 MB.
    monkeypatch.setattr(limits, "MAX_LINE_CHARS", 20)
    zh = _write(tmp_path / "a.zh", ["大会开会。", "各国" * 11, "秘书长发言。"])
    en = _write(tmp_path / "a.en", ["The Assembly met.", "States act.", "He spoke."])
    with pytest.raises(LimitError, match="line 2 is more than 20 characters") as caught:
        LineAlignedCorpus.open(zh, en)
    assert caught.value.path == str(zh) and caught.value.line == 2
    exact = _write(tmp_path / "b.zh", ["大会开会。", "各国" * 10, "秘书长发言。"])
    assert LineAlignedCorpus.open(exact, en).lines == 3  # 20 characters: at the limit
    crlf = tmp_path / "c.en"
    crlf.write_bytes(b"The Assembly met.\r\n" + b"x" * 20 + b"\r\nHe spoke.\r\n")
    assert [p.en for p in LineAlignedCorpus.open(exact, crlf)][1] == "x" * 20


def test_concatenated_corpora_iterate_in_order() -> None:
    a = from_pairs([("大会。", "Assembly.")], document="a")
    b = from_pairs([("秘书长。", "Secretary-General."), ("", "x")], document="b")
    assert [(p.document, p.line) for p in ConcatCorpus((a, b))] == [("a", 1), ("b", 1)]


def test_tmx_input(tmp_path: Path) -> None:
    tmx = tmp_path / "m.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="zh" '
        'segtype="sentence" adminlang="en" datatype="plaintext" o-tmf="x" '
        'creationtool="t" creationtoolversion="1"/><body>'
        '<tu><tuv xml:lang="zh-CN"><seg>大会开会。</seg></tuv>'
        '<tuv xml:lang="en"><seg>The Assembly met.</seg></tuv></tu>'
        '</body></tmx>', encoding="utf-8")
    from termbase.pair.corpus import read_tmx_corpus

    pairs = list(read_tmx_corpus(tmx))
    assert [(p.zh, p.en, p.document) for p in pairs] == [("大会开会。", "The Assembly met.",
                                                          "m.tmx")]


def test_bead_input(tmp_path: Path) -> None:
    from termbase.pair.corpus import read_bead_corpus

    zh = _write(tmp_path / "d.zh", ["大会开会。", "会议结束。", "秘书长发言。"])
    en = _write(tmp_path / "d.en", ["The Assembly met and the meeting ended.",
                                    "The Secretary-General spoke."])
    beads = _write(tmp_path / "d.align", ["[0,1]:[0]", "[2]:[1]", "[]:[]"])
    pairs = list(read_bead_corpus(beads, zh, en))
    assert [(p.zh, p.line, p.en_line) for p in pairs] == [("大会开会。会议结束。", 1, 1),
                                                          ("秘书长发言。", 3, 2)]
    bad = _write(tmp_path / "bad.align", ["[0]:[5]"])
    with pytest.raises(FormatError, match="points past the end"):
        read_bead_corpus(bad, zh, en)


def test_pairs_in_memory_must_be_pairs_of_strings() -> None:
    with pytest.raises(UsageError, match="sentence pair 2 is not"):
        from_pairs([("大会", "General Assembly"), ("大会",)])
    with pytest.raises(UsageError, match="sentence pair 1"):
        from_pairs([("大会", None)])  # type: ignore[list-item]


def test_an_empty_corpus_answers_every_term_that_it_does_not_occur() -> None:
    from termbase.pair.pairer import pair_terms

    (pairing,) = pair_terms(["行动纲领"], from_pairs([]))
    assert not pairing.candidates
    assert "does not occur" in pairing.abstained_reason


def _two_files(tmp_path: Path) -> ConcatCorpus:
    """Two line-aligned documents, an empty line in the first (positions skip it)."""
    first = LineAlignedCorpus.open(
        _write(tmp_path / "a.zh", ["大会开会。", "", "秘书长发言。", "各国合作。"]),
        _write(tmp_path / "a.en", ["The Assembly met.", "", "The Secretary-General spoke.",
                                   "States cooperate."]))
    second = LineAlignedCorpus.open(
        _write(tmp_path / "b.zh", ["安理会开会。", "会员国发言。"]),
        _write(tmp_path / "b.en", ["The Council met.", "Member States spoke."]))
    return ConcatCorpus((first, second))


def _read(corpus: Corpus, size: int) -> list[list[tuple[int, SegmentPair]]]:
    return [list(chunk.pairs()) for chunk in chunks(corpus, size)]


def test_a_held_corpus_gives_the_pairs_positions_and_chunks_its_files_give(
        tmp_path: Path) -> None:
    files = _two_files(tmp_path)
    held = HeldCorpus.of(files, 20_000)
    assert _read(held, 20_000) == _read(files, 20_000)
    assert len(_read(held, 20_000)) == 2  # one chunk a file, as the files are cut
    assert list(held) == list(files)
    # Pairs left out by position are left out alike, whether read or held.
    positions = [position for part in _read(files, 20_000) for position, _ in part]
    left_out = [positions[1], positions[3]]
    assert _read(FilteredCorpus(held, left_out), 20_000) == _read(
        FilteredCorpus(files, left_out), 20_000)
    assert list(FilteredCorpus(held, left_out)) == list(FilteredCorpus(files, left_out))
    # A run counts at one batch size: the chunks stay those it was held in.
    assert _read(held, 1) == _read(files, 20_000)


def test_a_held_corpus_does_not_read_its_files_again(tmp_path: Path) -> None:
    files = _two_files(tmp_path)
    held = HeldCorpus.of(files, 20_000)
    before = list(files)
    (tmp_path / "a.en").write_text("Changed.\n\nChanged.\nChanged.\n", encoding="utf-8")
    assert list(held) == before
    assert list(files) != before
