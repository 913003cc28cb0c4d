"""Dictionary evidence for what a longer candidate adds (termbase.pair.dictionary)."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.dictionary import extension_explained

LEXICON = Lexicon.from_pairs([("公约", "convention"), ("难民", "refugee"),
                              ("地位", "status"), ("大会", "General Assembly")])


def test_words_the_term_means_explain_an_extension() -> None:
    assert extension_explained("大会", "general assembly", "assembly", "zh", LEXICON) is True
    assert extension_explained("难民地位", "status of refugee in africa", "status of refugee",
                               "zh", LEXICON) is False


def test_a_figure_the_term_does_not_state_is_no_part_of_it() -> None:
    # 1951年 stands outside 《关于难民地位的公约》: the year belongs to the sentence.
    assert extension_explained("关于难民地位的公约",
                               "1951 convention relating to the status of refugee",
                               "convention relating to the status of refugee",
                               "zh", LEXICON) is False
    # A term that states figures of its own may keep them; no figure, no evidence.
    assert extension_explained("2030年议程", "2030 agenda", "agenda", "zh", LEXICON) is None
    assert extension_explained("公约", "the convention", "convention", "zh", LEXICON) is None
