"""Missing terms in a translation written without capitals (MultiUN's lower-cased English,
issue 13, twelfth round): an acronym told by its letters, not its case, and a name's own
word standing alone as the usual short reference."""

from __future__ import annotations

from termbase.check import FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus, TermType

_GLOSSARY = Glossary((
    Concept("un", (LangSec("zh", (Term("联合国"),)),
                   LangSec("en", (Term("United Nations"),
                                  Term("UN", TermStatus.ADMITTED, TermType.ABBREVIATION))))),
    Concept("ga", (LangSec("zh", (Term("大会"),)), LangSec("en", (Term("General Assembly"),)))),
    Concept("ms", (LangSec("zh", (Term("会员国"),)), LangSec("en", (Term("Member State"),)))),
    Concept("sc", (LangSec("zh", (Term("安全理事会"),)),
                   LangSec("en", (Term("Security Council"),)))),
    Concept("pc", (LangSec("zh", (Term("筹备委员会"),)),
                   LangSec("en", (Term("Preparatory Committee"),)))),
    Concept("esc", (LangSec("zh", (Term("经济及社会理事会"),)),
                    LangSec("en", (Term("Economic and Social Council"),)))),
))

# Enough lines without capitals for the draft to be read as written without them.
_FILLER = 25


def _missing(zh: str, en: str, *, capitals: bool = False) -> list[tuple[str, str]]:
    zh_lines = [zh, *["其他事项。"] * _FILLER]
    filler = "Other matters were considered." if capitals else "other matters were considered."
    en_lines = [en, *[filler] * _FILLER]
    draft = presplit_pair("\n".join(zh_lines), "d.zh", "\n".join(en_lines), "d.en")
    return [(f.term, f.severity.value) for f in check_draft(_GLOSSARY, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_a_lower_case_acronym_of_a_name_the_term_opens_is_info() -> None:
    # 联合国 opens 联合国环境规划署, which the text without capitals writes "unep".
    assert _missing("联合国环境规划署提交了报告。", "unep submitted a report.") == [
        ("联合国", "info")]
    assert _missing("联合国新闻中心举办了展览。", "the unic held an exhibition.") == [
        ("联合国", "info")]
    assert _missing("联合国发展援助框架已经完成。", "the undafs have been completed.") == [
        ("联合国", "info")]


def test_an_english_word_or_other_initials_are_no_lower_case_acronym() -> None:
    # "under" opens with the initials but is a word; "wfp" has other initials.
    assert _missing("联合国环境规划署提交了报告。", "under the agreement a report was made.") == [
        ("联合国", "error")]
    assert _missing("联合国环境规划署提交了报告。", "wfp submitted a report.") == [
        ("联合国", "error")]
    # With capitals in the draft, case tells: lower-case letters are no acronym.
    assert _missing("联合国环境规划署提交了报告。", "unep submitted a report.",
                    capitals=True) == [("联合国", "error")]


def test_a_names_own_word_after_a_determiner_is_a_reference_without_capitals() -> None:
    assert _missing("大会通过了该决议。", "the assembly adopted the resolution.") == [
        ("大会", "info")]
    assert _missing("会员国应提交报告。", "all members should submit reports.") == [
        ("会员国", "info")]


def test_other_words_or_a_word_of_another_body_stay_errors_without_capitals() -> None:
    # Another word; a word followed by "of" names something else.
    assert _missing("大会通过了该决议。", "the committee adopted the resolution.") == [
        ("大会", "error")]
    assert _missing("大会通过了该决议。", "the assembly of heads of state adopted it.") == [
        ("大会", "error")]
    # With capitals in the draft, a lower-case word is a common noun, not the name.
    assert _missing("大会通过了该决议。", "the assembly adopted the resolution.",
                    capitals=True) == [("大会", "error")]


def _draft(pairs: list[tuple[str, str]]) -> list[tuple[int | None, str]]:
    zh = [z for z, _ in pairs] + ["其他事项。"] * _FILLER
    en = [e for _, e in pairs] + ["other matters were considered."] * _FILLER
    draft = presplit_pair("\n".join(zh), "d.zh", "\n".join(en), "d.en")
    return [(f.line, f.severity.value) for f in check_draft(_GLOSSARY, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


_ORGANIZATION = [("联合国应当采取行动。", "the organization should act."),
                 ("联合国的预算增加了。", "the budget of the organization has grown."),
                 ("联合国必须改革。", "the organization must reform.")]


def test_a_reference_recurring_where_the_name_is_missing_is_info() -> None:
    # Three of three misses say "the organization", which the draft says nowhere else.
    assert _draft(_ORGANIZATION) == [(1, "info"), (2, "info"), (3, "info")]


def test_a_reference_said_too_rarely_or_everywhere_is_no_evidence() -> None:
    # Said twice, it recurs too rarely; where the source line itself has 组织, the line
    # explains it (fourteenth round: otherwise the line's own evidence makes it info).
    rare = [("联合国组织了会议。", "the organization held a meeting."),
            ("联合国组织了讲习班。", "the organization held a workshop.")]
    assert _draft(rare) == [(1, "error"), (2, "error")]
    # The draft says "the organization" everywhere: it tells nothing of 联合国.
    everywhere = [("其他事项。", "the organization considered other matters.")] * 10
    assert _draft(_ORGANIZATION + everywhere) == [(1, "error"), (2, "error"), (3, "error")]


def test_a_word_opening_another_name_is_no_reference_without_capitals() -> None:
    # "the united" opens "the united nations" / "the united kingdom": no noun standing
    # alone, whether the name's own word or one the draft repeats.
    assert _missing("会员国应提交报告。", "the united kingdom should submit reports.") == [
        ("会员国", "error")]
    assert _missing("联合国应当采取行动。", "the united kingdom should act.") == [
        ("联合国", "error")]
    # Recurring, "the united" is no reference either ("members of the united nations"
    # itself renders 会员国's words: test_free_rendering).
    united = [("会员国应当采取行动。", "the united kingdom should act at once.")] * 3
    assert _draft(united) == [(1, "error"), (2, "error"), (3, "error")]


def test_a_clipped_form_of_the_name_is_info() -> None:
    # The opening letters of each word in turn: "prepcoms", "ecosoc"; in a draft with
    # capitals, a capital inside the word ("PrepCom").
    assert _missing("筹备委员会举行了会议。", "the prepcoms met.") == [("筹备委员会", "info")]
    assert _missing("经济及社会理事会通过了决议。", "ecosoc adopted the resolution.") == [
        ("经济及社会理事会", "info")]
    assert _missing("筹备委员会举行了会议。", "the PrepCom met.", capitals=True) == [
        ("筹备委员会", "info")]


def test_words_that_do_not_clip_the_name_or_are_english_stay_errors() -> None:
    # "precious": "pre" and then no opening of "committee"; "prepare" would clip
    # "preparatory" alone; "economic" is a word; lower case where capitals tell.
    for en in ("the precious group met.", "delegates prepare to meet.",
               "the commission met."):
        assert _missing("筹备委员会举行了会议。", en) == [("筹备委员会", "error")], en
    assert _missing("经济及社会理事会通过了决议。", "the economic body adopted it.") == [
        ("经济及社会理事会", "error")]
    assert _missing("筹备委员会举行了会议。", "the prepcom met.", capitals=True) == [
        ("筹备委员会", "error")]


# Fourteenth round: a reference nothing else of the line explains, a joined term written
# in lower case, a name's head standing with words of its own, a hyphenated acronym.
def test_a_pronoun_the_source_line_lacks_stands_for_the_name() -> None:
    # 如果联合国无法…: the source has only 这种 ("this"), the English "it" twice more.
    assert _missing("如果联合国无法对付这种挑战，就会陷入一种良性的无关重要的地位。",
                    "when it fails to meet this challenge, it falls into benign "
                    "irrelevance.") == [("联合国", "info")]


def test_a_pronoun_the_source_has_or_in_a_misaligned_pair_stays_an_error() -> None:
    # 它 is the source's own "it"; an English line about something else explains nothing.
    assert _missing("如果联合国无法对付它，就会陷入良性的无关重要的地位。",
                    "when it fails to meet the challenge, it falls into benign "
                    "irrelevance.") == [("联合国", "error")]
    assert _missing("如果联合国无法对付这种挑战，就会陷入一种良性的无关重要的地位。",
                    "it adopted the budget of the mission for the coming year and "
                    "approved the staffing table.") == [("联合国", "error")]


def test_a_noun_the_source_line_does_not_explain_refers_to_the_name() -> None:
    assert _missing("联合国必须应对这种挑战并加强作用。",
                    "the organization must deal with this challenge and strengthen its role."
                    ) == [("联合国", "info")]
    # 委员会 explains "the committee": no reference to 联合国 there.
    assert _missing("联合国必须应对这种挑战，委员会必须指出这一点。",
                    "the committee must note that this challenge must be met.") == [
        ("联合国", "error")]


def test_a_joined_term_in_lower_case_makes_a_name_word_a_rendering() -> None:
    # 联合国会员国: "members of the united nations", "un member" name one thing by two.
    kept = [("会员国", "info")]  # "it has “member” of it"
    assert _missing("所有联合国会员国都应提交报告。",
                    "all members of the united nations should submit reports.") == kept
    assert _missing("苏丹是联合国会员国。", "sudan is a un member.") == kept
    # Without 联合国 joined in the source, "members" is no rendering of its own.
    assert _missing("所有会员国都应提交报告。", "all countries should submit reports.") == [
        ("会员国", "error")]


def test_a_heads_own_modifier_makes_it_a_reference_without_capitals() -> None:
    assert _missing("会员国可加入该协定。", "additional states may join the agreement.") == [
        ("会员国", "info")]
    assert _missing("第二次老龄问题世界大会通过了计划。",
                    "the second world assembly on ageing adopted the plan.") == [
        ("大会", "info")]
    # With capitals a lower-case head is a common noun; "the assembly of …" is another body.
    assert _missing("会员国可加入该协定。", "Additional states may join the agreement.",
                    capitals=True) == [("会员国", "error")]


def test_a_lower_case_acronym_joined_by_a_hyphen_is_info() -> None:
    assert _missing("联合国大学世界发展经济学研究所发表了报告。",
                    "unu-wider published a report.") == [("联合国", "info")]
