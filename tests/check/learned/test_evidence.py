"""What the learned check reads of the draft (DraftEvidence): a term's neighbours and its
word edges in the source as written (issue 13): a glossary term blanked out of the runs
keeps candidates from cutting it, but the words around a candidate run on across it all
the same.

With a mined glossary holding 国家 and 经济, the tuning parts gave 特别是在发展中 (of
特别是在发展中国家, "especially in developing countries") as a term standing as whole
words, and 许多发展中 "many developing economies" (许多发展中经济体) as a variant whose
neighbour 经济体 was out of sight: four false warnings and four false hints."""

from __future__ import annotations

import pytest

from check._stand_in import EMBARGO as _EMBARGO
from check._stand_in import LEARNED, PRIVATE, learned_finding, learned_found, pair_draft
from check.learned._abuse_lines import ABUSE, CHILDREN, NORM
from termbase.check import check_draft
from termbase.check.context import CheckContext
from termbase.check.draft import Draft
from termbase.check.glosses import Gloss
from termbase.check.learned import candidates, evidence, readings
from termbase.check.learned.dictionary import standing_as_words
from termbase.check.learned.evidence import DraftEvidence, WordEvidence, written_around
from termbase.check.learned.renderings import stop_words
from termbase.check.matching import LanguageMatcher
from termbase.diagnostics import Severity
from termbase.model import Concept, Glossary, LangSec, Term


def _with(glossary: Glossary, zh: str, en: str) -> Glossary:
    concept = Concept(f"test-{zh}", (LangSec("zh", (Term(zh),)), LangSec("en", (Term(en),))))
    return glossary.with_concepts([*glossary, concept])


def test_a_glossary_term_beside_the_term_is_its_neighbour(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """资金 right after 私营部门 explains "funds" though the glossary blanks it out of the
    runs the candidates come from."""
    funds = {"资金": Gloss(frozenset({"fund"}), "n")}
    financing = _with(glossary, "资金", "financing")
    assert learned_found(financing, PRIVATE, {}, monkeypatch) == ["Private funds"]
    assert learned_found(financing, PRIVATE, funds, monkeypatch) == []


def _evidence(glossary: Glossary, lines: list[tuple[str, str]]) -> DraftEvidence:
    draft = pair_draft(lines)
    ctx = CheckContext.build(glossary, draft, LanguageMatcher(glossary, "zh"),
                             LanguageMatcher(glossary, "en"))
    return DraftEvidence(ctx)


def test_the_source_as_written_around_a_term() -> None:
    """The run around each place the term stands outside the glossary's terms, as
    written: across a glossary term, and not where the glossary term holds the term."""
    glossary = _with(_with(Glossary(), "国家", "nations"), "发展中国家集团", "the Group")
    lines = [("各国政府特别是在发展中国家应采取行动，发展中国家集团也应如此。",
              "Governments, especially in developing countries, should act.")]
    evidence = _evidence(glossary, lines)
    [unit] = evidence.units
    assert "各国政府特别是在发展中" in unit.runs  # the blanked runs the candidates come from
    run = "各国政府特别是在发展中国家应采取行动"
    assert written_around(unit, "特别是在发展中") == [(run, 4)]
    assert written_around(unit, "发展中") == [(run, 8)]  # not inside 发展中国家集团
    # Read as written, 特别是在发展中 is no word: jieba's dictionary cuts 发展中国家 whole.
    asked = {"written": ("特别是在发展中", [run]),
             "blanked": ("特别是在发展中", ["特别是在发展中"])}
    assert standing_as_words(asked) == {"blanked"}


# "abuse" renders 虐待 (six units of six); 儿童 stands in three of them, and "abuse"
# meets it nowhere else.
# "minors" is met nowhere else: no word of the translation is shown to render 儿童.
_SLIP = ("性暴力侵害儿童的行为必须停止。", "Such sexual abuse of minors must stop.")


_LINES = [*NORM, *ABUSE, *CHILDREN, _SLIP]


_ENTRIES = {"性暴": Gloss(frozenset({"sexual", "sex"}), "n"),
            "暴力": Gloss(frozenset({"violenc"}), "n"),
            "儿童": Gloss(frozenset({"child"}), "n"), "侵害": Gloss(frozenset({"violat"}), "v"),
            "行为": Gloss(frozenset({"act"}), "n"), "停止": Gloss(frozenset({"stop"}), "v"),
            "必须": Gloss(frozenset({"must"}), "v")}


# "abuse" meeting 儿童 once without 虐待: three of the four units where they meet hold
# 虐待, under COMPANY_SHARE.
_ABUSE_WITHOUT = ("儿童受到伤害。", "Children face abuse.")


def _evidence_in_company(glossary: Glossary, lines: list[tuple[str,
                                                               str]]) -> WordEvidence:
    ctx = CheckContext.build(glossary, pair_draft(lines), LanguageMatcher(glossary, "zh"),
                             LanguageMatcher(glossary, "en"))
    return ctx.evidence.words


# A changed word's tie to a piece of the unit is the company its rendering keeps when
# the draft shows the two together only where the word's own rendered piece stands too
# (issue 13, learned recall): "abuse" renders 虐待, and meets 儿童 only in units that hold
# 虐待 as well ("children suffer abuse"); in a unit without 虐待 that tie says nothing,
# though no other word of the translation ("minors", met nowhere else) is shown to render
# 儿童. The variant then stands, as a hint, where before the tie made it another source
# word's rendering and silenced it. Where the word also meets the piece without what it
# renders, the tie may be its own and stays.

def test_a_tie_met_only_beside_the_rendered_piece_is_weak(glossary: Glossary) -> None:
    stop, slip = stop_words(), len(_LINES) - 1
    assert _evidence_in_company(glossary, _LINES).weak_tie("abuse", "儿童", slip,
                                                           stop)
    lines = [*NORM, *ABUSE, _ABUSE_WITHOUT, *CHILDREN, _SLIP]
    assert not _evidence_in_company(glossary, lines).weak_tie("abuse", "儿童",
                                                              len(lines) - 1, stop)


def test_the_variant_stands_as_a_hint(glossary: Glossary,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    found, severity, message = learned_finding(glossary, _LINES, _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    assert "no dictionary entry" in message


def test_without_the_rule_the_tie_silences_the_variant(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WordEvidence, "_met_only_with_best", lambda *_: False)
    assert learned_found(glossary, _LINES, _ENTRIES, monkeypatch) == []


# "abuse" renders 虐待 (six units of six); 儿童 stands in three of them and in five
# units more, so it is the best tie "abuse" has where 虐待 is absent, at about half of
# 虐待's, and "children" renders it in all of them.
_ELSEWHERE_SLIP = ("性暴力侵害儿童的行为必须停止。",
                   "Sexual abuse against children must stop.")


_ELSEWHERE_LINES = [*NORM, *ABUSE, *CHILDREN, _ELSEWHERE_SLIP]


# 侵害 away from the term (beside it, the dictionary reading of the term's neighbours
# explains the word already), and the dictionary giving "abuse" for it.
_SLIP_FAR = ("性暴力使儿童受到侵害，必须停止。", "Sexual abuse against children must stop.")


_FAR_ENTRIES = {**_ENTRIES, "侵害": Gloss(frozenset({"violat", "abus"}), "v"),
                "受到": Gloss(frozenset({"receiv"}), "v")}


def _evidence_elsewhere(glossary: Glossary, lines: list[tuple[str, str]]) -> WordEvidence:
    ctx = CheckContext.build(glossary, pair_draft(lines), LanguageMatcher(glossary, "zh"),
                             LanguageMatcher(glossary, "en"))
    return ctx.evidence.words


# The same unit, "minors" met nowhere else: no other word renders 儿童 there, so the
# tie may be the word's own and stays, weak as it is — where "abuse" also meets 儿童
# without 虐待 (else the tie is the company 虐待 keeps, test_company_of_the_rendering).
_SLIP_ALONE = ("性暴力侵害儿童的行为必须停止。", "Sexual abuse of minors must stop.")


_ELSEWHERE_ABUSE_WITHOUT = ("儿童受到伤害。", "Children face abuse.")


# A changed word the draft ties to a piece of the unit only because what it renders is
# absent there (issue 13, learned recall): "abuse" renders 虐待 across the draft, and in
# a unit without 虐待 its best tie is 儿童, a word it merely keeps company with and which
# "children" beside it renders. That weak tie neither makes the variant another source
# word's rendering nor shows the draft's counts alone tying the word to the term: the
# variant stands, as a hint, since no entry of the term gives "abuse". Where the
# dictionary gives the word for another source word of the unit (侵害 glossed "abuse"
# here, as 各国 gives "various"), the tie is real after all: the word renders that one.

def test_a_weak_tie_where_the_rendered_piece_is_absent_is_no_tie(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    found, severity, message = learned_finding(glossary, _ELSEWHERE_LINES, _ENTRIES,
                                               monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    assert "no dictionary entry" in message


def test_a_weak_tie_the_dictionary_explains_by_another_source_word_is_real(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*NORM, *ABUSE, *CHILDREN, _SLIP_FAR]
    assert learned_found(glossary, lines, _FAR_ENTRIES, monkeypatch) == []
    monkeypatch.setattr(readings, "_outside", lambda *_: set())  # without the rule
    assert learned_found(glossary, lines, _FAR_ENTRIES, monkeypatch) == ["Sexual abuse"]


def test_without_the_rule_the_weak_tie_silences_the_variant(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WordEvidence, "weak_tie", lambda *_: False)
    assert learned_found(glossary, _ELSEWHERE_LINES, _ENTRIES, monkeypatch) == []


def test_a_tie_is_weak_only_where_another_word_takes_the_piece(glossary: Glossary) -> None:
    stop = stop_words()
    lines = [*NORM, *ABUSE, _ELSEWHERE_ABUSE_WITHOUT, *CHILDREN, _ELSEWHERE_SLIP]
    slip = len(lines) - 1
    assert _evidence_elsewhere(glossary, lines).weak_tie("abuse", "儿童", slip, stop)
    alone = _evidence_elsewhere(glossary, [*NORM, *ABUSE,
                                           _ELSEWHERE_ABUSE_WITHOUT, *CHILDREN, _SLIP_ALONE])
    assert not alone.weak_tie("abuse", "儿童", slip, stop)
    assert not alone.weak_tie("abuse", "虐待", 4, stop)  # what it renders is no weak tie


def _context(glossary: Glossary, draft: Draft) -> CheckContext:
    return CheckContext.build(glossary, draft, LanguageMatcher(glossary, "zh"),
                              LanguageMatcher(glossary, "en"))


def test_english_read_lazily_answers_as_reading_everything(glossary: Glossary) -> None:
    """Units are skipped only when they cannot hold the key asked about."""
    lines = [*_EMBARGO, ("戊国也实行武器禁运。", "Country E also has a weapons embargo."),
             ("各国的立场。", "The States' positions on the embargoes differ."),
             ("各国讨论了。", "Countries discussed the arms embargoes of the Council.")]
    bilingual = evidence.bilingual_views(_context(glossary, pair_draft(lines)))
    lazy = evidence.English(bilingual)
    eager = evidence.English(bilingual)
    every = [eager.surfaces(i) for i in range(len(bilingual))]
    for key in {k for keys in every for k in keys} | {"arm", "embargo", "state's", "country"}:
        assert lazy.holding(key) == [i for i, keys in enumerate(every) if key in keys], key
        assert lazy.df(key) <= lazy.may_hold(key)
    assert lazy.holding("arm embargo") == [0, 1, 2, 3, 9]  # keys are singular
    assert lazy.holding("embargo") == [0, 1, 2, 3, 7, 8, 9]
    # One-word keys are read without building the unit's n-grams, the same way.
    for i in range(len(bilingual)):
        fresh = evidence.English(bilingual)
        assert fresh._words_of(i) == {k for k in every[i] if " " not in k}


def test_a_word_written_in_the_plural_is_told(glossary: Glossary) -> None:
    """Whether a translation writes a one-word key in a plural form: "countries" for
    "country", "women" for "woman"; a word written only in the singular, or only in a
    spelling its key folds ("tranche" for "tranch"), is not."""
    lines = [("各国讨论了。", "Countries discussed it."), ("妇女发言。", "Women spoke."),
             ("这个国家发言。", "The nation spoke."), ("第一批。", "The first tranche.")]
    english = evidence.English(evidence.bilingual_views(_context(glossary, pair_draft(lines))))
    assert english.written_plural("country") and english.written_plural("woman")
    assert not english.written_plural("nation") and not english.written_plural("tranch")


def test_a_draft_without_candidates_reads_no_translation_ngrams(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("English n-grams built with no candidate to learn")

    monkeypatch.setattr(evidence, "English", refuse)
    # A recurring run (他们已经同意了) that is a clause, not a term: no candidate.
    lines = [(f"他们已经同意了{x}。", f"They have agreed to {x}.") for x in "甲乙丙丁"]
    bilingual = evidence.bilingual_views(_context(glossary, pair_draft(lines)))
    assert candidates.recurring_stretches(evidence.source_runs(bilingual)) != [[]] * 4
    assert check_draft(glossary, pair_draft(lines), LEARNED).findings == ()
