"""Rare terms read word by word in their sentence pairs with a dictionary."""

from __future__ import annotations

from pair._fixtures import LONG_NAMES
from termbase.align.lexicon import Lexicon
from termbase.pair.confirmed import CONFIRMED_SCORE, confirmed_span
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import pair_terms

LEXICON = Lexicon.from_pairs([
    ("国际", "international"), ("合作", "cooperation"), ("援助", "assistance"),
    ("和", "harmony"), ("进口", "import"), ("国", "State"), ("环境", "environment"),
    ("受害者", "victim"), ("非法", "illegal"), ("贸易", "trade"),
])


def test_the_shortest_span_translating_every_word_is_found() -> None:
    english = ("States should act through victim assistance, environmental remediation, "
               "and international cooperation and assistance.")
    assert confirmed_span("国际合作和援助", english, LEXICON) == (
        "international cooperation and assistance")


def test_a_translation_in_two_words_is_not_cut_in_half() -> None:
    # "Nations" alone carries 联合国's meaning, but "United" beside it is the same
    # translation; "national and" is across a function word: another phrase.
    lexicon = Lexicon.from_pairs([("联合国", "United Nations"), ("纽约", "New York"),
                                  ("宣言", "declaration"), ("机构", "agency"),
                                  ("国", "nation"), ("国际", "international")])
    assert confirmed_span("联合国机构", "in the United Nations agencies and", lexicon) == (
        "United Nations agencies")
    assert confirmed_span("纽约宣言", "adopted the New York Declaration in 2016", lexicon) == (
        "New York Declaration")
    assert confirmed_span("国际机构", "national and international agencies", lexicon) == (
        "international agencies")


def test_an_abbreviation_is_read_as_the_word_it_stands_for() -> None:
    # The dictionary glosses 圣彼得堡 "Saint Petersburg"; the text writes "St.".
    lexicon = Lexicon.from_pairs([("圣彼得堡", "Saint Petersburg"), ("宣言", "declaration")])
    english = "respect for the 1868 St. Petersburg Declaration."
    assert confirmed_span("圣彼得堡宣言", english, lexicon) == "St Petersburg Declaration"


def test_a_word_the_dictionary_does_not_give_for_the_term_blocks_the_answer() -> None:
    # "illicit" is not what the dictionary gives for 非法: nothing is guessed.
    assert confirmed_span("非法贸易", "to stop the illicit trade in arms", LEXICON) is None
    assert confirmed_span("非法贸易", "to stop the illegal trade in arms", LEXICON) == (
        "illegal trade")


def test_a_characters_sense_a_word_beside_the_term_says_is_the_companys() -> None:
    # Inside 尊重 "respect", 重 "important" is no sense of the term; the sentence's
    # 重要性 says "importance", so the span holding it renders more than the term.
    lexicon = Lexicon.from_pairs([
        ("尊重", "respect"), ("重", "important"), ("重要性", "importance"),
        ("人道主义", "humanitarian"), ("原则", "principle"), ("援助", "assistance")])
    english = "while fully respecting the importance of humanitarian principles for aid"
    assert confirmed_span("尊重人道主义", english, lexicon) == (
        "respecting the importance of humanitarian")
    zh = "同时充分尊重人道主义原则对人道主义援助的重要性"
    assert confirmed_span("尊重人道主义", english, lexicon, zh) is None
    # Where nothing beside says it, the character's sense stays the term's.
    assert confirmed_span("尊重人道主义", english, lexicon, "同时充分尊重人道主义原则") == (
        "respecting the importance of humanitarian")


def test_a_word_inside_a_word_of_the_term_is_the_terms_own_sense() -> None:
    # The dictionary glosses 国际私法 "conflict of law" (CC-CEDICT: "conflict of laws");
    # "International" is its 国际's, a word inside it, not only 际's "inter-", though the
    # sentence says 国际 beside the term too.
    lexicon = Lexicon.from_pairs([
        ("海牙", "Hague"), ("国际私法", "conflict of law"), ("国际", "international"),
        ("私", "private"), ("际", "inter-"), ("会议", "conference"),
        ("原则", "principle")])
    english = "the Hague Conference on Private International Law endorsed the principles"
    zh = "海牙国际私法会议赞同《国际商事合同法律选择原则》"
    assert confirmed_span("海牙国际私法会议", english, lexicon, zh) == (
        "Hague Conference on Private International Law")


def test_a_term_the_dictionary_cannot_read_whole_gets_no_answer() -> None:
    assert confirmed_span("黎凡特国", "the Levant State", LEXICON) is None


def test_two_equally_short_spans_are_ambiguous() -> None:
    english = "importing States differ from States importing"
    assert confirmed_span("进口国", english, LEXICON) is None


def test_a_name_the_dictionary_holds_whole_needs_most_of_its_words_or_its_acronym() -> None:
    lexicon = Lexicon.from_pairs([
        ("关贸总协定", "General Agreement on Tariffs and Trade"), ("关贸总协定", "GATT"),
        ("社群", "community"), ("社群", "social group")])
    english = "under the General Agreement on Tariffs and Trade of 1947"
    assert confirmed_span("关贸总协定", english, lexicon) == (
        "General Agreement on Tariffs and Trade")
    assert confirmed_span("关贸总协定", "the General Agreement said", lexicon) is None
    assert confirmed_span("关贸总协定", "under the GATT rules", lexicon) == "GATT"
    # A short entry's glosses are synonyms: one of them renders it.
    assert confirmed_span("社群", "local communities were heard", lexicon) == "communities"


def test_an_acronym_beside_the_terms_parenthesised_short_form_is_spelled_out() -> None:
    # CC-CEDICT glosses 东南亚国家联盟 by its acronym only; where the pair gives the
    # short form 东盟 in parentheses after the term, "(ASEAN)" is the short form's English
    # and the name it abbreviates is the term's.
    lexicon = Lexicon.from_pairs([("东南亚国家联盟", "ASEAN")])
    english = "States of the Association of Southeast Asian Nations (ASEAN), held in Seoul"
    zh = "关于东南亚国家联盟（东盟）成员国的讲习班"
    assert confirmed_span("东南亚国家联盟", english, lexicon, zh) == (
        "Association of Southeast Asian Nations")
    assert confirmed_span("东南亚国家联盟", english, lexicon, "东南亚国家联盟成员国") == "ASEAN"
    assert confirmed_span("东南亚国家联盟", english, lexicon) == "ASEAN"


def test_shortest_spans_of_one_rendering_are_one_answer() -> None:
    lexicon = Lexicon.from_pairs([
        ("全面禁止核试验条约", "Comprehensive Nuclear-Test-Ban Treaty"),
        ("电子", "electronic"), ("证据", "evidence")])
    # Two shortest spans, each missing one word of the name, grow into the same name.
    english = "should ratify the Comprehensive Nuclear-Test-Ban Treaty, in particular"
    assert confirmed_span("全面禁止核试验条约", english, lexicon) == (
        "Comprehensive Nuclear-Test-Ban Treaty")
    # One rendering in the text and in a cited title's capitals.
    english = ("sharing electronic evidence, recalls the Guide for Requesting Electronic "
               "Evidence Across Borders")
    assert confirmed_span("电子证据", english, lexicon) == "electronic evidence"


def test_a_rendering_grows_while_it_says_more_of_the_term_but_not_into_the_next_phrase(
) -> None:
    lexicon = Lexicon.from_pairs([("全国", "national"), ("行动计划", "action plan"),
                                  ("应急", "respond to an emergency"),
                                  ("准备", "preparedness")])
    # "national plan" already renders both words; "of action" says more of the second.
    english = "the national plan of action was adopted"
    assert confirmed_span("全国行动计划", english, lexicon) == "national plan of action"
    # Across a conjunction it is the next phrase, though 应急 glosses "respond" too.
    english = "emergency preparedness and response capacities"
    assert confirmed_span("应急准备", english, lexicon) == "emergency preparedness"


def test_a_character_glossed_only_by_an_english_suffix_needs_no_word_of_its_own() -> None:
    # CC-CEDICT glosses 有 as "-ful", "-ed", "-al": in 有组织 it makes "organized".
    lexicon = Lexicon.from_pairs([("跨国", "transnational"), ("有", "-ful"), ("有", "-ed"),
                                  ("组织", "organize"), ("犯罪", "crime")])
    english = "linkages between terrorism and transnational organized crime vary"
    assert confirmed_span("跨国有组织犯罪", english, lexicon) == (
        "transnational organized crime")


def test_a_year_is_said_by_its_figures() -> None:
    lexicon = Lexicon.from_pairs([("议程", "agenda"), ("年", "year")])
    english = "the Addis Ababa Action Agenda supports the 2030 Agenda"
    assert confirmed_span("2030年议程", english, lexicon) == "2030 Agenda"
    assert confirmed_span("2015年议程", english, lexicon) is None


def test_a_figure_after_a_name_that_states_no_number_is_the_sentences() -> None:
    lexicon = Lexicon.from_pairs([("会计", "accounting"), ("标准", "standard"),
                                  ("国际", "international")])
    english = "under International Accounting Standard 6 the statements are drawn up"
    assert confirmed_span("国际会计标准", english, lexicon) == (
        "International Accounting Standard")


def test_pairing_answers_a_rare_term_with_lower_confidence_and_says_how() -> None:
    corpus = from_pairs([
        ("各国应通过国际合作和援助满足需求。",
         "States should meet needs through international cooperation and assistance."),
        ("其他句子。", "Another sentence."),
    ])
    [pairing] = pair_terms(["国际合作和援助"], corpus, lexicon=LEXICON)
    best = pairing.best
    assert best is not None and best.text == "international cooperation and assistance"
    assert best.method == "dictionary" and best.score == CONFIRMED_SCORE
    assert best.support == 1 and best.frequency == 1 and len(best.examples) == 1
    assert pairing.to_dict()["candidates"][0]["method"] == "dictionary"  # type: ignore[index]


def test_a_rare_term_whose_pairs_disagree_stays_unanswered() -> None:
    corpus = from_pairs([
        ("国际合作和援助。", "international cooperation and assistance."),
        ("国际合作和援助。", "cooperation, aid and solidarity."),
    ])
    [pairing] = pair_terms(["国际合作和援助"], corpus, lexicon=LEXICON)
    assert pairing.best is None and pairing.abstained_reason


def test_two_pairs_in_three_confirm_a_rare_term_as_running_text_spells_it() -> None:
    corpus = from_pairs([
        ("《国际合作和援助宣言》。", "the Declaration on International Cooperation and "
                                 "Assistance."),
        ("国际合作和援助。", "international cooperation and assistance."),
        ("国际合作和援助。", "cooperation, aid and solidarity."),
        ("其他句子。", "Another sentence."),
    ])
    from termbase.pair.confirmed import confirm_rare
    from termbase.pair.results import TermPairing

    [pairing] = confirm_rare([TermPairing("国际合作和援助", 2)], corpus, LEXICON, 2)
    best = pairing.best
    assert best is not None and best.text == "international cooperation and assistance"
    # One pair in two is no majority.
    two = from_pairs([("国际合作和援助。", "international cooperation and assistance."),
                      ("国际合作和援助。", "cooperation, aid and solidarity.")])
    [pairing] = confirm_rare([TermPairing("国际合作和援助", 2)], two, LEXICON, 2)
    assert pairing.best is None


def test_frequencies_count_whole_words_in_any_case_once_per_pair() -> None:
    from termbase.pair.confirmed import _frequencies

    corpus = from_pairs([
        ("一", "Illegal trade and illegal trade again."),
        ("二", "the illegal trader is not illegal trade"),
        ("三", "trade that is illegal"),
    ])
    counts = _frequencies(["illegal trade", "trade"], corpus)
    assert counts == {"illegal trade": 2, "trade": 3}


# A name longer than the candidates' ten-word cap (pairing's max_en_words).
def test_a_long_term_is_read_in_a_span_as_long_as_it_needs() -> None:
    # Thirteen characters, twelve English words: a span cut at ten never says them all.
    english = ("it adopted the declaration on cooperation and assistance for the environment "
               "and for international trade in 2001")
    assert confirmed_span("国际贸易和环境援助合作宣言", english, LONG_NAMES) == (
        "declaration on cooperation and assistance for the environment and for "
        "international trade")


def _illicit_corpus(illicit_uses: int, weapons_illicit: int = 0) -> list[tuple[str, str]]:
    """Pairs whose English says "illicit" where the Chinese says 非法 (and, in the first
    ``weapons_illicit`` of them, 武器 beside it), others "illegal", the rare term once,
    and forty unrelated pairs (association is significant against a corpus)."""
    pairs = [("打击非法贩运武器。" if i < weapons_illicit else "打击非法贩运。",
              "combat illicit trafficking." if i >= weapons_illicit
              else "combat illicit trafficking in weapons.")
             for i in range(illicit_uses)]
    pairs += [("非法行为。", "illegal acts.")] * 3
    pairs += [("武器的问题。", "the question of weapons.")] * 2
    pairs.append(("各国应制止武器非法贸易。", "States should end the illicit trade in weapons."))
    return pairs + [(f"其他句子{i}。", f"Another sentence {i}.") for i in range(40)]


def test_a_rare_terms_word_is_read_as_the_corpus_renders_it_where_the_dictionary_differs(
) -> None:
    # CC-CEDICT gives 非法 "illegal" only; the corpus says "illicit" in five pairs, every
    # one holding 非法: the rare term's one pair is read with it.
    lexicon = Lexicon.from_pairs([("非法", "illegal"), ("贸易", "trade"),
                                  ("武器", "weapon"), ("贩运", "traffic")])
    corpus = from_pairs(_illicit_corpus(5))
    [pairing] = pair_terms(["武器非法贸易"], corpus, lexicon=lexicon)
    best = pairing.best
    assert best is not None and best.text == "illicit trade in weapons"
    assert best.method == "dictionary" and best.score == CONFIRMED_SCORE


def test_a_stem_said_as_often_beside_another_word_of_the_term_is_no_reading() -> None:
    # Every "illicit" pair holds 武器 as well as 非法: which word it renders the corpus
    # cannot tell, and the pair is not read. Nor where a third of the pairs saying it
    # hold no 非法 (不法 is said so too); four pairs (the term's own one of them) are an
    # anecdote.
    lexicon = Lexicon.from_pairs([("非法", "illegal"), ("贸易", "trade"),
                                  ("武器", "weapon"), ("贩运", "traffic")])
    for corpus in (from_pairs(_illicit_corpus(5, weapons_illicit=5)),
                   from_pairs(_illicit_corpus(5) + [("不法行为。", "illicit conduct.")] * 3),
                   from_pairs(_illicit_corpus(3))):
        [pairing] = pair_terms(["武器非法贸易"], corpus, lexicon=lexicon)
        assert pairing.best is None


def test_a_stem_the_company_of_the_term_says_as_often_is_no_reading() -> None:
    # "Mission" stands in every pair holding 常驻, but as often beside 代表团 (常驻联合国
    # 代表团 "Permanent Mission"), which stands beside the term: it may be the company's.
    lexicon = Lexicon.from_pairs([("常驻", "permanent"), ("代表团", "delegation"),
                                  ("乌克兰", "Ukraine"), ("联合国", "United Nations")])
    corpus = from_pairs(
        [("法国常驻联合国代表团致函。", "The Permanent Mission of France to the United "
                                       "Nations wrote.")] * 5
        + [("乌克兰常驻联合国代表团致函。", "The Permanent Mission of Ukraine to the United "
                                          "Nations wrote.")]
        + [(f"其他句子{i}。", f"Another sentence {i}.") for i in range(40)])
    [pairing] = pair_terms(["乌克兰常驻"], corpus, lexicon=lexicon)
    assert pairing.best is None


def test_a_title_is_not_read_with_the_corpus_readings() -> None:
    # The reading would let a span stop short of the title's end: titles are left to
    # their own rule.
    lexicon = Lexicon.from_pairs([("非法", "illegal"), ("贸易", "trade"),
                                  ("武器", "weapon"), ("贩运", "traffic")])
    pairs = _illicit_corpus(5)
    pairs[-41] = ("各国应执行“武器非法贸易”决议。",
                  "States should implement the resolution “Illicit trade in weapons”.")
    [pairing] = pair_terms(["武器非法贸易"], from_pairs(pairs), lexicon=lexicon)
    assert pairing.best is None
