"""Candidates for the held-out and development gold lists (gold/HELDOUT.md), found by rules.

    .venv/bin/python benchmarks/extract_heldout_candidates.py [--text heldout|peace|multiun] \
        > cands.tsv

``heldout`` (the default) is the 2023 sample's five shifted themes (gold/heldout_2023.tsv);
``peace`` is the bundled 2023 ``peace`` theme, data/parallel/un2023-peace.zh/.en, line i
translating line i (gold/dev_peace.tsv, a development list: gold/DEV_PEACE.md); ``multiun``
is the MultiUN sample's train + valid parts (../shared/corpus/multiun-sample, line-aligned,
English lower-cased; gold/dev_multiun.tsv, a development list: gold/DEV_MULTIUN.md).

Independent of termbase's extractor and of jieba: closed, free-standing character n-grams
occurring at least 3 times, titles in 《》 and parenthesised short forms, each with its
count and the English aligned with its first occurrences. Output is for judging only and
stays outside the repository.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared_data

from shared_data import shared_dir

ROOT = Path(__file__).resolve().parents[1]
THEMES = ("development", "environment", "human_rights", "health", "culture")
_RUN = re.compile(r"[\u3400-\u9fff]+")
_TITLE = re.compile(r"《([^《》]{2,60})》")
_SHORT = re.compile(r"([\u3400-\u9fff]{4,40})[（(]([\u3400-\u9fff]{2,10})[)）]")


def heldout_pairs(shared: Path) -> list[tuple[str, str]]:
    """Chinese record i with English record i + 1, per theme (the sample's known shift)."""
    records = json.loads((shared / "corpus/un-2023-sample/corpus.json")
                         .read_text(encoding="utf-8"))["data"]
    pairs = []
    for theme in THEMES:
        rows = [r for r in records if r["theme"] == theme]
        pairs += [(rows[i]["zh"], rows[i + 1]["en"]) for i in range(len(rows) - 1)]
    return pairs


def peace_pairs() -> list[tuple[str, str]]:
    """The bundled peace theme, line-aligned (the two files have one line per record)."""
    zh, en = (ROOT / "data" / "parallel" / f"un2023-peace.{lang}" for lang in ("zh", "en"))
    return list(zip(zh.read_text(encoding="utf-8").splitlines(),
                    en.read_text(encoding="utf-8").splitlines(), strict=True))


def multiun_pairs(shared: Path) -> list[tuple[str, str]]:
    """The MultiUN sample's train and valid parts, line i with line i (its test part is
    left out, as the benchmarks' multiun corpus leaves it out)."""
    base = shared / "corpus" / "multiun-sample"
    pairs: list[tuple[str, str]] = []
    for part in ("train", "valid"):
        zh, en = ((base / f"{part}.en-zh.{lang}").read_text(encoding="utf-8").splitlines()
                  for lang in ("zh", "en"))
        pairs += zip(zh, en, strict=True)
    return pairs


def _entropy(counter: Counter[str]) -> float:
    total = sum(counter.values())
    return -sum(c / total * math.log(c / total) for c in counter.values())


def ngram_candidates(texts: list[str], min_count: int = 3) -> dict[str, int]:
    counts: Counter[str] = Counter()
    left: dict[str, Counter[str]] = defaultdict(Counter)
    right: dict[str, Counter[str]] = defaultdict(Counter)
    runs = [run for text in texts for run in _RUN.findall(text)]
    for run in runs:
        for n in range(2, 17):
            for i in range(len(run) - n + 1):
                counts[run[i:i + n]] += 1
    frequent = {g for g, c in counts.items() if c >= min_count}
    for run in runs:
        for n in range(2, 17):
            for i in range(len(run) - n + 1):
                gram = run[i:i + n]
                if gram in frequent:
                    left[gram][run[i - 1] if i else "^"] += 1
                    right[gram][run[i + n] if i + n < len(run) else "$"] += 1
    kept = {}
    for gram in frequent:
        count = counts[gram]
        closed = all(counts.get(gram + ch, 0) < count for ch in right[gram] if ch != "$") and \
            all(counts.get(ch + gram, 0) < count for ch in left[gram] if ch != "^")
        free = (len(left[gram]) >= 2 or "^" in left[gram]) and \
            (len(right[gram]) >= 2 or "$" in right[gram])
        if (closed and free and min(_entropy(left[gram]), _entropy(right[gram])) >= 0.5) \
                or (closed and free and count >= 10):
            kept[gram] = count
    return kept


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--text", choices=("heldout", "peace", "multiun"), default="heldout")
    args = parser.parse_args()
    if args.text == "peace":
        pairs = peace_pairs()
    elif args.text == "multiun":
        pairs = multiun_pairs(shared_dir())
    else:
        pairs = heldout_pairs(shared_dir())
    texts = [zh for zh, _ in pairs]
    found = ngram_candidates(texts)
    joined = "\n".join(texts)
    for text in texts:
        for title in _TITLE.findall(text):
            found.setdefault(title, joined.count(title))
        for _full, short in _SHORT.findall(text):
            found.setdefault(short, joined.count(short))
    for term, count in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])):
        examples = [en for zh, en in pairs if term in zh][:2]
        print(f"{term}\t{count}\t" + " || ".join(e[:160] for e in examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
