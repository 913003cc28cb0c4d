"""Dictionary evidence for what a longer candidate adds (termbase.pair.dictionary)."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.context import said_beside
from termbase.pair.corpus import from_pairs
from termbase.pair.dictionary import (
    coverage,
    extension_explained,
    known_stem,
    renders_every_word,
    renders_just_the_term,
)
from termbase.pair.pairer import PairSettings, pair_terms

LEXICON = Lexicon.from_pairs([("公约", "convention"), ("难民", "refugee"),
                              ("地位", "status"), ("大会", "General Assembly"),
                              ("联合国", "United Nations"), ("会员国", "member State"),
                              ("核", "nuclear"), ("材料", "material"), ("裁军", "disarmament"),
                              ("核武器", "nuclear weapon"), ("刑事法庭", "criminal court"),
                              ("国际", "international"), ("武器禁运", "arms embargo"),
                              ("性别", "gender"), ("暴力", "violence"),
                              ("性暴力", "sexual violence"),
                              ("伊拉克", "Iraq"), ("伊斯兰", "Islamic"), ("国", "State")])


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


def test_a_word_the_shorter_candidate_already_says_explains_nothing_when_repeated() -> None:
    assert extension_explained("联合国会员国", "member of the united nation that are member",
                               "member of the united nation", "zh", LEXICON) is False
    # Unless the term says it twice: 核 in 核裁军 and in 核武器.
    assert extension_explained("核裁军和核武器", "nuclear disarmament and nuclear weapon",
                               "nuclear weapon", "zh", LEXICON) is True


def test_a_candidate_renders_the_term_whole_when_it_translates_every_word_in_full() -> None:
    assert renders_every_word("核材料", "nuclear material", LEXICON)
    assert not renders_every_word("核材料", "material", LEXICON)
    # A long word's glosses pool its senses: one of them is not a full rendering.
    assert not renders_every_word("国际刑事法庭", "international criminal", LEXICON)
    assert renders_every_word("国际刑事法庭", "international criminal court", LEXICON)
    # One dictionary entry alone says nothing about completeness.
    assert not renders_every_word("武器禁运", "embargo", LEXICON)
    # Nor is a term with a part the dictionary cannot read (黎凡特, "Levant").
    assert not renders_every_word("伊拉克和黎凡特伊斯兰国", "Islamic State in Iraq", LEXICON)


def test_a_rendering_of_just_the_term_needs_its_last_word() -> None:
    term = "性暴力和性别暴力"
    assert renders_just_the_term(term, "sexual and gender-based violence", LEXICON)
    assert renders_every_word(term, "sexual and gender-based violence and violence", LEXICON)
    assert not renders_just_the_term(term, "sexual and gender-based violence and violence",
                                     LEXICON)


def test_a_word_the_glosses_never_give_leaves_the_extension_undecided() -> None:
    # The lexicon drops "measure" with the boilerplate "measure word": that the term does
    # not mean it is no evidence, so "measures in outer space activities" may not swallow
    # "space activities" as a rendering of 空间活动 by the explained "outer" alone.
    lexicon = Lexicon.from_pairs([("空间", "outer space"), ("活动", "activity"),
                                  ("措施", "measure; step")])
    assert extension_explained("空间活动", "outer space activities", "space activities",
                               "zh", lexicon) is True
    assert extension_explained("空间活动", "measures in outer space activities",
                               "space activities", "zh", lexicon) is None
    assert extension_explained("空间活动", "forms of space activities",
                               "space activities", "zh", lexicon) is None


def test_a_four_letter_plural_gloss_matches_the_singular_key() -> None:
    # The stemmer keeps "arms" whole; candidate keys fold it to "arm" ("small arm").
    lexicon = Lexicon.from_pairs([("小", "small"), ("武器", "arms"), ("艾滋病", "AIDS")])
    assert coverage("小武器", "small arm", lexicon) == 1.0
    assert coverage("艾滋病", "aid", lexicon) == 1.0
    assert known_stem("arm", frozenset({"arms"}))
    assert not known_stem("ar", frozenset({"ars"})) and not known_stem("arm", frozenset({"army"}))


def test_a_plural_gloss_lets_the_whole_rendering_win() -> None:

    lexicon = Lexicon.from_pairs([("防止", "prevent"), ("外层空间", "outer space"),
                                  ("军备竞赛", "arms race")])
    pairs = [
        ("各国致力于防止外层空间军备竞赛。",
         "States are committed to preventing an arms race in outer space."),
        ("关于防止外层空间军备竞赛的决议。",
         "The resolution on the prevention of an arms race in outer space."),
        ("防止外层空间军备竞赛的工作组。",
         "The working group on the prevention of an arms race in outer space."),
        *[(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
          for n in range(40)],
    ]
    # The lines are made up: the check for shifted lines is no concern here.
    pairing = pair_terms(["防止外层空间军备竞赛"], from_pairs(pairs, "d"), lexicon=lexicon,
                         settings=PairSettings(check_alignment=False))[0]
    assert pairing.best is not None
    assert pairing.best.text == "prevention of an arms race in outer space"


# A Latin verb in -d and its noun in -s- are one dictionary word (issue 12).
def test_a_noun_in_sion_is_read_as_its_verb_in_d() -> None:
    # The dictionary glosses 提供 "provide"; the English says "the provision of aid" beside
    # the term in every pair: the sentence's word, not the term's.
    lexicon = Lexicon.from_pairs([("提供", "provide"), ("援助", "aid")])
    examples = ["向医务人员提供援助", "医务人员和提供援助的人员"]
    assert said_beside("医务人员", "provision", examples, lexicon)
    assert known_stem("decisi", frozenset({"decid"}))
    assert known_stem("extens", frozenset({"extend"}))
    # Too short a stem to tell: "send" is no "sense".
    assert not known_stem("sens", frozenset({"send"}))
