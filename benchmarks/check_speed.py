"""Speed of ``termbase check`` beside a naive per-term scan, in the same run.

A deterministic synthetic glossary of 50,000 terms (25,000 zh/en concepts built from
UN-style word pieces) and a bilingual draft of about 1 MB (UTF-8, both sides together)
made of generated sentences that carry glossary terms, numbers and dates. termbase
builds one automaton per language and runs every check; the baseline only *finds* terms,
with ``str.find`` for each term over each segment (case-folded for English), which is
what a check without a multi-pattern matcher has to do.

Then ``termbase check`` end to end, as a user runs it (``--cli``, on by default): the
glossary written as TBX, the draft as two line-aligned files (one segment pair in 50 with
a changed number, one in 50 with a target term dropped, so that there are findings to
compare), one fresh process per run — wall time including interpreter start-up and
peak RSS (``resource.getrusage(RUSAGE_CHILDREN)`` of a wrapper running only that
command):

* ``memory``: ``TERMBASE_NO_CACHE=1`` — read and hash the TBX, build the automata (the
  path before the compiled glossary);
* ``cold``: an empty cache — compile the glossary into SQLite, build the matchers and
  keep them beside it, then check;
* ``warm``: the same command again (median of ``--repeats`` runs);
* ``new glossary``: the compiled glossaries deleted, the rest of the cache kept (the
  CC-CEDICT table a first check builds once per installation) — what a reviser pays the
  first time a new glossary is checked.

Python's compiled bytecode is kept between runs (``PYTHONPYCACHEPREFIX`` in the run's
folder), as it is for any installed package, whose installer compiles it; a machine that
sets ``PYTHONDONTWRITEBYTECODE`` (this one does) would otherwise recompile every termbase
module on every run. ``warm, recompiled`` is the warm run without that cache, the figure
this benchmark printed as ``warm`` until session 29.

The JSON reports of memory and warm must list the same findings.

Usage: python benchmarks/check_speed.py [--terms 50000] [--megabytes 1.0] [--no-cli]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import product
from pathlib import Path

from termbase.check import CheckOptions, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.matching import LanguageMatcher
from termbase.model import Concept, Glossary, LangSec, Term

SEED = 20240612

_MODIFIERS = [
    ("国际", "international"), ("区域", "regional"), ("国家", "national"),
    ("次区域", "subregional"), ("全球", "global"), ("多边", "multilateral"),
    ("双边", "bilateral"), ("技术", "technical"), ("财务", "financial"),
    ("行政", "administrative"), ("法律", "legal"), ("人道主义", "humanitarian"),
    ("可持续", "sustainable"), ("机构间", "inter-agency"), ("政府间", "intergovernmental"),
    ("特别", "special"), ("联合", "joint"), ("临时", "interim"), ("常设", "standing"),
    ("综合", "integrated"), ("独立", "independent"), ("自愿", "voluntary"),
    ("战略", "strategic"), ("业务", "operational"), ("环境", "environmental"),
]
_SUBJECTS = [
    ("裁军", "disarmament"), ("发展", "development"), ("人权", "human rights"),
    ("维和", "peacekeeping"), ("难民", "refugee"), ("贸易", "trade"), ("卫生", "health"),
    ("教育", "education"), ("粮食安全", "food security"), ("气候", "climate"),
    ("能源", "energy"), ("水资源", "water resources"), ("海洋", "ocean"),
    ("移民", "migration"), ("统计", "statistics"), ("预算", "budget"), ("审计", "audit"),
    ("采购", "procurement"), ("妇女", "women"), ("儿童", "children"), ("青年", "youth"),
    ("城市", "urban"), ("农业", "agricultural"), ("森林", "forest"), ("债务", "debt"),
    ("核查", "verification"), ("出口管制", "export control"), ("弹药", "ammunition"),
    ("边境", "border"), ("海关", "customs"), ("司法", "justice"), ("治理", "governance"),
    ("通信", "communications"), ("数据", "data"), ("灾害", "disaster"), ("安全", "security"),
    ("反恐", "counter-terrorism"), ("禁毒", "drug control"), ("知识产权", "intellectual property"),
    ("标识", "marking"),
]
_HEADS = [
    ("委员会", "Committee"), ("方案", "Programme"), ("基金", "Fund"), ("工作组", "Working Group"),
    ("专家组", "Group of Experts"), ("机制", "Mechanism"), ("框架", "Framework"),
    ("战略", "Strategy"), ("倡议", "Initiative"), ("办公室", "Office"), ("中心", "Centre"),
    ("论坛", "Forum"), ("网络", "Network"), ("信托基金", "Trust Fund"),
    ("行动计划", "Plan of Action"), ("准则", "Guidelines"), ("数据库", "Database"),
    ("协定", "Agreement"), ("公约", "Convention"), ("议定书", "Protocol"),
    ("支助系统", "Support System"), ("咨询委员会", "Advisory Committee"),
    ("协调股", "Coordination Unit"), ("培训方案", "Training Programme"),
    ("报告制度", "Reporting System"),
]


def synthetic_glossary(n_terms: int, rng: random.Random) -> Glossary:
    combos = list(product(_MODIFIERS, _SUBJECTS, _HEADS))
    combos += list(product(_MODIFIERS, _MODIFIERS, _SUBJECTS, _HEADS))
    rng.shuffle(combos)
    concepts = []
    seen_zh: set[str] = set()
    for parts in combos:
        if len(concepts) * 2 >= n_terms:
            break
        if len(parts) == 4 and parts[0] == parts[1]:
            continue
        zh = "".join(p[0] for p in parts)
        if zh in seen_zh:
            continue
        seen_zh.add(zh)
        en = " ".join(p[1] for p in parts)
        concepts.append(Concept(f"syn{len(concepts):05d}", (
            LangSec("zh", (Term(zh),)), LangSec("en", (Term(en),)))))
    return Glossary(tuple(concepts), title="synthetic")


_ZH_FRAMES = ["各国应加强{0}和{1}的合作，并于{d}向{2}提交报告。",
              "{0}在第{n}次会议上审议了{1}的工作，注意到{2}取得的进展。",
              "请秘书长通过{0}向会员国提供支助，并确保{1}与{2}协调一致。"]
_EN_FRAMES = ["States should strengthen cooperation between the {0} and the {1}, and report "
              "to the {2} by {d}.",
              "At its {n}th meeting, the {0} considered the work of the {1} and took note of "
              "the progress made by the {2}.",
              "Requests the Secretary-General to provide support to Member States through the "
              "{0} and to ensure that the {1} and the {2} are coordinated."]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def synthetic_draft(glossary: Glossary, megabytes: float, rng: random.Random
                    ) -> tuple[list[str], list[str]]:
    concepts = glossary.concepts
    zh_lines: list[str] = []
    en_lines: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        picks = [concepts[rng.randrange(len(concepts))] for _ in range(3)]
        zh_terms = [c.lang_secs[0].terms[0].text for c in picks]
        en_terms = [c.lang_secs[1].terms[0].text for c in picks]
        frame = rng.randrange(len(_ZH_FRAMES))
        y, m, d, n = rng.randrange(2000, 2030), rng.randrange(12), rng.randrange(1, 29), \
            rng.randrange(4, 9000)
        zh = _ZH_FRAMES[frame].format(*zh_terms, d=f"{y}年{m + 1}月{d}日", n=n)
        en = _EN_FRAMES[frame].format(*en_terms, d=f"{d} {_MONTHS[m]} {y}", n=n)
        zh_lines.append(zh)
        en_lines.append(en)
        size += len(zh.encode()) + len(en.encode()) + 2
    return zh_lines, en_lines


def naive_scan(glossary: Glossary, zh_lines: list[str], en_lines: list[str]) -> int:
    """Count term occurrences with str.find for each term over each segment."""
    zh_terms = [t.text for c in glossary for _, t in c.terms("zh")]
    en_terms = [t.text.lower() for c in glossary for _, t in c.terms("en")]
    found = 0
    for line in zh_lines:
        for term in zh_terms:
            if line.find(term) >= 0:
                found += 1
    for line in en_lines:
        folded = line.lower()
        for term in en_terms:
            if folded.find(term) >= 0:
                found += 1
    return found


_CHILD = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(json.loads(sys.argv[1]), stdout=subprocess.DEVNULL,
                      stderr=subprocess.DEVNULL, check=False)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps([wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                  done.returncode]))
"""


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak MiB) of one command in a fresh process. CPU time
    is what a busy shared machine disturbs least."""
    out = subprocess.run([sys.executable, "-c", _CHILD, json.dumps(command)], env=env,
                         capture_output=True, text=True, check=True).stdout
    wall, cpu, peak, code = json.loads(out)
    if code not in (0, 1):
        raise SystemExit(f"termbase check failed (exit {code}): {' '.join(command)}")
    return wall, cpu, peak


def _perturbed(en_lines: list[str], glossary: Glossary) -> list[str]:
    """The English side with a changed number in one pair of 50 and a target term
    dropped in another one of 50."""
    en_terms = sorted({t.text for c in glossary for _, t in c.terms("en")}, key=len,
                      reverse=True)
    out = []
    for i, line in enumerate(en_lines):
        if i % 50 == 7:
            line = line.replace("th meeting", "1th meeting", 1).replace(" 20", " 19", 1)
        elif i % 50 == 23:
            term = next((t for t in en_terms if t in line), None)
            line = line.replace(term, "body", 1) if term else line
        out.append(line)
    return out


def _findings(report: Path) -> list[tuple[str, str, int, str]]:
    data = json.loads(report.read_text(encoding="utf-8"))
    return [(f["kind"], f["file"], f["line"], f["message"]) for f in data["findings"]]


def cli_bench(glossary: Glossary, zh_lines: list[str], en_lines: list[str],
              repeats: int, checks: str | None) -> None:
    from termbase.formats import write_glossary

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tbx = folder / "glossary.tbx"
        write_glossary(glossary, tbx)
        zh, en = folder / "draft.zh.txt", folder / "draft.en.txt"
        zh.write_text("\n".join(zh_lines) + "\n", encoding="utf-8")
        en.write_text("\n".join(_perturbed(en_lines, glossary)) + "\n",
                      encoding="utf-8")
        termbase = str(Path(sys.executable).with_name("termbase"))

        def command(report: str) -> list[str]:
            return [termbase, "check", str(zh), "--target", str(en), "--presplit",
                    "--glossary", str(tbx), "-f", "json", "-o", str(folder / report),
                    *(["--checks", checks] if checks else [])]

        base = {**os.environ, "TERMBASE_CACHE_DIR": str(folder / "cache"),
                "PYTHONPYCACHEPREFIX": str(folder / "bytecode")}
        base.pop("TERMBASE_NO_CACHE", None)
        base.pop("PYTHONDONTWRITEBYTECODE", None)
        # A bytecode folder nothing is written to: every module compiled again.
        recompiled_env = {**base, "PYTHONDONTWRITEBYTECODE": "1",
                          "PYTHONPYCACHEPREFIX": str(folder / "no-bytecode")}
        memory_env = {**base, "TERMBASE_NO_CACHE": "1"}
        print(f"\nend to end: termbase check, TBX {tbx.stat().st_size / 1e6:.1f} MB, draft "
              f"{(zh.stat().st_size + en.stat().st_size) / 1e6:.2f} MB, checks: "
              f"{checks or 'all'}")
        memory = [_run(command("memory.json"), memory_env) for _ in range(repeats)]
        cold = _run(command("cold.json"), base)
        warm = [_run(command("warm.json"), base) for _ in range(repeats)]
        recompiled = [_run(command("recompiled.json"), recompiled_env)
                      for _ in range(repeats)]
        cache = folder / "cache" / "glossaries"
        stored = sum(f.stat().st_size for f in cache.iterdir()) / 1e6
        shutil.rmtree(cache)
        new_glossary = _run(command("new.json"), base)
        rows = [("memory (before)", memory), ("cold (compile + check)", [cold]),
                ("new glossary", [new_glossary]), ("warm", warm),
                ("warm, recompiled", recompiled)]
        mem_wall = statistics.median(w for w, _, _ in memory)
        mem_cpu = statistics.median(c for _, c, _ in memory)
        for label, runs in rows:
            wall = statistics.median(w for w, _, _ in runs)
            cpu = statistics.median(c for _, c, _ in runs)
            peak = max(p for _, _, p in runs)
            print(f"  {label:<24}{wall:>7.2f} s wall {cpu:>7.2f} s CPU {peak:>6.0f} MiB   "
                  f"memory/this {mem_wall / wall:.2f}x wall, {mem_cpu / cpu:.2f}x CPU")
        print(f"  cache: {stored:.0f} MB (database and matchers)")
        same = _findings(folder / "memory.json") == _findings(folder / "warm.json")
        print(f"  findings: {len(_findings(folder / 'warm.json'))} warm, "
              f"{len(_findings(folder / 'memory.json'))} memory, identical: {same}")
        if not same or _findings(folder / "new.json") != _findings(folder / "warm.json"):
            raise SystemExit("the compiled path reported other findings than memory")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--terms", type=int, default=50_000)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--naive-sample", type=int, default=200,
                        help="segments the naive scan runs over (it is extrapolated)")
    parser.add_argument("--no-cli", dest="cli", action="store_false",
                        help="skip the end-to-end termbase check runs")
    parser.add_argument("--checks", help="end to end: run only these checks (as --checks)")
    parser.add_argument("--repeats", type=int, default=3,
                        help="runs of the memory and warm commands (median reported)")
    args = parser.parse_args(argv)
    rng = random.Random(SEED)
    glossary = synthetic_glossary(args.terms, rng)
    zh_lines, en_lines = synthetic_draft(glossary, args.megabytes, rng)
    size = sum(len(s.encode()) + 1 for s in zh_lines + en_lines)
    print(f"glossary: {len(glossary)} concepts, {glossary.term_count()} terms")
    print(f"draft: {len(zh_lines)} segment pairs, {size / 1e6:.2f} MB")

    start = time.perf_counter()
    glossary_hash = glossary.content_hash()
    hashed = time.perf_counter() - start
    print(f"glossary content hash (for the signature, once per glossary): {hashed:.2f} s")
    start = time.perf_counter()
    matchers = [LanguageMatcher(glossary, "zh"), LanguageMatcher(glossary, "en")]
    built = time.perf_counter() - start
    draft = presplit_pair("\n".join(zh_lines), "draft.zh", "\n".join(en_lines), "draft.en",
                          source_lang="zh", target_lang="en")
    start = time.perf_counter()
    result = check_draft(glossary, draft, CheckOptions(), matchers=matchers,
                         glossary_hash=glossary_hash)
    checked = time.perf_counter() - start
    total = built + checked
    print(f"termbase: automata built in {built:.2f} s, all checks in {checked:.2f} s, "
          f"total {total:.2f} s ({len(result.findings)} findings)")

    sample = min(args.naive_sample, len(zh_lines))
    start = time.perf_counter()
    naive_scan(glossary, zh_lines[:sample], en_lines[:sample])
    naive = (time.perf_counter() - start) * len(zh_lines) / sample
    print(f"naive per-term scan (find only), extrapolated from {sample} pairs: {naive:.1f} s")
    print(f"ratio naive / termbase: {naive / total:.0f}×")
    if args.cli:
        cli_bench(glossary, zh_lines, en_lines, args.repeats, args.checks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
