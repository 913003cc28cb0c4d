"""The dictionary's glosses read as whole phrases, and an answer that cuts one (issue 12:
termbase.pair.phrases)."""

from __future__ import annotations

from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms
from termbase.pair.phrases import cut_gloss, entry_glosses, gloss_phrases, phrases_of

from ._fixtures import WordListDictionary

DICTIONARY = WordListDictionary({"代表": "on behalf of", "欧洲联盟": "European Union",
                                 "截止日": "deadline; cut-off date", "截止": "cut-off point",
                                 "期": "period", "工作人员": "staff member",
                                 "员": "member", "资源": "natural resource"})
PHRASES = {"代表": ("on behalf of",), "截止日": ("cut-off date",),
           "工作人员": ("staff member",), "资源": ("natural resource",)}


def phrases(word: str) -> tuple[str, ...]:
    return PHRASES.get(word, ())


def test_glosses_read_as_phrases_with_their_function_words() -> None:
    assert gloss_phrases(["deadline; cut-off date"]) == ("cut-off date",)
    assert gloss_phrases(["representative", "to represent", "on behalf of",
                          "CL:位[wei4]"]) == ("on behalf of",)
    assert gloss_phrases(["Saint Petersburg (city in Russia)"]) == ("Saint Petersburg",)
    # A verb's sense, synonyms joined and a leading article are no phrase of a noun.
    assert gloss_phrases(["to have jurisdiction", "rules and regulations",
                          "the following"]) == ()
    lines = ["# a comment", "截止日 截止日 [jie2 zhi3 ri4] /deadline; cut-off date/",
             "日期 日期 [ri4 qi1] /date/CL:個|个[ge4]/"]
    glosses = entry_glosses(lines)
    assert glosses == {"截止日": "deadline; cut-off date/", "日期": "date/CL:個|个[ge4]/"}
    dictionary = WordListDictionary({"截止日": "deadline; cut-off date", "日期": "date"})
    read = phrases_of(dictionary, lambda: glosses)
    assert read("截止日") == ("cut-off date",)
    assert read("日期") == ()


def test_a_phrase_is_read_only_where_the_lexicon_gives_its_words() -> None:
    source = {"代表": "representative/in the name of/on behalf of/"}
    read = phrases_of(DICTIONARY, lambda: source)
    # The word list glosses 代表 "on behalf of" only: "in the name of" is another lexicon's.
    assert read("代表") == ("on behalf of",)
    assert read("欧洲联盟") == ()


def test_an_answer_inside_a_gloss_every_example_says_grows_to_it() -> None:
    examples = ["I have the honour, on behalf of the European Union, to introduce it.",
                "Italy (on behalf of the European Union) made a statement."]
    cut = cut_gloss("代表欧洲联盟", "behalf of the European Union", examples, DICTIONARY,
                    phrases)
    assert cut is not None
    assert cut.gloss == "on behalf of"
    assert cut.whole == "on behalf of the European Union"
    assert cut.added == ()  # "on" only
    # The answer that says the gloss whole is no cut.
    assert cut_gloss("代表欧洲联盟", "on behalf of the European Union", examples,
                     DICTIONARY, phrases) is None


def test_examples_cutting_the_gloss_in_different_ways_leave_no_whole() -> None:
    examples = ["the time lag between the due date and payment of contributions",
                "the debt, which had a cut-off date of 10 December 1983"]
    cut = cut_gloss("截止日期", "date", examples, DICTIONARY, phrases)
    assert cut is not None and cut.whole is None and cut.gloss == "cut-off date"


def test_a_gloss_fewer_than_half_the_examples_say_is_one_sentence_wording() -> None:
    examples = ["the due date", "the cut-off date was set", "a date was agreed",
                "dates of meetings"]
    assert cut_gloss("截止日期", "date", examples, DICTIONARY, phrases) is None
    # Half of them: the answer is a part of what the English says.
    cut = cut_gloss("截止日期", "date", examples[1:3], DICTIONARY, phrases)
    assert cut is not None and cut.whole is None


def test_a_word_one_character_says_is_no_part_spelled_out() -> None:
    # 员 "member" is one character: "staff" stands for 工作人员.
    examples = ["staff members left", "the staff members of the mission"]
    assert cut_gloss("工作人员", "staff", examples, DICTIONARY, phrases) is None


def test_a_modifier_no_part_of_the_word_says_is_left_out_rightly() -> None:
    # 资 and 源 say nothing of "natural": English says "resources" for 资源.
    examples = ["the management of natural resources", "resources were allocated"]
    assert cut_gloss("资源", "resources", examples, DICTIONARY, phrases) is None


def test_an_answer_of_several_words_grows_only_by_function_words() -> None:
    # "intellectual property" may be the whole name the sentences extend: no cut, though
    # 产权 spells out the "rights" of the gloss and every example says it.
    dictionary = WordListDictionary({"知识产权": "intellectual property rights",
                                     "知识": "knowledge; intellectual",
                                     "产权": "property rights"})
    examples = ["the protection of intellectual property rights",
                "intellectual property rights worldwide"]
    assert cut_gloss("知识产权", "intellectual property", examples, dictionary,
                     lambda word: ("intellectual property rights",)
                     if word == "知识产权" else ()) is None
    # One word is cut by it.
    cut = cut_gloss("知识产权", "property", examples, dictionary,
                    lambda word: ("intellectual property rights",)
                    if word == "知识产权" else ())
    assert cut is not None and cut.whole == "intellectual property rights"
    assert cut.added == ("intell", "right")


PAIRS = [
    *[(f"{c}代表欧洲联盟发言。", f"{e} spoke on behalf of the European Union.")
      for c, e in (("意大利", "Italy"), ("法国", "France"), ("德国", "Germany"),
                   ("芬兰", "Finland"))],
    *[(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
      for n in range(30)],
]


def test_pairing_answers_with_the_whole_gloss_around_the_cut() -> None:
    # Linking alone prefers the span without the function word the lexicon drops.
    [pairing] = pair_terms(["代表欧洲联盟"], from_pairs(PAIRS, "t"), lexicon=DICTIONARY,
                           settings=PairSettings(min_cooccurrence=2, min_support=2,
                                                 check_alignment=False))
    assert pairing.best is not None
    assert pairing.best.text.lower().startswith("on behalf of")
