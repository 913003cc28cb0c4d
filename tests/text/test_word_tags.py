"""text.word_tags and JiebaSegmenter.word_tags: the dictionary's tags, the file read
once, each word's lines searched in the stretch holding its first character's words."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from fresh_python import printed
from termbase.text import word_tags
from termbase.text.segment import JiebaSegmenter
from termbase.text.word_tags import dictionary_tags

_DICTIONARY = "\n".join([
    "扩散 20 v",
    "扩大 30 v",
    "安全 50 an",
    "安全 60 n",  # listed twice: the last line gives the tag, as dictionary_tags reads it
    "安置 10",  # no tag
    "安排 10 v",
    "安排 12",  # listed again without a tag: the earlier line's tag stands
    "安  5  a  附加",  # runs of spaces: the second field after the word is the tag
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
    questions = [{"扩散", "安全"}, {"扩大", "安置", "国际", "国家", "无词"},
                 {"安全", "平衡", "扩", "安排", "安", "安 全", "国\n际"}]
    for wanted in questions:
        expected = dictionary_tags(wanted - {"国家"}, dictionary)
        assert segmenter.word_tags(wanted) == expected
    assert segmenter.word_tags(["安全"]) == {"安全": "n"}
    assert segmenter.word_tags(["安排", "安"]) == {"安排": "v", "安": "a"}


def test_lines_of_a_character_apart_answer_as_together(tmp_path: Path) -> None:
    # Each character's words scattered over the file (many runs of lines) and many words
    # of one character asked at once: read as a table, the same answers as searched.
    rng = random.Random(7)
    lines = [f"{first}{second} {rng.randint(1, 99)} {rng.choice(['n', 'v', 'a'])}"
             for first in "安国平扩" for second in "全家衡散大际排置"] * 2
    rng.shuffle(lines)
    path = tmp_path / "scattered.txt"
    path.write_text("\n".join(lines), encoding="utf-8")  # no final line break
    words = {line.split()[0] for line in lines} | {"安", "无词"}
    assert JiebaSegmenter(dictionary=path).word_tags(words) == dictionary_tags(words, path)
    many = [f"国{chr(0x4E00 + i)} {i} n" for i in range(3 * word_tags._SEARCHES)]
    path.write_text("\n".join(["安全 1 an", *many, "安全 2 n"]), encoding="utf-8")
    wanted = {line.split()[0] for line in many} | {"安全"}
    assert JiebaSegmenter(dictionary=path).word_tags(wanted) == dictionary_tags(wanted, path)


def test_the_file_is_read_once(dictionary: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[Path] = []
    read_text = Path.read_text

    def counting(path: Path, *args: object, **kwargs: object) -> str:
        reads.append(path)
        return read_text(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", counting)
    segmenter = JiebaSegmenter(dictionary=dictionary)
    segmenter.word_tags({"扩散"})
    segmenter.word_tags({"扩大", "安全"})
    assert segmenter.word_tags({"扩散", "安全", "平衡"}) == {"扩散": "v", "安全": "n",
                                                             "平衡": "a"}
    assert reads == [dictionary]


def test_jieba_s_file_is_read_without_importing_jieba() -> None:
    # A check reads the file's tags and counts (check.references, check.learned's
    # dictionary counts); importing jieba would load its segmenter's tables and
    # pkg_resources for nothing.
    code = ("import sys; from termbase.text.word_tags import dictionary_tags; "
            "from termbase.check.learned.dictionary import dictionary_counts; "
            "assert dictionary_tags({'安全'}) == {'安全': 'an'}; "
            "assert dictionary_counts({'安全'})[0]['安全'] > 0; "
            "print('jieba' in sys.modules)")
    assert printed(code) == "False"


def test_the_dictionary_is_the_one_beside_jieba() -> None:
    import jieba

    assert word_tags.jieba_dictionary_path() == Path(jieba.__file__).with_name("dict.txt")
    assert word_tags.jieba_dictionary_path().is_file()


def test_jieba_dictionary_answers_as_its_lines() -> None:
    text = word_tags.jieba_dictionary_path().read_text(encoding="utf-8")
    words = [line.partition(" ")[0] for line in text.splitlines()]
    rng = random.Random(11)
    wanted = set(rng.sample(words, 3000)) | {w + "们" for w in rng.sample(words, 500)}
    assert JiebaSegmenter().word_tags(wanted) == dictionary_tags(wanted)


def test_a_rewritten_file_is_read_again(dictionary: Path) -> None:
    segmenter = JiebaSegmenter(dictionary=dictionary)
    assert segmenter.word_tags({"扩散"}) == {"扩散": "v"}
    dictionary.write_text(_DICTIONARY.replace("扩散 20 v", "扩散 20 vn 附加"), encoding="utf-8")
    status = dictionary.stat()
    os.utime(dictionary, ns=(status.st_atime_ns, status.st_mtime_ns + 10**9))
    assert segmenter.word_tags({"扩散"}) == {"扩散": "vn"}
