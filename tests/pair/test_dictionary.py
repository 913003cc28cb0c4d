"""Dictionary evidence for what a longer candidate adds (termbase.pair.dictionary)."""

from __future__ import annotations

import pytest

from termbase.align.lexicon import Lexicon, stem
from termbase.pair import dictionary
from termbase.pair.context import said_beside
from termbase.pair.corpus import from_pairs
from termbase.pair.dictionary import (
    coverage,
    explained,
    extension_explained,
    known_stem,
    read_by_a_lone_character,
    read_stems,
    renders_every_word,
    renders_just_the_term,
    says_opposite,
    word_meanings,
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


def test_an_english_word_that_renders_a_compound_counts_for_it_alone() -> None:
    # "convention" closes the Convention's name and is one of 大会's glosses too: the
    # candidate that leaves out "Conference" says nothing of 大会 the name does not use.
    lexicon = Lexicon.from_pairs([
        ("联合国气候变化框架公约", "United Nations Framework Convention on Climate Change"),
        ("缔约方", "party"), ("大会", "convention"), ("大会", "assembly")])
    term = "联合国气候变化框架公约缔约方大会"
    name = "united nation framework convention on climate"
    assert coverage(term, f"party to the {name}", lexicon) == 2 / 3
    # The whole name renders the compound without "convention", which is left for 大会.
    assert coverage(term, f"conference of the party to the {name} change", lexicon) == 1.0
    # Said twice, the word renders both.
    assert coverage(term, f"convention of the party to the {name}", lexicon) == 1.0


def test_a_british_spelling_reads_as_the_dictionarys_american_one() -> None:
    # CC-CEDICT glosses in American spelling, UN English writes British.
    lexicon = Lexicon.from_pairs([("区域", "region"), ("中心", "center"), ("劳工", "labor"),
                                  ("组织", "organization")])
    assert coverage("区域中心", "regional centre", lexicon) == 1.0
    assert explained("regional centres", "区域中心", lexicon) == 1.0
    assert coverage("劳工组织", "labour organisation", lexicon) == 1.0
    assert extension_explained("区域中心", "regional centre", "regional", "zh", lexicon) is True


def test_a_word_keeps_its_own_spelling_where_the_dictionary_says_it() -> None:
    # The fold respells "uprising" ("uprizing"); CC-CEDICT glosses a few words in British
    # spelling ("grey": 54 glosses). Read only on the text's side, the fold lost both.
    lexicon = Lexicon.from_pairs([("起义", "uprising"), ("灰色", "grey"),
                                  ("组织", "organisation")])
    assert coverage("起义", "uprising", lexicon) == 1.0
    assert coverage("灰色", "grey", lexicon) == 1.0
    assert coverage("组织", "organisation", lexicon) == 1.0


def test_two_short_words_may_share_one_english_word() -> None:
    # Near-synonyms say one thing twice: 重要意义 is "importance".
    lexicon = Lexicon.from_pairs([("重要", "importance"), ("意义", "importance"),
                                  ("意义", "meaning")])
    assert coverage("重要意义", "importance", lexicon) == 1.0


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


# CC-CEDICT glosses 有 by suffixes only ("-ful", "-ed"): in 有组织 it is a bound morpheme.
_WHOLE_INSIDE_LEXICON = Lexicon.from_pairs([
                  ("跨国", "transnational"), ("有", "-ful"), ("有", "-ed"), ("组织", "organize"),
                  ("犯罪", "crime"), ("国际", "international"), ("法院", "court"),
                  ("联合国", "United Nations"), ("会员国", "member state"),
])


def test_a_bound_morpheme_need_not_be_rendered() -> None:
    assert renders_just_the_term("跨国有组织犯罪", "transnational organized crime",
                                 _WHOLE_INSIDE_LEXICON)


def _meet(text_word: str, gloss_word: str) -> bool:
    return known_stem(stem(text_word), frozenset({stem(gloss_word)}))


# A made-up convention: 残障者 "disabled person", 援助 "assistance", 公约 "convention".
_DERIVATIONS_LEXICON = Lexicon.from_pairs([("残障者", "disabled person"), ("援助", "assistance"),
                                           ("公约", "convention"), ("权利", "rights"), ("国家",
                                                                                    "State")])


# A noun in -bility and the adjective in -ble it is made of meet as one dictionary word
# (termbase.pair.dictionary._same_stem): the stemmer's six-letter cut leaves "disability"
# at "disabi" and "disabled" at "disabl", on either side of the suffix's b.

def test_a_bility_noun_meets_its_ble_adjective_and_verb() -> None:
    assert _meet("disabilities", "disabled") and _meet("disability", "disabling")
    assert _meet("stability", "stable") and _meet("visibility", "visible")
    assert _meet("ability", "able") and _meet("liabilities", "liable")
    # Longer words were already cut before the suffix and meet as before.
    assert _meet("sustainability", "sustainable") and _meet("vulnerability", "vulnerable")


def test_only_a_stem_cut_in_the_suffix_is_folded() -> None:
    # "rabbi" is a whole word, not a cut -bility noun; "intern" and "interv" stay apart.
    assert not _meet("rabbi", "rabble") and not known_stem("fabi", frozenset({"fabl"}))
    assert not known_stem("intern", frozenset({"interv"}))


def test_the_dictionary_reads_the_noun_for_the_adjective_it_gives() -> None:
    lexicon = Lexicon.from_pairs([("残障", "disabled"), ("援助", "assistance"),
                                  ("公约", "convention")])
    assert coverage("残障援助公约", "convention on assistance to disabilities",
                    lexicon) == 1.0


def test_the_span_runs_on_to_the_noun_the_dictionary_gives_as_an_adjective() -> None:
    pairs = [
        ("各国批准了残障者援助公约。",
         "States ratified the Convention on Assistance to Persons with Disabilities."),
        ("残障者援助公约缔约国会议开幕。",
         "The meeting of the States parties to the Convention on Assistance to Persons"
         " with Disabilities opened."),
        ("委员会审议了残障者援助公约的执行情况。",
         "The committee considered the implementation of the Convention on Assistance to"
         " Persons with Disabilities."),
        ("残障者援助公约规定了国家的义务。",
         "The Convention on Assistance to Persons with Disabilities sets out the"
         " obligations of States."),
        *[(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
          for n in range(40)],
    ]
    # The lines are made up: the check for shifted lines is no concern here.
    pairing = pair_terms(["残障者援助公约"], from_pairs(pairs, "d"), lexicon=_DERIVATIONS_LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    assert pairing.best is not None
    assert pairing.best.text == "Convention on Assistance to Persons with Disabilities"


_ENTRY_PARTS_LEXICON = Lexicon.from_pairs([("发达国家", "developed nation"), ("发达", "developed"),
                                           ("国家", "country"), ("需要", "need"), ("经济",
                                                                               "economy")])


# A compound dictionary entry also means what its parts mean
# (termbase.pair.dictionary.word_meanings): CC-CEDICT glosses 发达国家 only as "developed
# nation", and the corpus says "developed countries" (国家 "country"). Without the parts the
# added "countries" is not the term's, and the span stops at "developed".

def test_an_entry_means_what_its_parts_mean() -> None:
    assert "countr" in word_meanings("发达国家", _ENTRY_PARTS_LEXICON)
    assert explained("developed countries", "发达国家", _ENTRY_PARTS_LEXICON) == 1.0
    assert extension_explained("发达国家", "developed countries", "developed", "zh",
                               _ENTRY_PARTS_LEXICON)


def test_a_word_no_part_means_is_still_not_the_terms() -> None:
    assert not extension_explained("发达国家", "developed economies", "developed", "zh",
                                   _ENTRY_PARTS_LEXICON)
    # A two-character entry has no parts of two characters or more.
    assert word_meanings("国家", _ENTRY_PARTS_LEXICON) == _ENTRY_PARTS_LEXICON.translations("国家")


def test_the_span_runs_on_to_the_word_a_part_of_the_entry_gives() -> None:
    pairs = [
        ("发达国家作出了承诺。", "Developed countries made commitments."),
        ("发达国家应当提供援助。", "Developed countries should provide assistance."),
        ("会议呼吁发达国家采取行动。", "The meeting called on developed countries to act."),
        ("发达国家的增长放缓。", "Growth slowed in developed economies."),
        ("发达国家面临挑战。", "Developed economies face challenges."),
        *[(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
          for n in range(100)],
    ]
    # The lines are made up: the check for shifted lines is no concern here.
    pairing = pair_terms(["发达国家"], from_pairs(pairs, "d"), lexicon=_ENTRY_PARTS_LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    assert pairing.best is not None
    assert pairing.best.text.lower() == "developed countries"


_OPPOSITES_LEXICON = Lexicon.from_pairs([("核", "nuclear"), ("武器", "weapon"), ("国家", "State"),
                                         ("无", "without"), ("平等", "equality"),
                                         ("失业", "unemployment"), ("就业", "employment"),
                                         ("独立", "independent"), ("人居", "habitat"),
                                         ("防", "prevent"), ("扩散", "proliferation")])


# An English span whose negating prefix the Chinese term does not say renders the
# opposite of the term (termbase.pair.dictionary.says_opposite): 核武器国家 stands inside
# 无核武器国家, and the negated form's "non-nuclear-weapon States" must not become its
# answer.

def test_a_negated_word_the_term_does_not_negate_is_an_opposite() -> None:
    assert says_opposite("核武器国家", "non-nuclear-weapon States", _OPPOSITES_LEXICON)
    assert says_opposite("平等", "inequality", _OPPOSITES_LEXICON)
    assert says_opposite("就业", "unemployment", _OPPOSITES_LEXICON)


def test_a_term_that_negates_or_a_word_that_is_its_own_gloss_is_no_opposite() -> None:
    assert not says_opposite("无核武器国家", "non-nuclear-weapon States", _OPPOSITES_LEXICON)
    # 防 "guard against" opposes what follows it: 防扩散 is "non-proliferation".
    assert not says_opposite("防扩散", "non-proliferation", _OPPOSITES_LEXICON)
    assert not says_opposite("核武器国家", "nuclear-weapon States", _OPPOSITES_LEXICON)
    # 失业 is "unemployment" itself; "independent" is no negation of "dependent".
    assert not says_opposite("失业", "unemployment", _OPPOSITES_LEXICON)
    assert not says_opposite("独立", "independent", _OPPOSITES_LEXICON)
    # A hyphenated un- is the United Nations' ("UN-Habitat"), not a negation.
    assert not says_opposite("人居", "UN-Habitat", _OPPOSITES_LEXICON)


def test_the_term_inside_its_negated_form_keeps_its_own_rendering() -> None:
    pairs = [
        ("无核武器国家要求安全保证。", "Non-nuclear-weapon States demand security assurances."),
        ("许多无核武器国家发了言。", "Many non-nuclear-weapon States spoke."),
        ("无核武器国家的关切得到承认。", "The concerns of non-nuclear-weapon States were noted."),
        ("无核武器国家提交了文件。", "Non-nuclear-weapon States submitted a paper."),
        ("核武器国家应当裁军。", "Nuclear-weapon States should disarm."),
        ("会议呼吁核武器国家履行承诺。", "The meeting called on nuclear-weapon States to act."),
        ("核武器国家作了答复。", "The nuclear-weapon States replied."),
        *[(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
          for n in range(100)],
    ]
    # The lines are made up: the check for shifted lines is no concern here.
    pairing = pair_terms(["核武器国家"], from_pairs(pairs, "d"), lexicon=_OPPOSITES_LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    assert pairing.best is not None
    assert pairing.best.text.lower() == "nuclear-weapon states"


_PREFIXED_WORDS_LEXICON = Lexicon.from_pairs([("预算", "budget"), ("外", "outside; external"),
                                              ("国家", "country; nation"), ("报告", "report")])


PAIRS = [
    ("预算外资源用于培训。", "Extrabudgetary resources were used for training."),
    ("各国提供了预算外资源。", "States provided extrabudgetary resources."),
    ("预算外资源减少了。", "Extrabudgetary resources decreased."),
    ("委员会审查了预算外资源。", "The committee reviewed extrabudgetary resources."),
    ("预算外经费不足。", "Off-budget funding was short."),
    *[(f"第{n}份报告已提交。", f"Report {n} was submitted.") for n in range(30)],
]


def _answer() -> str | None:
    # The lines are made up: the check for shifted lines is no concern here.
    pairing = pair_terms(["预算外"], from_pairs(PAIRS, "d"), lexicon=_PREFIXED_WORDS_LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    return pairing.best.text if pairing.best else None


# A word English fuses with a Latin prefix ("extrabudgetary") is read as the prefix's
# meaning and its base where the term means both (termbase.pair.dictionary.read_stems):
# Chinese writes the prefix as a word of its own (预算外, "budget" + "outside").

def test_the_dictionary_reads_both_parts() -> None:
    assert coverage("预算外", "extrabudgetary", _PREFIXED_WORDS_LEXICON) == 1.0
    assert explained("extrabudgetary", "预算外", _PREFIXED_WORDS_LEXICON) == 1.0


def test_a_word_is_split_only_where_the_term_means_both_parts() -> None:
    # 国家 means "nation" but no "between": "international" stays one word.
    assert read_stems("international", "国家", _PREFIXED_WORDS_LEXICON) == ["intern"]
    assert coverage("国家", "international", _PREFIXED_WORDS_LEXICON) == 0.0


def test_the_prefixed_word_is_the_whole_term() -> None:
    assert _answer() == "extrabudgetary"


def test_without_the_reading_the_next_word_is_taken_in(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dictionary, "prefixed_parts", lambda word: None)
    assert _answer() == "extrabudgetary resources"


# Made-up entries: the dictionary glosses 人口 "people", never "persons".
_SUPPLETIVE_PLURALS_LEXICON = Lexicon.from_pairs([("偷运", "smuggle"), ("人口",
                                                                      "people; population"),
                                                  ("老年人", "old people"), ("报告", "report")])


_SUPPLETIVE_PLURALS_PAIRS = [
                        ("议定书禁止偷运人口。",
                         "The protocol prohibits the smuggling of persons."),
                        ("各国合作打击偷运人口。",
                         "States cooperate against the smuggling of persons."),
                        ("偷运人口的受害者需要保护。",
                         "Victims of the smuggling of persons need protection."),
                        ("委员会讨论了偷运人口问题。", "The committee discussed smuggling."),
                        ("偷运人口日益严重。", "Smuggling is growing."),
                        ("偷运人口是犯罪。", "Smuggling is a crime."),
                        *[(f"第{n}段涉及走私货物。", f"Paragraph {n} concerns smuggling of goods.")
                          for n in range(2)],
                        *[(f"第{n}份报告已提交。",
                           f"Report {n} was submitted.") for n in range(30)],
]


# A plural made of another word than its singular ("people" for "persons") is read as
# that singular's plural when the dictionary weighs a linked candidate
# (termbase.pair.dictionary.reads_as), never when it alone proposes a span
# (termbase.pair.confirmed).

def test_the_dictionary_reads_persons_for_people() -> None:
    assert coverage("偷运人口", "smuggling of persons", _SUPPLETIVE_PLURALS_LEXICON) == 1.0
    assert explained("smuggling of persons", "偷运人口", _SUPPLETIVE_PLURALS_LEXICON) == 1.0


def test_the_rendering_keeps_the_persons_the_term_says() -> None:
    pairing = pair_terms(["偷运人口"], from_pairs(_SUPPLETIVE_PLURALS_PAIRS, "d"),
                         lexicon=_SUPPLETIVE_PLURALS_LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    assert pairing.best is not None and pairing.best.text == "smuggling of persons"


def test_without_the_fold_the_term_loses_its_persons(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dictionary, "_SUPPLETIVE_STEMS", {})
    pairing = pair_terms(["偷运人口"], from_pairs(_SUPPLETIVE_PLURALS_PAIRS, "d"),
                         lexicon=_SUPPLETIVE_PLURALS_LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    assert pairing.best is not None and pairing.best.text == "smuggling"


def test_a_span_the_dictionary_alone_proposes_needs_its_own_word() -> None:
    # 老年人 once: "persons" alone would read "old people" as its head gloss.
    pairs = [("会议关注老年人的需要。", "The meeting considered the needs of older persons."),
             *_SUPPLETIVE_PLURALS_PAIRS]
    pairing = pair_terms(["老年人"], from_pairs(pairs, "d"), lexicon=_SUPPLETIVE_PLURALS_LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    assert pairing.best is None


def test_an_acronym_of_the_terms_words_explains_the_extension() -> None:
    # English names 飞行情报区 by its acronym mostly ("the Nicosia FIR"), in full at times:
    # the letters are the initials of the dictionary's readings of 飞行, 情报 and 区, so the
    # longer candidate says more of the term, though "fir" is a word the dictionary gives
    # for another (冷杉, the tree).
    lexicon = Lexicon.from_pairs([("飞行", "flight; to fly"), ("情报", "information"),
                                  ("区", "region; area"), ("尼科西亚", "Nicosia"),
                                  ("冷杉", "fir"), ("皮毛", "fur")])
    term = "尼科西亚飞行情报区"
    assert extension_explained(term, "nicosia fir", "nicosia", "zh", lexicon) is True
    assert extension_explained(term, "nicosia flight information region", "nicosia", "zh",
                               lexicon) is True
    # Letters out of order, or a word no letter of which the term's words begin, stay
    # unexplained; two letters are too few to read.
    assert extension_explained(term, "nicosia rif", "nicosia", "zh", lexicon) is False
    assert extension_explained(term, "nicosia fur", "nicosia", "zh", lexicon) is False
    assert not dictionary.spelled_by_term("fi", term, lexicon)
    assert dictionary.spelled_by_term("nfi", term, lexicon)


_LONE = Lexicon.from_pairs([("人", "people"), ("土族", "Tu"), ("人口", "population"),
                            ("人民", "people"), ("当局", "authorities")])


def test_a_word_read_by_a_lone_character_is_told_apart() -> None:
    # 土族塞人: the dictionary knows no 塞人, and reads "people" in its 人 alone.
    assert read_by_a_lone_character("土族塞人", "turkish cypriot people", "turkish cypriot",
                                    _LONE)
    # A word of two characters that gives it too (人民 "people"), a word a longer dictionary
    # word gives ("authorities" for 当局), or nothing added: no lone reading.
    assert not read_by_a_lone_character("塞人人民", "cypriot people", "cypriot", _LONE)
    assert not read_by_a_lone_character("塞人当局", "cypriot authorities", "cypriot", _LONE)
    assert not read_by_a_lone_character("土族塞人", "turkish cypriot", "turkish cypriot",
                                        _LONE)
