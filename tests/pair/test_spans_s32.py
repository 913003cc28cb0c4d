"""Session 32's span rules (issue 12, errors of the WMT 2023 development half): an answer
that runs on into the rendering of the words the term always stands beside, where the
dictionary cannot cut it back to the term, is no answer."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.context import core_by_context, runs_into_company
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms

LEXICON = Lexicon.from_pairs([
    ("学员", "student"), ("白银", "silver"), ("宫殿", "palace"), ("协议", "agreement"),
    ("签署", "sign"), ("今天", "today"), ("到达", "arrive"),
])


def test_a_head_noun_the_neighbour_says_is_the_sentences_not_the_terms() -> None:
    # 白银 always stands before 学员: "students" renders the neighbour, but it is the
    # phrase's last word, which core_by_context never cuts.
    examples = ["三名白银学员到达了", "白银学员今天签署协议", "那些白银学员很强"]
    assert core_by_context("白银", "silver students", examples, LEXICON) == "silver students"
    assert runs_into_company("白银", "silver students", examples, LEXICON)


def test_a_name_the_dictionary_cannot_read_keeps_no_company() -> None:
    # The dictionary reads nothing of 罗飞, so nothing confirms "Luo Fei" as the term's,
    # but "Palace" translates 宫殿 beside it in every pair.
    examples = ["罗飞宫殿今天到达", "我们到了罗飞宫殿", "罗飞宫殿签署协议"]
    assert core_by_context("罗飞", "Luo Fei Palace", examples, LEXICON) == "Luo Fei Palace"
    assert runs_into_company("罗飞", "Luo Fei Palace", examples, LEXICON)


def test_words_the_term_means_are_never_the_companys() -> None:
    examples = ["白银学员到达了", "白银学员今天签署协议"]
    # "silver" is the term's own; the rest is what it may leave to its context.
    assert not runs_into_company("白银", "silver", examples, LEXICON)
    lexicon = Lexicon.from_pairs([("白银学员", "silver student"), ("学员", "student")])
    assert not runs_into_company("白银学员", "silver students", examples, lexicon)


def test_company_said_in_only_some_pairs_is_no_evidence() -> None:
    examples = ["白银学员到达了", "白银今天签署协议"]
    assert not runs_into_company("白银", "silver students", examples, LEXICON)
    assert not runs_into_company("白银", "silver students", examples[:1], LEXICON)


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
    assert not runs_into_company("白银", "silver students", glue, LEXICON)


def test_figures_and_acronyms_are_left_to_the_other_rules() -> None:
    examples = ["2020年白银学员到达", "2020年白银学员签署"]
    assert not runs_into_company("白银", "2020 silver", examples, LEXICON)
    assert not runs_into_company("罗飞", "UNLF Palace", ["罗飞宫殿", "罗飞宫殿到达"], LEXICON)


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
    (pairing,) = pair_terms(["罗飞"], from_pairs(pairs), lexicon=LEXICON,
                            settings=PairSettings(check_alignment=False))
    assert not pairing.candidates
    assert "runs on into" in pairing.abstained_reason
    (whole,) = pair_terms(["罗飞宫殿"], from_pairs(pairs), lexicon=LEXICON,
                          settings=PairSettings(check_alignment=False))
    assert whole.best is not None and whole.best.text == "Luo Fei Palace"
