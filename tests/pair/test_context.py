"""Answers cut to what the term means, and neighbours' words refused, by the example pairs."""

from __future__ import annotations

from pair._fixtures import LONG_NAMES
from termbase.align.lexicon import Lexicon
from termbase.pair.context import (
    completed_by_context,
    completes_longer_string,
    completes_past_reading,
    core_by_context,
    ends_inside_a_word,
    grown_by_head_beside,
    inside_longer_name,
    neighbour_rendering,
    runs_into_company,
    voice_possessive,
)
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms

LEXICON = Lexicon.from_pairs([
    ("框架公约", "framework convention"), ("气候变化", "climate change"),
    ("联合国", "United Nations"),
    ("方案", "programme"), ("预算", "budget"), ("拟议", "proposed"),
    ("缔约方", "party"), ("会议", "conference"), ("届会", "session"),
    ("难民", "refugee"), ("署", "office"), ("联合国", "United Nations"),
    ("非法", "illicit"), ("贸易", "trade"), ("扩散", "proliferation"),
    ("国", "State"), ("发展中国家", "developing country"), ("岛屿", "island"),
    ("小", "small"), ("开发", "development"),
])


def test_a_word_the_chinese_says_beside_the_term_is_cut() -> None:
    examples = ["审议拟议方案预算。", "关于拟议方案预算的报告"]
    assert core_by_context("方案预算", "proposed programme budget", examples,
                           LEXICON) == "programme budget"


def test_function_words_left_at_the_edge_go_with_the_cut_words() -> None:
    examples = ["缔约方会议第二十一届会议", "缔约方会议第二十届会议期间"]
    assert core_by_context("缔约方会议", "session of the Conference of the Parties",
                           examples, LEXICON) == "Conference of the Parties"


def test_every_layer_the_sentences_explain_is_cut() -> None:
    # 缔约方会议 beside the title explains both "Conference" and "Parties".
    examples = ["联合国气候变化框架公约缔约方会议第二十一届会议",
                "联合国气候变化框架公约缔约方会议"]
    name = "Conference of the Parties to the United Nations Framework Convention on Climate Change"
    assert core_by_context("联合国气候变化框架公约", name, examples, LEXICON) == (
        "United Nations Framework Convention on Climate Change")


def test_figures_stated_in_the_chinese_are_the_sentence_s() -> None:
    examples = ["2016-2017两年期拟议方案预算", "在2016-2017两年期内"]
    assert core_by_context("两年期", "biennium 2016-2017", examples,
                           Lexicon.empty()) == "biennium"
    # A term with figures of its own keeps them.
    assert core_by_context("2030年议程", "2030 Agenda", ["执行2030年议程，2030年"],
                           LEXICON) == "2030 Agenda"


def test_nothing_is_cut_when_one_example_lacks_the_chinese_for_it() -> None:
    examples = ["审议拟议方案预算。", "方案预算没有为此编列经费"]
    assert core_by_context("方案预算", "proposed programme budget", examples,
                           LEXICON) == "proposed programme budget"


def test_nothing_is_cut_from_one_example() -> None:
    assert core_by_context("方案预算", "proposed programme budget", ["审议拟议方案预算。"],
                           LEXICON) == "proposed programme budget"


def test_words_the_term_means_are_never_cut() -> None:
    # 难民 means "refugee": the full name of the Office stays whole even where 联合国
    # stands beside the short form.
    examples = ["联合国难民署的报告", "联合国与难民署合作"]
    name = "Office of the United Nations High Commissioner for Refugees"
    assert core_by_context("难民署", name, examples, LEXICON) == name


def test_a_word_the_answer_says_twice_for_one_word_of_the_term_loses_the_copy_beside_it(
) -> None:
    # 安理会 once in the term, "Council" twice in the answer: the first is the
    # sentence's (安全理事会主席 before the term says it in every pair), and it is cut
    # alone; cutting the last would take "of" from "on behalf of the Council".
    lexicon = Lexicon.from_pairs([("代表", "on behalf of; representative"),
                                  ("安理会", "Security Council"),
                                  ("安全理事会", "Security Council"),
                                  ("主席", "president"), ("发表", "make; issue"),
                                  ("声明", "statement"), ("如下", "as follows; following")])
    examples = ["安全理事会主席在第7378次会议上，代表安理会发表声明如下：",
                "安全理事会主席在第7359次会议上，代表安理会发表声明如下："]
    answer = "Council made the following statement on behalf of the Council"
    assert core_by_context("代表安理会发表声明如下", answer, examples, lexicon) == (
        "made the following statement on behalf of the Council")
    # Guards: a pair without the Council beside the term explains no copy; a term saying
    # the word twice keeps both.
    alone = [examples[0], "代表安理会发表声明如下："]
    assert core_by_context("代表安理会发表声明如下", answer, alone, lexicon) == answer
    twice = "安理会代表安理会发表声明如下"
    assert core_by_context(twice, answer, examples, lexicon) == answer


def test_a_word_stemmed_like_another_is_no_repetition_of_it() -> None:
    # "Statute" is not a second "States" (no word of the term reads it: 规约 "term"), so
    # "States" is said once and stays, though 国 beside the term would explain it.
    lexicon = Lexicon.from_pairs([("罗马", "Rome"), ("规约", "term; rule"),
                                  ("缔约国", "State party"), ("国", "State")])
    examples = ["各国和罗马规约缔约国", "呼吁各国及罗马规约缔约国"]
    answer = "States parties to the Rome Statute"
    assert core_by_context("罗马规约缔约国", answer, examples, lexicon) == answer


def test_a_head_character_counts_as_a_meaning_of_the_term() -> None:
    # The dictionary reads 发展中国家 as "developing country", but 国 still means State:
    # "States" is not cut although 国 stands elsewhere in the sentences.
    examples = ["小岛屿发展中国家和会员国", "各国和小岛屿发展中国家"]
    assert core_by_context("小岛屿发展中国家", "small island developing States", examples,
                           LEXICON) == "small island developing States"


def test_a_neighbour_s_rendering_is_recognised() -> None:
    examples = ["谴责小武器的非法贸易和扩散", "防扩散倡议关注非法贸易和运输"]
    assert neighbour_rendering("非法贸易", "Proliferation", examples, LEXICON)
    assert not neighbour_rendering("非法贸易", "illicit trade", examples, LEXICON)


def test_a_character_s_sense_inside_a_longer_word_is_not_what_the_term_means() -> None:
    # 题 alone may gloss "discuss", but 主题 is the dictionary word "theme": the term
    # does not mean "discussions", and 讨论 beside it says that in every pair.
    lexicon = LEXICON.merged(Lexicon.from_pairs([
        ("主题", "theme"), ("题", "discuss"), ("讨论", "discussion")]))
    examples = ["讨论了会议的主题。", "在讨论中确定主题"]
    assert neighbour_rendering("主题", "discussions", examples, lexicon)
    assert not neighbour_rendering("主题", "theme", examples, lexicon)


def test_acronyms_and_single_examples_are_never_called_neighbours() -> None:
    examples = ["开发署和扩散", "开发署与扩散问题"]
    assert not neighbour_rendering("开发署", "UNDP", examples, LEXICON)
    assert not neighbour_rendering("非法贸易", "Proliferation", ["非法贸易和扩散"], LEXICON)



def test_an_answer_cut_to_another_candidate_is_reported_once() -> None:
    from termbase.pair.answers import once_each
    from termbase.pair.results import Candidate

    def candidate(text: str, support: int) -> Candidate:
        return Candidate(text, support / 10, support, support, support, 0.5, 20.0)

    ranked = [candidate("developments", 6), candidate("political developments", 4),
              candidate("Developments", 3), candidate("events", 2)]
    assert [(c.text, c.support) for c in once_each(ranked)] == [
        ("developments", 6), ("political developments", 4), ("events", 2)]


def test_the_last_word_of_the_phrase_is_its_head_and_is_never_cut() -> None:
    # 事务 is glossed "affairs" only, and 员额 beside the term gives "service" in every
    # pair; but "General Service" is a name whose head is its last word: cutting it
    # would leave a modifier. A complement after the head may still go.
    lexicon = LEXICON.merged(Lexicon.from_pairs([
        ("一般", "general"), ("事务", "affairs"), ("员额", "service post"),
        ("委员会", "commission"), ("主席团", "bureau")]))
    examples = ["两个一般事务员额", "新设一般事务员额三个"]
    assert core_by_context("一般事务", "General Service", examples, lexicon) == (
        "General Service")
    assert core_by_context("主席团", "Bureau of the Commission",
                           ["委员会主席团", "委员会主席团成员"], lexicon) == "Bureau"


# A head noun English says once for a list of modifiers completes the span (issue 12).
LIST_LEXICON = Lexicon.from_pairs([
    ("海洋", "ocean"), ("法", "law"), ("难民", "refugee"), ("自由", "freedom"),
])


def test_a_head_said_once_after_a_list_of_modifiers_completes_the_span() -> None:
    # The second use says "ocean law" once for three laws: the shared head is the word
    # after it all the same.
    examples = [
        ("遵守海洋法和难民法", "to comply with ocean law and refugee law, as applicable"),
        ("根据海洋法、难民法等", "under applicable law, including ocean, refugee and space law;"),
        ("按照海洋法规定", "consistent with obligations under ocean law, also"),
    ]
    assert completed_by_context("海洋法", "ocean", examples, LIST_LEXICON) == "ocean law"


def test_a_head_said_in_the_plural_after_a_list_or_spelt_british_completes_the_span() -> None:
    # One use names one centre, two name the centres of two kinds, their head said once
    # after both modifiers, in the plural; and CC-CEDICT glosses 中心 in American spelling.
    lexicon = Lexicon.from_pairs([("巴塞尔", "Basel"), ("公约", "convention"),
                                  ("区域", "region; regional"), ("中心", "center")])
    examples = [
        ("巴塞尔公约区域中心，埃及", "Basel Convention Regional Centre for Training, Egypt"),
        ("巴塞尔公约区域中心和协调中心的框架协议",
         "framework agreements of the Basel Convention regional and coordinating centres"),
        ("巴塞尔公约区域中心和协调中心的有效治理",
         "governance of the Basel Convention regional and coordinating centres"),
    ]
    assert completed_by_context("巴塞尔公约区域中心", "Basel Convention regional", examples,
                                lexicon) == "Basel Convention regional Centre"
    # A word the term does not mean stays out, singular or plural.
    examples = [(zh, en.replace("Regional Centre", "regional offices")
                 .replace("coordinating centres", "coordinating offices"))
                for zh, en in examples]
    assert completed_by_context("巴塞尔公约区域中心", "Basel Convention regional", examples,
                                lexicon) == "Basel Convention regional"


def test_a_word_beside_some_uses_that_renders_the_terms_unread_head_grows_the_answer() -> None:
    # One concept worded two ways: "a low fertility rate" once, "future fertility" in the
    # other pair; "fertility" leaves 率 unread, and "rate" after it reads it.
    lexicon = Lexicon.from_pairs([("生育", "fertility"), ("率", "rate; ratio"),
                                  ("死亡", "death; mortality")])
    examples = [
        ("百慕大出现人口老龄化、生育率低的趋势。",
         "Bermuda has an ageing population and a low fertility rate."),
        ("未来人口取决于今后生育率的发展趋势。",
         "The future population depends on the course of future fertility and its decline."),
    ]
    assert grown_by_head_beside("生育率", "fertility", examples, lexicon) == "fertility rate"
    # Every use must agree for the context rule of the answer's edges, which leaves it.
    assert completed_by_context("生育率", "fertility", examples, lexicon) == "fertility"
    # Two words that would read it, or one the Chinese outside the term says in its
    # pair (死亡率 "rate"), leave the answer as it is.
    two = [examples[0], ("今后生育率的发展趋势。", "the course of the fertility ratio")]
    assert grown_by_head_beside("生育率", "fertility", two, lexicon) == "fertility"
    outside = [("生育率低，死亡率高。", "a low fertility rate and high mortality"),
               examples[1]]
    assert grown_by_head_beside("生育率", "fertility", outside, lexicon) == "fertility"
    # A word that reads nothing the answer leaves unread ("decline") is the sentence's.
    read = Lexicon.from_pairs([("生育率", "fertility")])
    assert grown_by_head_beside("生育率", "fertility", examples, read) == "fertility"
    # Only the word after the answer, where a noun phrase's head stands: a word before
    # it may say again what the answer renders in a sense the dictionary lacks (会议
    # "session" is no CC-CEDICT gloss).
    meeting = Lexicon.from_pairs([("会议", "meeting; conference"), ("开幕", "opening")])
    opening = [("第二届会议开幕", "Meeting opening of the session"),
               ("会议开幕", "the opening of the session by the President")]
    assert grown_by_head_beside("会议开幕", "opening of the session", opening,
                                meeting) == "opening of the session"
    # Only the term's last word, its head: a word after the answer that reads a middle
    # word by a lone character's loose gloss (专 "for a particular person") is the
    # sentence's.
    office = Lexicon.from_pairs([("人权", "human rights"), ("专", "for a particular person"),
                                 ("办", "to handle")])
    staff = [("人权高专办人员进行了访问。", "OHCHR personnel conducted visits."),
             ("人权高专办的报告", "the report of OHCHR")]
    assert grown_by_head_beside("人权高专办", "OHCHR", staff, office) == "OHCHR"
    # An answer the Chinese outside the term says in every pair (非法 "illegal") is a
    # neighbour's rendering, not a short one of the term: it is not grown.
    settled = Lexicon.from_pairs([("非法", "illegal"), ("定居点", "settlement")])
    outposts = [("以色列非法定居点", "Israeli illegal settlements"),
                ("非法定居点的扩张", "the expansion of illegal outposts and settlements")]
    assert grown_by_head_beside("定居点", "illegal", outposts, settled) == "illegal"
    # A name of capitalised words ends where its capitals end, though CC-CEDICT reads
    # the surname 宁 "Ning" and glosses 昌 "prosperous".
    name = Lexicon.from_pairs([("宁", "Ning (surname); peaceful"), ("弘", "great"),
                               ("昌", "prosperous")])
    sounds = [("记者宁弘昌报道", "reporter Ning Hong Chang prosperous reports"),
              ("宁弘昌说", "Ning Hong Chang said")]
    assert grown_by_head_beside("宁弘昌", "Ning Hong Chang", sounds, name) == "Ning Hong Chang"
    # In lower-cased text, a head is added only to an answer that renders the term's
    # other words by their meaning: a name rendered by its sound means none of them.
    lower = [(zh, en.lower()) for zh, en in sounds]
    meaning = Lexicon.from_pairs([("宁", "peaceful"), ("弘", "great"), ("昌", "prosperous")])
    assert grown_by_head_beside("宁弘昌", "ning hong chang", lower, meaning) == "ning hong chang"


def test_an_acronym_or_a_name_its_uses_go_on_otherwise_is_not_grown_by_a_head() -> None:
    # An acronym no dictionary entry glosses is a name, which may hold the head already:
    # KFOR is the Kosovo Force (部队 "troops; force"); GDP, which the dictionary glosses,
    # takes the head its uses say after it.
    lexicon = Lexicon.from_pairs([("驻", "stationed"), ("科索沃", "Kosovo"),
                                  ("部队", "troops; force"), ("巡逻", "patrol"),
                                  ("支持", "support"), ("报告", "report"),
                                  ("国内生产总值", "gross domestic product; GDP"),
                                  ("增长", "growth; increase"), ("下降", "fall"),
                                  ("预计", "expect")])
    pairs = [("驻科部队继续巡逻。", "KFOR troops continued to patrol."),
             ("驻科部队的支持", "the support of KFOR, as before"),
             ("驻科部队的报告", "the report of KFOR, as before"),
             ("国内生产总值增长预计", "GDP growth is expected"),
             ("国内生产总值增长下降", "GDP fell, as before")]
    filler = [(f"第{i}号文件印发了。", f"Document number {i} was issued.") for i in range(30)]
    answers = {p.term: p.best.text if p.best else None for p in pair_terms(
        ["驻科部队", "国内生产总值增长"], from_pairs(pairs + filler, "d"), lexicon=lexicon,
        settings=PairSettings(min_support=2))}
    assert answers == {"驻科部队": "KFOR", "国内生产总值增长": "GDP growth"}
    # A name whose uses go on in other capitals is named otherwise there: 'Facility'
    # twice, 'Fund' (基金's gloss) once.
    fund = Lexicon.from_pairs([("全球", "global"), ("环境", "environment"), ("基金", "fund")])
    facility = [("全球环境基金的赠款", "grants of the Global Environment Fund"),
                ("全球环境基金理事会", "the Global Environment Facility Council"),
                ("全球环境基金秘书处", "the Global Environment Facility secretariat")]
    assert grown_by_head_beside("全球环境基金", "Global Environment", facility,
                                fund) == "Global Environment"
    # Where the other uses stop at the answer, the head grows it.
    stops = [facility[0], ("全球环境基金理事会", "the Council of the Global Environment")]
    assert grown_by_head_beside("全球环境基金", "Global Environment", stops,
                                fund) == "Global Environment Fund"


def test_a_fragment_pairing_abstains_on_is_not_grown_into_an_answer() -> None:
    # Half the examples of the one-word answer say the term's head beside it: pairing
    # abstains on the fragment (fragments.unsaid_beside) before any answer is grown, as
    # the corpus agrees on no complete form ("non-proliferation obligations" once,
    # "the non-proliferation regime" once).
    lexicon = Lexicon.from_pairs([("不扩散", "non-proliferation"), ("义务", "obligation; duty"),
                                  ("各国", "States"), ("履行", "fulfil"),
                                  ("加强", "strengthen"), ("制度", "regime; system")])
    pairs = [("各国应履行不扩散义务。",
              "States should fulfil their non-proliferation obligations."),
             ("加强不扩散义务", "strengthening the non-proliferation regime"),
             ("各国不扩散义务", "what States have undertaken not to proliferate")]
    filler = [(f"第{i}号文件印发了。", f"Document number {i} was issued.") for i in range(30)]
    pairing = pair_terms(["不扩散义务"], from_pairs(pairs + filler, "d"), lexicon=lexicon)[0]
    assert pairing.best is None
    assert "part of a longer rendering" in pairing.abstained_reason
    # A modifier without its noun, which the whole list refuses ("judicial" for 司法机构,
    # answers.bare_heads_refused), is refused, not grown by the one use that says a
    # reading of the head beside it.
    lexicon = Lexicon.from_pairs([("司法", "judicial; judiciary"), ("机构", "institution; agency"),
                                  ("各国", "States"), ("加强", "strengthen"),
                                  ("国家", "national")])
    pairs = [("加强司法机构。", "strengthen judicial institutions in full"),
             ("国家司法机构", "the national judicial authorities"),
             ("各国司法机构", "States and their judicial system")]
    pairing = pair_terms(["司法机构"], from_pairs(pairs + filler, "d"), lexicon=lexicon)[0]
    assert pairing.best is None
    assert "qualifies a noun it leaves out" in pairing.abstained_reason


def test_a_list_that_ends_in_a_word_the_term_does_not_mean_adds_nothing() -> None:
    examples = [
        ("遵守海洋法和难民法", "to comply with ocean law and refugee law, as applicable"),
        ("根据海洋法、难民法等", "under applicable law, including ocean and coastal zones;"),
    ]
    assert completed_by_context("海洋法", "ocean", examples, LIST_LEXICON) == "ocean"


# Span rules (issue 12, errors of the WMT 2023 development half): an answer that runs on
# into the rendering of the head word that always follows the term, where the dictionary
# cannot cut it back to the term, is no answer; nor is a whole name for a part of it that
# never stands apart from the rest.
COMPANY_LEXICON = Lexicon.from_pairs([
    ("学员", "student"), ("白银", "silver"), ("宫殿", "palace"), ("协议", "agreement"),
    ("签署", "sign"), ("今天", "today"), ("到达", "arrive"),
])


def test_a_head_noun_the_neighbour_says_is_the_sentences_not_the_terms() -> None:
    # 白银 always stands before 学员: "students" renders the neighbour, but it is the
    # phrase's last word, which core_by_context never cuts.
    examples = ["三名白银学员到达了", "白银学员今天签署协议", "那些白银学员很强"]
    assert core_by_context("白银", "silver students", examples,
                           COMPANY_LEXICON) == "silver students"
    assert runs_into_company("白银", "silver students", examples, COMPANY_LEXICON)


def test_a_name_the_dictionary_cannot_read_keeps_no_company() -> None:
    # The dictionary reads nothing of 罗飞, so nothing confirms "Luo Fei" as the term's,
    # but "Palace" translates 宫殿 beside it in every pair.
    examples = ["罗飞宫殿今天到达", "我们到了罗飞宫殿", "罗飞宫殿签署协议"]
    assert core_by_context("罗飞", "Luo Fei Palace", examples, COMPANY_LEXICON) == "Luo Fei Palace"
    assert runs_into_company("罗飞", "Luo Fei Palace", examples, COMPANY_LEXICON)


def test_words_the_term_means_are_never_the_companys() -> None:
    examples = ["白银学员到达了", "白银学员今天签署协议"]
    # "silver" is the term's own; the rest is what it may leave to its context.
    assert not runs_into_company("白银", "silver", examples, COMPANY_LEXICON)
    lexicon = Lexicon.from_pairs([("白银学员", "silver student"), ("学员", "student")])
    assert not runs_into_company("白银学员", "silver students", examples, lexicon)


def test_company_said_in_only_some_pairs_is_no_evidence() -> None:
    examples = ["白银学员到达了", "白银今天签署协议"]
    assert not runs_into_company("白银", "silver students", examples, COMPANY_LEXICON)
    assert not runs_into_company("白银", "silver students", examples[:1], COMPANY_LEXICON)


def test_only_the_word_right_after_the_term_is_its_head() -> None:
    lexicon = Lexicon.from_pairs([("国际", "international"), ("能源", "energy"),
                                  ("机构", "agency"), ("应对", "response"), ("犯罪", "crime")])
    # A short form after the first word of its full name: the full name's English is
    # the short form's too.
    before = ["国际能源机构的报告", "支持国际能源机构"]
    assert not runs_into_company("能源机构", "international energy agency", before, lexicon)
    # A word said elsewhere in the sentence is no head the term modifies.
    elsewhere = ["应对犯罪和白银", "白银以及犯罪应对"]
    assert not runs_into_company("白银", "silver response", elsewhere, lexicon)
    # Glue right after the term says nothing.
    glue = ["白银的学员", "白银和学员"]
    assert not runs_into_company("白银", "silver students", glue, COMPANY_LEXICON)


def test_figures_and_acronyms_are_left_to_the_other_rules() -> None:
    examples = ["2020年白银学员到达", "2020年白银学员签署"]
    assert not runs_into_company("白银", "2020 silver", examples, COMPANY_LEXICON)
    assert not runs_into_company("罗飞", "UNLF Palace", ["罗飞宫殿", "罗飞宫殿到达"],
                                 COMPANY_LEXICON)


def test_pairing_abstains_on_a_term_whose_answer_runs_into_its_company() -> None:
    pairs = [
        ("罗飞宫殿今天到达", "Luo Fei Palace arrived today."),
        ("我们到了罗飞宫殿", "We came to Luo Fei Palace."),
        ("罗飞宫殿签署协议", "Luo Fei Palace signed the agreement."),
        ("罗飞宫殿很大", "Luo Fei Palace is large."),
        ("罗飞宫殿到达", "Luo Fei Palace arrived."),
        ("今天签署协议", "The agreement is signed today."),
        ("宫殿到达", "The palace arrived."),
        *((f"学员{n}号今天到达", f"Student number {n} arrived today.") for n in range(12)),
    ]
    (pairing,) = pair_terms(["罗飞"], from_pairs(pairs), lexicon=COMPANY_LEXICON,
                            settings=PairSettings(check_alignment=False))
    assert not pairing.candidates
    assert "runs on into" in pairing.abstained_reason
    (whole,) = pair_terms(["罗飞宫殿"], from_pairs(pairs), lexicon=COMPANY_LEXICON,
                          settings=PairSettings(check_alignment=False))
    assert whole.best is not None and whole.best.text == "Luo Fei Palace"


def test_a_name_part_always_inside_the_same_name_does_not_take_the_whole_name() -> None:
    # 罗 always stands before 飞 (one name): the English says "Luo Fei" for both, and the
    # dictionary reads neither word in the term.
    lexicon = Lexicon.from_pairs([("罗", "net"), ("宫殿", "palace")])
    examples = ["罗飞今天到了", "我们见到罗飞", "罗飞在宫殿"]
    assert inside_longer_name("罗", "Luo Fei", examples, lexicon)
    assert inside_longer_name("飞", "Luo Fei", examples, lexicon)


def test_a_term_seen_in_other_company_or_read_by_the_dictionary_keeps_its_answer() -> None:
    lexicon = Lexicon.from_pairs([("罗", "Luo"), ("宫殿", "palace")])
    examples = ["罗飞今天到了", "我们见到罗飞", "罗飞在宫殿"]
    # The dictionary reads "Luo" in 罗: the answer is read, not guessed.
    assert not inside_longer_name("罗", "Luo Fei", examples, lexicon)
    unread = Lexicon.from_pairs([("宫殿", "palace")])
    # Seen once without 飞: the corpus shows the term apart from the rest of the name.
    assert not inside_longer_name("罗", "Luo Fei", ["罗飞今天到了", "罗说", "罗飞在宫殿"], unread)
    # Glue and punctuation are no part of a name; one word is no longer name.
    assert not inside_longer_name("罗飞", "Luo Fei", ["罗飞的宫殿", "罗飞的书"], unread)
    assert not inside_longer_name("罗飞", "Luo Fei", ["“罗飞”", "“罗飞”说"], unread)
    assert not inside_longer_name("罗", "Luo", examples, unread)
    # An answer not written as a name is no name's: a word seen a few times in the same
    # compound keeps its rendering.
    assert not inside_longer_name("罗", "good offices", examples, unread)
    assert not inside_longer_name("罗", "LA Group", examples, unread)


def test_a_term_joined_to_the_rest_of_a_transliterated_name_is_half_a_name() -> None:
    unread = Lexicon.from_pairs([("宫殿", "palace")])
    # The middle dot and the hyphen join the parts of a name, as an ideograph would.
    dotted = ["梅斯巴·安萨里·多加赫(伊朗)", "副主席梅斯巴·安萨里·多加赫兼任报告员"]
    assert inside_longer_name("多加赫", "Mesbah Ansari Dogaheh", dotted, unread)
    hyphened = ["在纳戈尔诺-卡拉巴赫地区", "所谓纳戈尔诺-卡拉巴赫共和国"]
    assert inside_longer_name("纳戈尔诺", "Nagorno-Karabakh", hyphened, unread)
    # A hyphen between figures joins no name; one unhyphenated word is no longer name.
    ranged = ["2015-仙台框架", "2015-仙台框架的执行"]
    assert not inside_longer_name("仙台框架", "Sendai Framework", ranged, unread)
    assert not inside_longer_name("纳戈尔诺", "Nagorno", hyphened, unread)


def test_pairing_abstains_on_half_a_name_and_answers_the_whole() -> None:
    pairs = [
        ("罗飞今天到了", "Luo Fei arrived today."),
        ("我们见到罗飞", "We met Luo Fei."),
        ("罗飞在宫殿", "Luo Fei is in the palace."),
        ("罗飞很高", "Luo Fei is tall."),
        ("罗飞说", "Luo Fei said."),
        *((f"学员{n}号今天到了", f"Student number {n} arrived today.") for n in range(12)),
    ]
    lexicon = Lexicon.from_pairs([("罗", "net"), ("宫殿", "palace"), ("今天", "today")])
    # Asked apart: a term list holding both finds 罗 only where 罗飞 is not.
    for half in ("罗", "飞"):
        (part,) = pair_terms([half], from_pairs(pairs), lexicon=lexicon,
                             settings=PairSettings(check_alignment=False))
        assert not part.candidates
        assert "longer name" in part.abstained_reason
    (whole,) = pair_terms(["罗飞"], from_pairs(pairs), lexicon=lexicon,
                          settings=PairSettings(check_alignment=False))
    assert whole.best is not None and whole.best.text == "Luo Fei"


# A name longer than the candidates' ten-word cap (pairing's max_en_words).
def test_an_answer_at_the_cap_takes_in_the_word_before_it() -> None:
    from termbase.pair.context import completed_by_context

    examples = [("决定给联合国组织刚果民主共和国特派团拨款",
                 "decides to appropriate to the united nations organization mission in the "
                 "democratic republic of the congo the amount"),
                ("联合国组织刚果民主共和国特派团经费的筹措",
                 "financing of the united nations organization mission in the democratic "
                 "republic of the congo.")]
    cut = "nations organization mission in the democratic republic of the congo"
    assert completed_by_context("联合国组织刚果民主共和国特派团", cut, examples, LONG_NAMES,
                                max_words=10) == f"united {cut}"
    # Shorter than the cap, nothing was cut at either end: the first word stays out.
    assert completed_by_context("联合国组织刚果民主共和国特派团", cut, examples, LONG_NAMES,
                                max_words=11) == cut


# Span rules (issue 12): an answer that says a word of the Chinese the term is always
# followed by renders the longer string the term was cut from.
CUT_STRING_LEXICON = Lexicon.from_pairs([
    ("气候变化", "climate change"), ("不利", "adverse"), ("影响", "effect"),
    ("后果", "consequence"), ("减轻", "mitigate"), ("今天", "today"), ("报告", "report"),
])


def test_a_word_of_the_string_after_every_use_is_the_longer_strings() -> None:
    # 气候变化不利 is cut from 气候变化不利影响: "effects" renders 影响, which follows it in
    # every example, and no word of the term.
    examples = ["减轻气候变化不利影响的措施", "气候变化不利影响报告"]
    assert completes_longer_string(
        "气候变化不利", "adverse effects of climate change", examples,
        CUT_STRING_LEXICON) == "effects"


def test_glue_after_the_term_opens_the_longer_string() -> None:
    # The term is the first conjunct of a phrase whose head comes after the second:
    # "source" renders 来源, past 或.
    lexicon = Lexicon.from_pairs([("组织犯罪", "organized crime"), ("资金", "funds"),
                                  ("来源", "source"), ("后勤", "logistics")])
    examples = ["将组织犯罪作为资金或后勤的来源", "把组织犯罪作为资金或后勤的来源而获利"]
    assert completes_longer_string("组织犯罪作为资金", "organized crime as a source of funds",
                                   examples, lexicon) == "source"


def test_the_terms_own_words_and_a_rest_not_shared_are_no_evidence() -> None:
    examples = ["减轻气候变化不利影响的措施", "气候变化不利影响报告"]
    assert completes_longer_string("气候变化不利", "adverse climate change", examples,
                                   CUT_STRING_LEXICON) is None
    # Followed by 影响 once and by 后果 once: no one longer string.
    assert completes_longer_string(
        "气候变化不利", "adverse effects of climate change",
        ["减轻气候变化不利影响的措施", "气候变化不利后果报告"], CUT_STRING_LEXICON) is None
    # Glue alone after the term: nothing it is cut from.
    assert completes_longer_string(
        "气候变化", "effects of climate change", ["气候变化的报告", "气候变化的影响"],
        CUT_STRING_LEXICON) is None
    # One example is an anecdote.
    assert completes_longer_string(
        "气候变化不利", "adverse effects of climate change", examples[:1],
        CUT_STRING_LEXICON) is None


MISSION_LEXICON = Lexicon.from_pairs([
    ("乌克兰", "Ukraine"), ("常驻", "permanent"), ("联合国", "United Nations"),
    ("代表团", "delegation"), ("给", "give"), ("秘书长", "Secretary-General"),
])


def test_a_word_the_fully_read_term_does_not_mean_renders_the_string_after_it() -> None:
    # 乌克兰常驻 always stands before 代表团 (one word away or next to it): the answer
    # says "Ukraine" and "Permanent", all the term says, and "Mission", which the
    # dictionary gives for no word of the term (nor of the rest: 代表团 is "delegation").
    examples = ["乌克兰常驻联合国代表团给秘书长的普通照会", "乌克兰常驻代表团谨此告知"]
    assert completes_past_reading("乌克兰常驻", "Permanent Mission of Ukraine", examples,
                                  MISSION_LEXICON) == "Mission"
    # The same term answered by its own words only says nothing more.
    assert completes_past_reading("乌克兰常驻", "Permanent Ukraine", examples,
                                  MISSION_LEXICON) is None


def test_a_character_s_sense_inside_a_word_does_not_make_the_extra_word_the_term_s() -> None:
    # 重 alone glosses "attach importance", but 尊重 is the word "respect": "importance"
    # is no word of 尊重人道主义, which always stands before 原则 "principle".
    lexicon = Lexicon.from_pairs([("尊重", "respect"), ("重", "attach importance"),
                                  ("人道主义", "humanitarian"), ("原则", "principle")])
    examples = ["充分尊重人道主义原则的重要性", "各方尊重人道主义原则"]
    assert completes_past_reading("尊重人道主义", "respecting the importance of humanitarian",
                                  examples, lexicon) == "importance"


def test_a_term_read_in_part_or_followed_by_no_one_string_is_left_alone() -> None:
    examples = ["乌克兰常驻联合国代表团给秘书长的普通照会", "乌克兰常驻联合国代表团谨此告知"]
    # A part the dictionary cannot read (a name) may be what the extra word says.
    assert completes_past_reading("乌克兰常驻", "Permanent Mission of Ukraine", examples,
                                  Lexicon.from_pairs([("常驻", "permanent")])) is None
    # The answer leaves out a word the term means: no evidence it is the term's whole.
    assert completes_past_reading("乌克兰常驻", "Permanent Mission", examples,
                                  MISSION_LEXICON) is None
    # Followed by different words, or by the end of a clause: no head it stands before.
    assert completes_past_reading(
        "乌克兰常驻", "Permanent Mission of Ukraine",
        ["乌克兰常驻联合国代表团给秘书长", "乌克兰常驻秘书长"], MISSION_LEXICON) is None
    assert completes_past_reading(
        "乌克兰常驻", "Permanent Mission of Ukraine",
        ["乌克兰常驻联合国代表团给秘书长", "代表团来自乌克兰常驻。"], MISSION_LEXICON) is None
    # One example is an anecdote.
    assert completes_past_reading("乌克兰常驻", "Permanent Mission of Ukraine", examples[:1],
                                  MISSION_LEXICON) is None
    # A word the reading of the term needs is the term's, however its stem compares:
    # "extrabudgetary" is read as 外 "outside" + 预算 "budget".
    budget = Lexicon.from_pairs([("预算", "budget"), ("外", "outside"), ("资源", "resources")])
    assert completes_past_reading("预算外", "extrabudgetary", ["预算外资源的使用", "预算外资源和"],
                                  budget) is None
    assert completes_past_reading("预算外", "extrabudgetary funds",
                                  ["预算外资源的使用", "预算外资源和"], budget) == "funds"
    # A gloss's word inflected says nothing more ("eyed" of 斗鸡眼 "cross eye"), though the
    # stemmer leaves the short word whole.
    assert completes_past_reading(
        "斗鸡眼", "cross eyed", ["右侧的斗鸡眼中年人", "斗鸡眼中年人说"],
        Lexicon.from_pairs([("斗鸡眼", "cross eye"), ("中年人", "middle-aged man")])) is None


def test_pairing_abstains_on_a_fragment_answered_past_its_reading() -> None:
    pairs = [
        *((f"{n}年乌克兰常驻联合国代表团给秘书长的普通照会",
           f"Note verbale dated {n} from the Permanent Mission of Ukraine to the United "
           f"Nations addressed to the Secretary-General") for n in range(2001, 2007)),
        *((f"秘书长报告{n}", f"Report {n} of the Secretary-General.") for n in range(8)),
    ]
    (pairing,) = pair_terms(["乌克兰常驻"], from_pairs(pairs), lexicon=MISSION_LEXICON,
                            settings=PairSettings(check_alignment=False))
    assert not pairing.candidates
    assert "says more than the term" in pairing.abstained_reason


def test_pairing_abstains_on_a_cut_string_answered_with_its_whole() -> None:
    pairs = [
        *((f"{n}年气候变化不利影响报告", f"Report on the adverse effects of climate change {n}.")
          for n in range(2001, 2007)),
        *((f"今天报告{n}", f"Report {n} today.") for n in range(8)),
    ]
    (pairing,) = pair_terms(["气候变化不利"], from_pairs(pairs), lexicon=CUT_STRING_LEXICON,
                            settings=PairSettings(check_alignment=False))
    assert not pairing.candidates
    assert "longer string" in pairing.abstained_reason


def test_an_answer_saying_whose_the_thing_is_renders_the_sentence() -> None:
    # "my" is the letter's voice; 政府指示 says no one's instructions.
    pairs = [(f"奉政府指示，谨转递第{n}号信",
              f"On instructions from my Government, I transmit letter {n}.") for n in range(8)]
    pairs += [(f"第{n}号报告", f"Report number {n}.") for n in range(8)]
    lexicon = Lexicon.from_pairs([("政府", "government"), ("指示", "instruction")])
    (pairing,) = pair_terms(["政府指示"], from_pairs(pairs), lexicon=lexicon,
                            settings=PairSettings(check_alignment=False))
    assert not pairing.candidates
    assert "whose the thing is" in pairing.abstained_reason
    assert voice_possessive("行动力度", "strengthen our efforts",
                            ["加大行动力度"]) == "our"


def test_a_possessive_the_term_or_its_title_says_is_kept() -> None:
    # 本 says "our"; "its" is the placeholder of a glossary's verb phrase; a third
    # person's possessive is English grammar on a part of a body.
    assert voice_possessive("后脑勺", "back of his head", ["后脑勺"]) is None
    assert voice_possessive("本组织", "our Organization", ["本组织的工作"]) is None
    assert voice_possessive("发表意见", "express its views", ["发表意见"]) is None
    # A title keeps its wording: the term is cited in title marks.
    assert voice_possessive("政治宣言：加大行动力度", "Political Declaration: Intensifying our "
                            "Efforts", ["通过了《政治宣言：加大行动力度》"]) is None


_COMPLETED_SPAN_LEXICON = Lexicon.from_pairs([
                    ("大岛", "isle"), ("屿", "islet"), ("发达国家", "developed country"),
                    ("大", "large"), ("国", "State"), ("国家", "State"),
                    ("方案", "programme"), ("方案", "proposal"), ("预算", "budget"), ("拟议",
                                                                                "proposed"),
                    ("预算外", "extrabudgetary"),
])


# An answer that stops short of the term's phrase takes in the words its sentences
# always put beside it, when the term means them.

def test_a_modifier_left_without_its_head_takes_the_head_and_what_precedes() -> None:
    examples = [
        ("大岛屿发达国家的报告", "the report of large island developed States on trade"),
        ("支持大岛屿发达国家", "support for large island developed States, as requested"),
    ]
    assert completed_by_context("大岛屿发达国家", "island developed", examples,
                                _COMPLETED_SPAN_LEXICON) == "large island developed States"


def test_a_word_the_term_does_not_mean_stays_out() -> None:
    examples = [("预算外资源增加", "extrabudgetary resources increased"),
                ("使用预算外资源", "the use of extrabudgetary resources")]
    assert completed_by_context("预算外", "extrabudgetary", examples,
                                _COMPLETED_SPAN_LEXICON) == "extrabudgetary"


def test_a_whole_phrase_keeps_its_first_word_out() -> None:
    # "proposed" is always before it and 方案 may mean it, but nothing was cut at the end.
    examples = [("方案预算第一款", "the proposed programme budget, section 1"),
                ("关于方案预算的报告", "report on the proposed programme budget.")]
    assert completed_by_context("方案预算", "programme budget", examples,
                                _COMPLETED_SPAN_LEXICON) == "programme budget"


def test_uses_that_disagree_or_end_the_sentence_add_nothing() -> None:
    examples = [("大岛屿发达国家的报告", "the report of large island developed States"),
                ("支持大岛屿发达国家", "support for large island developed countries")]
    assert completed_by_context("大岛屿发达国家", "island developed", examples,
                                _COMPLETED_SPAN_LEXICON) == "island developed"
    ended = [("大岛屿发达国家的报告", "the report of large island developed"),
             ("支持大岛屿发达国家", "support for large island developed States")]
    assert completed_by_context("大岛屿发达国家", "island developed", ended,
                                _COMPLETED_SPAN_LEXICON) == "island developed"


def test_one_example_is_an_anecdote() -> None:
    examples = [("大岛屿发达国家的报告", "the report of large island developed States")]
    assert completed_by_context("大岛屿发达国家", "island developed", examples,
                                _COMPLETED_SPAN_LEXICON) == "island developed"


_NEIGHBOUR_IN_SPAN_LEXICON = Lexicon.from_pairs([
                       ("特别", "special"), ("协调员", "mediator"), ("代表", "on behalf of"),
                       ("发言", "speak"), ("小组", "group"),
])


EXAMPLES = ["副主席代表特别协调员发言说", "副主席代表特别协调员发言，介绍了报告"]


# A candidate that runs over the term's company into words the dictionary reads nowhere
# is the neighbour's rendering too, when nothing in it is the term's.

def test_a_span_holding_the_company_s_words_and_none_of_the_term_s_is_refused() -> None:
    # 代表 … 发言 says "speaking on behalf of" beside the term in both pairs; the
    # dictionary reads "Coordinator" nowhere, so the term owns no word of the span.
    assert neighbour_rendering("特别协调员", "speaking on behalf of the Coordinator",
                               EXAMPLES, _NEIGHBOUR_IN_SPAN_LEXICON)


def test_a_span_with_a_word_the_term_means_is_kept() -> None:
    assert not neighbour_rendering("特别协调员", "speaking on behalf of the Special Coordinator",
                                   EXAMPLES, _NEIGHBOUR_IN_SPAN_LEXICON)


def test_a_word_the_sentences_do_not_say_is_no_neighbour() -> None:
    assert not neighbour_rendering("特别协调员", "Coordinator", EXAMPLES,
                                   _NEIGHBOUR_IN_SPAN_LEXICON)


def test_a_word_said_beside_in_one_pair_only_is_no_evidence() -> None:
    examples = ["副主席代表特别协调员发言说", "特别协调员小组介绍了报告"]
    assert not neighbour_rendering("特别协调员", "speaking on behalf of the Coordinator",
                                   examples, _NEIGHBOUR_IN_SPAN_LEXICON)



# A term whose edge falls inside a word of its sentences is a cut string: the word of the
# answer that the straddling word renders, which the term says only by its lone last
# character, is the longer string's (termbase.pair.context.ends_inside_a_word, issue 12):
# 叙利亚人 "Syrian people", where both example pairs say 叙利亚人民.

_EDGE = Lexicon.from_pairs([("叙利亚", "Syria"), ("叙利亚", "Syrian"), ("人", "people"),
                            ("人", "person"), ("人民", "people"), ("民", "people"),
                            ("人道主义", "humanitarian"), ("局势", "situation"),
                            ("苦难", "suffering"), ("援助", "assistance")])


def test_a_word_straddling_the_terms_edge_in_every_pair_is_the_longer_strings() -> None:
    examples = ["才能向叙利亚人民提供援助。", "结束叙利亚人民苦难的唯一途径"]
    assert ends_inside_a_word("叙利亚人", "Syrian people", examples, _EDGE) == "people"
    # A pair holding the string twice, inside two other words (叙利亚人道主义 beside
    # 叙利亚人民): the word of one of them says it.
    twice = "解决叙利亚人道主义局势，结束叙利亚人民苦难"
    assert ends_inside_a_word("叙利亚人", "Syrian people", [examples[0], twice],
                              _EDGE) == "people"
    # One use standing apart (叙利亚人在叙利亚领导下), a pair whose straddling words give
    # none of the answer, a word a longer word of the term gives, or a term ending in a
    # word of two characters: none.
    assert ends_inside_a_word("叙利亚人", "Syrian people",
                              [examples[0], "叙利亚人在叙利亚领导下对话"], _EDGE) is None
    assert ends_inside_a_word("叙利亚人", "Syrian people",
                              [examples[0], "叙利亚人道主义局势"], _EDGE) is None
    assert ends_inside_a_word("叙利亚人", "Syrian", examples, _EDGE) is None
    assert ends_inside_a_word("叙利亚人民", "Syrian people",
                              ["向叙利亚人民提供援助", "叙利亚人民苦难"], _EDGE) is None
