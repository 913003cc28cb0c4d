"""Bilingual termhood: mined concepts ordered by their Chinese rank and their English."""

from __future__ import annotations

from collections.abc import Mapping

from pair._fixtures import WordListDictionary
from termbase.extract.model import Candidate as Concept
from termbase.extract.model import Variant
from termbase.pair.results import Candidate, TermPairing
from termbase.pair.termhood import (
    ECHO,
    NO_ENGLISH,
    RENDERED,
    SUPPORT_CAP,
    Termhood,
    acronym,
    answer_names,
    lone_modifier,
    rank_concepts,
    short_form_keys,
    short_form_of,
    spelled,
)


def _concept(term: str, *variants: str) -> Concept:
    return Concept(term, 1.0, 10, 1, ("ngram",),
                   variants=tuple(Variant(v, "short form", 5) for v in variants))


def _paired(term: str, english: str | None, support: int = 5,
            occurrences: int = 6) -> TermPairing:
    if english is None:
        return TermPairing(term, occurrences,
                           abstained_reason="no candidate linked often enough")
    return TermPairing(term, occurrences, (Candidate(english, 0.8, support, support, support,
                                                     0.8, 20.0),))


def _rank(concepts: list[Concept], english: Mapping[str, str | None],
          dictionary: WordListDictionary | None = None) -> list[tuple[str, Termhood]]:
    pairings = {term: _paired(term, answer) for term, answer in english.items()}
    return [(concepts[i].term, t) for i, t in rank_concepts(concepts, pairings, dictionary)]


def test_a_concept_without_english_goes_after_every_rendered_one() -> None:
    concepts = [_concept("采取行动"), _concept("人权"), _concept("法治")]
    ranked = _rank(concepts, {"采取行动": None, "人权": "human rights", "法治": "rule of law"})
    assert [term for term, _ in ranked] == ["人权", "法治", "采取行动"]
    assert ranked[-1][1].tier == NO_ENGLISH and "no English" in ranked[-1][1].reason


def test_a_variant_s_english_is_the_concept_s() -> None:
    concepts = [_concept("联合国开发计划署", "开发署"), _concept("人权")]
    ranked = _rank(concepts, {"联合国开发计划署": None, "开发署": "UNDP", "人权": "human rights"})
    assert ranked[0][0] == "联合国开发计划署" and ranked[0][1].tier == RENDERED


def test_a_capitalised_answer_counts_as_a_better_chinese_rank() -> None:
    concepts = [_concept(t) for t in ("人权", "发展", "执行情况", "安全理事会")]
    english = {"人权": "human rights", "发展": "development", "执行情况": "implementation",
               "安全理事会": "Security Council"}
    ranked = [term for term, _ in _rank(concepts, english)]
    # Fourth by its Chinese rank, third with its capitals; not ahead of the first two.
    assert ranked == ["人权", "发展", "安全理事会", "执行情况"]
    assert "capitalised" in dict(_rank(concepts, english))["安全理事会"].reason


def test_lower_cased_english_keeps_the_chinese_order() -> None:
    concepts = [_concept(t) for t in ("人权", "发展", "执行情况", "安全理事会")]
    english = {"人权": "human rights", "发展": "development", "执行情况": "implementation",
               "安全理事会": "security council"}
    assert [term for term, _ in _rank(concepts, english)] == ["人权", "发展", "执行情况",
                                                               "安全理事会"]


def test_a_phrase_around_a_better_ranked_term_rendered_alike_is_an_echo() -> None:
    concepts = [_concept("临时议程"), _concept("会议临时议程"), _concept("人权")]
    english = {"临时议程": "provisional agenda", "会议临时议程": "provisional agenda",
               "人权": "human rights"}
    dictionary = WordListDictionary({"会议": "meeting", "临时": "provisional", "议程": "agenda"})
    ranked = _rank(concepts, english, dictionary)
    assert [term for term, _ in ranked] == ["临时议程", "人权", "会议临时议程"]
    assert ranked[-1][1].tier == ECHO and "临时议程" in ranked[-1][1].reason


def test_a_fragment_of_a_better_ranked_term_rendered_alike_is_an_echo() -> None:
    concepts = [_concept("残疾人"), _concept("人权"), _concept("残疾")]
    english = {"残疾人": "persons with disabilities", "人权": "human rights",
               "残疾": "persons with disabilities"}
    dictionary = WordListDictionary({"人": "person", "残疾": "disability"})
    ranked = _rank(concepts, english, dictionary)
    assert ranked[-1][0] == "残疾" and ranked[-1][1].tier == ECHO


def test_the_dictionary_overrules_an_echo_it_contradicts() -> None:
    # The phrase outranks the term: the shorter one is no fragment, since the English
    # does not say what the longer adds (实现, "achieve").
    concepts = [_concept("实现可持续发展目标"), _concept("可持续发展目标")]
    english = {"实现可持续发展目标": "Sustainable Development Goals",
               "可持续发展目标": "Sustainable Development Goals"}
    dictionary = WordListDictionary({"实现": "achieve"})
    assert all(t.tier == RENDERED for _, t in _rank(concepts, english, dictionary))
    # Without a dictionary, the one ranked lower is the echo.
    assert [t.tier for _, t in _rank(concepts, english)] == [RENDERED, ECHO]


def test_different_english_or_unrelated_terms_are_no_echoes() -> None:
    concepts = [_concept(t) for t in ("安理会", "安全理事会", "人权", "人权理事会")]
    english = {"安理会": "Security Council", "安全理事会": "Security Council",
               "人权": "human rights", "人权理事会": "Human Rights Council"}
    assert all(t.tier == RENDERED for _, t in _rank(concepts, english))


def test_a_concept_s_termhood_carries_its_answer() -> None:
    concepts = [_concept("联合国开发计划署", "开发署"), _concept("采取行动")]
    ranked = dict(_rank(concepts, {"联合国开发计划署": None, "开发署": "UNDP", "采取行动": None}))
    assert ranked["联合国开发计划署"].english == "UNDP"
    assert ranked["采取行动"].english is None


# Where two nested terms are both answered by an acronym that names the longer whole, the
# dictionary reads no word in the acronym, so its letters tell which term it renders.
_WORDS = WordListDictionary({"近东": "near east", "救济": "relief", "工程": "engineering",
                             "处": "office", "人权": "human rights", "问题": "question"})


def _ranked(english: dict[str, str]) -> list[tuple[str, int, str]]:
    concepts = [_concept(term) for term in english]
    return [(term, t.tier, t.reason) for term, t in _rank(concepts, english, _WORDS)]


def test_an_acronym_is_one_word_no_entry_glosses() -> None:
    assert acronym("UNRWA", _WORDS) == "unrwa"
    assert acronym("unrwa", _WORDS) == "unrwa"  # a lower-cased corpus
    assert acronym("relief", _WORDS) is None  # an English word the dictionary knows
    assert acronym("UN", _WORDS) is None and acronym("COVID-19", _WORDS) is None


def test_an_acronym_spells_the_readings_of_words_in_order() -> None:
    assert spelled("近东救济", "unrwa", _WORDS) == 1.0  # (n)ear east, (r)elief
    assert spelled("问题", "unrwa", _WORDS) == 0.0
    assert spelled("不明", "unrwa", _WORDS) is None


def test_a_name_whose_added_words_the_acronym_spells_is_no_phrase_around_its_piece() -> None:
    # Without the letters, the longer name ranked below its piece was the piece's
    # phrase: the dictionary reads nothing of 近东救济 in 'unrwa'. Now the two disagree
    # with the extractor's order, and neither is an echo.
    ranked = _ranked({"工程处": "unrwa", "人权问题": "human rights", "近东救济工程处": "unrwa"})
    assert [(term, tier) for term, tier, _ in ranked] == [
        ("工程处", RENDERED), ("人权问题", RENDERED), ("近东救济工程处", RENDERED)]


def test_a_word_the_acronym_does_not_spell_still_makes_a_phrase_an_echo() -> None:
    ranked = _ranked({"近东救济工程处": "UNRWA", "近东救济工程处问题": "UNRWA"})
    assert [tier for _, tier, _ in ranked] == [RENDERED, ECHO]


# Bilingual termhood weighs how many pairs attest a concept's answer.
def _order(answers: list[tuple[str, str, int]]) -> list[str]:
    concepts = [_concept(term) for term, _, _ in answers]
    pairings = {term: _paired(term, english, support, support)
                for term, english, support in answers}
    return [concepts[i].term for i, _ in rank_concepts(concepts, pairings)]


def test_an_answer_attested_in_many_pairs_outranks_a_name_used_once_ranked_just_above() -> None:
    # Extraction ranks the long title above 酷刑; its English is attested once, 酷刑's in
    # 20 (lower-cased English, as MultiUN's: no capitals to tell).
    order = _order([("一般性辩论", "general debate", 8),
                    ("关于和平解决国际争端的马尼拉宣言",
                     "manila declaration on the peaceful settlement of international disputes", 1),
                    ("酷刑", "torture", 20)])
    assert order == ["一般性辩论", "酷刑", "关于和平解决国际争端的马尼拉宣言"]


def test_support_past_the_cap_adds_nothing() -> None:
    # A general word used in hundreds of pairs does not climb over a term in enough pairs.
    order = _order([("工作方法", "working methods", SUPPORT_CAP),
                    ("委员会", "committee", 50 * SUPPORT_CAP)])
    assert order == ["工作方法", "委员会"]


def test_the_chinese_rank_still_counts_among_well_attested_answers() -> None:
    order = _order([(f"术语{i}", f"term {i}", 5 + i) for i in range(4)])
    assert order == ["术语0", "术语1", "术语2", "术语3"]


# A short form answered as its full form (how mine folds the two: test_mining.py).
def test_a_short_form_is_one_that_abbreviates_the_other_answered_alike() -> None:
    assert short_form_of(["安理会"], "Security Council", ["安全理事会"], "security council")
    assert short_form_of(["常驻联合国代表团"], "Permanent Mission", ["常驻代表团"],
                         "Permanent Mission")
    # Answered otherwise, or a word of its own inside the longer (no abbreviation).
    assert not short_form_of(["安理会"], "Council", ["安全理事会"], "Security Council")
    assert not short_form_of(["理事会"], "Council", ["安全理事会"], "Council")


def test_a_short_form_that_drops_the_full_forms_first_word_is_one() -> None:
    # The organisation a body belongs to, or a first qualifier, is left out with the
    # other characters: 环境署 of 联合国环境规划署, 监督厅 of 内部监督事务厅.
    assert short_form_of(["环境署"], "UNEP", ["联合国环境规划署"],
                         "United Nations Environment Programme")
    assert short_form_of(["监督厅"], "Office of Internal Oversight Services", ["内部监督事务厅"],
                         "Office of Internal Oversight Services")
    assert short_form_keys(["环境署"]) & short_form_keys(["联合国环境规划署"])
    # Answered otherwise, a lone first character left out, or a word of the full form's
    # own (no abbreviation of its rest) is none.
    assert not short_form_of(["环境署"], "UNEP", ["联合国开发计划署"],
                             "United Nations Development Programme")
    assert not short_form_of(["国际署"], "IA", ["各国际机构署"], "IA")
    assert not short_form_of(["规划署"], "UNEP", ["联合国环境规划署"],
                             "United Nations Environment Programme")


def test_a_short_form_answered_by_the_acronym_of_the_full_form_s_answer_is_one() -> None:
    assert short_form_of(["非洲经委会"], "ECA", ["非洲经济委员会"],
                         "Economic Commission for Africa")
    # A lower-cased corpus, the answer's words in the plural.
    assert short_form_of(["信息和通信技术"], "information and communication technologies",
                         ["信通技术"], "ict")
    # Other letters, or Chinese forms that do not abbreviate one another.
    assert not short_form_of(["非洲经委会"], "ECLAC", ["非洲经济委员会"],
                             "Economic Commission for Africa")
    assert not short_form_of(["拉加经委会"], "ECA", ["非洲经济委员会"],
                             "Economic Commission for Africa")
    assert answer_names("Economic Commission for Africa") == {
        "economic commission for africa", "eca"}
    assert answer_names("rule of law") == {"rule of law"}  # two letters: no acronym


# Words the dictionary glosses are no acronyms (an unknown word may be one: "uncitral").
_GLOSSED = WordListDictionary({"单方面": "unilateral", "社会经济": "socioeconomic",
                               "流离失所": "displaced", "裂变": "fissile", "材料": "material",
                               "难民": "refugees"})


def test_a_concept_rendered_by_a_modifier_alone_goes_after_the_rendered_ones() -> None:
    # 单方面 "unilateral" qualifies a noun and names no concept: ranked first in Chinese,
    # it goes after the terms; a noun-headed answer keeps its place.
    concepts = [_concept(t) for t in ("单方面", "裂变材料", "不限成员名额", "贸易法委员会")]
    english = {"单方面": "unilateral", "裂变材料": "fissile material",
               "不限成员名额": "open-ended", "贸易法委员会": "uncitral"}
    ranked = _rank(concepts, english, _GLOSSED)
    assert [term for term, _ in ranked] == ["裂变材料", "不限成员名额", "贸易法委员会", "单方面"]
    assert ranked[-1][1].tier == ECHO and "a modifier alone" in ranked[-1][1].reason
    assert ranked[-1][1].english == "unilateral"


def test_a_modifier_alone_is_one_word_shaped_as_an_adjective_or_participle() -> None:
    assert lone_modifier("socioeconomic", _GLOSSED) and lone_modifier("displaced", _GLOSSED)
    assert not lone_modifier("fissile material", _GLOSSED)  # a noun phrase
    assert not lone_modifier("open-ended", _GLOSSED)  # a hyphenated compound glossaries list
    assert not lone_modifier("uncitral", _GLOSSED)  # an acronym in a lower-cased corpus
    assert not lone_modifier("refugees", _GLOSSED)
