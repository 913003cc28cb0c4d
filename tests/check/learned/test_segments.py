"""Tests of termbase.check.learned.segments: what a pair's cut or a converter adds."""

from __future__ import annotations

from termbase.check import CheckOptions, FindingKind, check_draft
from termbase.check.draft import Draft, presplit_pair
from termbase.model import Glossary

SEGMENTS = CheckOptions(kinds=frozenset({FindingKind.SEGMENT_INCONSISTENT}))


SOURCE = "快速可信的调查和制裁是打击性剥削和性虐待的关键。"


TARGET = "Swift and credible investigations and sanctions are key to fighting sexual abuse."


def _lines(glossary: Glossary, lines: list[tuple[str, str]]) -> list[int | None]:
    draft: Draft = presplit_pair("\n".join(z for z, _ in lines), "d.zh",
                                 "\n".join(e for _, e in lines), "d.en")
    return [f.line for f in check_draft(glossary, draft, SEGMENTS).findings]


# ``segment_inconsistent``: what a pair's cut or a converter adds is no second translation
# (issue 13, item 2; thirteenth round).

def test_a_translation_that_is_only_a_placeholder_is_not_compared(glossary: Glossary) -> None:
    # Two placeholders tie with the real translation; the first met was taken as the
    # norm and the real translation reported.
    assert _lines(glossary, [(SOURCE, "<<ODS DOC SYMBOL2>><<ODS DOC SYMBOL2>>"),
                   (SOURCE, TARGET)]) == []
    # Text around a placeholder is still text.
    assert _lines(glossary, [(SOURCE, "<<ODS DOC SYMBOL2>> Something else entirely was said here."),
                   (SOURCE, TARGET)]) == [2]


def test_a_neighbour_sentence_the_cut_added_is_no_other_translation(glossary: Glossary) -> None:
    after = f"{TARGET} The Secretary-General welcomes the progress made."
    before = f"The Secretary-General welcomes the progress made. {TARGET}"
    assert _lines(glossary, [(SOURCE, TARGET), (SOURCE, TARGET), (SOURCE, after),
                   (SOURCE, before)]) == []
    # A sentence changed inside is still reported, and so is a lone label against a
    # whole sentence.
    changed = f"{TARGET.replace('key', 'central')} The Secretary-General welcomes it."
    assert _lines(glossary, [(SOURCE, TARGET), (SOURCE, TARGET), (SOURCE, changed),
                   (SOURCE, "(e)")]) == [3, 4]


def test_one_translation_for_a_source_with_a_neighbour_sentence_is_quiet(
        glossary: Glossary) -> None:
    # The neighbour sentence brings its own number; the shared sentence is unchanged.
    assert _lines(glossary, [(SOURCE, TARGET), (SOURCE, TARGET),
                   (SOURCE + "2023年共有19份报告。", TARGET)]) == []
    # A number changed in the shared sentence is still reported.
    assert _lines(glossary, [(SOURCE, TARGET), (SOURCE, TARGET),
                   (SOURCE.replace("关键", "第2个关键"), TARGET)]) == [3]


def test_the_next_items_label_glued_to_the_end_is_no_text(glossary: Glossary) -> None:
    assert _lines(glossary, [(SOURCE, TARGET), (SOURCE, TARGET.rstrip(".") + "; (f)"),
                   (SOURCE + "3.", TARGET)]) == []


def test_a_number_ending_an_english_citation_is_no_label(glossary: Glossary) -> None:
    # "p. 16." ends with the page cited, not with a list label: the sources state
    # different pages, and so do the translations.
    assert _lines(glossary, [("世卫组织，《获得药品：让市场力量为穷人服务》，第14页。",
                    "WHO, \u201cAccess to medicines: making market forces serve the poor\u201d,"
                    " p. 14."),
                   ("世卫组织，《获得药品：让市场力量为穷人服务》，第16页。",
                    "WHO, \u201cAccess to medicines: making market forces serve the poor\u201d,"
                    " p. 16.")]) == []


def test_a_chinese_numeral_or_circled_label_is_numbering(glossary: Glossary) -> None:
    assert _lines(glossary, [(SOURCE, TARGET), (SOURCE, TARGET), ("（三）" + SOURCE, TARGET),
                   ("③" + SOURCE, TARGET), ("（三）" + SOURCE, "(c) " + TARGET)]) == []


def test_a_footnote_marker_glued_to_a_word_is_no_other_translation(
        glossary: Glossary) -> None:
    marked = TARGET.replace("sanctions are", "sanctions,2 are").replace("abuse.", "abuse.3")
    assert _lines(glossary, [(SOURCE, TARGET), (SOURCE, TARGET), (SOURCE, marked)]) == []
    # A code's digits and a figure are values: "SDG3" for "SDG4" is reported.
    sdg = "The draft resolution on SDG4 was adopted by the Economic and Social Council."
    assert _lines(glossary, [(SOURCE, sdg), (SOURCE, sdg),
                             (SOURCE, sdg.replace("SDG4", "SDG3"))]) == [3]
