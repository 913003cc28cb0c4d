"""JiebaSegmenter.word_tags: the dictionary's tags, read once per first character."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from termbase.text import segment
from termbase.text.segment import JiebaSegmenter, dictionary_tags

_DICTIONARY = "\n".join([
    "扩散 20 v",
    "扩大 30 v",
    "安全 50 an",
    "安全 60 n",  # listed twice: the last line gives the tag, as dictionary_tags reads it
    "安置 10",  # no tag
    "国际 90 n",
    "国家 80 n",
    "平衡 40 a",
]) + "\n"


@pytest.fixture
def dictionary(tmp_path: Path) -> Path:
    path = tmp_path / "dict.txt"
    path.write_text(_DICTIONARY, encoding="utf-8")
    return path


def test_successive_questions_answer_as_the_file_does(dictionary: Path) -> None:
    segmenter = JiebaSegmenter(["国家"], dictionary=dictionary)
    questions = [{"扩散", "安全"}, {"扩大", "安置", "国际", "国家", "无词"}, {"安全", "平衡", "扩"}]
    for wanted in questions:
        expected = dictionary_tags(wanted - {"国家"}, dictionary)
        assert segmenter.word_tags(wanted) == expected
    assert segmenter.word_tags(["安全"]) == {"安全": "n"}


def test_each_first_character_is_read_once(dictionary: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    found: list[str] = []
    findall = segment.re.findall

    def counting(pattern: str, text: str, flags: int = 0) -> list[str]:
        lines = findall(pattern, text, flags)
        found.extend(lines)
        return lines

    monkeypatch.setattr(segment.re, "findall", counting)
    segmenter = JiebaSegmenter(dictionary=dictionary)
    segmenter.word_tags({"扩散"})
    segmenter.word_tags({"扩大", "安全"})
    segmenter.word_tags({"扩散", "安全", "平衡"})
    assert sorted(found) == sorted(_DICTIONARY.replace("国际 90 n\n", "").replace(
        "国家 80 n\n", "").splitlines())


def test_a_rewritten_file_is_read_again(dictionary: Path) -> None:
    segmenter = JiebaSegmenter(dictionary=dictionary)
    assert segmenter.word_tags({"扩散"}) == {"扩散": "v"}
    dictionary.write_text(_DICTIONARY.replace("扩散 20 v", "扩散 20 vn 附加"), encoding="utf-8")
    status = dictionary.stat()
    os.utime(dictionary, ns=(status.st_atime_ns, status.st_mtime_ns + 10**9))
    assert segmenter.word_tags({"扩散"}) == {"扩散": "vn"}
