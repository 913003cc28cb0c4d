"""Which signals tell terms from non-terms among extraction's top entries, text by text
(issue 12).

    .venv/bin/python benchmarks/extract_signals.py [--top N] [--window W]
        [--words all|single|several] [--texts tuning,peace,multiun,themes,unv1dev]

A precision rule must hold on every development text, not on the one it was found on. For
each text this ranks the candidates as ``extract_dev.py`` does (``extract_terms(…,
top=1000, workers=2)``), keeps the entries of the top ``N`` (default 300) that a verdict
covers (``--words``: only those that jieba cuts as one word, or as several), and prints,
for each signal, the AUC over them: the chance that a judged term scores above a judged
non-term (0.5: no separation; under 0.5: the signal points the other way).

Verdicts: on ``tuning`` (the UNv1 test set) an entry holding a form of
``gold/extract_unv1.tsv`` is a term, else ``gold/judged_top100.tsv`` decides, as
``mine_quality.py`` judges P@k; on the four other texts their ``extract_dev.py`` verdict
files decide (the first form, as there). ``unv1dev`` needs the UNv1 development set under
``$TERMBASE_SHARED`` (skipped with a note when absent).

The entries compared have passed every rule already, so the AUC says what a signal adds
where the ranking stands, not how good it is alone; the ranking's own score is printed as
the reference. Signals (higher = more term-like as written):

* ``score``, ``freq``, ``doc_freq``, ``left_entropy``, ``right_entropy``, ``association``,
  ``c_value``: the candidate's own, as extraction reports them;
* ``clustered``: dispersion over windows of ``W`` lines (default 30) taken as
  pseudo-documents, the expected number of windows a word spread at random would use
  (Poisson) over the number it uses — residual IDF: a general word spreads evenly through
  a text, a term is said to cluster where its topic is discussed;
* ``not_name_chars``: one minus the share, for the candidate's least common-noun-like
  character, of the words of jieba's dictionary holding that character that it tags as a
  place or a person (``ns``, ``nr``, ``nrt``, ``nrfg``): a string of transliteration
  characters (阿卜耶伊) is a named entity, which the gold lists leave out;
* ``no_determiner``: one minus the share of uses right after a determiner
  (:data:`termbase.extract.evidence.DETERMINERS` and the one-character 各, 该, 其, 本): a
  common noun is quantified (各代表团, 所有与会者), a name is not;
* ``word_share``: for a candidate of several words (jieba's cut of it), the larger share
  of its first or its last word's occurrences in the text that it takes (1 for a single
  word): a free phrase takes a small part of the uses of general words (国家|政策, and
  人道主义|需求 of a field's modifier), a term holds at least one of its words;
* ``no_insertion``: for a candidate of several words, minus the number of different
  strings of one to four ideographs the text puts between its first word and the rest, or
  between the rest and its last word, over its uses (0 for a single word): a free phrase
  takes modifiers inside (国家|卫生|政策 beside 国家|政策, 财政|和人力|资源), a fixed term
  does not (limited modifiability);
* ``english_dice``: where the text has its English (every text but none), the Dice
  coefficient of the candidate's lines and those of its best English n-gram (one to four
  words, neither edge a function word, in two of its lines or more): a term is rendered
  one way, a general phrase in several. Candidates in fewer than two lines are left out of
  this signal's AUC. ``mine`` has the English; extraction does not.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_dev
import mine_quality
from shared_data import ROOT, find_shared

TEXTS = ("tuning", "peace", "multiun", "themes", "unv1dev")
NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg"})
ONE_CHARACTER_DETERMINERS = ("各", "该", "其", "本")
OWN = ("score", "freq", "doc_freq", "left_entropy", "right_entropy", "association", "c_value")


def text_lines(text: str) -> tuple[list[str], Callable[[tuple[str, ...]], bool | None]] | None:
    """The text's lines and the verdict on an entry (its forms), or None without its data."""
    if text == "tuning":
        shared = find_shared()
        if shared is None or not (shared / "corpus" / "unv1-testset").is_dir():
            return None
        corpus = mine_quality.tuning_corpus(shared)
        judged = mine_quality.read_judged(mine_quality.GOLD / "judged_top100.tsv")
        gold = {f for concept in corpus.gold for f in concept.forms}

        def tuning_verdict(forms: tuple[str, ...]) -> bool | None:
            if any(mine_quality._bare(f) in gold for f in forms):
                return True
            return judged.get(forms[0])

        return [zh for zh, _ in corpus.pairs], tuning_verdict
    if text == "unv1dev":
        shared = find_shared()
        if shared is None or not (shared / "corpus" / "unv1-devset").is_dir():
            return None
    readers = {"multiun": extract_dev.multiun_lines, "peace": extract_dev.peace_lines,
               "themes": extract_dev.theme_lines, "unv1dev": extract_dev.unv1dev_lines}
    verdicts = extract_dev.read_verdicts(extract_dev.VERDICTS[text])
    return readers[text](), lambda forms: verdicts.get(forms[0])


def english_lines(text: str) -> list[str] | None:
    """The English lines aligned with ``text_lines(text)``'s Chinese, or None."""
    shared = find_shared()
    if shared is None:
        return None
    if text == "tuning":
        return [en for _, en in mine_quality.tuning_corpus(shared).pairs]
    if text == "peace":
        return (ROOT / "data" / "parallel" / "un2023-peace.en").read_text(
            encoding="utf-8").splitlines()
    if text == "unv1dev":
        base = shared / "corpus" / "unv1-devset"
        zh = (base / "UNv1.0.devset.zh-segmented").read_text(encoding="utf-8").split("\n")
        en = (base / "UNv1.0.devset.en").read_text(encoding="utf-8").split("\n")
        return [e for z, e in zip(zh, en, strict=False) if z.strip()]
    base = shared / "corpus" / "multiun-sample"
    if text == "themes":
        english = (base / "train.en-zh.en").read_text(encoding="utf-8").splitlines()
        return [e for e in english if extract_dev.THEME_WORDS.search(e)]
    return [e for part in ("train", "valid")
            for e in (base / f"{part}.en-zh.en").read_text(encoding="utf-8").splitlines()]


def english_grams(line: str) -> set[str]:
    """The lower-cased English n-grams of one to four words of ``line`` whose edge words
    are no function words."""
    from termbase.pair.ngrams import STOP_WORDS

    words = re.findall(r"[a-z][a-z'-]*", line.lower())
    return {" ".join(words[i:i + n]) for n in range(1, 5) for i in range(len(words) - n + 1)
            if words[i] not in STOP_WORDS and words[i + n - 1] not in STOP_WORDS}


def english_dice(term: str, lines: list[str], grams: list[set[str]],
                 line_freq: Counter[str]) -> float:
    """The Dice coefficient of the lines holding ``term`` and those of its best English
    n-gram (``grams`` per line, ``line_freq`` the lines of each); NaN under two lines."""
    holding = [i for i, line in enumerate(lines) if term in line]
    if len(holding) < 2:
        return math.nan
    together = Counter(g for i in holding for g in grams[i])
    return max((2 * n / (len(holding) + line_freq[g]) for g, n in together.items() if n >= 2),
               default=0.0)


def name_character_shares() -> dict[str, float]:
    """For each character, the share of jieba's dictionary words holding it that the
    dictionary tags as a place or a person."""
    from termbase.text.word_tags import dictionary_tags

    words: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for word, tag in dictionary_tags().items():
        for character in set(word):
            words[character] += 1
            names[character] += tag in NAME_TAGS
    return {c: names[c] / n for c, n in words.items()}


def text_signals(term: str, lines: list[str], window: int, names: dict[str, float],
                 words: list[str], whole: str) -> dict[str, float]:
    from termbase.extract.evidence import DETERMINERS

    determiners = (*DETERMINERS, *ONE_CHARACTER_DETERMINERS)
    windows = max(1, math.ceil(len(lines) / window))
    used: set[int] = set()
    uses = quantified = 0
    for number, line in enumerate(lines):
        at = line.find(term)
        while at >= 0:
            uses += 1
            used.add(number // window)
            quantified += line[:at].endswith(determiners)
            at = line.find(term, at + 1)
    inserted: set[str] = set()
    for k in {1, len(words) - 1} if len(words) > 1 else ():
        first, rest = "".join(words[:k]), "".join(words[k:])
        found = re.findall(re.escape(first) + "([\u4e00-\u9fff]{1,4}?)" + re.escape(rest), whole)
        inserted.update(f for f in found if first + f + rest != term)
    expected = windows * (1 - math.exp(-uses / windows))
    ideographs = [c for c in term if "\u4e00" <= c <= "\u9fff"]
    return {"clustered": expected / max(len(used), 1),
            "not_name_chars": 1 - min((names.get(c, 0.0) for c in ideographs), default=0.0),
            "no_determiner": 1 - quantified / max(uses, 1),
            "no_insertion": -len(inserted) / max(uses, 1),
            "word_share": 1.0 if len(words) < 2 else max(uses, 1) / max(
                min(whole.count(words[0]), whole.count(words[-1])), 1)}


def auc(terms: list[float], others: list[float]) -> float:
    terms = [t for t in terms if not math.isnan(t)]
    others = [o for o in others if not math.isnan(o)]
    if not terms or not others:
        return math.nan
    wins = sum((t > o) + 0.5 * (t == o) for t in terms for o in others)
    return wins / (len(terms) * len(others))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=300)
    parser.add_argument("--window", type=int, default=30)
    parser.add_argument("--words", choices=("all", "single", "several"), default="all")
    parser.add_argument("--texts", default=",".join(TEXTS))
    args = parser.parse_args()
    from termbase import extract_terms
    from termbase.extract.lines import line_documents
    from termbase.text.segment import make_segmenter

    segmenter = make_segmenter("jieba")

    names = name_character_shares()
    table: dict[str, dict[str, float]] = {}
    sizes: dict[str, tuple[int, int]] = {}
    for text in args.texts.split(","):
        found = text_lines(text)
        if found is None:
            print(f"{text}: skipped, its text is not under $TERMBASE_SHARED")
            continue
        lines, verdict = found
        whole = "\n".join(lines)
        english = english_lines(text)
        if english is not None and len(english) != len(lines):
            english = None  # not aligned with the lines read: no English signal
        grams = [english_grams(e) for e in english] if english is not None else []
        line_freq = Counter(g for found_grams in grams for g in found_grams)
        result = extract_terms(list(line_documents(enumerate(lines, 1), text)),
                               top=1000, workers=2)
        rows: list[tuple[bool, dict[str, float]]] = []
        for candidate in result.candidates[: args.top]:
            judged = verdict(tuple(candidate.forms()))
            words = segmenter.cut(candidate.term)
            if judged is None or (args.words != "all"
                                  and (len(words) == 1) != (args.words == "single")):
                continue
            signals = {"score": candidate.score, "freq": float(candidate.freq),
                       "doc_freq": float(candidate.doc_freq), **dict(candidate.evidence),
                       **text_signals(candidate.term, lines, args.window, names,
                                      words, whole),
                       "english_dice": english_dice(candidate.term, lines, grams, line_freq)
                       if grams else math.nan}
            rows.append((judged, signals))
        sizes[text] = (sum(1 for y, _ in rows if y), sum(1 for y, _ in rows if not y))
        table[text] = {name: auc([s[name] for y, s in rows if y],
                                 [s[name] for y, s in rows if not y])
                       for name in rows[0][1]} if rows else {}
    texts = list(table)
    print(f"AUC over the judged entries ({args.words} words) of each text's top {args.top} "
          f"(terms / non-terms): 0.5 = no separation")
    print("| signal | " + " | ".join(f"{t} ({sizes[t][0]}/{sizes[t][1]})" for t in texts) + " |")
    print("|---|" + "---|" * len(texts))
    shown = [*OWN, "clustered", "not_name_chars", "no_determiner", "word_share",
             "no_insertion", "english_dice"]
    for name in shown:
        print(f"| {name} | " + " | ".join(f"{table[t].get(name, math.nan):.2f}" for t in texts)
              + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
