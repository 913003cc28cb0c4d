"""Names whose spellings differ only in function words (termbase.pair.variants)."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.variants import name_across_spellings, skeleton, spellings_to_keep

LEXICON = Lexicon.from_pairs([("伊拉克", "Iraq"), ("伊斯兰", "Islamic"), ("国", "State"),
                              ("遗产", "heritage")])
TERM = "伊拉克和黎凡特伊斯兰国"


def test_function_words_are_the_placeholders_of_a_skeleton() -> None:
    assert skeleton("islamic state in iraq and the levant") == "islamic state _ iraq _ levant"
    assert skeleton("disarmament and the non-proliferation") == skeleton(
        "disarmament and non-proliferation")
    assert skeleton("islamic state of iraq and the levant") == skeleton(
        "islamic state in iraq and the levant")


def test_spellings_that_together_outnumber_the_part_they_share_are_one_name() -> None:
    kept = {"islamic state": 6, "islamic state in iraq and the levant": 4,
            "islamic state of iraq and the levant": 2,
            "heritage of iraq destroyed by the islamic state": 2}
    assert name_across_spellings(TERM, "islamic state", kept, LEXICON, 2) == (
        "islamic state in iraq and the levant", 6)


def test_one_spelling_alone_is_no_split_name() -> None:
    kept = {"islamic state": 6, "islamic state in iraq and the levant": 4,
            "heritage of iraq destroyed by the islamic state": 2}
    assert name_across_spellings(TERM, "islamic state", kept, LEXICON, 2) is None


def test_spellings_rarer_than_the_part_they_share_are_not_the_name() -> None:
    kept = {"islamic state": 9, "islamic state in iraq and the levant": 4,
            "islamic state of iraq and the levant": 2}
    assert name_across_spellings(TERM, "islamic state", kept, LEXICON, 2) is None


def test_spellings_must_translate_more_of_the_term() -> None:
    # "… for the region" adds nothing the term means.
    kept = {"islamic state": 4, "islamic state in the region": 2,
            "islamic state of the region": 2}
    assert name_across_spellings(TERM, "islamic state", kept, LEXICON, 2) is None


def test_a_rare_spelling_beyond_the_cut_is_kept_when_its_name_counts() -> None:
    counts = [("islamic state", 6), ("islamic state in iraq and the levant", 4),
              ("the levant", 3), ("iraq", 2), ("islamic state of iraq and the levant", 2),
              ("state of iraq", 2)]
    assert spellings_to_keep(counts, 4) == ["islamic state of iraq and the levant"]
    # Within the cut nothing needs keeping, and a lone spelling is not kept.
    assert spellings_to_keep(counts, 6) == []
    assert spellings_to_keep([*counts[:4], ("attacks of the group", 2)], 4) == []
