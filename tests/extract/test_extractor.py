"""extract_terms end to end: the seeds, glossary status, streaming, bad input."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from termbase.documents import Document, ingest_file
from termbase.documents.model import DocumentMetadata, Paragraph, ParagraphKind
from termbase.errors import InputError
from termbase.extract import ExtractionResult, ExtractSettings, extract_terms
from termbase.extract import extractor as extractor_module
from termbase.extract.drafts import Draft, mark_specificity
from termbase.extract.lines import line_documents
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus
from termbase.text.segment import JiebaSegmenter

# Recurring titles, short forms and multiword terms of the two seeds, each of which must
# be among the first 50 candidates (as the term or one of its variants).
RECURRING = ["行动纲领", "行动纲要", "国际追查文书", "小武器和轻武器", "小武器和轻武器非法贸易",
             "非法中介活动", "非法经纪活动", "第二次审查大会", "国家报告", "国际刑警组织",
             "政府专家组", "各国双年度会议", "行动纲领执行支助系统", "国际合作和援助",
             "民间社会", "非政府组织", "小武器和轻武器非法贸易的各方面问题",
             "使各国能及时可靠地识别和追查非法小武器和轻武器的国际文书",
             "使各国能够及时和可靠地识别和追查非法小武器和轻武器的国际文书",
             "从各个方面防止、打击和消除小武器和轻武器非法贸易的行动纲领"]


@pytest.fixture(scope="module")
def tokenizer() -> JiebaSegmenter:
    return JiebaSegmenter()


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> list[Document]:
    return [ingest_file(p)[0] for p in sorted(seeds_dir.glob("A_RES_*.zh.txt"))]


@pytest.fixture(scope="module")
def result(seeds: list[Document], tokenizer: JiebaSegmenter) -> ExtractionResult:
    return extract_terms(seeds, tokenizer=tokenizer)


def test_recurring_seed_terms_are_in_the_top_50(result: ExtractionResult) -> None:
    forms = {f for c in result.candidates[:50] for f in c.forms()}
    assert [t for t in RECURRING if t not in forms] == []


def test_variants_are_grouped_into_one_concept(result: ExtractionResult) -> None:
    by_form = {f: c for c in result.candidates for f in c.forms()}
    assert by_form["行动纲领"] is by_form["行动纲要"]
    assert by_form["非法中介活动"] is by_form["非法经纪活动"]
    assert by_form["国际追查文书"] is by_form[RECURRING[-2]] is by_form[RECURRING[-3]]
    assert by_form["国际刑警组织"].term == "国际刑事警察组织"


def test_candidates_carry_evidence(result: ExtractionResult) -> None:
    top = result.candidates[0]
    assert top.freq >= 2 and top.doc_freq == 2 and top.score > 0
    assert 1 <= len(top.contexts) <= 3
    assert {c.document for c in top.contexts} <= {"A/RES/61/66", "A/RES/68/48"}
    assert all(c.location for c in top.contexts)
    assert [c.score for c in result.candidates] == sorted(
        (c.score for c in result.candidates), reverse=True)
    assert result.documents == 2 and result.segmenter.startswith("jieba")


def test_no_stop_word_edges_or_numbers(result: ExtractionResult,
                                       tokenizer: JiebaSegmenter) -> None:
    from termbase.extract.filters import refuse_words

    for c in result.candidates[:100]:
        if c.sources == ("ngram",):
            assert refuse_words(tuple(tokenizer.cut(c.term))) is None, c.term
            assert not any(ch.isdigit() for ch in c.term), c.term


def test_glossary_terms_are_marked_and_can_be_left_out(seeds: list[Document]) -> None:
    glossary = Glossary((Concept("poa", (LangSec("zh", (
        Term("《行动纲领》"), Term("行动纲要", TermStatus.DEPRECATED))),)),))
    tokenizer = JiebaSegmenter(["行动纲领"])
    marked = extract_terms(seeds, tokenizer=tokenizer, glossary=glossary)
    head = next(c for c in marked.candidates if "行动纲领" in c.forms())
    statuses = {(g.concept_id, g.status) for v in head.variants for g in v.glossary}
    assert ("poa", "preferred") in statuses and ("poa", "deprecated") in statuses
    assert not head.is_new
    skipped = extract_terms(seeds, tokenizer=tokenizer, glossary=glossary,
                            settings=ExtractSettings(skip_known=True))
    assert all("行动纲领" not in c.forms() for c in skipped.candidates)


def test_a_one_shot_iterator_gives_the_same_ranking(seeds: list[Document],
                                                    tokenizer: JiebaSegmenter,
                                                    result: ExtractionResult) -> None:
    streamed = extract_terms(iter(seeds), tokenizer=tokenizer)
    assert [c.term for c in streamed.candidates] == [c.term for c in result.candidates]
    assert streamed.candidates[0].contexts == result.candidates[0].contexts


def test_worker_processes_give_the_same_ranking(seeds: list[Document],
                                                tokenizer: JiebaSegmenter,
                                                result: ExtractionResult) -> None:
    parallel = extract_terms(seeds, tokenizer=tokenizer,
                             settings=ExtractSettings(workers=2, batch_chars=1000))
    assert [c.term for c in parallel.candidates] == [c.term for c in result.candidates]


def test_a_large_input_is_read_again_for_the_evidence(seeds: list[Document],
                                                     tokenizer: JiebaSegmenter,
                                                     result: ExtractionResult) -> None:
    # A store too small for every sentence: the second pass reads the documents again.
    reread = extract_terms(seeds, tokenizer=tokenizer,
                           settings=ExtractSettings(context_store=5))
    assert reread.candidates == result.candidates


def test_the_input_is_not_changed(seeds: list[Document], tokenizer: JiebaSegmenter) -> None:
    before = [d.paragraphs for d in seeds]
    extract_terms(seeds, tokenizer=tokenizer)
    assert [d.paragraphs for d in seeds] == before


def _document(*lines: str) -> Document:
    paragraphs = tuple(Paragraph(f"l{i}", ParagraphKind.OPERATIVE, t, line=i)
                       for i, t in enumerate(lines, 1))
    return Document(DocumentMetadata(source_name="t.txt"), paragraphs)


def test_empty_input_is_refused(tokenizer: JiebaSegmenter) -> None:
    with pytest.raises(InputError, match="no text"):
        extract_terms([], tokenizer=tokenizer)
    with pytest.raises(InputError, match="no text"):
        extract_terms([_document()], tokenizer=tokenizer)


def test_non_chinese_input_is_refused(tokenizer: JiebaSegmenter) -> None:
    english = _document(*["The General Assembly recalls its resolutions on small arms."] * 5)
    with pytest.raises(InputError, match="not Chinese"):
        extract_terms([english], tokenizer=tokenizer)


def test_sentencepiece_is_skipped_on_a_small_corpus(seeds: list[Document],
                                                    tokenizer: JiebaSegmenter) -> None:
    found = extract_terms(seeds, tokenizer=tokenizer,
                          settings=ExtractSettings(sentencepiece=True))
    assert any("sentencepiece source skipped" in n for n in found.notes)


def test_place_names_are_not_proposed(tokenizer: JiebaSegmenter) -> None:
    text = "以色列和巴勒斯坦的代表团出席会议。"
    document = _document(*[text] * 4, *["以色列代表团和巴勒斯坦代表团发言。"] * 4)
    terms = [c.term for c in extract_terms([document], tokenizer=tokenizer).candidates]
    assert "以色列" not in terms and "巴勒斯坦" not in terms
    assert "代表团" in terms


def _units(*lines: str) -> list[tuple[str, int, str, str]]:
    return [(text, 0, "t.txt", f"line {i}") for i, text in enumerate(lines, 1)]


def test_a_fragment_never_used_alone_is_not_free() -> None:
    from termbase.extract.evidence import collect_evidence

    # 渔业管理 stands only inside the two longer candidates, 渔业 once on its own.
    units = _units("海洋渔业管理委员会发言。", "内陆渔业管理办公室报告。", "渔业很重要。")
    evidence = collect_evidence(units, ["海洋渔业管理委员会", "内陆渔业管理办公室", "渔业管理",
                                         "渔业"], ExtractSettings())
    assert (evidence["渔业管理"].freq, evidence["渔业管理"].nested) == (2, 2)
    assert (evidence["渔业"].freq, evidence["渔业"].nested) == (3, 2)
    assert evidence["海洋渔业管理委员会"].nested == 0


def test_an_incomplete_coordination_is_not_free() -> None:
    from termbase.extract.evidence import collect_evidence

    units = _units("在国家、城市和乡村三级开展工作。",  # cut from a list, and a level word after
                   "各国以及城市和乡村各级努力。",
                   "城市和乡村发展很快。",  # modifies the noun after it
                   "保护城市和乡村。")  # complete on both edges: free
    evidence = collect_evidence(units, ["城市和乡村"], ExtractSettings(),
                                 coordinations={"城市和乡村"}, modifiers={"城市和乡村"})
    assert (evidence["城市和乡村"].freq, evidence["城市和乡村"].nested) == (4, 3)


def test_a_part_of_a_hyphenated_or_dotted_name_is_not_free() -> None:
    from termbase.extract.evidence import collect_evidence

    # 维拉诺 stands only before "-奥斯塔" (one transliterated place) and 约翰 only before
    # "·史密斯" (a given name and surname): pieces of longer names on either side of the
    # joiner. A hyphen before a number (a range) or standing alone joins no name.
    units = _units("维拉诺-奥斯塔地区局势紧张。", "关于维拉诺-奥斯塔地区的报告。",
                   "秘书长约翰·史密斯发言。", "约翰·史密斯先生出席。",
                   "工作方案-2024年。", "工作方案 - 修订。")
    evidence = collect_evidence(units, ["维拉诺", "奥斯塔地区", "约翰", "工作方案"],
                                ExtractSettings())
    assert (evidence["维拉诺"].freq, evidence["维拉诺"].nested) == (2, 2)
    assert (evidence["奥斯塔地区"].freq, evidence["奥斯塔地区"].nested) == (2, 2)
    assert (evidence["约翰"].freq, evidence["约翰"].nested) == (2, 2)
    assert (evidence["工作方案"].freq, evidence["工作方案"].nested) == (2, 0)


def test_a_phrase_framed_by_a_preposition_is_not_free() -> None:
    from termbase.extract.evidence import collect_evidence

    units = _units("各国在自愿基础上提交报告。", "自愿基础很重要。")
    evidence = collect_evidence(units, ["自愿基础"], ExtractSettings())
    assert (evidence["自愿基础"].freq, evidence["自愿基础"].nested) == (2, 1)


def test_incomplete_coordinations_and_fragments_yield_to_the_terms(
        tokenizer: JiebaSegmenter) -> None:
    document = _document(
        "欢迎海洋渔业管理委员会的报告。", "请海洋渔业管理委员会提交建议。",
        "海洋渔业管理委员会主席发言。", "注意到海洋渔业管理委员会举行会议。",
        "各国支持海洋渔业管理委员会。", "在国家、城市和乡村三级开展工作。",
        "加强国家、城市和乡村各级的协调。", "促进城市和乡村范围的合作。",
        "各国以及城市和乡村各级努力。", "城市和乡村发展计划得到通过。")
    ranked = extract_terms([document], tokenizer=tokenizer).candidates
    found = {c.term: c for c in ranked}
    term = ranked[0]
    assert term.term == "海洋渔业管理委员会"
    for fragment in ("城市和乡村", "海洋渔业", "管理委员会"):
        assert fragment not in found or found[fragment].score < 0.01 * term.score, fragment


# Recall below the shortlist (issue 12): the near-specific words ``mine`` weighs by their
# English (drafts.near_specific_words), listed when ``frequent_words`` asks.
_NEAR_SPECIFIC_LINES = [f"{topic}{thing}问题得到讨论。" for topic in
                        ("粮食", "能源", "海洋", "森林", "城市", "农村", "债务", "贸易", "移民",
                         "卫生")
                        for thing in ("安全", "政策", "治理", "统计", "融资", "规划")]
_NEAR_SPECIFIC_LINES += ["各国接收了难民。", "难民返回家园。", "许多难民需要援助。",
                         "保护难民的权利。", "难民人数增加。", "难民署报告了情况。"]


def test_extraction_lists_them_below_the_shortlist_when_asked(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def near_specific(drafts: dict[str, Draft], counts: object, tokenizer: object) -> None:
        mark_specificity(drafts, counts, tokenizer)  # type: ignore[arg-type]
        if "难民" in drafts:
            drafts["难民"].specificity = 30.0

    monkeypatch.setattr(extractor_module, "mark_specificity", near_specific)
    documents = list(line_documents(enumerate(_NEAR_SPECIFIC_LINES, 1), "synthetic"))
    settings = ExtractSettings(shortlist=10)
    plain = extract_terms(documents, tokenizer=JiebaSegmenter(), settings=settings)
    assert "难民" not in {f for c in plain.candidates for f in c.forms()}
    asked = extract_terms(documents, tokenizer=JiebaSegmenter(),
                          settings=replace(settings, frequent_words=5))
    terms = [c.term for c in asked.candidates]
    assert "难民" in terms
    # Listed where its score puts it: the shortlist's drafts keep their order before it.
    assert [t for t in terms if t != "难民"] == [c.term for c in plain.candidates]
