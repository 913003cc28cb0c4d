"""Parallel segment pairs with provenance, read lazily from files.

A :class:`SegmentPair` is one Chinese segment, its English translation and where the
pair comes from (document and line), so that every pairing can cite its evidence.
Corpora are re-iterable streams: pairing makes several passes and never holds the whole
corpus in memory, which keeps a million-pair corpus within a few hundred megabytes.

Three kinds of input are read here, at the edge:

* two line-aligned files (line i of the English file translates line i of the Chinese
  one) — the layout of the UN Parallel Corpus and MultiUN; plain or gzip-compressed
  (``.gz``), one pair of files per shard;
* a TMX file (read by :mod:`termbase.formats.tmx`);
* a bead file from ``termbase align`` with the two sentence files it refers to
  (read by :mod:`termbase.formats.beads`).

Empty lines are common in real corpora (paragraph breaks kept on both sides); pairs with
an empty side are skipped, line numbers still count them, and one diagnostic per file
says how many were skipped. Unequal line counts are refused: truncating would silently
misalign every pair after the first missing line.

For parallel counting a corpus is cut into :class:`Chunk` s: small picklable
descriptions of consecutive pairs (two files and where to start reading them, or the
pairs themselves for corpora held in memory) that a worker process — local or on a Dask
cluster — reads for itself, so that no text crosses process boundaries.
"""

from __future__ import annotations

import bisect
import codecs
import gzip
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Protocol

from termbase.diagnostics import Diagnostic, warning
from termbase.documents import limits
from termbase.errors import FormatError, InputError, LimitError, UsageError
from termbase.fileio import open_input
from termbase.text.decode import DecodedText, decode_text
from termbase.text.language import check_sides


@dataclass(frozen=True, slots=True)
class SegmentPair:
    """One aligned pair: Chinese text, English text, and where it is from."""

    zh: str
    en: str
    document: str
    """The document (file) the pair comes from, as cited in examples."""
    line: int
    """1-based line (or unit) number of the Chinese side in ``document``."""
    en_line: int | None = None
    """Line of the English side when it differs (bead files); None means ``line``."""

    def where(self) -> str:
        """How the pair is cited: 'UNv1.0.testset.zh, line 17'."""
        en = f" (en line {self.en_line})" if self.en_line not in (None, self.line) else ""
        return f"{self.document}, line {self.line}{en}"


class Corpus(Protocol):
    """A re-iterable stream of segment pairs (each iteration starts from the beginning)."""

    def __iter__(self) -> Iterator[SegmentPair]: ...


# Spaces next to a CJK character (ideograph or CJK/full-width punctuation) are never part
# of Chinese text: they are word segmentation (the UN v1 test set is distributed
# segmented) or PDF artefacts. Spaces between two non-CJK characters ("100 000") stay.
_CJK_RANGE = ("\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
              "\U00020000-\U0002ffff")
_CJK_SPACE = re.compile(f"(?<=[{_CJK_RANGE}])[ \t\u3000]+|[ \t\u3000]+(?=[{_CJK_RANGE}])")


def join_cjk_spaces(text: str) -> str:
    """``text`` without the spaces that touch a CJK character ("第 7439 次" → "第7439次")."""
    return _CJK_SPACE.sub("", text)


_SAMPLE_LINES = 400
_LISTED_LINES = 5


def _line_list(lines: Sequence[int]) -> str:
    shown = ", ".join(str(n) for n in lines[:_LISTED_LINES])
    return shown + (", …" if len(lines) > _LISTED_LINES else "")


def check_languages(zh_sample: Iterable[str], en_sample: Iterable[str], *, zh_source: str,
                    en_source: str) -> None:
    """Refuse a corpus whose Chinese side is not Chinese or English side not English.

    Judged on a sample of non-empty segments by
    :func:`termbase.text.language.check_sides`; swapped files get a hint to swap them.
    """
    check_sides("".join(zh_sample), "".join(en_sample), zh_source=zh_source,
                en_source=en_source,
                hint="the Chinese text belongs in the zh side (--zh, or the .zh file of a pair) "
                     "and the English in the en side")


def is_compressed(path: Path) -> bool:
    """Whether ``path`` is a gzip shard (by its suffix, as corpus distributions name them)."""
    return path.suffix.lower() == ".gz"


def _head(path: Path) -> bytes:
    """The first 64 KiB of ``path``, decompressed for a gzip shard."""
    with open_input(path) as handle:
        if not is_compressed(path):
            return handle.read(1 << 16)
        try:
            with gzip.GzipFile(fileobj=handle) as unpacked:
                return unpacked.read(1 << 16)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"not a readable gzip file: {exc}", path=path,
                             hint="give the shard uncompressed, or re-create the .gz") from None


def _read_encoding(path: Path, encoding: str | None = None) -> DecodedText:
    """The codec to stream ``path`` with (``encoding``, or judged on the file's head by
    text.decode), with the warning naming a detected legacy encoding."""
    head = _head(path)
    if not head.strip():
        raise InputError("file is empty", path=path, hint="give a corpus file with content")
    # A multi-byte character cut by the 64 KiB window is not an error.
    decoded = decode_text(head, str(path), encoding, complete=len(head) < 1 << 16)
    if codecs.lookup(decoded.encoding).name == "utf-8":
        return replace(decoded, encoding="utf-8-sig")  # drops a BOM, reads UTF-8 alike
    return decoded


def _encoding_of(path: Path, encoding: str | None = None) -> str:
    return _read_encoding(path, encoding).encoding


def _open_text(path: Path, encoding: str) -> IO[str]:
    if is_compressed(path):
        return gzip.open(path, "rt", encoding=encoding, newline=None)
    return path.open("r", encoding=encoding, newline=None)


def _readline(handle: IO[str], path: Path, number: int) -> str:
    """The next line of ``handle`` (line ``number`` of ``path``), read at most one
    segment's length past the limit: a file without line breaks is refused here, by
    its first line, before pairing holds it whole and counts its n-grams (a 50 MB line
    took more than 7 GB)."""
    limit = limits.MAX_LINE_CHARS
    line = handle.readline(limit + 2)  # the limit, and a line end of up to 2 characters
    if len(line.rstrip("\r\n")) > limit:
        raise LimitError(f"line {number} is more than {limit:,} characters long, more "
                         "than one segment of a parallel corpus may have", path=path,
                         line=number,
                         hint="the file has (almost) no line breaks: put one sentence or "
                              "paragraph per line, line i translating line i of the other "
                              "side")
    return line


def _lines(path: Path, encoding: str, start: int = 0, first: int = 1,
           count: int | None = None) -> Iterator[str]:
    """The lines of ``path`` without their line ends, decoding errors located by line.

    ``start`` is a position from :func:`_scan` (line ``first``); ``count`` limits the
    lines read."""
    number = first - 1
    try:
        with _open_text(path, encoding) as handle:
            if start:
                handle.seek(start)
            while count is None or number - first + 1 < count:
                line = _readline(handle, path, number + 1)
                if not line:
                    break
                number += 1
                yield line.rstrip("\r\n")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {codecs.lookup(encoding).name} after line {number}: "
                         f"{exc.reason}", path=path, line=number + 1,
                         hint="save the file as UTF-8") from None
    except (OSError, EOFError, zlib.error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(f"cannot read file after line {number}: {reason}",
                         path=path) from None


INDEX_EVERY = 1000
"""Lines between two remembered read positions of a plain shard (where chunks may start)."""


@dataclass(slots=True)
class _Scan:
    """One pass over a shard: its lines counted, empty ones listed, a sample kept and the
    read position of every :data:`INDEX_EVERY`-th line remembered (plain files only: a
    gzip stream cannot be entered in the middle)."""

    count: int = 0
    empty: list[int] = field(default_factory=list)
    sample: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)


def _scan(path: Path, encoding: str) -> _Scan:
    scan = _Scan()
    seekable = not is_compressed(path)
    try:
        with _open_text(path, encoding) as handle:
            while True:
                if seekable and scan.count % INDEX_EVERY == 0:
                    scan.starts.append(handle.tell())
                line = _readline(handle, path, scan.count + 1)
                if not line:
                    break
                scan.count += 1
                if not line.strip():
                    scan.empty.append(scan.count)
                elif len(scan.sample) < _SAMPLE_LINES:
                    scan.sample.append(line.rstrip("\r\n"))
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {codecs.lookup(encoding).name} after line "
                         f"{scan.count}: {exc.reason}", path=path, line=scan.count + 1,
                         hint="save the file as UTF-8") from None
    except (OSError, EOFError, zlib.error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(f"cannot read file after line {scan.count}: {reason}",
                         path=path) from None
    return scan


@dataclass(slots=True)
class LineAlignedCorpus:
    """Two line-aligned files; validated on construction, streamed on iteration."""

    zh_path: Path
    en_path: Path
    document: str = ""
    """Name cited in examples; default: the Chinese file's name."""
    lines: int = 0
    pairs: int = 0
    """Pairs with text on both sides (what iteration yields)."""
    diagnostics: tuple[Diagnostic, ...] = ()
    _encodings: tuple[str, str] = field(default=("utf-8", "utf-8"), repr=False)
    _starts: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    """Read positions (zh, en) of lines 1, 1 + INDEX_EVERY, …; empty for gzip shards."""

    @classmethod
    def open(cls, zh_path: Path, en_path: Path, document: str = "",
             encoding: str | None = None) -> LineAlignedCorpus:
        """Check both files (readable, same number of lines, right languages) and count.

        Raises FormatError for unequal line counts or a side in the wrong language.
        """
        zh_path, en_path = Path(zh_path), Path(en_path)
        read = (_read_encoding(zh_path, encoding), _read_encoding(en_path, encoding))
        encodings = (read[0].encoding, read[1].encoding)
        zh_scan, en_scan = _scan(zh_path, encodings[0]), _scan(en_path, encodings[1])
        zh_count, en_count = zh_scan.count, en_scan.count
        if zh_count != en_count:
            raise FormatError(
                f"the corpus sides have different numbers of lines: {zh_path} has "
                f"{zh_count}, {en_path} has {en_count}", path=en_path,
                hint="line i of one file must translate line i of the other; align the "
                     "documents first (termbase align) instead of truncating")
        check_languages(zh_scan.sample, en_scan.sample, zh_source=str(zh_path),
                        en_source=str(en_path))
        zh_empty, en_empty = zh_scan.empty, en_scan.empty
        en_empty_set = set(en_empty)
        both = [n for n in zh_empty if n in en_empty_set]
        both_empty = len(both)
        only_zh = [n for n in zh_empty if n not in en_empty_set]
        only_en = sorted(en_empty_set.difference(zh_empty))
        diagnostics = [*read[0].diagnostics, *read[1].diagnostics]
        if both:
            diagnostics.append(warning(
                "TB601", f"{both_empty} empty line(s) on both sides skipped (lines "
                         f"{_line_list(both)})", path=str(zh_path)))
        if only_zh:
            diagnostics.append(warning(
                "TB602", f"{len(only_zh)} line(s) empty on the Chinese side only, skipped "
                         f"(lines {_line_list(only_zh)})", path=str(zh_path),
                hint="many of these may mean the files are misaligned"))
        if only_en:
            diagnostics.append(warning(
                "TB602", f"{len(only_en)} line(s) empty on the English side only, skipped "
                         f"(lines {_line_list(only_en)})", path=str(en_path),
                hint="many of these may mean the files are misaligned"))
        skipped = len(set(zh_empty) | en_empty_set)
        starts = (tuple(zip(zh_scan.starts, en_scan.starts, strict=True))
                  if zh_scan.starts and en_scan.starts else ())
        return cls(zh_path, en_path, document or zh_path.name, zh_count,
                   zh_count - skipped, tuple(diagnostics), encodings, starts)

    def __iter__(self) -> Iterator[SegmentPair]:
        return (pair for _, pair in self._range(0, 1, None))

    def _range(self, base: int, first: int, count: int | None,
               starts: tuple[int, int] = (0, 0)) -> Iterator[tuple[int, SegmentPair]]:
        zh_lines = _lines(self.zh_path, self._encodings[0], starts[0], first, count)
        en_lines = _lines(self.en_path, self._encodings[1], starts[1], first, count)
        for number, (zh, en) in enumerate(zip(zh_lines, en_lines, strict=True), start=first):
            if zh.strip() and en.strip():
                yield base + number, SegmentPair(join_cjk_spaces(zh.strip()), en.strip(),
                                                 self.document, number)

    def chunks(self, size: int, base: int = 0) -> Iterator[Chunk]:
        """Ranges of about ``size`` lines (a whole gzip shard is one range)."""
        if not self._starts:
            yield LineRange(self, base, 1, None, (0, 0))
            return
        step = max(1, -(-size // INDEX_EVERY)) * INDEX_EVERY
        for first in range(1, self.lines + 1, step):
            yield LineRange(self, base, first, step, self._starts[(first - 1) // INDEX_EVERY])


@dataclass(frozen=True, slots=True)
class MemoryCorpus:
    """Segment pairs already in memory (TMX units, bead pairs, tests)."""

    segment_pairs: tuple[SegmentPair, ...]
    diagnostics: tuple[Diagnostic, ...] = ()

    def __iter__(self) -> Iterator[SegmentPair]:
        return iter(self.segment_pairs)

    def __len__(self) -> int:
        return len(self.segment_pairs)


@dataclass(frozen=True, slots=True)
class ConcatCorpus:
    """Several corpora one after the other (several documents or collections)."""

    parts: tuple[Corpus, ...]

    def __iter__(self) -> Iterator[SegmentPair]:
        for part in self.parts:
            yield from part

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        return tuple(d for p in self.parts for d in getattr(p, "diagnostics", ()))


def from_pairs(pairs: Iterable[tuple[str, str]], document: str = "<memory>") -> MemoryCorpus:
    """A corpus from (zh, en) tuples, numbered from line 1; empty pairs skipped."""
    held = []
    for n, pair in enumerate(pairs, start=1):
        if (not isinstance(pair, tuple | list) or len(pair) != 2
                or not all(isinstance(side, str) for side in pair)):
            raise UsageError(f"sentence pair {n} is not a (zh, en) pair of strings: "
                             f"{pair!r:.80}", hint="give the corpus as (zh, en) tuples, "
                             "or open files with termbase.open_corpus")
        zh, en = pair
        if zh.strip() and en.strip():
            held.append(SegmentPair(join_cjk_spaces(zh.strip()), en.strip(), document, n))
    return MemoryCorpus(tuple(held))


def _units_to_corpus(units: Sequence[SegmentPair], source: str,
                     diagnostics: tuple[Diagnostic, ...]) -> MemoryCorpus:
    kept = tuple(u for u in units if u.zh.strip() and u.en.strip())
    if not kept:
        raise FormatError("no segment pair with text on both sides", path=source,
                          hint="check that the file holds Chinese and English segments")
    check_languages((u.zh for u in kept[:_SAMPLE_LINES]), (u.en for u in kept[:_SAMPLE_LINES]),
                    zh_source=source, en_source=source)
    skipped = len(units) - len(kept)
    notes = diagnostics
    if skipped:
        notes = (*notes, warning("TB601", f"{skipped} unit(s) with an empty side skipped",
                                 path=source))
    return MemoryCorpus(kept, notes)


def read_tmx_corpus(path: Path) -> MemoryCorpus:
    """The zh–en translation units of a TMX file as segment pairs (cited by the line of
    their ``<tu>``)."""
    from termbase.formats import read_bitext

    path = Path(path)
    bitext = read_bitext(path, format_name="tmx")
    units = []
    for number, unit in enumerate(bitext.units, start=1):
        zh, en = unit.source, unit.target or ""
        if bitext.source_lang == "en":
            zh, en = en, zh
        units.append(SegmentPair(join_cjk_spaces(zh.strip()), en.strip(), path.name,
                                 unit.line or number))
    return _units_to_corpus(units, str(path), bitext.diagnostics)


def read_bead_corpus(beads_path: Path, zh_path: Path, en_path: Path,
                     encoding: str | None = None) -> MemoryCorpus:
    """Sentence pairs from a bead file and its two one-sentence-per-line files.

    Each bead joins its Chinese sentences (without spaces) and its English sentences
    (with one space); beads with an empty side (1-0, 0-1) carry no pairing evidence and
    are left out. A pair is cited by the line of its first sentence on each side.
    """
    from termbase.formats import read_bitext

    beads_path, zh_path, en_path = Path(beads_path), Path(zh_path), Path(en_path)
    zh_sentences = [line.strip() for line in _lines(zh_path, _encoding_of(zh_path, encoding))]
    en_sentences = [line.strip() for line in _lines(en_path, _encoding_of(en_path, encoding))]
    units = []
    for unit in read_bitext(beads_path, format_name="align").units:
        bead = unit.bead
        if bead is None or not bead.src or not bead.tgt:
            continue
        if max(bead.src) >= len(zh_sentences) or max(bead.tgt) >= len(en_sentences):
            raise FormatError(
                f"bead {list(bead.src)}:{list(bead.tgt)} points past the end of the sentence "
                f"files ({len(zh_sentences)} Chinese, {len(en_sentences)} English sentences)",
                path=beads_path, hint="give the sentence files the beads were made from")
        zh = "".join(zh_sentences[i] for i in bead.src)
        en = " ".join(en_sentences[i] for i in bead.tgt)
        units.append(SegmentPair(join_cjk_spaces(zh), en, zh_path.name, bead.src[0] + 1,
                                 bead.tgt[0] + 1))
    return _units_to_corpus(units, str(beads_path), ())


class Chunk(Protocol):
    """Consecutive pairs of a corpus that one task counts; picklable and small."""

    def pairs(self) -> Iterator[tuple[int, SegmentPair]]:
        """The pairs with their positions: increasing in corpus order, unique in a corpus."""
        ...


@dataclass(frozen=True, slots=True)
class LineRange:
    """``count`` lines of a line-aligned shard from line ``first`` (read where they start)."""

    corpus: LineAlignedCorpus
    base: int
    first: int
    count: int | None
    starts: tuple[int, int]

    def pairs(self) -> Iterator[tuple[int, SegmentPair]]:
        return self.corpus._range(self.base, self.first, self.count, self.starts)

    def __getstate__(self) -> tuple[object, ...]:
        # The shard's position table stays behind: this chunk knows where it starts.
        shard = replace(self.corpus, _starts=(), diagnostics=())
        return (shard, self.base, self.first, self.count, self.starts)

    def __setstate__(self, state: tuple[object, ...]) -> None:
        for name, value in zip(("corpus", "base", "first", "count", "starts"), state,
                               strict=True):
            object.__setattr__(self, name, value)


@dataclass(frozen=True, slots=True)
class HeldPairs:
    """Pairs already in memory, with their positions."""

    items: tuple[tuple[int, SegmentPair], ...]

    def pairs(self) -> Iterator[tuple[int, SegmentPair]]:
        return iter(self.items)


@dataclass(frozen=True, slots=True)
class FilteredChunk:
    """A chunk without the pairs at some positions (those inside its own range only, so
    that what travels to a worker stays as small as the chunk)."""

    chunk: Chunk
    left_out: frozenset[int]

    def pairs(self) -> Iterator[tuple[int, SegmentPair]]:
        return ((position, pair) for position, pair in self.chunk.pairs()
                if position not in self.left_out)


@dataclass(frozen=True, slots=True)
class FilteredCorpus:
    """``corpus`` without the pairs at the positions ``left_out`` (as :func:`chunks`
    numbers them, in increasing order): pairs pairing found misaligned
    (:mod:`termbase.pair.agreement`)."""

    corpus: Corpus
    left_out: Sequence[int]

    def __iter__(self) -> Iterator[SegmentPair]:
        for chunk in chunks(self, FILTER_CHUNK):
            for _, pair in chunk.pairs():
                yield pair

    def within(self, chunk: Chunk) -> frozenset[int]:
        """The positions left out that fall in ``chunk``'s range."""
        span = _span(chunk)
        if span is None:
            return frozenset(self.left_out)
        low, high = span
        start = bisect.bisect_left(self.left_out, low)
        end = len(self.left_out) if high is None else bisect.bisect_left(self.left_out, high)
        return frozenset(self.left_out[start:end])


def _span(chunk: Chunk) -> tuple[int, int | None] | None:
    """The positions ``chunk`` may hold, [low, high) (high None: to the end); None when
    unknown."""
    if isinstance(chunk, LineRange):
        low = chunk.base + chunk.first
        return low, None if chunk.count is None else low + chunk.count
    if isinstance(chunk, HeldPairs):
        if not chunk.items:
            return 0, 0
        return chunk.items[0][0], chunk.items[-1][0] + 1
    return None


@dataclass(frozen=True, slots=True)
class HeldCorpus:
    """``corpus`` read once and held in memory, in the chunks :func:`chunks` cuts it into
    at ``size`` pairs: pairing reads its corpus some thirty times in a ``termbase build``
    (each of its runs several passes, the second look's runs as many again), and every
    read after the first is then memory, not the files decoded again. The same pairs at
    the same positions in the same chunks: every count is what the files give. Only for
    a corpus small enough to hold (:func:`termbase.pair.pairer.read_once`)."""

    corpus: Corpus
    size: int
    parts: tuple[HeldPairs, ...]

    @classmethod
    def of(cls, corpus: Corpus, size: int) -> HeldCorpus:
        if isinstance(corpus, HeldCorpus) and corpus.size == size:
            return corpus
        return cls(corpus, size, tuple(HeldPairs(tuple(chunk.pairs()))
                                       for chunk in chunks(corpus, size)))

    def __iter__(self) -> Iterator[SegmentPair]:
        for part in self.parts:
            for _, pair in part.items:
                yield pair

    def chunks(self, size: int, base: int = 0) -> Iterator[Chunk]:
        """The held chunks, whatever ``size``: a run counts every pass at one batch size,
        and a filtered corpus iterated at another (:data:`FILTER_CHUNK`) needs only the
        pairs in order. Numbered from elsewhere (a part of a concatenation), the chunks
        the corpus itself gives."""
        if base == 0:
            return iter(self.parts)
        return chunks(self.corpus, size, base)


FILTER_CHUNK = 20_000
"""Pairs read at a time when a filtered corpus is iterated."""

PART_SPAN = 1 << 40
"""Positions of part i of a concatenated corpus start at i × PART_SPAN (lines of a part
stay below it)."""


def chunks(corpus: Iterable[SegmentPair], size: int, base: int = 0) -> Iterator[Chunk]:
    """``corpus`` cut into chunks of about ``size`` pairs, in corpus order.

    Files are cut into line ranges that workers read themselves; a held corpus gives the
    chunks it holds; corpora of other kinds are read here and their pairs handed over.
    """
    if isinstance(corpus, LineAlignedCorpus | HeldCorpus):
        yield from corpus.chunks(size, base)
    elif isinstance(corpus, FilteredCorpus):
        for chunk in chunks(corpus.corpus, size, base):
            yield FilteredChunk(chunk, corpus.within(chunk))
    elif isinstance(corpus, ConcatCorpus):
        for index, part in enumerate(corpus.parts):
            yield from chunks(part, size, base + index * PART_SPAN)
    else:
        held: list[tuple[int, SegmentPair]] = []
        sent = False
        for position, pair in enumerate(corpus, start=base):
            held.append((position, pair))
            if len(held) >= size:
                yield HeldPairs(tuple(held))
                held, sent = [], True
        if held or not sent:
            # An empty corpus is one empty chunk, as for files: every pass then counts
            # nothing, and each term is answered "does not occur".
            yield HeldPairs(tuple(held))
