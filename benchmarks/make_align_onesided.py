"""Build the UN realignment set with one-sided lines (page headers, stray lines, merges).

Run from the repository root:

    .venv/bin/python benchmarks/make_align_onesided.py [--out DIR] [--seed N] [--unv1]

Source: ``../shared/corpus/un-2023-sample/corpus.json`` (or under $TERMBASE_SHARED).
Theme ``peace`` pairs English record n with Chinese record n; the five other themes pair
Chinese record n with English record n+1 (the offset is +1 all through each theme, see
``align_misaligned.py``), so they are re-paired that way; only the pairs that
Gale–Church also links 1-1 in place are kept (:func:`trusted`, about 78 %). Each theme
is cut into documents at their title lines ("Economic and Social Council", …).

Every document pair then gets, on each side independently and with a fixed seed:

* **page headers** every 22–38 lines of that side: the document symbol, the job number
  with its dates (``23-12345 (C)    150523    160523``), page numbers (``3``,
  ``2/15``), and on the first page letter-spaced titles (``大　会``, ``联 合 国``) or
  their English forms; both sides of a document share the symbol and job number, as
  real UN files do, but never at the same place;
* **stray lines** (about 2 % per side): a sentence of another document of the same half,
  as a subheading or sentence the other version lacks;
* **merges** (about 4 % per side): two consecutive lines joined into one.

All inserted lines are one-sided in the gold (``[]:[7]``, ``[9]:[]``); merges give 2-1
and 1-2 beads. The output is written OUTSIDE the repository (third-party text is never
committed), by default to ``$XDG_CACHE_HOME/termbase/align-onesided`` (``~/.cache/…``):

    tuning/{zh,en,gold}/NAME        themes environment, human_rights, health
    heldout/{zh,en,gold}/NAME       themes peace, development, culture (never tune here)
    equal/{tuning,heldout}/{zh,en,gold}/NAME
        one header and one merge on the same side, so both files have the same number
        of lines: true translation pairs for the verdict check (never "shifted")

environment and human_rights share a document (239 long lines), so they sit in the same
half. The layout is the one of ``../shared/align/*/derived`` (zh is the source side).

More tuning data: other seeds give the same documents with other perturbations (use
their ``tuning`` half only); ``--unv1`` also writes ``unv1/``, other UN documents with
the same perturbations — the UNv1 test set (``../shared/corpus/unv1-testset``) cut
into documents of 120 lines, strays from its other documents. Both are for tuning.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared_data

from shared_data import shared_dir

TUNING_THEMES = ("environment", "human_rights", "health")
HELDOUT_THEMES = ("peace", "development", "culture")
_TITLE = re.compile(r"(?:Economic and Social Council|General Assembly|Security Council"
                    r"|United Nations|Human Rights Council)")
_MIN_DOC, _MAX_DOC = 30, 160
_MERGE_RATE, _STRAY_RATE = 0.04, 0.02

_ZH_TITLES = ("联 合 国", "大　会", "大 会", "经 济 及 社 会 理 事 会", "安 全 理 事 会",
              "人 权 理 事 会")
_EN_TITLES = ("United Nations", "General Assembly", "Economic and Social Council",
              "Distr.: General")


@dataclass
class Unit:
    """One gold bead under construction: Chinese lines and English lines."""

    zh: list[str]
    en: list[str]


def default_out() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "termbase" / "align-onesided"


# A record that is only a document symbol: at the start of each document the sample's
# records are paired off by one more line (联合国 | E/RES/2023/15), so such pairs are
# left out rather than trusted as gold.
_BARE_SYMBOL = re.compile(r"[A-Z][\w.\-()]*(?:/[\w.\-()]+)+\*?\.?")


def _usable(text: str) -> bool:
    return bool(text.strip()) and "<<" not in text and not _BARE_SYMBOL.fullmatch(text)


def theme_pairs(records: list[dict[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """(zh, en) pairs per theme, re-paired where the sample is off by one."""
    themes: dict[str, list[dict[str, str]]] = {}
    for record in records:
        themes.setdefault(record["theme"], []).append(record)
    out: dict[str, list[tuple[str, str]]] = {}
    for theme, items in themes.items():
        zh = [r["zh"].strip() for r in items]
        en = [r["en"].strip() for r in items]
        pairs = list(zip(zh, en, strict=True)) if theme == "peace" else list(
            zip(zh[:-1], en[1:], strict=True))
        kept = [(z, e) for z, e in pairs if _usable(z) and _usable(e)]
        # A repeated line on one side next to itself is the same off-by-one trouble.
        out[theme] = [p for k, p in enumerate(kept)
                      if k == 0 or (p[0] != kept[k - 1][0] and p[1] != kept[k - 1][1])]
    return out


def trusted(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs that Gale–Church, on the whole clean theme, also links 1-1 in place.

    Even re-paired, the five shifted themes drift locally (list items split on one
    side only); a gold file must not inherit that. The length-only baseline is the
    referee because it knows nothing of the lexicon or of the rules under test; it
    favours itself, so the filter can only flatter Gale–Church, never termbase.
    """
    from termbase.align.galechurch import gale_church
    from termbase.align.model import Segment

    result = gale_church([Segment(i, z) for i, (z, _) in enumerate(pairs)],
                         [Segment(i, e) for i, (_, e) in enumerate(pairs)])
    keep = {b.src[0] for b in result.beads if len(b.src) == len(b.tgt) == 1
            and b.src == b.tgt}
    return [pair for k, pair in enumerate(pairs) if k in keep]


def documents(pairs: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """Cut a theme into documents at title lines (or every _MAX_DOC pairs)."""
    docs: list[list[tuple[str, str]]] = [[]]
    for pair in pairs:
        current = docs[-1]
        if current and ((_TITLE.fullmatch(pair[1]) and len(current) >= _MIN_DOC)
                        or len(current) >= _MAX_DOC):
            docs.append([])
        docs[-1].append(pair)
    if len(docs) > 1 and len(docs[-1]) < _MIN_DOC // 2:
        docs[-2].extend(docs.pop())
    return docs


def _symbol(rnd: random.Random) -> str:
    n = rnd.randrange(1, 400)
    return rnd.choice((f"E/2023/L.{n % 40 + 1}", f"A/78/{n}", f"E/RES/2023/{n % 60 + 1}",
                       f"A/HRC/53/{n}", f"E/CN.6/2023/{n % 20 + 1}", f"S/2023/{n}",
                       f"A/RES/77/{n}", f"E/ICEF/2023/{n % 30 + 1}"))


def _date(rnd: random.Random) -> str:
    return f"{rnd.randrange(1, 29):02d}{rnd.randrange(1, 13):02d}23"


def _header(rnd: random.Random, lang: str, symbol: str, job: str, dates: tuple[str, str],
            page: int, pages: int, first: bool) -> list[str]:
    """The furniture lines printed at one page break of one side."""
    mark = "(C)" if lang == "zh" else "(E)"
    if first:
        title = rnd.choice(_ZH_TITLES if lang == "zh" else _EN_TITLES)
        lines = [title, symbol] if rnd.random() < 0.7 else [title]
        if rnd.random() < 0.5:
            lines.append(f"{job} {mark}    {dates[0]}    {dates[1]}")
        return lines
    options = [
        [symbol],
        [f"{page}/{pages}", f"{job}"],
        [f"{job}", f"{page}/{pages}"],
        [symbol, f"{page}"],
        [f"{job} {mark}"],
        [f"{page}/{pages}"],
        [f"{job} {mark}    {dates[0]}    {dates[1]}"],
        [f"{symbol}", f"{page}/{pages}", f"{job}"],
    ]
    return rnd.choice(options)


def _merge(units: list[Unit], rnd: random.Random, side: str) -> list[Unit]:
    """Join two consecutive lines of one side (a 1-1 pair of beads becomes 2-1 or 1-2)."""
    out: list[Unit] = []
    k = 0
    while k < len(units):
        unit = units[k]
        nxt = units[k + 1] if k + 1 < len(units) else None
        if (nxt is not None and len(unit.zh) == len(unit.en) == 1 == len(nxt.zh)
                == len(nxt.en) and rnd.random() < _MERGE_RATE):
            if side == "zh":
                out.append(Unit([unit.zh[0] + nxt.zh[0]], unit.en + nxt.en))
            else:
                out.append(Unit(unit.zh + nxt.zh, [unit.en[0] + " " + nxt.en[0]]))
            k += 2
            continue
        out.append(unit)
        k += 1
    return out


def _page_breaks(rnd: random.Random, count: int) -> list[int]:
    breaks = [0]
    while True:
        nxt = breaks[-1] + rnd.randrange(22, 39)
        if nxt >= count:
            return breaks
        breaks.append(nxt)


def perturb(doc: list[tuple[str, str]], strays: dict[str, list[str]], rnd: random.Random,
            *, equal: bool = False) -> list[Unit]:
    """The document's gold beads with headers, stray lines and merges inserted."""
    units = [Unit([z], [e]) for z, e in doc]
    symbol, job = _symbol(rnd), f"23-{rnd.randrange(10_000, 30_000)}"
    dates = (_date(rnd), _date(rnd))
    if equal:
        return _equal_counts(units, rnd, symbol, job, dates)
    units = _merge(_merge(units, rnd, "zh"), rnd, "en")
    # Insertions per gap (before unit g): headers at each side's page breaks, strays.
    inserts: dict[int, dict[str, list[str]]] = {}
    taken: dict[int, str] = {}
    for lang in ("zh", "en"):
        gap_of_line: list[int] = []
        for g, unit in enumerate(units):
            gap_of_line.extend([g] * len(getattr(unit, lang)))
        breaks = _page_breaks(rnd, len(gap_of_line))
        pages = len(breaks)
        for page, line in enumerate(breaks, start=1):
            gap = gap_of_line[line]
            while taken.get(gap, lang) != lang and gap < len(units):
                gap += 1  # never at the same place as the other side's furniture
            taken[gap] = lang
            header = _header(rnd, lang, symbol, job, dates, page, pages, page == 1)
            inserts.setdefault(gap, {}).setdefault(lang, []).extend(header)
        for gap in range(1, len(units)):
            if rnd.random() < _STRAY_RATE and taken.get(gap, lang) == lang:
                taken[gap] = lang
                inserts.setdefault(gap, {}).setdefault(lang, []).append(
                    rnd.choice(strays[lang]))
    out: list[Unit] = []
    for g in range(len(units) + 1):
        for lang, lines in inserts.get(g, {}).items():
            out.extend(Unit([line], []) if lang == "zh" else Unit([], [line]) for line in lines)
        if g < len(units):
            out.append(units[g])
    return out


def _equal_counts(units: list[Unit], rnd: random.Random, symbol: str, job: str,
                  dates: tuple[str, str]) -> list[Unit]:
    """One furniture line and one merge on the same side: both files keep n lines."""
    lang = rnd.choice(("zh", "en"))
    k = rnd.randrange(0, len(units) - 1)
    a, b = units[k], units[k + 1]
    merged = (Unit([a.zh[0] + b.zh[0]], a.en + b.en) if lang == "zh"
              else Unit(a.zh + b.zh, [a.en[0] + " " + b.en[0]]))
    units = [*units[:k], merged, *units[k + 2:]]
    gap = rnd.choice((0, rnd.randrange(0, len(units) + 1)))
    line = rnd.choice([symbol, f"{job} ({'C' if lang == 'zh' else 'E'})    {dates[0]}",
                       rnd.choice(_ZH_TITLES if lang == "zh" else _EN_TITLES)])
    header = Unit([line], []) if lang == "zh" else Unit([], [line])
    return [*units[:gap], header, *units[gap:]]


def write_doc(base: Path, name: str, units: list[Unit]) -> None:
    zh: list[str] = []
    en: list[str] = []
    beads: list[str] = []
    for unit in units:
        zi = list(range(len(zh), len(zh) + len(unit.zh)))
        ei = list(range(len(en), len(en) + len(unit.en)))
        zh.extend(unit.zh)
        en.extend(unit.en)
        beads.append(f"[{','.join(map(str, zi))}]:[{','.join(map(str, ei))}]")
    for sub, lines in (("zh", zh), ("en", en), ("gold", beads)):
        folder = base / sub
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / (f"{name}.align" if sub == "gold" else name)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(shared: Path, out: Path, seed: int) -> dict[str, dict[str, int]]:
    records = json.loads((shared / "corpus" / "un-2023-sample" / "corpus.json")
                         .read_text(encoding="utf-8"))["data"]
    pairs = {theme: trusted(items) for theme, items in theme_pairs(records).items()}
    if out.exists():
        shutil.rmtree(out)
    stats: dict[str, dict[str, int]] = {}
    for half, themes in (("tuning", TUNING_THEMES), ("heldout", HELDOUT_THEMES)):
        docs = [(f"{theme}-{k:02d}", doc) for theme in themes
                for k, doc in enumerate(documents(pairs[theme]))]
        counts = {"documents": len(docs), "zh": 0, "en": 0, "one-sided": 0, "merges": 0,
                  "equal": 0}
        for name, doc in docs:
            # Stray lines come from the other documents of the same half only.
            strays = {"zh": [z for other, d in docs if other != name for z, _ in d],
                      "en": [e for other, d in docs if other != name for _, e in d]}
            units = perturb(doc, strays, random.Random(f"{seed}:{name}"))
            write_doc(out / half, name, units)
            counts["zh"] += sum(len(u.zh) for u in units)
            counts["en"] += sum(len(u.en) for u in units)
            counts["one-sided"] += sum(1 for u in units if not u.zh or not u.en)
            counts["merges"] += sum(1 for u in units if len(u.zh) + len(u.en) == 3)
            equal = perturb(doc, strays, random.Random(f"{seed}:equal:{name}"), equal=True)
            write_doc(out / "equal" / half, name, equal)
            counts["equal"] += 1
        stats[half] = counts
    (out / "MANIFEST.json").write_text(json.dumps({"seed": seed, "halves": stats},
                                                  indent=2) + "\n", encoding="utf-8")
    return stats


def build_unv1(shared: Path, out: Path, seed: int, size: int = 120) -> int:
    """``out``: the UNv1 test set as documents of ``size`` lines, perturbed like the rest."""
    base = shared / "corpus" / "unv1-testset"
    en = (base / "UNv1.0.testset.en").read_text(encoding="utf-8").splitlines()
    # The Chinese side of this set was word-segmented; joining the tokens restores it.
    zh = ["".join(line.split()) for line in
          (base / "UNv1.0.testset.zh-segmented").read_text(encoding="utf-8").splitlines()]
    pairs = [(z, e) for z, e in zip(zh, en, strict=True) if z.strip() and e.strip()]
    docs = [(f"unv1-{k // size:02d}", pairs[k:k + size]) for k in range(0, len(pairs), size)]
    for name, doc in docs:
        strays = {"zh": [z for other, d in docs if other != name for z, _ in d],
                  "en": [e for other, d in docs if other != name for _, e in d]}
        write_doc(out, name, perturb(doc, strays, random.Random(f"{seed}:{name}")))
    return len(docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=default_out(),
                        help="output folder, outside the repository (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--unv1", action="store_true",
                        help="also write unv1/: UNv1 test set documents (tuning only)")
    args = parser.parse_args()
    repo = Path(__file__).resolve().parents[1]
    if args.out.resolve().is_relative_to(repo):
        sys.exit("write the generated set outside the repository: it holds UN text")
    stats = build(shared_dir("corpus/un-2023-sample/corpus.json"), args.out, args.seed)
    for half, counts in stats.items():
        print(f"{half}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    if args.unv1:
        count = build_unv1(shared_dir("corpus/unv1-testset"), args.out / "unv1", args.seed)
        print(f"unv1: {count} documents")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
