"""Chinese word segmentation behind one small interface: jieba, characters, sentencepiece.

Every segmenter cuts text into words that, joined in order, give the text back, so
callers can map any span they build from words back to the text (:func:`offsets`).

* :class:`JiebaSegmenter` owns a private ``jieba.Tokenizer`` (never jieba's global one,
  which other code in the same process may have changed) and seeds it with accepted
  terms at a high frequency, so that 国际追查文书 or 非法中介活动 stay one token.
  jieba's dictionary takes about a second to load, so it is built on first use, and its
  log chatter is kept off the user's terminal while it loads.
* :class:`CharSegmenter` makes every ideograph a token and keeps runs of Latin letters
  and digits whole: the baseline that needs no dictionary.
* :class:`SentencePieceSegmenter` is a unigram model trained on the user's own corpus
  (in memory, no files left behind, no network), which learns the corpus' recurring
  units without a dictionary.

Each segmenter has a ``fingerprint`` (name, version and a hash of its dictionary or
model) for output signatures.
"""

from __future__ import annotations

import copy
import hashlib
import io
import itertools
import logging
import math
import re
import string
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from termbase.errors import UsageError
from termbase.text.chinese import CJK_RUN
from termbase.text.titles import strip_title_marks
from termbase.text.word_tags import jieba_dictionary_path, tags_of

# Frequency given to seeded terms: far above any word in jieba's dictionary (the highest
# is about 10^6), so the path through the whole term always wins the DAG search.
SEED_FREQUENCY = 10**8


def _seed(tokenizer: Any, words: Iterable[str]) -> None:
    """Add ``words`` to a ``jieba.Tokenizer`` so that they stay whole, and nothing else.

    jieba adds a new word's count to its corpus total, which every word's probability
    is divided by: each seed would make every token of every path cost log(1 + 10^8 /
    6·10^7) nats more, so the search would prefer fewer, longer words everywhere
    (特别是在 over 特别|是|在) once a few seeds were added. The total is kept as the
    dictionary's own."""
    total = tokenizer.total
    for word in words:
        tokenizer.add_word(word, freq=SEED_FREQUENCY)
    tokenizer.total = total


_ASCII_ALNUM = frozenset(string.ascii_letters + string.digits)
"""What jieba's ``re_eng`` matches in one character, as a set: one look-up instead of a
regex call for each single-character word (most words), 4 % of the segmenting time."""


def _best_path(block: str, freq: dict[str, int], logtotal: float) -> list[int]:
    """jieba's most probable segmentation of one run of word characters, without HMM:
    for each start, the end of its word on the best path.

    The same search as ``jieba.Tokenizer.get_DAG`` followed by ``calc`` (the same
    arithmetic in the same order, ties to the longer word), in one pass from the right:
    each dictionary prefix is sliced and looked up once instead of twice, and no graph or
    route dictionary is built (tested identical to jieba on the benchmark corpora)."""
    size = len(block)
    score = [0.0] * (size + 1)
    end = [0] * size
    # One probe per prefix (get, not `in` then [ ]) and local names: this loop is most
    # of the segmentation's time, and segmentation most of extraction's.
    get, log, unseen = freq.get, math.log, -math.inf
    for start in range(size - 1, -1, -1):
        best = unseen
        last = start
        stop = start
        count = get(block[start])
        while count is not None:
            if count:
                value = log(count) - logtotal + score[stop + 1]
                if value >= best:  # max() over (value, stop): a tie goes to the longer word
                    best, last = value, stop
            stop += 1
            if stop >= size:
                break
            count = get(block[start:stop + 1])
        if best == unseen:  # not a word: the character alone, at probability 1/total
            best = 0.0 - logtotal + score[start + 1]
        score[start] = best
        end[start] = last + 1
    return end


def _read_default_cache(tokenizer: Any) -> None:
    """Load the default dictionary into a new ``jieba.Tokenizer`` from the prefix
    dictionary jieba cached (``jieba.cache`` in the temporary directory) in one read.

    jieba's own ``initialize`` unmarshals the same file straight from the open file,
    which reads it piece by piece: 0.42 s against 0.15 s from the bytes. When the cache
    is missing or unreadable (another process replacing it, or an older format), the
    tokenizer is left as it was, and ``initialize`` builds and writes the cache as usual.
    """
    import marshal
    import tempfile

    cache = Path(tokenizer.tmp_dir or tempfile.gettempdir()) / (
        tokenizer.cache_file or "jieba.cache")
    try:
        freq, total = marshal.loads(cache.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return
    if isinstance(freq, dict) and isinstance(total, int):
        tokenizer.FREQ, tokenizer.total = freq, total
        tokenizer.initialized = True


class Segmenter(Protocol):
    """What extraction and matching need from a segmenter."""

    name: str

    def cut(self, text: str) -> list[str]:
        """The words of ``text`` in order; joined, they give ``text`` back."""
        ...

    def fingerprint(self) -> str:
        """Name, version and dictionary/model hash, for output signatures."""
        ...


@runtime_checkable
class Tagger(Protocol):
    """A segmenter that can say what part of speech its dictionary gives a word."""

    def word_tags(self, words: Iterable[str]) -> dict[str, str]:
        """Tags (jieba's ICTCLAS set) of those ``words`` the dictionary lists."""
        ...


@runtime_checkable
class WordLearner(Protocol):
    """A segmenter that can be taught words (seeded like glossary terms)."""

    def with_words(self, words: Iterable[str]) -> Segmenter:
        """A segmenter like this one that also keeps ``words`` whole."""
        ...


@runtime_checkable
class FrequencyModel(Protocol):
    """A segmenter whose dictionary knows how common words are in general language."""

    def general_frequency(self, words: Iterable[str]) -> dict[str, float]:
        """Relative frequency of each of ``words`` in the dictionary's general-language
        corpus; 0.0 for words it does not list (and for seeded terms)."""
        ...


class JiebaSegmenter:
    """jieba's dictionary segmentation through a private tokenizer, seeded with terms.

    ``HMM=False``: jieba's HMM guesses new words from character statistics learnt on
    news text; on UN prose it glues function words to terms (e.g. 的国际文书) and costs
    a third of the speed. Unknown words are left to the extractor's n-gram statistics.
    """

    name = "jieba"

    def __init__(self, terms: Iterable[str] = (), *, dictionary: Path | None = None) -> None:
        # Titles are seeded without their brackets: running text has 国际追查文书 both
        # inside 《》 and bare (国际追查文书执行情况).
        seeded = {strip_title_marks(t) for t in terms}
        self.terms: tuple[str, ...] = tuple(sorted(t for t in seeded if t))
        self.dictionary = dictionary
        self._tokenizer: Any = None
        self._general_total = 0

    def __getstate__(self) -> dict[str, Any]:
        # A built jieba.Tokenizer holds a lock and cannot be pickled; worker processes
        # rebuild it from the seed terms (jieba's disk cache makes that fast).
        return {"terms": self.terms, "dictionary": self.dictionary, "_tokenizer": None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.terms = state["terms"]
        self.dictionary = state["dictionary"]
        self._tokenizer = None
        self._general_total = 0

    def _build(self) -> Any:
        import jieba

        logger = logging.getLogger("jieba")
        previous = logger.disabled
        # jieba logs "Building prefix dict ..." at DEBUG through its own stderr handler;
        # silence it for the load only and put the logger back as it was.
        logger.disabled = True
        try:
            if self.dictionary is not None:
                if not self.dictionary.is_file():
                    raise UsageError("jieba dictionary not found", path=self.dictionary,
                                     hint="give a file with one 'word frequency' per line")
                tokenizer = jieba.Tokenizer(str(self.dictionary))
            else:
                tokenizer = jieba.Tokenizer()
                _read_default_cache(tokenizer)
            tokenizer.initialize()  # a no-op when the cache was read
        finally:
            logger.disabled = previous
        # The dictionary's own total, before seeding inflates it: general frequencies
        # are shares of the general-language corpus.
        self._general_total = tokenizer.total
        _seed(tokenizer, self.terms)
        return tokenizer

    @property
    def tokenizer(self) -> Any:
        """The private ``jieba.Tokenizer``, loaded on first use."""
        if self._tokenizer is None:
            self._tokenizer = self._build()
        return self._tokenizer

    def cut(self, text: str) -> list[str]:
        """``jieba.Tokenizer.lcut(text, HMM=False)``, with the word search of
        :func:`_best_path` (the same words, a third less time)."""
        tokenizer = self.tokenizer
        import jieba

        freq = tokenizer.FREQ
        logtotal = math.log(tokenizer.total)
        han, skip = jieba.re_han_default, jieba.re_skip_default
        words: list[str] = []
        for block in han.split(text):
            if not block:
                continue
            if han.match(block):
                ends = _best_path(block, freq, logtotal)
                start = 0
                pending = ""
                size = len(block)
                while start < size:
                    stop = ends[start]
                    word = block[start:stop]
                    # jieba joins runs of single Latin letters and digits into one token.
                    if stop - start == 1 and word in _ASCII_ALNUM:
                        pending += word
                    else:
                        if pending:
                            words.append(pending)
                            pending = ""
                        words.append(word)
                    start = stop
                if pending:
                    words.append(pending)
            else:
                for piece in skip.split(block):
                    if skip.match(piece):
                        words.append(piece)
                    else:
                        words.extend(piece)
        return words

    def word_tags(self, words: Iterable[str]) -> dict[str, str]:
        """Part-of-speech tags that jieba's dictionary gives ``words`` (ns: place, nr:
        person, n: noun …); words it does not list, seeded terms among them, are left
        out. The dictionary file is read once per process and each word's lines searched
        once (:class:`termbase.text.word_tags.DictionaryTags`)."""
        wanted = set(words) - set(self.terms)
        return tags_of(self._dictionary_path()).tags(wanted) if wanted else {}

    def with_words(self, words: Iterable[str]) -> JiebaSegmenter:
        """This segmenter with ``words`` seeded too, sharing the loaded dictionary (its
        word table copied, so this one is left as it was)."""
        known = set(self.terms)
        extra = [w for w in dict.fromkeys(words) if w and w not in known]
        if not extra:
            return self
        derived = JiebaSegmenter((*self.terms, *extra), dictionary=self.dictionary)
        tokenizer = copy.copy(self.tokenizer)
        tokenizer.FREQ = dict(tokenizer.FREQ)
        _seed(tokenizer, extra)
        derived._tokenizer = tokenizer
        derived._general_total = self._general_total
        return derived

    def general_frequency(self, words: Iterable[str]) -> dict[str, float]:
        """Relative frequency of ``words`` in jieba's dictionary, whose counts come from
        general (news and web) Chinese; seeded terms carry an artificial count, so they
        read as unknown (0.0)."""
        tokenizer = self.tokenizer
        seeded = set(self.terms)
        total = max(self._general_total, 1)
        return {w: 0.0 if w in seeded else tokenizer.FREQ.get(w, 0) / total for w in words}

    def _dictionary_path(self) -> Path:
        return self.dictionary or jieba_dictionary_path()

    def fingerprint(self) -> str:
        import jieba

        digest = hashlib.sha256()
        source = self._dictionary_path()
        try:
            digest.update(source.read_bytes())
        except OSError:
            digest.update(str(source).encode())
        digest.update("\n".join(self.terms).encode("utf-8"))
        return f"jieba {jieba.__version__} dict sha256:{digest.hexdigest()[:16]}"


# Characters that are grammar, never part of a word the segmenter failed to find.
# Particles, conjunctions, coverbs, postpositions, and the characters that go with numbers
# (号 in 第2220号, 日 in 5月3日): bound to their neighbour by grammar, not by a word.
_GLUE = frozenset("的了着过地得和与及或并而在之其于被把也都是对将为从向由以所中上下内外"
                  "各使到第号日月年届次段条款项个名、")


def _is_ideographs(word: str) -> bool:
    return CJK_RUN.fullmatch(word) is not None


def bound_words(sentences: Iterable[Sequence[str]], *, min_count: int = 10,
                share: float = 0.6, rounds: int = 2,
                morphemes: Container[str] = frozenset()) -> list[str]:
    """Words a dictionary segmenter splits that the text itself uses as one.

    Two adjacent tokens, one of them a single ideograph, are one word when they stand
    together at least ``min_count`` times and in at least ``share`` of the uses of the
    rarer of the two: 持续 is mostly preceded by 可 in UN text (可持续), 儿 and
    基 nearly always stand in 儿基会 — abbreviations and words missing from a general
    dictionary, which the segmenter shatters into fragments (儿基) or into characters it
    then reads as function words (可, 会). Merges are applied and counted again for
    ``rounds`` rounds, so a three-character abbreviation is rebuilt from its pieces.
    ``min_count`` keeps chance pairs of a short text (有|能力 six times in two
    resolutions) from becoming words. A pair whose single ideograph is one of
    ``morphemes`` (a character the dictionary lists as a bound morpheme, no word of its
    own: 职 of 职|等 "grade", 署 of 妇女|署 UN-Women) needs half as many: that character
    stands in some word wherever it stands, so its pair is no chance meeting of two words,
    and the share still asks that it stand mostly in this one.
    """
    cut = [list(s) for s in sentences]
    singles: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for words in cut:
        singles.update(words)
        pairs.update(itertools.pairwise(words))
    learned: list[str] = []
    # The uses a learned word needs, by the pair that made it (see ``morphemes``).
    needed: dict[str, int] = {}
    fewer = max(min_count // 2, 1)

    def needs(a: str, b: str) -> int:
        return fewer if (len(a) == 1 and a in morphemes) or (
            len(b) == 1 and b in morphemes) else min_count

    for _ in range(rounds):
        # n > 0: a pair merged away in an earlier round keeps its key at count 0.
        bound = [
            ((a, b), n) for (a, b), n in pairs.items()
            if n > 0 and (len(a) == 1 or len(b) == 1) and n >= needs(a, b)
            and _is_ideographs(a + b) and a not in _GLUE and b not in _GLUE
            and n >= share * min(singles[a], singles[b])]
        # A character bound on both sides (消除|小|武器) joins the side it stands with
        # more often (小武器, which follows many verbs, not 消除小).
        best: dict[str, tuple[int, tuple[str, str]]] = {}
        for pair, n in bound:
            for single in (w for w in pair if len(w) == 1):
                if best.get(single, (0, pair)) < (n, pair):
                    best[single] = (n, pair)
        merges = {pair for pair, _ in bound
                  if all(best[w][1] == pair for w in pair if len(w) == 1)}
        if not merges:
            break
        learned.extend(a + b for a, b in sorted(merges))
        needed.update((a + b, needs(a, b)) for a, b in merges)
        # Only sentences a merge changes are counted again (a fifth of them on UN text):
        # a sentence without a merge's first word is left as it is.
        firsts = {a for a, _ in merges}
        for index, words in enumerate(cut):
            if firsts.isdisjoint(words):
                continue
            merged = _merge(words, merges)
            if len(merged) < len(words):
                singles.subtract(words)
                pairs.subtract(itertools.pairwise(words))
                singles.update(merged)
                pairs.update(itertools.pairwise(merged))
                cut[index] = merged
    # A merge that a later round merged again (儿基 inside 儿基会) is not a word.
    return [word for word in dict.fromkeys(learned) if singles[word] >= needed[word]]


def word_joiner(words: Iterable[str]) -> Callable[[Sequence[str]], list[str]]:
    """A function that returns ``tokens`` with adjacent tokens joined wherever they make
    one of ``words`` (as :func:`bound_words` joined them), without cutting the text
    again; to apply to many sentences: what it derives from the words is made once."""
    wanted = set(words)
    # Only a token that begins one of the words can begin a join: most tokens are
    # passed on after one set look-up instead of three joins, and most sentences (three
    # in four of a UN text's) after one test in C.
    openings = {w[:k] for w in wanted for k in range(1, len(w))}

    def join(tokens: Sequence[str]) -> list[str]:
        if openings.isdisjoint(tokens):
            return list(tokens)
        joined: list[str] = []
        i = 0
        while i < len(tokens):
            if tokens[i] not in openings:
                joined.append(tokens[i])
                i += 1
                continue
            # Two rounds of pair merges make a word of at most four tokens; longest first.
            for j in range(min(i + 4, len(tokens)), i + 1, -1):
                if "".join(tokens[i:j]) in wanted:
                    joined.append("".join(tokens[i:j]))
                    i = j
                    break
            else:
                joined.append(tokens[i])
                i += 1
        return joined

    return join


def _merge(words: list[str], merges: set[tuple[str, str]]) -> list[str]:
    out: list[str] = []
    for word in words:
        if out and (out[-1], word) in merges:
            out[-1] += word
        else:
            out.append(word)
    return out


_CHAR_TOKEN = re.compile(r"[A-Za-z0-9]+|\s+|.", re.DOTALL)


class CharSegmenter:
    """One token per ideograph or punctuation mark; Latin words and numbers stay whole."""

    name = "chars"

    def cut(self, text: str) -> list[str]:
        return _CHAR_TOKEN.findall(text)

    def fingerprint(self) -> str:
        return "chars"


# Below this many characters of training text a unigram model learns little more than
# the characters themselves; training is skipped and the caller told why.
MIN_SENTENCEPIECE_CHARS = 50_000


class SentencePieceSegmenter:
    """A sentencepiece unigram model, its bytes kept in memory."""

    name = "sentencepiece"

    def __init__(self, model: bytes) -> None:
        import sentencepiece as spm

        self.model = model
        self._processor: Any = spm.SentencePieceProcessor(model_proto=model)

    def __getstate__(self) -> dict[str, Any]:
        return {"model": self.model}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["model"])  # type: ignore[misc]

    @classmethod
    def train(cls, texts: Iterable[str], *, vocab_size: int = 8000,
              max_sentences: int = 200_000) -> SentencePieceSegmenter:
        """Train a unigram model on ``texts`` (sentences or lines); UsageError if too small.

        Spaces are not word boundaries in Chinese, so the model treats the text as one
        stream (``split_by_whitespace=False``) and pieces may be whole multiword terms.
        """
        import sentencepiece as spm

        sample: list[str] = []
        size = 0
        for text in texts:
            if len(sample) >= max_sentences:
                break
            line = text.strip()
            if line:
                sample.append(line)
                size += len(line)
        if size < MIN_SENTENCEPIECE_CHARS:
            raise UsageError(
                f"corpus too small to train a sentencepiece model ({size:,} characters; "
                f"needs {MIN_SENTENCEPIECE_CHARS:,})",
                hint="give more text, or extract without the sentencepiece source")
        distinct = len({ch for line in sample for ch in line})
        # The vocabulary must exceed the alphabet and stay below what the data supports.
        vocab = max(distinct + 100, min(vocab_size, size // 20))
        buffer = io.BytesIO()
        logger = logging.getLogger("sentencepiece")
        previous = logger.disabled
        logger.disabled = True
        try:
            spm.SentencePieceTrainer.train(
                sentence_iterator=iter(sample), model_writer=buffer, vocab_size=vocab,
                model_type="unigram", character_coverage=0.9995,
                split_by_whitespace=False, split_by_number=True, max_sentencepiece_length=12,
                num_threads=1, minloglevel=2, hard_vocab_limit=False,
                # No NFKC: it would turn full-width punctuation into ASCII and break
                # the correspondence between pieces and the text's characters.
                normalization_rule_name="identity", remove_extra_whitespaces=False,
                input_sentence_size=max_sentences, shuffle_input_sentence=False)
        except RuntimeError as exc:
            raise UsageError(f"sentencepiece training failed: {exc}",
                             hint="extract without the sentencepiece source") from None
        finally:
            logger.disabled = previous
        return cls(buffer.getvalue())

    def cut(self, text: str) -> list[str]:
        pieces: list[str] = self._processor.encode(text, out_type=str)
        # "▁" marks where the model saw whitespace; offsets need the real characters.
        words = [p.replace("▁", " ") for p in pieces]
        return _realign(text, words)

    def fingerprint(self) -> str:
        return f"sentencepiece unigram model sha256:{hashlib.sha256(self.model).hexdigest()[:16]}"


def _realign(text: str, pieces: list[str]) -> list[str]:
    """Pieces re-cut from ``text`` itself, so that they join to exactly ``text``.

    The model is trained without normalisation, so pieces only differ from the text in
    the whitespace marker; a piece that cannot be found (a character outside the
    model's alphabet) ends the alignment and the rest of the text becomes one word.
    """
    if "".join(pieces) == text:
        return pieces
    words: list[str] = []
    position = 0
    for piece in pieces:
        core = piece.strip()
        if not core:
            continue
        found = text.find(core, position)
        if found < 0:
            break
        if found > position:
            words.append(text[position:found])
        words.append(core)
        position = found + len(core)
    if position < len(text):
        words.append(text[position:])
    return words


SEGMENTERS = ("jieba", "chars")
"""Names accepted by :func:`make_segmenter` (sentencepiece needs a corpus to train on)."""


def make_segmenter(name: str, terms: Iterable[str] = ()) -> Segmenter:
    """A segmenter by name; ``terms`` seed the jieba dictionary."""
    if name == "jieba":
        return JiebaSegmenter(terms)
    if name == "chars":
        return CharSegmenter()
    raise UsageError(f"unknown segmenter '{name}'",
                     hint=f"use one of: {', '.join(SEGMENTERS)}")
