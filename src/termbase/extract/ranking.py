"""One score per candidate from its statistics and its sources.

The score is termhood × unithood:

* *termhood* is the C-value (length-weighted frequency, discounted for occurrences
  nested in longer candidates), raised for candidates used across several documents
  (up to half of those read: :func:`spread`);
* *unithood* rewards free boundaries (branching entropy on the weaker side) and a
  tight inside (normalised PMI at the weakest split): a fragment of a longer unit or a
  chance sequence of words scores low however frequent it is.

Titles and defined short forms are named as such by the text itself; they get the
boundary evidence of their brackets and a bonus, and do not need to recur.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from termbase.extract.statistics import NgramStats


@dataclass(frozen=True, slots=True)
class Weights:
    """Tunable constants of the score (see benchmarks/extract_quality.py)."""

    entropy_floor: float = 0.3
    """Boundary entropy (nats) below which a side counts as closed."""
    association_floor: float = 0.0
    title_bonus: float = 2.0
    definition_bonus: float = 2.0
    name_bonus: float = 1.0
    coordination_factor: float = 0.02
    """A bare coordination of two words (区域和全球, 合作和援助) is usually a free phrase;
    the fixed ones (和平与安全) recur enough to survive the factor."""
    single_word_factor: float = 0.35
    """Single dictionary words are terms less often than multiword units."""
    short_word_factor: float = 0.005
    """Single words of two characters (国家, 会议) are general vocabulary in UN text …"""
    specific_ratio: float = 50.0
    """… unless the text uses them this many times more often than general Chinese does
    (人权, 员额, 裁军, 法治): then they are the text's own vocabulary and weigh as other
    single words."""
    long_general_factor: float = 0.2
    """Longer single words that general Chinese uses nearly as often as the text does
    (委员会, 办公室, 工作人员) are general vocabulary too, but a longer dictionary word is
    more often a name (秘书长, 发展中国家), so the discount is milder …"""
    long_specific_ratio: float = 20.0
    """… and applies below this specificity."""
    generic_head_share: float = 0.75
    """A single word that heads longer candidates at least this often, counted over its
    own uses, is a generic head: 委员会, 公约, 框架, 议定书, 办事处 each head many names in
    UN text, so alone they name no one body or instrument (the gold lists' rule) …"""
    generic_head_factor: float = 0.2
    """… and keeps this share of its weight."""
    entropy_scale: float = 0.8
    """Boundary entropy above the floor at which a side counts as fully open: 1.1 nats
    (ln 3), three different neighbours, all that a term used three times can show. A
    saturation at 1.3 nats (four equally likely neighbours) left every term used three
    times, however free, at most 0.7 of a whole unit, below names and titles used once
    or twice, which need no boundary evidence (benchmarks/README.md, session 31)."""
    closed_unithood: float = 0.01
    """Unithood of a candidate whose weaker side is closed (entropy at the floor)."""
    entropy_power: float = 1.5
    chance_floor: float = 500.0
    """A counted phrase of several words that the text uses fewer than this many times as
    often as general Chinese would join its words by chance (its rate over the product of
    its words' general rates, :attr:`termbase.extract.drafts.Draft.chance_ratio`) is a
    combination of common words that the text uses no more than any text might (社会|经济,
    国家|机构, 工作|方法, 新|技术: ratios 140–290 on the development texts); its weight
    falls in proportion. Names and fixed terms hold a rare word (原子能, 维持和平) or recur far
    beyond chance (国际|社会 1,200–1,900, 国际|合作 1,900–2,600); between 500 and 3,000
    general phrases and terms mix (经济|增长 320–560 against 技术|合作 760–1,450) and the
    line is vocabulary."""


DEFAULT_WEIGHTS = Weights()


def unithood(stats: NgramStats, weights: Weights = DEFAULT_WEIGHTS, *,
             named: bool = False) -> float:
    """How much the n-gram behaves as one unit, in [0, 1]. ``named``: its words are the
    modifiers and head of a name (:func:`termbase.extract.tag_filters.is_head_named`)."""
    # A name's head closes it (儿基会执行局 before 主席 or 第一届常会 is whole): only the
    # side before its modifiers tells a name from a fragment of a longer one.
    boundary = stats.left_entropy if named else min(stats.left_entropy, stats.right_entropy)
    if boundary <= weights.entropy_floor:
        # Not zero: in a small text a term may always stand in the same context
        # (非法贸易 after 小武器和轻武器); frequency should still order such candidates.
        return weights.closed_unithood
    # Entropy saturates: beyond about 1.1 nats (three different neighbours) more
    # diversity says nothing new; below it the penalty is steep, because a side with
    # one dominant neighbour marks a fragment of a longer unit.
    scale = weights.entropy_scale
    if named:
        # A name used three times with three different neighbours is as free as it can
        # show (ln 3 = 1.1 nats); what marks a fragment is a repeated neighbour.
        scale = min(scale, max(math.log(stats.freq) - weights.entropy_floor, 1e-9))
    edge = min(1.0, (boundary - weights.entropy_floor) / scale)
    edge = math.pow(edge, weights.entropy_power)
    if named:
        # A name joins words that are free apart (国际法|委员会): a low association
        # inside is what a name of several general words has, not a chance sequence.
        return edge
    inside = max(0.0, stats.association - weights.association_floor)
    inside = min(1.0, inside / (1.0 - weights.association_floor))
    return edge * (0.5 + 0.5 * inside)


def score(c_value: float, stats: NgramStats, *, words: int, length: int, is_title: bool,
          is_defined: bool, is_name: bool = False, is_coordination: bool = False,
          specificity: float = 0.0, head_share: float = 0.0, documents: int = 0,
          head_named: bool = False, is_numbered: bool = False, is_body: bool = False,
          is_post: bool = False, chance_ratio: float = 0.0, is_coined: bool = False,
          weights: Weights = DEFAULT_WEIGHTS) -> float:
    """The ranking score of one candidate. ``specificity`` is how many times more often
    the text uses a single word than general Chinese does (0.0: unknown); ``head_share``
    how often a single word heads longer candidates, over its own frequency;
    ``documents`` the number of documents read (0: unknown), which bounds dispersion;
    ``head_named`` whether its words are a name's modifiers and head; ``is_numbered``
    whether it is a single word the text cites by number (a document type or an organ:
    决议, 大会); ``is_body`` whether it is a single word that names a body, fund or meeting
    by its head (环境署, 周转基金, 全体会议: :func:`termbase.extract.candidates.is_single_name`);
    ``is_post`` whether it is a single word that is the title of a post
    (:func:`termbase.extract.candidates.is_post`: 高级专员, 观察员); ``chance_ratio``, for
    several words, how many times more often the text uses them together than general
    Chinese would by chance (0.0: unknown; :attr:`Weights.chance_floor`; for a coined
    word, that of its pieces); ``is_coined`` whether it is a single word the text coined
    on a bound morpheme (:func:`termbase.extract.counting.coined_words`)."""
    dispersion = 1.0 + math.log(spread(stats.doc_freq, documents))
    unit = unithood(stats, weights, named=head_named)
    # A title that is a bare generic head (《公约》, 《条约》, 《议定书》: a word heading
    # many names; 《行动计划》, ending the titles of several plans) or any
    # two-character title is a back-reference to some instrument, not a title of its own.
    # The bare title of a post (高级专员, 观察员) heads the titles of many posts too, but
    # names a role, not whichever body or instrument was named last.
    generic = ((words == 1 and not is_post) or is_title) \
        and head_share >= weights.generic_head_share
    is_title = is_title and length > 2 and not generic
    if is_title or is_defined or is_name:
        unit = max(unit, 1.0)
    value = c_value * dispersion * unit
    if is_title:
        value = value * weights.title_bonus + weights.title_bonus
    if is_defined:
        value = value * weights.definition_bonus + weights.definition_bonus
    if is_name:
        value = value * weights.name_bonus + weights.name_bonus
    if is_coordination and not (is_title or is_defined or is_name):
        value *= weights.coordination_factor
    if words == 1 and not (is_title or is_defined or is_name):
        general = _generality(length, specificity, weights)
        if is_numbered and not generic:
            # A document type or organ of the field, cited by number (第…号决议,
            # 大会第七十届会议): general by the dictionary's counts, it weighs as a longer
            # general word. A generic head (委员会) stays a back-reference to one body.
            general = max(general, weights.long_general_factor)
        # A word built as a name (a modifier before a head: 环境|署) names one body, as a
        # name of several words does; a generic head (办事处) heads many and names none.
        named_body = is_body and not generic
        if is_coined and not generic:
            # A word the text coined on a bound morpheme (联检|组, 人居|署), which the
            # segmenter learned from its uses here, is no dictionary word: it weighs as
            # the phrase of its pieces did before it was learned.
            general, named_body = 1.0, True
        value *= (1.0 if named_body else weights.single_word_factor) * general
    if generic and not (is_defined or is_name):
        value *= weights.generic_head_factor
    if (words > 1 or is_coined) and 0.0 < chance_ratio < weights.chance_floor \
            and not (is_title or is_defined or is_name):
        # A title, a defined form or a name is named as such by the text, however common
        # its words (特别会议 in 《》).
        value *= chance_ratio / weights.chance_floor
    return value


def spread(doc_freq: int, documents: int) -> int:
    """The documents a candidate is credited with: at most half of those read.

    Use in several documents marks a term rather than one document's phrase, but use in
    more than half of them says nothing more, and in a line corpus, whose "documents" are
    arbitrary blocks of lines, use in all of them marks general vocabulary: where themes
    follow each other, a theme's terms stay in its blocks while general words spread over
    every block. With two documents or fewer, dispersion says nothing."""
    if documents > 0:
        doc_freq = min(doc_freq, (documents + 1) // 2)
    return max(doc_freq, 1)


def is_general_word(word: str, specificity: float, weights: Weights = DEFAULT_WEIGHTS) -> bool:
    """Whether a dictionary word of known ``specificity`` (> 0) is general vocabulary by
    the thresholds the single-word discount uses."""
    limit = weights.specific_ratio if len(word) <= 2 else weights.long_specific_ratio
    return specificity < limit


def _generality(length: int, specificity: float, weights: Weights) -> float:
    """The factor for a single word that general Chinese uses about as often as the text.

    Unknown specificity (0.0) is general for a two-character word, which is nearly always
    in the dictionary, and neutral for a longer one."""
    if length <= 2:
        if specificity < weights.specific_ratio:
            return weights.short_word_factor / weights.single_word_factor
        return 1.0
    if 0.0 < specificity < weights.long_specific_ratio:
        return weights.long_general_factor
    return 1.0
