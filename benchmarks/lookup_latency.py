"""Lookup latency on a synthetic 100,000-concept zh/en glossary, beside a naive scan.

Run: ``.venv/bin/python benchmarks/lookup_latency.py [--concepts N] [--seed S]``

The glossary is generated deterministically (seeded) from inventories of UN-style word
pairs, so the figures are reproducible and no data leaves or enters the machine. The
script builds the index (time and retained memory), then times a fixed query set per
kind of query for two methods:

* ``index``: :func:`termbase.lookup.search` over :func:`termbase.lookup.build_index`;
* ``naive``: the baseline, a Python loop over every term text (lower-cased once,
  beforehand) with a substring test and, failing that, a rapidfuzz ratio ≥ 85.

``cpu`` columns are the process time of each query: what to compare on a shared
machine, where the wall time includes waiting for a core. ``found`` is the share of
queries whose intended concept is among the 10 answers (the no-match queries count as
found when nothing is answered).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from termbase.lookup import build_index, search
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus, TermType
from termbase.text.chinese import ScriptConverter

# (Chinese, English) word pairs from the vocabulary of UN resolutions and reports.
_WORDS = [
    ("国际", "international"), ("区域", "regional"), ("国家", "national"),
    ("全球", "global"), ("联合", "joint"), ("特别", "special"), ("常设", "permanent"),
    ("政府间", "intergovernmental"), ("多边", "multilateral"), ("技术", "technical"),
    ("追查", "tracing"), ("标识", "marking"), ("登记", "record-keeping"),
    ("识别", "identification"), ("核查", "verification"), ("监测", "monitoring"),
    ("评估", "assessment"), ("审查", "review"), ("报告", "reporting"),
    ("执行", "implementation"), ("协调", "coordination"), ("合作", "cooperation"),
    ("援助", "assistance"), ("能力建设", "capacity-building"), ("培训", "training"),
    ("预防", "prevention"), ("打击", "combating"), ("消除", "elimination"),
    ("销毁", "destruction"), ("管理", "management"), ("储存", "stockpile"),
    ("安全", "security"), ("和平", "peace"), ("维持和平", "peacekeeping"),
    ("建设和平", "peacebuilding"), ("裁军", "disarmament"), ("不扩散", "non-proliferation"),
    ("军备控制", "arms control"), ("小武器", "small arms"), ("轻武器", "light weapons"),
    ("弹药", "ammunition"), ("常规武器", "conventional weapons"), ("地雷", "landmines"),
    ("集束弹药", "cluster munitions"), ("核武器", "nuclear weapons"),
    ("化学武器", "chemical weapons"), ("生物武器", "biological weapons"),
    ("非法", "illicit"), ("贩运", "trafficking"), ("贸易", "trade"), ("中介", "brokering"),
    ("转让", "transfers"), ("出口", "export"), ("进口", "import"), ("过境", "transit"),
    ("许可证", "licensing"), ("海关", "customs"), ("边境", "border"), ("执法", "law enforcement"),
    ("司法", "judicial"), ("刑事", "criminal"), ("恐怖主义", "terrorism"),
    ("有组织犯罪", "organized crime"), ("腐败", "corruption"), ("洗钱", "money-laundering"),
    ("人权", "human rights"), ("人道主义", "humanitarian"), ("难民", "refugees"),
    ("移民", "migrants"), ("妇女", "women"), ("儿童", "children"), ("青年", "youth"),
    ("性别平等", "gender equality"), ("可持续发展", "sustainable development"),
    ("气候变化", "climate change"), ("粮食安全", "food security"), ("卫生", "health"),
    ("教育", "education"), ("信息", "information"), ("通信", "communications"),
    ("网络", "cyber"), ("空间", "outer space"), ("海洋", "oceans"), ("环境", "environment"),
    ("机制", "mechanism"), ("框架", "framework"), ("准则", "guidelines"),
    ("标准", "standards"), ("议定书", "protocol"), ("公约", "convention"),
    ("条约", "treaty"), ("决议", "resolution"), ("方案", "programme"), ("战略", "strategy"),
    ("基金", "fund"), ("中心", "centre"), ("委员会", "committee"), ("工作组", "working group"),
    ("专家组", "group of experts"), ("秘书处", "secretariat"), ("理事会", "council"),
    ("会议", "conference"), ("网络平台", "platform"), ("数据库", "database"),
    ("名册", "roster"), ("指标", "indicators"), ("最佳做法", "best practices"),
]
_CONNECTORS_EN = ("of", "and", "for", "on")
_NO_MATCH = ["quantum xylophone orchestra", "鲸鱼钢琴协奏曲", "zebra marmalade", "火锅麻辣烫",
             "photosynthesis ballet", "蝴蝶摩托车", "qwxz", "陨石芭蕾舞团"]


def _acronym(english: str) -> str:
    return "".join(w[0] for w in english.replace("-", " ").split() if w not in
                   _CONNECTORS_EN).upper()


def _concept(rng: random.Random, number: int) -> Concept:
    """A concept whose Chinese and English terms are built from the same word pairs."""
    pairs = rng.sample(_WORDS, rng.randint(2, 5))
    zh = "".join(p[0] for p in pairs)
    en_words = [p[1] for p in pairs]
    if len(en_words) >= 3 and rng.random() < 0.5:
        en_words.insert(rng.randint(1, len(en_words) - 1), rng.choice(_CONNECTORS_EN))
    en = " ".join(en_words)
    if rng.random() < 0.15:  # an instrument: titles in 《》, English capitalised
        zh = f"《关于{zh}的公约》"
        en = "Convention on " + en.title()
    zh_terms = [Term(zh, TermStatus.PREFERRED, TermType.FULL_FORM)]
    en_terms = [Term(en, TermStatus.PREFERRED, TermType.FULL_FORM)]
    if rng.random() < 0.2:
        en_terms.append(Term(_acronym(en), TermStatus.ADMITTED, TermType.ACRONYM))
    if rng.random() < 0.1:
        older = "".join(rng.sample(_WORDS, 1)[0][0] + p[0] for p in pairs[:2])
        zh_terms.append(Term(older, TermStatus.SUPERSEDED))
    return Concept(f"c{number:06d}", (LangSec("zh", tuple(zh_terms)),
                                      LangSec("en", tuple(en_terms))))


def make_glossary(n: int, seed: int) -> Glossary:
    rng = random.Random(seed)
    return Glossary(tuple(_concept(rng, i) for i in range(n)), title="synthetic")


@dataclass(frozen=True)
class Query:
    kind: str
    text: str
    target: str | None  # the concept id meant, or None for a query that should not match


def _typo(rng: random.Random, text: str) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    i = rng.choice(letters)
    if rng.random() < 0.5:
        return text[:i] + text[i + 1:]
    return text[:i] + rng.choice([c for c in "aeiourstn" if c != text[i]]) + text[i + 1:]


def make_queries(glossary: Glossary, per_kind: int, seed: int) -> list[Query]:
    import opencc

    to_traditional = opencc.OpenCC("s2t")
    rng = random.Random(seed + 1)
    out: list[Query] = []
    for _ in range(per_kind):
        concept = rng.choice(glossary.concepts)
        zh = concept.terms("zh").__next__()[1].text
        en = concept.terms("en").__next__()[1].text
        words = en.split()
        cut = max(1, len(words) * 2 // 3)
        middle = words[1:-1] or words[-1:]
        core = zh.strip("《》")
        out += [
            Query("exact zh", zh, concept.id),
            Query("exact en", en, concept.id),
            Query("prefix", " ".join(words[:cut]) if rng.random() < 0.5 else core[:5],
                  concept.id),
            Query("substring", " ".join(middle) if rng.random() < 0.5
                  else core[1:-1], concept.id),
            Query("traditional zh", to_traditional.convert(zh), concept.id),
            Query("typo en", _typo(rng, en), concept.id),
        ]
    out += [Query("no match", _NO_MATCH[i % len(_NO_MATCH)], None) for i in range(per_kind)]
    return out


def naive_searcher(glossary: Glossary) -> Callable[[str], list[str]]:
    """The baseline: look at every term for every query."""
    from rapidfuzz import fuzz

    terms = [(t.text.lower(), c.id) for c in glossary.concepts for _, t in c.terms()]

    def run(query: str) -> list[str]:
        q = query.lower()
        scored = []
        for text, cid in terms:
            if q in text:
                scored.append((200.0 - len(text), cid))
            else:
                score = fuzz.ratio(q, text, score_cutoff=85)
                if score:
                    scored.append((score, cid))
        scored.sort(reverse=True)
        return list(dict.fromkeys(cid for _, cid in scored))[:10]

    return run


def _time(run: Callable[[str], list[str]],
          queries: Sequence[Query]) -> tuple[list[float], list[float], int]:
    """Wall and CPU milliseconds per query, and how many found their concept.

    CPU time is what to compare on a shared machine: waiting for a core does not count.
    """
    times, cpu, found = [], [], 0
    for q in queries:
        start, start_cpu = time.perf_counter(), time.process_time()
        ids = run(q.text)
        cpu.append((time.process_time() - start_cpu) * 1000)
        times.append((time.perf_counter() - start) * 1000)
        found += (q.target in ids) if q.target else not ids
    return times, cpu, found


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concepts", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20240607)
    parser.add_argument("--queries", type=int, default=50, help="per kind, for the index")
    parser.add_argument("--naive-queries", type=int, default=10, help="per kind, baseline")
    args = parser.parse_args()

    glossary = make_glossary(args.concepts, args.seed)
    converter = ScriptConverter()
    start = time.perf_counter()
    index = build_index(glossary, simplifier=converter)
    build_s = time.perf_counter() - start
    del index
    # A second build under tracemalloc measures what the index keeps (tracing slows it).
    tracemalloc.start()
    index = build_index(glossary, simplifier=converter)
    retained_mb = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()

    print(f"glossary: {len(glossary):,} concepts, {glossary.term_count():,} terms, "
          f"{len(index):,} distinct keys, {len(index.postings):,} n-grams (seed {args.seed})")
    print(f"index build: {build_s:.2f} s, {retained_mb:.0f} MiB retained")

    queries = make_queries(glossary, args.queries, args.seed)
    kinds = list(dict.fromkeys(q.kind for q in queries))
    naive = naive_searcher(glossary)

    def indexed(text: str) -> list[str]:
        return [h.concept.id for h in search(index, text, limit=10)]

    indexed(queries[0].text)  # warm up (lazy imports of rapidfuzz)
    header = (f"{'query kind':<15}{'n':>4}{'index med':>11}{'p95':>9}{'cpu med':>9}"
              f"{'p95':>9}{'found':>7}"
              f"{'n':>5}{'naive med':>11}{'p95':>9}{'found':>7}{'speed-up':>10}")
    print(header)
    print("-" * len(header))
    for kind in kinds:
        group = [q for q in queries if q.kind == kind]
        sample = group[:args.naive_queries]
        t_index, c_index, f_index = _time(indexed, group)
        t_naive, _, f_naive = _time(naive, sample)
        med_i, med_n = statistics.median(t_index), statistics.median(t_naive)
        print(f"{kind:<15}{len(group):>4}{med_i:>9.3f}ms{_p95(t_index):>7.3f}ms"
              f"{statistics.median(c_index):>7.3f}ms{_p95(c_index):>7.3f}ms"
              f"{f_index / len(group):>7.0%}{len(sample):>5}{med_n:>9.1f}ms"
              f"{_p95(t_naive):>7.1f}ms{f_naive / len(sample):>7.0%}{med_n / med_i:>9.0f}x")


if __name__ == "__main__":
    main()
