"""Session 32's span rules (issue 12, errors of the WMT 2023 development half): an answer
that runs on into the rendering of the head word that always follows the term, where the
dictionary cannot cut it back to the term, is no answer; nor is a whole name for a part of
it that never stands apart from the rest."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.context import core_by_context, inside_longer_name, runs_into_company
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
