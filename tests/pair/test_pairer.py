"""pair_terms end to end on a synthetic corpus, and on the UN corpora when available."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pair._fixtures import PAIRS, corpus, lower_cased
from termbase.align.lexicon import Lexicon
from termbase.pair import corpus as corpus_module
from termbase.pair import pairer
from termbase.pair.corpus import ConcatCorpus, HeldCorpus, LineAlignedCorpus, from_pairs
from termbase.pair.counting import LocalEngine
from termbase.pair.pairer import PairSettings, pair_terms

TERMS = ["行动纲领", "国际追查文书", "大会", "发展中国家", "秘书长", "罕见术语", "不存在"]
LEXICON = Lexicon.from_pairs([("行动", "action"), ("纲领", "programme"), ("大会", "assembly"),
                              ("秘书长", "Secretary-General"),
                              ("发展中国家", "developing country")])


def test_each_term_gets_its_direct_equivalent() -> None:
    results = pair_terms(TERMS, corpus())
    best = {p.term: p.best.text if p.best else None for p in results}
    assert best["行动纲领"] == "Programme of Action"
    assert best["国际追查文书"] == "International Tracing Instrument"
    assert best["大会"] == "General Assembly"
    assert best["发展中国家"] == "developing countries"
    assert best["秘书长"] == "Secretary-General"


def test_candidates_carry_support_and_examples_with_provenance() -> None:
    pairing = next(p for p in pair_terms(["行动纲领"], corpus()))
    best = pairing.best
    assert best is not None and pairing.occurrences == 4
    assert best.support == 4 and 0 < best.score <= 1
    assert [(e.document, e.line) for e in best.examples] == [("synthetic", 1),
                                                             ("synthetic", 2),
                                                             ("synthetic", 3)]
    data = pairing.to_dict()
    assert data["zh"] == "行动纲领"
    assert data["candidates"][0]["en"] == "Programme of Action"  # type: ignore[index]


def test_abstentions_say_why() -> None:
    results = {p.term: p for p in pair_terms(TERMS, corpus())}
    assert results["不存在"].candidates == ()
    assert "does not occur" in results["不存在"].abstained_reason
    assert results["罕见术语"].candidates == ()
    assert results["罕见术语"].abstained_reason
    assert "abstained_reason" in results["罕见术语"].to_dict()


def test_lower_cased_copies_do_not_change_the_casing() -> None:
    mixed = ConcatCorpus((corpus(), lower_cased()))
    best = {p.term: p.best.text if p.best else None for p in pair_terms(TERMS[:3], mixed)}
    assert best["行动纲领"] == "Programme of Action"
    assert best["大会"] == "General Assembly"


def test_parallel_workers_give_the_same_result() -> None:
    one = pair_terms(TERMS, corpus(), settings=PairSettings(batch_size=3))
    two = pair_terms(TERMS, corpus(), settings=PairSettings(workers=2, batch_size=3))
    assert one == two


def test_reverse_direction_proposes_chinese() -> None:
    results = pair_terms(["Programme of Action", "General Assembly"], corpus(),
                         settings=PairSettings(direction="en"))
    best = {p.term: p.best.text if p.best else None for p in results}
    assert best == {"Programme of Action": "行动纲领", "General Assembly": "大会"}
    assert results[0].to_dict()["en"] == "Programme of Action"


def test_duplicate_spellings_of_a_term_are_paired_once() -> None:
    results = pair_terms(["《行动纲领》", "行动纲领"], corpus())
    assert [p.term for p in results] == ["《行动纲领》"]


@pytest.fixture(scope="module")
def un_corpus(shared: Path) -> ConcatCorpus:
    base = shared / "corpus"
    return ConcatCorpus((
        LineAlignedCorpus.open(base / "unv1-testset/UNv1.0.testset.zh-segmented",
                               base / "unv1-testset/UNv1.0.testset.en"),
        LineAlignedCorpus.open(base / "multiun-sample/train.en-zh.zh",
                               base / "multiun-sample/train.en-zh.en")))


def test_un_corpora_small_arms_terms(un_corpus: ConcatCorpus) -> None:
    from termbase.align.lexicon import load_default_lexicon

    results = pair_terms(["行动纲领", "小武器和轻武器", "发展中国家", "大会"], un_corpus,
                         lexicon=load_default_lexicon())
    best = {p.term: p.best.text if p.best else None for p in results}
    assert best == {"行动纲领": "Programme of Action",
                    "小武器和轻武器": "small arms and light weapons",
                    "发展中国家": "developing countries", "大会": "General Assembly"}



@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times each corpus file is read line by line (its opening's scan apart)."""
    seen: Counter[str] = Counter()
    lines = corpus_module._lines

    def counted(path: Path, *args: Any, **kwargs: Any) -> Iterator[str]:
        seen[Path(path).name] += 1
        return lines(path, *args, **kwargs)

    monkeypatch.setattr(corpus_module, "_lines", counted)
    return seen


def _files(folder: Path, pairs: list[tuple[str, str]]) -> LineAlignedCorpus:
    (folder / "d.zh").write_text("".join(f"{zh}\n" for zh, _ in pairs), encoding="utf-8")
    (folder / "d.en").write_text("".join(f"{en}\n" for _, en in pairs), encoding="utf-8")
    return LineAlignedCorpus.open(folder / "d.zh", folder / "d.en")


def test_a_run_reads_a_small_corpus_once_whatever_its_passes(
        tmp_path: Path, reads: Counter[str]) -> None:
    files = _files(tmp_path, PAIRS)
    settings = PairSettings(second_look=True, batch_size=5)
    terms = [*TERMS, "行动纲领和国际追查文书"]  # a longer term without English: a rerun
    held = pair_terms(terms, files, lexicon=LEXICON, settings=settings)
    assert reads == {"d.zh": 1, "d.en": 1}
    # The same answers as read pass by pass (streamed above the size held).
    reads.clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pairer, "HELD_PAIRS", len(PAIRS) - 1)
        streamed = pair_terms(terms, files, lexicon=LEXICON, settings=settings)
    assert held == streamed
    assert reads["d.en"] > 5


def test_the_next_run_reads_a_changed_corpus_file_again(
        tmp_path: Path, reads: Counter[str]) -> None:
    files = _files(tmp_path, PAIRS)
    before = {p.term: p.best for p in pair_terms(["行动纲领"], files)}
    assert before["行动纲领"] is not None and before["行动纲领"].text == "Programme of Action"
    changed = [(zh, en.replace("Programme of Action", "Action Programme")) for zh, en in PAIRS]
    files = _files(tmp_path, changed)
    after = {p.term: p.best for p in pair_terms(["行动纲领"], files)}
    assert after["行动纲领"] is not None and after["行动纲领"].text == "Action Programme"
    assert reads == {"d.zh": 2, "d.en": 2}


def test_a_corpus_counted_by_worker_processes_is_not_held() -> None:
    memory = corpus()
    assert isinstance(pairer.read_once(memory, PairSettings()), HeldCorpus)
    assert pairer.read_once(memory, PairSettings(workers=2)) is memory
    assert pairer.read_once(memory, PairSettings(engine=LocalEngine(2))) is memory
    assert isinstance(pairer.read_once(memory, PairSettings(engine=LocalEngine(1))),
                      HeldCorpus)


_DEFINED = [
    ("上帝抵抗军(上帝军)活动有所抬头。", "The Lord's Resistance Army (LRA) is active again."),
    ("上帝抵抗军的部队重新集结。", "LRA forces reassembled."),
    ("上帝抵抗军袭击了村庄。", "The LRA attacked villages."),
] + [(f"第{n}份报告已提交。", f"Report {n} was submitted.") for n in range(30)]


def test_an_acronym_defined_beside_the_terms_short_form_gives_way_to_its_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The English says the acronym in every pair and the name once, where the Chinese
    # gives the short form 上帝军 in parentheses: "(LRA)" renders the short form; the
    # name it spells out is the term's English, with the acronym's links.
    settings = PairSettings(check_alignment=False)
    best = pair_terms(["上帝抵抗军"], from_pairs(_DEFINED, "d"), settings=settings)[0].best
    assert best is not None and best.text == "Lord's Resistance Army"
    assert best.support == 3
    monkeypatch.setattr(pairer, "defined_name", lambda term, text, examples: None)
    best = pair_terms(["上帝抵抗军"], from_pairs(_DEFINED, "d"), settings=settings)[0].best
    assert best is not None and best.text == "LRA"


def test_pairing_abstains_on_a_term_that_ends_inside_a_word() -> None:
    # 叙利亚人 cut from 叙利亚人民 in every pair, once beside 叙利亚人道主义 in the same
    # pair: "Syrian people" renders the longer string (context.ends_inside_a_word).
    lexicon = Lexicon.from_pairs([("叙利亚", "Syria"), ("叙利亚", "Syrian"), ("人", "people"),
                                  ("人民", "people"), ("人道主义", "humanitarian"),
                                  ("局势", "situation")])
    pairs = [(f"才能向叙利亚人民提供{zh}。", f"to provide {en} to the Syrian people.")
             for zh, en in (("援助", "assistance"), ("粮食", "food"))]
    pairs.append(("解决叙利亚人道主义局势，向叙利亚人民提供药品。",
                  "to redress the humanitarian situation, medicine to the Syrian people."))
    filler = [(f"第{i}段已经删除。", f"Paragraph {i} has been deleted.") for i in range(1, 13)]
    [pairing] = pair_terms(["叙利亚人"], from_pairs([*pairs, *filler], document="syria"),
                           lexicon=lexicon, settings=PairSettings(check_alignment=False))
    assert pairing.best is None
    assert "ends inside a word" in pairing.abstained_reason
