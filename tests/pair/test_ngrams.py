"""Candidate n-grams: punctuation, function words, keys, containment."""

from __future__ import annotations

from termbase.pair.ngrams import (
    ChineseNgrams,
    EnglishNgrams,
    absorb_contained,
    contains,
    is_coordination,
    singular,
)


def _keys(text: str, **kwargs: bool) -> set[str]:
    return {s.key for s in EnglishNgrams().spans(text, **kwargs)}


def test_english_candidates_do_not_start_or_end_with_function_words() -> None:
    keys = _keys("the Programme of Action on small arms")
    assert "programme of action" in keys
    assert "small arm" in keys  # keys are singular; the surface keeps "small arms"
    assert not any(k.startswith(("the ", "of ")) or k.endswith((" of", " on")) for k in keys)


def test_candidates_do_not_cross_punctuation_or_possessives() -> None:
    keys = _keys("the Council's decision (see annex), and reports")
    assert "council" in keys and "decision" in keys
    assert "council's" not in keys  # a candidate never ends with a possessive
    assert not any("decision see" in k for k in keys)
    assert not any("annex report" in k for k in keys)


def test_names_may_run_longer_than_other_candidates() -> None:
    name = "United Nations Relief and Works Agency for Palestine Refugees in the Near East"
    text = f"reports of the {name} and of the agencies working in the region for many years"
    long_side = EnglishNgrams(10, max_name_words=20)
    surfaces = {s.surface for s in long_side.spans(text)}
    assert name in surfaces  # 13 words, all of a name
    longer = [s for s in surfaces if len(s.split()) > 10]
    assert longer and all(s in name for s in longer)  # only parts of the name run longer
    assert name not in {s.surface for s in EnglishNgrams(10).spans(text)}


def test_names_keep_their_possessives_and_date_ranges() -> None:
    surfaces = {s.surface for s in EnglishNgrams().spans(
        "UNICEF (the United Nations Children’s Fund) and the Sendai Framework for "
        "Disaster Risk Reduction 2015–2030 were cited.")}
    assert "United Nations Children’s Fund" in surfaces
    assert "United Nations Children" in surfaces  # still a candidate; linking decides
    assert "Sendai Framework for Disaster Risk Reduction 2015–2030" in surfaces


def test_degree_words_open_candidates_numbers_need_a_word_beside_them() -> None:
    keys = _keys("least developed countries; letter dated 2015 from the Permanent "
                 "Representative; the 2030 Agenda")
    assert "least developed country" in keys
    assert "2030 agenda" in keys
    assert not any(k.startswith("2015") for k in keys)
    assert not any(k.endswith("least") for k in keys)


def test_enumerations_cross_commas_only_when_asked() -> None:
    text = "disarmament, demobilization and reintegration"
    assert "disarmament, demobilization and reintegration" not in _keys(text)
    spans = EnglishNgrams().spans(text, enumerations=True)
    crossing = {s.key: s for s in spans if s.enumeration}
    assert "disarmament, demobilization and reintegration" in crossing


def test_numbers_alone_are_not_candidates_and_surface_keeps_spelling() -> None:
    spans = EnglishNgrams().spans("In 2015 the General Assembly met")
    assert "2015" not in {s.key for s in spans}
    assert {s.surface for s in spans if s.key == "general assembly"} == {"General Assembly"}
    assert [s.initial for s in spans if s.key == "in 2015"] == []


def test_singular_folds_plurals_only() -> None:
    assert [singular(w) for w in ("countries", "zones", "status", "analysis", "arms", "taxes")] \
        == ["country", "zone", "status", "analysis", "arm", "tax"]


def test_chinese_candidates_avoid_particles_at_edges() -> None:
    keys = {s.key for s in ChineseNgrams().spans("执行《行动纲领》的情况")}
    assert "行动纲领" in keys
    assert not any(k.startswith("的") or k.endswith("的") for k in keys)
    assert "执行行动" not in keys  # 《 breaks the run


def test_containment_keeps_the_maximal_candidate() -> None:
    joint = {"general assembly": 9, "assembly": 10, "general": 9}
    assert absorb_contained(joint, "en", 0.6) == {"assembly", "general"}
    # A rare extension does not swallow the shorter candidate.
    assert absorb_contained({"developing country": 3, "developing": 10}, "en", 0.6) == set()
    assert contains("general assembly", "assembly", "en")
    assert not contains("general assemblyman", "assembly", "en")


def test_containment_follows_the_dictionary_verdict() -> None:
    joint = {"security council": 3, "council": 10, "group of 77 and china": 9, "group of 77": 10}
    def verdict(longer: str, shorter: str) -> bool | None:
        return longer == "security council"
    dropped = absorb_contained(joint, "en", 0.6, extension_ok=verdict)
    # Explained: 3/10 suffices; contradicted: 9/10 is not enough (0.95 needed here).
    assert "council" in dropped
    dropped = absorb_contained(joint, "en", 0.6, contradicted_ratio=0.95, extension_ok=verdict)
    assert "group of 77" not in dropped


def test_a_contradicted_extension_never_absorbs_a_rendering_of_the_whole_term() -> None:
    # "adverse effect of climate change" keeps 不利影响 company in most of its sentences;
    # the dictionary gives "climate change" for no word of the term, and "adverse
    # effect" already renders all of it.
    joint = {"adverse effect of climate change": 3, "adverse effect": 3, "adverse": 4}
    def verdict(longer: str, shorter: str) -> bool | None:
        return "climate" not in longer or "climate" in shorter
    dropped = absorb_contained(joint, "en", 0.6, extension_ok=verdict)
    assert "adverse effect" in dropped  # 3 >= 0.9 x 3 without knowing it is whole
    dropped = absorb_contained(joint, "en", 0.6, extension_ok=verdict,
                               renders_whole=lambda c: c == "adverse effect")
    assert dropped == {"adverse"}


def test_a_footnote_marker_glued_to_a_word_ends_the_phrase_and_is_dropped() -> None:
    from termbase.pair.ngrams import english_runs

    runs = english_runs("the Advisory Committee on Administrative and Budgetary Questions2 "
                        "and requests CO2, G77 and COVID-19")
    assert [w.text for w in runs[0]][-1] == "Questions"
    assert [w.text for w in runs[1]][:2] == ["and", "requests"]
    # Digits after capitals or a hyphen are part of a name or symbol.
    assert {"CO2", "G77", "COVID-19"} <= {w.text for run in runs for w in run}
    keys = {s.key for s in EnglishNgrams().spans(
        "Report of the Advisory Committee on Administrative and Budgetary Questions2 and "
        "requests")}
    assert "advisory committee on administrative and budgetary question" in keys
    assert not any("question and" in key or "questions2" in key for key in keys)


def test_typographic_hyphens_and_apostrophes_join_words_and_share_one_key() -> None:
    # 2023 UN documents print a non-breaking hyphen (U+2011) in some names: it must
    # neither break the word nor make a second key beside the ASCII spelling.
    typographic = EnglishNgrams().spans("the Inter‑Agency Standing Committee met")
    ascii_ = EnglishNgrams().spans("the Inter-Agency Standing Committee met")
    assert {s.key for s in typographic} == {s.key for s in ascii_}
    assert "Inter‑Agency Standing Committee" in {s.surface for s in typographic}
    assert "inter-agency standing committee" in {s.key for s in typographic}
    assert {s.key for s in EnglishNgrams().spans("Côte d’Ivoire")} == {
        s.key for s in EnglishNgrams().spans("Côte d'Ivoire")}


def test_a_name_spelled_with_two_hyphens_is_paired_whole() -> None:
    from termbase.pair.corpus import from_pairs
    from termbase.pair.pairer import pair_terms

    said = [("讨论了报告", "discussed the report"), ("通过了议程", "adopted the agenda"),
            ("审查了预算", "reviewed the budget"), ("听取了简报", "heard a briefing"),
            ("核可了计划", "endorsed the plan"), ("欢迎决定", "welcomed the decision")]
    pairs = [(f"机构间常设委员会{zh}。",
              f"The Inter{'‑' if i % 2 else '-'}Agency Standing Committee {en}.")
             for i, (zh, en) in enumerate(said)]
    pairs += [(f"常设委员会{zh}。", f"The Standing Committee {en}.") for zh, en in said[:3]]
    pairs += [(f"大会{zh}。", f"The General Assembly {en}.") for zh, en in said]
    best = pair_terms(["机构间常设委员会"], from_pairs(pairs, "test"))[0].best
    assert best is not None
    assert best.text.replace("‑", "-") == "Inter-Agency Standing Committee"


def test_prepositions_and_reflexive_pronouns_never_bound_a_candidate() -> None:
    keys = _keys("cooperation throughout the region and across borders by States themselves")
    assert "cooperation" in keys and "region" in keys and "border" in keys
    assert not any(k.split()[0] in {"throughout", "across", "themselves"} or
                   k.split()[-1] in {"throughout", "across", "themselves"} for k in keys)


def test_a_capital_i_after_a_name_word_is_a_roman_numeral() -> None:
    surfaces = {s.surface for s in EnglishNgrams().spans(
        "allocated to its Working Group I; the Annex I Parties; which I have the honour")}
    assert {"Working Group I", "Annex I Parties"} <= surfaces
    assert "I" not in surfaces  # a numeral alone is no candidate
    assert not any(s.endswith("which I") or s.startswith("I have") for s in surfaces)


def test_a_coordination_is_told_by_its_language_s_conjunctions() -> None:
    # The conjunctions are one closed class per language (termbase.text): "nor" joins
    # conjuncts as "and" and "or" do; the Chinese enumeration comma separates them too.
    assert is_coordination("neither peace nor security", "en")
    assert is_coordination("peace or security", "en")
    assert is_coordination("国家、区域", "zh")
    assert is_coordination("国家以及区域", "zh")
    assert not is_coordination("peacekeeping operation", "en")
