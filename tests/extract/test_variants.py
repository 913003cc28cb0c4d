"""Variant rules: short forms, contractions, one-character, wording and one-word variants."""

from __future__ import annotations

from termbase.extract.candidates import Definition
from termbase.extract.variants import VariantInput, contractions, find_links, group

TRACING_A = "使各国能够及时和可靠地识别和追查非法小武器和轻武器的国际文书"
TRACING_B = "使各国能及时可靠地识别和追查非法小武器和轻武器的国际文书"
POA = "从各个方面防止、打击和消除小武器和轻武器非法贸易的行动纲领"


def item(text: str, words: tuple[str, ...] = (), *, title: bool = False,
         documents: frozenset[int] = frozenset(), neighbours: frozenset[str] = frozenset(),
         ) -> VariantInput:
    return VariantInput(text, words or (text,), title, documents, neighbours)


def relations(candidates: list[VariantInput], definitions: list[Definition] | None = None,
              ) -> set[tuple[str, str, str]]:
    return {(x.main, x.variant, x.relation) for x in find_links(candidates, definitions or [])}


def test_short_forms_from_definitions_and_title_endings() -> None:
    found = relations([item(TRACING_A, title=True), item("国际追查文书", title=True),
                       item(POA, title=True), item("行动纲领", title=True)],
                      [Definition(TRACING_A, "国际追查文书", "title")])
    assert (TRACING_A, "国际追查文书", "short form") in found
    assert (POA, "行动纲领", "short form") in found


def test_contraction_of_a_coordination() -> None:
    assert contractions("小武器和轻武器") == ["轻小武器", "小轻武器"]
    assert contractions("国际合作") == []
    found = relations([item("小武器和轻武器"), item("轻小武器")])
    assert found == {("小武器和轻武器", "轻小武器", "contraction")}


def test_one_character_and_wording_variants_of_titles() -> None:
    found = relations([item("行动纲领", title=True), item("行动纲要", title=True),
                       item(TRACING_A, title=True), item(TRACING_B, title=True)])
    assert ("行动纲领", "行动纲要", "one-character variant") in found
    assert (TRACING_A, TRACING_B, "wording variant") in found


def test_one_word_variant_needs_different_documents_and_a_shared_neighbour() -> None:
    a = item("非法经纪活动", ("非法", "经纪", "活动"), documents=frozenset({0}),
             neighbours=frozenset({"武器"}))
    b = item("非法中介活动", ("非法", "中介", "活动"), documents=frozenset({1}),
             neighbours=frozenset({"武器"}))
    assert relations([a, b]) == {("非法经纪活动", "非法中介活动", "one-word variant")}
    same_document = item("非法中介活动", ("非法", "中介", "活动"), documents=frozenset({0}),
                         neighbours=frozenset({"武器"}))
    assert relations([a, same_document]) == set()


def test_one_word_variants_never_exchange_the_head_for_another_thing() -> None:
    def pair(x: tuple[str, ...], y: tuple[str, ...]) -> set[tuple[str, str, str]]:
        return relations([item("".join(x), x, documents=frozenset({0}),
                               neighbours=frozenset({"的"})),
                          item("".join(y), y, documents=frozenset({1}),
                               neighbours=frozenset({"的"}))])
    assert pair(("工作", "方法"), ("工作", "地点")) == set()  # methods of work, duty station
    assert pair(("非正式", "文件"), ("非正式", "协商")) == set()
    # Heads that share their morpheme are one thing said two ways.
    assert pair(("审查", "大会"), ("审查", "会议")) == {
        ("审查大会", "审查会议", "one-word variant")}


def test_one_word_variants_never_exchange_the_only_modifier() -> None:
    def pair(x: tuple[str, ...], y: tuple[str, ...]) -> set[tuple[str, str, str]]:
        return relations([item("".join(x), x, documents=frozenset({0}),
                               neighbours=frozenset({"的"})),
                          item("".join(y), y, documents=frozenset({1}),
                               neighbours=frozenset({"的"}))])
    # What is left is a bare head: two bodies, two accounts, two kinds of state.
    assert pair(("特别", "委员会"), ("第一", "委员会")) == set()
    assert pair(("特别", "账户"), ("支助", "账户")) == set()
    assert pair(("核武器", "国家"), ("受影响", "国家")) == set()
    # In a longer frame the exchanged word is one of several (see the brokering test).
    assert pair(("非法", "经纪", "活动"), ("非法", "中介", "活动")) == {
        ("非法经纪活动", "非法中介活动", "one-word variant")}


def test_a_designation_exchanges_a_modifier_only_for_one_sharing_its_morpheme() -> None:
    def pair(x: tuple[str, ...], y: tuple[str, ...]) -> set[tuple[str, str, str]]:
        return relations([item("".join(x), x, documents=frozenset({0}),
                               neighbours=frozenset({"的"})),
                          item("".join(y), y, documents=frozenset({1}),
                               neighbours=frozenset({"的"}))])
    # The modifier names the mandate: two posts, two bodies.
    assert pair(("联合国", "人权", "事务", "高级专员"),
                ("联合国", "难民", "事务", "高级专员")) == set()
    assert pair(("裁军", "审议", "委员会"), ("裁军", "谈判", "委员会")) == set()
    # One morpheme, one mandate said two ways; a descriptive phrase keeps its variants.
    assert pair(("区域", "主要", "中心"), ("区域", "首要", "中心")) == {
        ("区域主要中心", "区域首要中心", "one-word variant")}
    assert pair(("负有", "首要", "责任"), ("负有", "主要", "责任")) == {
        ("负有首要责任", "负有主要责任", "one-word variant")}


def test_group_joins_linked_candidates() -> None:
    links = find_links([item("行动纲领", title=True), item("行动纲要", title=True),
                        item(POA, title=True)])
    roots = group(["行动纲领", "行动纲要", POA, "国家报告"], links)
    assert roots["行动纲领"] == roots["行动纲要"] == roots[POA]
    assert roots["国家报告"] == "国家报告"


def test_a_title_ending_several_instruments_titles_is_no_short_form_of_them() -> None:
    plans = ["国家两性平等行动计划", "区域粮食安全行动计划", "行动计划"]
    found = relations([item(t, title=True) for t in plans])
    assert not any(rel == "short form" for _, _, rel in found)
    # Two wordings of one title are one instrument: the short form stays theirs.
    found = relations([item(TRACING_A + "行动纲领", title=True),
                       item(TRACING_B + "行动纲领", title=True), item("行动纲领", title=True)])
    assert {(TRACING_A + "行动纲领", "行动纲领", "short form"),
            (TRACING_B + "行动纲领", "行动纲领", "short form")} <= found


def test_the_second_part_of_a_coordinated_title_is_not_its_short_form() -> None:
    # 《北京宣言和行动纲要》 names two instruments; 《行动纲要》 alone is the Platform.
    found = relations([item("北京宣言和行动纲要", title=True), item("行动纲要", title=True)])
    assert not any(rel == "short form" for _, _, rel in found)


def test_a_short_form_defined_for_several_full_forms_is_generic() -> None:
    chemical, biological = "禁止化学武器公约", "禁止生物武器公约"
    candidates = [item(chemical), item(biological), item("公约")]
    definitions = [Definition(chemical, "公约", "so-called"),
                   Definition(biological, "公约", "so-called")]
    assert relations(candidates, definitions) == set()
    # Defined for one full form only, it is that concept's short form.
    assert (chemical, "公约", "short form") in relations(candidates, definitions[:1])
