"""Segmenters: a private, seeded jieba; characters; sentencepiece trained on the corpus."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from termbase.errors import UsageError
from termbase.text.segment import (
    CharSegmenter,
    JiebaSegmenter,
    SentencePieceSegmenter,
    make_segmenter,
    offsets,
)

TEXT = "执行《国际追查文书》，防止小武器和轻武器非法中介活动。"


@pytest.fixture(scope="module")
def seeded() -> JiebaSegmenter:
    return JiebaSegmenter(["《国际追查文书》", "非法中介活动", "小武器和轻武器"])


def test_seeded_terms_stay_whole(seeded: JiebaSegmenter) -> None:
    words = seeded.cut(TEXT)
    assert "国际追查文书" in words
    assert "非法中介活动" in words
    assert "小武器和轻武器" in words


def test_unseeded_jieba_splits_the_terms() -> None:
    words = JiebaSegmenter().cut(TEXT)
    assert "非法中介活动" not in words


def test_offsets_cover_the_text(seeded: JiebaSegmenter) -> None:
    tokens = seeded.tokenize(TEXT)
    assert "".join(w for w, _, _ in tokens) == TEXT
    assert all(TEXT[start:end] == word for word, start, end in tokens)
    assert tokens[0][1] == 0 and tokens[-1][2] == len(TEXT)


def test_the_global_jieba_tokenizer_is_left_alone(seeded: JiebaSegmenter) -> None:
    import jieba

    seeded.cut(TEXT)
    assert seeded.tokenizer is not jieba.dt
    assert "非法中介活动" not in jieba.dt.FREQ


def test_fingerprint_changes_with_the_seeds(seeded: JiebaSegmenter) -> None:
    assert seeded.fingerprint().startswith("jieba ")
    assert seeded.fingerprint() != JiebaSegmenter().fingerprint()


def test_pickled_segmenter_rebuilds_its_tokenizer(seeded: JiebaSegmenter) -> None:
    clone = pickle.loads(pickle.dumps(seeded))
    assert clone.cut(TEXT) == seeded.cut(TEXT)


def test_missing_dictionary_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="dictionary not found"):
        JiebaSegmenter(dictionary=tmp_path / "none.txt").cut("文本")


def test_characters_keep_latin_words_and_numbers_whole() -> None:
    words = CharSegmenter().cut("第68/48号 ABC决议")
    assert words == ["第", "68", "/", "48", "号", " ", "ABC", "决", "议"]
    assert offsets(["ab", "c"]) == [("ab", 0, 2), ("c", 2, 3)]


def test_make_segmenter_by_name() -> None:
    assert make_segmenter("chars").name == "chars"
    assert make_segmenter("jieba", ["行动纲领"]).name == "jieba"
    with pytest.raises(UsageError, match="unknown segmenter"):
        make_segmenter("spacy")


def test_sentencepiece_refuses_a_small_corpus() -> None:
    with pytest.raises(UsageError, match="too small"):
        SentencePieceSegmenter.train([TEXT] * 10)


def test_sentencepiece_trained_on_the_un_test_set(shared: Path) -> None:
    path = shared / "corpus" / "unv1-testset" / "UNv1.0.testset.zh-segmented"
    lines = [line.replace(" ", "") for line in path.read_text(encoding="utf-8").splitlines()]
    model = SentencePieceSegmenter.train(lines[:3000])
    for line in lines[3000:3050]:
        assert "".join(model.cut(line)) == line
    assert model.fingerprint().startswith("sentencepiece")
    assert pickle.loads(pickle.dumps(model)).cut(lines[0]) == model.cut(lines[0])
