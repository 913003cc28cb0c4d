"""Shaping the best-linked candidate into the answer a terminologist expects.

Competitive linking ranks what the corpus links to a term; its winner is not always the
term's English as a glossary states it. Each rule here corrects one way it goes wrong,
using the counts the passes gathered for the term (:class:`TermEvidence`):

* :func:`said_every_time` — a phrase linked in two pairs beating what the English says
  in every pair of a rare term;
* :func:`read_beside` — a candidate the dictionary favoured for words the sentence
  says beside the term;
* :func:`trimmed` — one word too long ("Security Council resolution" for 安理会);
* :func:`whole_inside` — a rendering of the whole term inside a longer best candidate;
* :func:`coded_name_inside` — a coded name ("COVID-19") before words the term does not
  mean;
* :func:`spelled_apart` — the part shared by a name's spellings ("Islamic State" for a
  name spelled with "in" and with "of", :mod:`termbase.pair.variants`);
* :func:`named_in_full` — a generic short reference ("the Department") instead of the
  name it refers to;
* :func:`named_by_acronym` — a name without its first words, as the Chinese short form
  leaves them out ("Monetary Fund" for 货币基金组织), where the name's acronym shows it
  whole;
* :func:`once_each` — one rendering listed twice after the others are applied;
* :func:`named_as_full_form` — across terms: a short form (经社理事会) answered by the bare
  head word ("Council") of its full form's name ("Economic and Social Council").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from termbase.align.lexicon import content_stems
from termbase.pair.casing import Tiers, restore_casing
from termbase.pair.confirmed import NAME_LENGTH
from termbase.pair.context import (
    ACRONYM,
    MIN_EXAMPLES,
    named_by_company,
    said_beside,
    said_beside_somewhere,
    term_meanings,
)
from termbase.pair.dictionary import (
    Dictionary,
    extension_explained,
    known_stem,
    multiset_minus,
    reads_as,
    renders_just_the_term,
)
from termbase.pair.learned import Glosses
from termbase.pair.linking import SLASH_PAIR, slash_side_of
from termbase.pair.ngrams import (
    STOP_WORDS,
    contains,
    fold_word,
    is_coded_name,
    is_coordination,
    name_word,
)
from termbase.pair.references import stands_whole
from termbase.pair.results import Candidate, TermPairing
from termbase.pair.titles import vocabulary_of
from termbase.pair.variants import name_across_spellings
from termbase.text.english import EN_CONJUNCTIONS, prefixed_parts, singular

Stats = tuple[float, float, "float | None"]
"""Dice, log-likelihood and dictionary evidence of one (term, candidate)."""

FULL_FORM = "full form"
"""The :attr:`Candidate.method` of an answer taken from the term's full form
(:func:`named_as_full_form`): its counts and examples are the full form's."""

FULL_NAME_SHARE = 0.25
"""A longer name must co-occur with the term this share as often as its head word."""


@dataclass(frozen=True, slots=True)
class TermEvidence:
    """What the counting passes know about one term's candidates (keys lower-cased)."""

    term: str
    kept: Mapping[str, int]
    """Candidate key → segment pairs it shares with the term."""
    frequencies: Mapping[str, int]
    """Candidate key → segment pairs it occurs in."""
    stats: Callable[[str], Stats | None]
    corpus_spellings: Mapping[str, Tiers]
    lexicon: Dictionary | None
    min_support: int
    glosses: Glosses | None = None
    """Translations learned from the corpus (:mod:`termbase.pair.learned`)."""

    def spelled(self, key: str) -> str:
        """``key`` as the corpus spells it."""
        return restore_casing(key, None, self.corpus_spellings.get(key))


EVERY_TIME_DICE = 0.3
"""How exclusively a candidate present in every pair of a rare term must go with it to
replace the best-linked one: at most about six times as many pairs hold it as the term."""

def said_every_time(best: Candidate, best_key: str, occurrences: int, min_llr: float,
                    ev: TermEvidence) -> str | None:
    """The key of what the English says in every pair of a rare term, when that should
    replace the best-linked candidate, a phrase linked in two of them; else None.

    Linking orders a term's candidates by Dice, and in a term's few pairs Dice favours the
    rarest company: "become a member of the Executive Committee" (in two pairs, nowhere
    else) beat "Permanent Mission" (in all three pairs of 常驻代表团, and in others) for
    every link. When the best candidate is linked in no more pairs than an answer needs,
    a significant candidate present in every pair of the term, in part read as the term
    by the dictionary and not the whole text's company (Dice at least
    :data:`EVERY_TIME_DICE`: "national", "request" and "response" stand in every pair of
    many a rare phrase), is the answer — among several, the one the dictionary reads best,
    then the most exclusive. An answer the dictionary reads in full, word for word, needs
    no more pairs ("refugee law" in two of 难民法's three, "humanitarian law" beside it in
    all); an acronym is left alone (the dictionary reads nothing of it, and the words
    beside it may translate the term in full), as is a coordinated term (one candidate
    in every pair renders one of its parts: "funding" for 中央应急基金和国家集合基金);
    and a longer candidate is kept over a part of it unless the part is its head and the
    rest a complement the term does not mean (:func:`_complemented`).
    """
    lexicon = ev.lexicon
    if (lexicon is None or best.support > ev.min_support or occurrences <= ev.min_support
            or ACRONYM.search(best.text) or (best.dictionary or 0.0) >= 1.0
            or is_coordination(ev.term, "zh")):
        return None
    found = []
    for key, joint in ev.kept.items():
        stats = ev.stats(key)
        if joint < occurrences or stats is None or key == best_key:
            continue
        dice_of, llr, known = stats
        if known is None or known <= 0 or llr < min_llr or dice_of < EVERY_TIME_DICE:
            continue
        if contains(best_key, key, "en") and not _complemented(best_key, key, ev.term,
                                                               lexicon):
            continue
        found.append((known, dice_of, key))
    return max(found)[2] if found else None


def read_in_every_pair(best: Candidate, occurrences: int, ev: TermEvidence) -> str | None:
    """The key of a candidate the dictionary reads in the term and that stands in every
    pair of the term, when the best-linked one is an English word the dictionary knows
    but gives for no word of the term, and stands in fewer of its pairs; else None.

    In a term's few pairs a word its company says twice can win the links (刑事司法 in
    three pairs, two of which say 起草 or 拟订 beside it: "drafting"), while the words the
    dictionary reads in the term ("criminal") stand in every pair, rendered as the
    sentences need ("criminal justice systems", "criminal matters"). The dictionary has
    its say on an English word it knows; an acronym or a name it lacks (UNEP, "ilo") is
    not judged.
    """
    if ev.lexicon is None or best.method != "association" or best.dictionary != 0.0 \
            or best.cooccurrence >= occurrences:
        return None
    read = sorted(key for key, joint in ev.kept.items()
                  if joint >= occurrences and (ev.stats(key) or (0.0, 0.0, None))[2])
    if not read:
        return None
    stems = content_stems(best.text)
    vocabulary = vocabulary_of(ev.lexicon)
    if not stems or not all(stem in vocabulary for stem in stems):
        return None
    return read[0]


MIN_UNREAD_DICE = 0.1
"""Dice a rendering found by counting alone needs when the dictionary reads the term but
none of the rendering in it (:func:`common_and_unread`)."""


def common_and_unread(best: Candidate, lexicon: Dictionary) -> bool:
    """Whether ``best``, found by counting, is an English word the dictionary knows but
    gives for no word of the term, and so common that its Dice stays below
    :data:`MIN_UNREAD_DICE`: it stands in the corpus ten and more times as often as the
    term ("government", "article" beside a term met twice), and the few pairs that hold
    both share it by chance. A word the dictionary cannot judge ("only", a name, an
    acronym) is left alone."""
    if best.method != "association" or best.dictionary != 0.0 or best.dice >= MIN_UNREAD_DICE:
        return False
    stems = content_stems(best.text)
    vocabulary = vocabulary_of(lexicon)
    return bool(stems) and all(stem in vocabulary for stem in stems)


def said_instead_of_neighbour(occurrences: int, min_llr: float, example_zh: Sequence[str],
                              ev: TermEvidence) -> str | None:
    """The key of what the English says in every pair of a term whose best-linked
    candidate renders the words beside it (:func:`termbase.pair.context.neighbour_rendering`);
    None when no one candidate is left.

    A term in few pairs that always keep the same company loses its links to that
    company: 特别报告员 in "代表特别报告员发言" links to "speaking", 条约审议大会 to the
    "final document" it adopts. Refusing the neighbour's rendering would leave the term
    unanswered, though its own English stands in every pair ("Rapporteur", "Review
    Conference"). The candidates present in every pair of the term, significantly
    associated with it, are read against the Chinese outside the term in the example
    pairs: those it says in every pair ("Member States" beside 会员国, "request" beside 请)
    are its company too. Of those left, the answer is the one the dictionary reads best,
    then the most exclusive (as in :func:`said_every_time`, but no dictionary evidence is
    required: a rendering the dictionary lacks, "Rapporteur" for 报告员, still counts).
    """
    lexicon = ev.lexicon
    if lexicon is None or occurrences <= ev.min_support:
        return None
    left = []
    for key, joint in ev.kept.items():
        stats = ev.stats(key)
        if joint < occurrences or stats is None or stats[1] < min_llr:
            continue
        if said_beside(ev.term, key, example_zh, lexicon, ev.glosses):
            continue
        left.append((stats[2] or 0.0, stats[0], key))
    left.sort(reverse=True)
    # Two candidates the dictionary reads alike and that go with the term alike stand in
    # the same pairs: words of one rendering the term never gets alone ("Occupied" and
    # "Territory" of "Occupied Palestinian Territory" for 被占领土), and nothing but the
    # alphabet would choose between them.
    if not left or (len(left) > 1 and left[0][:2] == left[1][:2]):
        return None
    return left[0][2]


def read_beside(ranked: list[Candidate], ev: TermEvidence) -> Candidate:
    """The candidate the corpus prefers when the dictionary's preference for the best one
    is void.

    The dictionary weighs the links: a candidate that renders a word of the term scores
    higher. When the Chinese beside the term says that same word in every example pair
    (恢复 "recover" beside 复原力, which the dictionary reads as 复原 "recover" + 力), the
    reading proves nothing: "recovery" won 复原力's links over "resilience", which
    co-occurs with the term more often and more exclusively. Then the candidate that
    beats the best on both counts is the answer, supported by the pairs it shares with
    the term.
    """
    best = ranked[0]
    if ev.lexicon is None or not best.dictionary:
        return best
    rivals = [c for c in ranked[1:] if c.cooccurrence > best.cooccurrence
              and c.dice > best.dice and c.support >= ev.min_support]
    if not rivals or not said_beside(ev.term, best.text, [e.zh for e in best.examples],
                                     ev.lexicon, ev.glosses):
        return best
    rival = max(rivals, key=lambda c: (c.cooccurrence, c.dice))
    return replace(rival, support=rival.cooccurrence,
                   score=rival.score * rival.cooccurrence / rival.support)


def _complemented(longer: str, shorter: str, term: str, lexicon: Dictionary) -> bool:
    """Whether ``longer`` is ``shorter`` with a complement the term does not mean:
    "Permanent Mission | of Guatemala to the United Nations" for 常驻联合国代表团, whose
    country the Chinese puts before the term. A part at the end is the head that
    variants share ("material" of "fissile material" and "fissionable material"), and a
    part the term's words extend ("Assembly" of "General Assembly") is a fragment."""
    rest = longer[len(shorter):].split()
    return (longer.startswith(shorter + " ") and bool(rest) and rest[0] in STOP_WORDS
            and extension_explained(term, longer, shorter, "zh", lexicon) is False)


def trimmed(ranked: list[Candidate], ev: TermEvidence) -> Candidate:
    """The best candidate without words the term does not mean.

    "Security Council resolution" and "Security Council" split the links of 安理会 when
    the term often stands before 决议; the dictionary says 安理会 does not mean
    "resolution", so the longer candidate is one word too long: the multiword name
    inside it is the answer and takes its links.
    """
    best = ranked[0]
    lexicon = ev.lexicon
    if lexicon is None:
        return best

    def too_long(longer: Candidate, shorter: Candidate) -> bool:
        outer, inner = longer.text.lower(), shorter.text.lower()
        return (" " in inner and contains(outer, inner, "en")
                and extension_explained(ev.term, outer, inner, "zh", lexicon) is False)

    core = next((c for c in ranked[1:] if c.support >= ev.min_support and too_long(best, c)),
                best)
    extra = [c for c in ranked if c is not core and too_long(c, core)]
    if not extra:
        return core
    return replace(core, score=core.score + sum(c.score for c in extra),
                   support=core.support + sum(c.support for c in extra))


def prefix_said_beside(ranked: list[Candidate], ev: TermEvidence) -> Candidate:
    """The base word's rendering, when the best one fuses it with a prefix that the
    Chinese beside the term says and the term does not.

    English fuses into one word what Chinese writes as two: 多方利益有关者 is
    "multi-stakeholder", 多方 "many" standing before the term. Where the corpus writes
    that company, the prefixed word ties with the plain one ("stakeholders") that renders
    the term alone. When every example of the prefixed rendering has the prefix's
    meaning in the Chinese outside the term, and the term itself does not mean it, the
    rendering without the prefix is the answer and takes the prefixed one's links (its
    base renders the term there too).
    """
    best = ranked[0]
    lexicon = ev.lexicon
    if lexicon is None:
        return best
    words = [singular(w) for w in best.text.lower().split()]
    for position, word in enumerate(words):
        parts = prefixed_parts(word)
        if parts is None:
            continue
        meaning, base = parts
        plain = [*words[:position], base, *words[position + 1:]]
        rival = next((c for c in ranked[1:] if c.support >= ev.min_support
                      and [singular(w) for w in c.text.lower().split()] == plain), None)
        if rival is None:
            continue
        meanings = term_meanings(ev.term, lexicon)
        if any(known_stem(stem, meanings) for stem in content_stems(meaning)):
            continue
        if said_beside(ev.term, meaning, [e.zh for e in best.examples], lexicon,
                       ev.glosses):
            return replace(rival, score=rival.score + best.score,
                           support=rival.support + best.support)
    return best


def slash_side(best: Candidate, ev: TermEvidence) -> Candidate:
    """The side of an English slash pair that stands where the term stands in the
    Chinese one.

    Both languages write some pairs of names with a slash (艾滋病毒/艾滋病, "HIV/AIDS"),
    and the English pair, one word to the n-gram counter, is linked to whichever of the
    two Chinese terms wins the competition. When the term stands on the same side of
    a Chinese slash in every example pair, the English word on that side renders it.
    """
    words = best.text.split()
    slashed = [i for i, word in enumerate(words) if SLASH_PAIR.fullmatch(word)]
    if len(slashed) != 1 or len(best.examples) < MIN_EXAMPLES:
        return best
    sides = {slash_side_of(ev.term, example.zh) for example in best.examples}
    side = sides.pop() if len(sides) == 1 else None
    if side is None:
        return best
    position = slashed[0]
    part = words[position].split("/")[side]
    return replace(best, text=" ".join([*words[:position], part, *words[position + 1:]]))


def shared_core(ranked: list[Candidate], needed: float) -> Candidate | None:
    """The words of the best rendering that the term's linked renderings share, when
    none of them alone is linked in ``needed`` pairs and those holding the words are.

    English extends a term's rendering with different words in different sentences
    (知识产权: "intellectual property rights", "intellectual property protection",
    "security rights in intellectual property"), each longer n-gram outcounts the plain
    one in its own sentences, and the links split among them: no rendering is
    consistent, but what they all say is. The shared part is the longest run of two
    words or more of the best rendering, neither end a function word, that two linked
    renderings or more contain; it takes their links. None when there is no such part.
    """
    best = ranked[0]
    words = best.text.split()
    for size in range(len(words) - 1, 1, -1):
        for start in range(len(words) - size + 1):
            part = words[start:start + size]
            if part[0].lower() in STOP_WORDS or part[-1].lower() in STOP_WORDS:
                continue
            core = " ".join(part).lower()
            holders = [c for c in ranked if contains(c.text.lower(), core, "en")]
            support = sum(c.support for c in holders)
            if len(holders) >= 2 and support >= needed:
                return replace(best, text=" ".join(part), support=support)
    return None


def entry_said(ranked: list[Candidate], ev: TermEvidence) -> Candidate:
    """The linked candidate that says the words of a term the dictionary holds as one
    entry of a name's length, when the best one is a single word short of them.

    One entry of :data:`~termbase.pair.confirmed.NAME_LENGTH` characters or more is a
    name whose glosses are its words (中小企业 "small and medium enterprise"), as
    :mod:`termbase.pair.confirmed` reads it: its head word alone ("enterprise") says one
    of them, and the dictionary, which finds a word of the term in it, rates it as high
    as the whole. Another candidate linked to the term in enough pairs to answer, holding
    the best one's words and saying most of the entry's glosses (half of them and one
    more), is the answer ("small and medium-sized enterprises")."""
    best = ranked[0]
    lexicon = ev.lexicon
    if (lexicon is None or " " in best.text.strip() or len(ev.term) < NAME_LENGTH
            or lexicon.segment(ev.term) != [ev.term]):
        return best
    glosses = lexicon.translations(ev.term)
    needed = len(glosses) // 2 + 1

    def said(text: str) -> int:
        stems = content_stems(text)
        return sum(1 for g in glosses if any(known_stem(s, {g}) for s in stems))

    own = set(content_stems(best.text))
    if not own or said(best.text) >= needed:
        return best
    fuller = [c for c in ranked[1:] if c.support >= ev.min_support
              and said(c.text) >= needed and own <= set(content_stems(c.text))]
    return max(fuller, key=lambda c: (c.support, c.score)) if fuller else best


def whole_inside(best: Candidate, key: str | None, ev: TermEvidence) -> Candidate:
    """The span inside the best candidate (``key``) that renders the whole term, when the
    rest is foreign to it; the span takes the best candidate's links.

    A term in few pairs that keep the same company links to the longest n-gram they
    share: "transnational organized crime vary by context" for 跨国有组织犯罪, whose two
    pairs say the same sentence. When the dictionary reads the whole term in a candidate
    inside it (every word in full, the last needed, :func:`renders_just_the_term`) and
    gives none of the added words for the term, the inner span is the answer — though it
    won no link of its own: it stands in every pair the best one does. A name written as
    one ("International Court of Justice") is never cut.
    """
    lexicon = ev.lexicon
    if (lexicon is None or key is None or _is_name(best.text)
            or renders_just_the_term(ev.term, key, lexicon)):
        return best
    meanings = term_meanings(ev.term, lexicon)
    inner = [k for k in ev.kept if k != key and " " in k and contains(key, k, "en")
             and renders_just_the_term(ev.term, k, lexicon)
             and _all_foreign(content_stems(key), content_stems(k), meanings)]
    if not inner:
        return best
    span = max(inner, key=lambda k: (len(k.split()), k))
    stats = ev.stats(span)
    known = stats[2] if stats is not None else best.dictionary
    return replace(best, text=ev.spelled(span), cooccurrence=ev.kept[span],
                   frequency=ev.frequencies.get(span, ev.kept[span]), dictionary=known)


def coded_name_inside(best: Candidate, key: str | None, ev: TermEvidence) -> Candidate:
    """The name coded in letters and figures that opens the best candidate (``key``),
    when the words after it are foreign to the term; the name takes the candidate's links.

    "COVID-19 pandemic" wins every link of 冠状病毒病: English names the disease by its
    code and then the pandemic the Chinese says beside the term (疫情, 大流行病). A coded
    name (:func:`termbase.pair.ngrams.is_coded_name`) is all of itself, so it is the
    answer when it stands in every pair the best candidate does, the dictionary, which
    reads the term, gives none of the added words for any of its words or characters, and
    the Chinese beside the term gives them in some example pair
    (:func:`termbase.pair.context.said_beside_somewhere`): 冠状病毒病疫情 holds its 疫情,
    and its "COVID-19 pandemic" stays whole.
    """
    lexicon = ev.lexicon
    if lexicon is None or key is None or " " not in key:
        return best
    inner = key.split()[0]
    if not is_coded_name(inner) or ev.kept.get(inner, 0) < ev.kept.get(key, 0):
        return best
    meanings = term_meanings(ev.term, lexicon)
    if not meanings or not _all_foreign(content_stems(key), content_stems(inner), meanings):
        return best
    if not said_beside_somewhere(ev.term, key.split()[1:], [e.zh for e in best.examples],
                                 lexicon, ev.glosses):
        return best
    stats = ev.stats(inner)
    return replace(best, text=ev.spelled(inner), cooccurrence=ev.kept[inner],
                   frequency=ev.frequencies.get(inner, ev.kept[inner]),
                   dictionary=stats[2] if stats is not None else best.dictionary)


def _all_foreign(longer: list[str], shorter: list[str], meanings: frozenset[str]) -> bool:
    """Whether every stem ``longer`` adds to ``shorter`` is foreign to the term (none of
    its words or characters means it): "members of the united" inside "states members of
    the united nations" for 联合国会员国 leaves out "nations", which the term means."""
    rest = multiset_minus(longer, shorter)
    return bool(rest) and not any(known_stem(stem, meanings) for stem in rest)


def spelled_apart(best: Candidate, key: str | None, ev: TermEvidence) -> Candidate:
    """The whole name when the best candidate (``key``) is the part its spellings share
    (:mod:`termbase.pair.variants`); the name takes the candidate's links."""
    if ev.lexicon is None or key is None:
        return best
    found = name_across_spellings(ev.term, key, ev.kept, ev.lexicon, ev.min_support)
    if found is None:
        return best
    name, together = found
    stats = ev.stats(name)
    return replace(best, text=ev.spelled(name), cooccurrence=together,
                   frequency=ev.frequencies.get(name, together),
                   dictionary=stats[2] if stats is not None else best.dictionary)


def named_in_full(best: Candidate, ev: TermEvidence) -> Candidate:
    """The full name when the best candidate is its generic short reference.

    English refers back to a named body by its head word ("the Department" for the
    Department of Public Information, "the Board"); competitive linking then prefers the
    head word, which co-occurs with the term every time. A capitalised single word (not an
    abbreviation) is replaced by the most frequent capitalised name containing it that
    co-occurs with the term often enough; its occurrences count as the name's support.
    A name whose added words translate the Chinese around the term ("Bureau of the
    Commission" for 主席团 in 委员会主席团) is the term's company, not its name; so is a
    name in which the word is one conjunct of a coordinated modifier and the term says
    nothing of the rest (:func:`_conjunct_only`): "Economic" of the Economic and Social
    Council, which no one calls "the Economic"; 经济 said inside 经济及社会理事会 is a
    piece of the name, not its short reference.
    """
    key = best.text.lower()
    # An abbreviation (UNDP) is a name of its own, not a head word.
    if " " in key or not best.text[:1].isupper() or best.text.isupper():
        return best
    head = singular(key)
    names = []
    for longer, joint in ev.kept.items():
        if not contains(longer, head, "en") or joint < ev.min_support \
                or _conjunct_only(ev.term, head, longer, ev.lexicon) \
                or joint < FULL_NAME_SHARE * ev.kept.get(head, joint):
            continue
        stats = ev.stats(longer)
        text = ev.spelled(longer)
        if stats is None or stats[1] <= 0 or not _is_name(text):
            continue
        names.append((joint, len(longer), text, longer, stats))
    if not names:
        return best
    joint, _, text, longer, (_, _, known) = max(names)
    # The name most often beside the term is the one it may abbreviate; when the Chinese
    # says that name's other words outside the term, the term is the head word itself
    # (建设和平 beside 基金 is "peacebuilding", not the Peacebuilding Fund).
    if ev.lexicon is not None and named_by_company(
            ev.term, best.text, text, [(e.zh, e.en) for e in best.examples], ev.lexicon,
            ev.glosses):
        return best
    # The evidence is the head word's: its links, and their significance, are the name's.
    return Candidate(text, best.score, best.support, joint, ev.frequencies.get(longer, joint),
                     best.dice, best.llr, known, best.examples)


def _conjunct_only(term: str, word: str, name: str, lexicon: Dictionary | None) -> bool:
    """Whether ``word`` is one conjunct of a coordinated modifier in ``name`` (both keys:
    a conjunction follows it there, "Economic | and Social Council") and the dictionary
    reads it in ``term`` but none of the words the name adds: the term then says the
    modifier alone, and no one says that word alone for the name. A country named by
    two conjuncts ("Bosnia and Herzegovina" for 波黑, whose characters read neither) is
    left to grow, and so is a word before another content word ("Member" for 成员国's
    "Member States"): linking may have cut the term's whole rendering to its first word."""
    words = name.split()
    if lexicon is None or not any(said == word and at + 1 < len(words)
                                  and words[at + 1] in EN_CONJUNCTIONS
                                  for at, said in enumerate(words)):
        return False
    meanings = term_meanings(term, lexicon)

    def read(text: str) -> bool:
        return any(known_stem(stem, meanings) for stem in content_stems(text))

    added = [w for w in words if w != word and w not in STOP_WORDS]
    return read(word) and not any(read(w) for w in added)


MIN_ACRONYM_LETTERS = 3
"""Letters an acronym needs to vouch for a name: two letters are the initials of too
many phrases by chance."""


def acronym_of(key: str) -> str:
    """The initials of a candidate key's words, function words aside ("imf" of
    "international monetary fund", "fao" of "food and agriculture organization")."""
    return "".join(w[0] for w in key.split() if w not in STOP_WORDS and w[:1].isalpha())


def named_by_acronym(best: Candidate, ev: TermEvidence) -> Candidate:
    """The name that ends with the best candidate and adds words before it, when the
    name's acronym goes with the term too; the name takes the candidate's links.

    UN Chinese shortens a name by leaving out its first words (货币基金组织 for
    国际货币基金组织, 原子能机构 for 国际原子能机构); where the text writes the full form,
    the term stands inside it, and the words the short form leaves out ("International")
    are read as the Chinese beside it, so the answer is a name cut at the front
    ("Monetary Fund"). Where the term stands alone, the English says the acronym, which
    spells the whole name ("IMF"): an acronym of :data:`MIN_ACRONYM_LETTERS` letters or
    more that co-occurs with the term in enough pairs to answer shows that the name is one
    unit, and the term abbreviates all of it. Only words before the best candidate are
    taken: a term whose last word the name goes beyond (原子能 "atomic energy" in
    "International Atomic Energy Agency") names a part of it."""
    words = [fold_word(w) for w in best.text.split()]
    if len(words) < 2 or ev.lexicon is None:
        return best
    key = " ".join(words)
    names = []
    for longer, joint in ev.kept.items():
        acronym = acronym_of(longer)
        # The best candidate must never stand without the name's first words: 流离失所者
        # is "displaced persons" where 国内 does not precede it, and no short form of
        # "internally displaced persons" ("IDPs") though it stands inside 国内流离失所者.
        if (longer.endswith(" " + key) and joint >= ev.kept.get(key, 0)
                and len(acronym) >= MIN_ACRONYM_LETTERS
                and ev.kept.get(acronym, 0) >= ev.min_support):
            names.append((ev.kept[acronym], joint, longer))
    if not names:
        return best
    _, joint, name = max(names)
    stats = ev.stats(name)
    return replace(best, text=ev.spelled(name), cooccurrence=joint,
                   frequency=ev.frequencies.get(name, joint),
                   dictionary=stats[2] if stats is not None else best.dictionary)


def _is_name(text: str) -> bool:
    """Whether ``text`` is written as a name: every word capitalised but the small words
    names hold ("Department of Public Information"); "Bureau had met" is a clause."""
    return text[:1].isupper() and all(map(name_word, text.split()))


def once_each(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Each rendering once, in its best place: cutting the best answer to what the term
    means can make it another candidate's text ("developments" twice for 事态发展)."""
    first: dict[str, Candidate] = {}
    for candidate in candidates:
        first.setdefault(candidate.text.lower(), candidate)
    return list(first.values())


def named_as_full_form(pairings: Mapping[str, TermPairing],
                       concepts: Iterable[Sequence[str]]) -> dict[str, TermPairing]:
    """``pairings`` with each short form answered by its full form's name where its own
    answer is only that name's head word.

    English refers to a body by its head word ("the Council") in the pairs where Chinese
    writes the short form (经社理事会), so the short form's own answer is the bare head
    word, and :func:`named_in_full` finds no name beside it. A terminologist expects the
    full name. The full form is another form of the same concept (``concepts``: each
    concept's forms) or a term the short form abbreviates (:func:`abbreviates`). An
    acronym or a name of several words is the short form's own English and stays; the
    head word stays as the next candidate, and the answer taken is marked
    :data:`FULL_FORM`, with the full form's counts and examples.
    """
    grouped: dict[str, set[str]] = {}
    for forms in concepts:
        for form in forms:
            grouped.setdefault(form, set()).update(f for f in forms if f != form)
    by_first: dict[str, list[str]] = {}
    for term in pairings:
        by_first.setdefault(term[:1], []).append(term)
    out = dict(pairings)
    for term, pairing in pairings.items():
        best = pairing.best
        if best is None or not _bare_head_word(best):
            continue
        others = grouped.get(term, set()) | {
            other for other in by_first.get(term[:1], ()) if abbreviates(term, other)}
        fulls = [pairings[other].best for other in sorted(others)
                 if other in pairings and _named_by(pairings[other].best, best.text)]
        chosen = max((c for c in fulls if c is not None), key=lambda c: c.support, default=None)
        if chosen is not None:
            named = replace(chosen, method=FULL_FORM)
            out[term] = replace(pairing, candidates=(named, *once_each(
                c for c in pairing.candidates if c.text.lower() != chosen.text.lower())))
    return out


def abbreviates(short: str, full: str) -> bool:
    """Whether Chinese ``short`` is an abbreviation of ``full``: shorter, with the same
    first and last characters, its characters in order in ``full`` but not as one stretch
    (经社理事会 in 经济及社会理事会; 理事会 inside 安全理事会 is a word of its own)."""
    if len(short) >= len(full) or short in full or short[:1] != full[:1] \
            or short[-1:] != full[-1:]:
        return False
    rest = iter(full)
    return all(char in rest for char in short)


def _bare_head_word(answer: Candidate) -> bool:
    """A capitalised single word, not an acronym, found by the corpus's counts."""
    text = answer.text
    return (" " not in text and text[:1].isupper() and not text.isupper()
            and answer.method == "association")


def _named_by(full: Candidate | None, head: str) -> bool:
    """Whether ``full`` is a name of several words ending in the word ``head``."""
    if full is None:
        return False
    words = full.text.split()
    return len(words) > 1 and _is_name(full.text) and words[-1].lower() == head.lower() \
        and full.method == "association"


def head_word_only(term: str, answer: str, lexicon: Dictionary) -> bool:
    """Whether ``answer`` is one word rendering only the last word of ``term``, whose
    other words the dictionary reads too: "world" for 无核武器世界, "Protection" for
    平民保护, "Council" for 经社理事会 — what English keeps of a phrase it words
    differently or refers to by its head ("a world without nuclear weapons", "the
    Council"), never the term's equivalent. A compound that says the other words inside
    the one ("peacekeeping" for 维持和平, "health-care" for 卫生保健) is no such answer."""
    if " " in answer.strip():
        return False
    words = lexicon.segment(term)
    stems = content_stems(answer)
    if len(words) < 2 or not stems:
        return False
    head = lexicon.translations(words[-1])
    if not all(known_stem(stem, head) for stem in stems):
        return False
    others = [lexicon.translations(word) for word in words[:-1]]
    lower = answer.lower()
    # Stems shorter than four letters ("un", "non") sit inside too many words by chance.
    return any(others) and not any(len(stem) >= 4 and stem in lower
                                   for said in others for stem in said)


MODIFIER_ENDINGS = ("ional", "ical", "ntal", "ous", "ed", "able", "ible", "ful", "less")
"""Endings of English adjectives and participles ("regional", "developed"): a word so
ending qualifies a noun and is no noun phrase's head. Endings nouns share often are left
out ("removal", "trial", "Republic", "initiative"); plural nouns end in -s."""

ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ar", "ory")
"""Endings adjectives share with some nouns ("sexual", "judicial", "particular" but
"removal", "initiative", "territory"): a modifier only where the head left out is a word
of its own (:func:`modifier_only`)."""

MIN_MODIFIER_LETTERS = 6
"""Shorter words with these endings are as often nouns or verbs ("need", "speed")."""


def is_modifier(word: str, *, adjectives: bool = False) -> bool:
    """Whether an English word is shaped as a modifier: an adjective or participle ending
    (:data:`MODIFIER_ENDINGS`, with ``adjectives`` also :data:`ADJECTIVE_ENDINGS`), or a
    hyphenated compound whose last part is a participle ("forecast-based",
    "community-led")."""
    lower = word.lower()
    if "-" in lower.strip("-"):
        return lower.rsplit("-", 1)[1].endswith("ed")
    endings = MODIFIER_ENDINGS + ADJECTIVE_ENDINGS if adjectives else MODIFIER_ENDINGS
    return len(lower) >= MIN_MODIFIER_LETTERS and lower.endswith(endings)


def modifier_only(term: str, answer: str, lexicon: Dictionary) -> bool:
    """Whether ``answer`` is one word rendering words of ``term`` before its last, shaped
    as a modifier, and says nothing of that last word, the head: "forecast-based" for
    基于预测的筹资, "regional" for 区域委员会 — English cut before the noun the Chinese
    head names, whose rendering the dictionary lacks ("financing" for 筹资) or the
    sentence words apart; "sexual" for 性暴力, "judicial" for 司法机构. A noun that folds
    the head into itself ("peacekeepers" for 维和人员) does not end as a modifier, and an
    answer saying any reading of the head keeps it."""
    words = [w for w in lexicon.segment(term) if lexicon.translations(w)]
    stems = content_stems(answer)
    if " " in answer.strip() or len(words) < 2 or not stems:
        return False
    # A last word of one character is often a suffix that makes the adjective itself
    # (包容性 "inclusive", 政治性 "political"): only a participle leaves it out for sure.
    if not is_modifier(answer, adjectives=len(words[-1]) > 1):
        return False
    head = lexicon.translations(words[-1])
    lower = answer.lower()
    # The head's reading may stand inside the one word ("psychosocial" for 心理社会, whose
    # 社会 the dictionary gives as "society"): its first four letters are enough.
    if any(known_stem(stem, head) for stem in stems) \
            or any(len(stem) >= 4 and stem[:4] in lower for stem in head):
        return False
    before = frozenset().union(*(lexicon.translations(w) for w in words[:-1]))
    return any(known_stem(stem, before) for stem in stems)


ACTION_ENDINGS = ("ing", "tion", "sion", "ment", "ance", "ence", "ism")
"""Endings of English nouns of an action or a state ("training", "prostitution"): the
closed class of suffixes that name what is done, never who does it."""

_PERSON = "person"
"""The stem the dictionary glosses a word naming a person by (员 "person", 者 "person who
does sth", 人员 "personnel; person")."""


def person_left_out(term: str, answer: str, lexicon: Dictionary) -> bool:
    """Whether ``answer`` is one word naming the action the words of ``term`` before its
    last say (:data:`ACTION_ENDINGS`), while that last word names the person who does it
    and the answer says nothing of it: "Training" for 培训员 (培训 "train", 员 "person"),
    "prostitution" for 卖淫者. English folds such a head into an agent noun
    ("trainers", "peacekeepers" for 维和人员), which keeps; the noun of the action is
    the rendering of a neighbouring use ("training of trainers"), not of the term."""
    stems = content_stems(answer)
    words = lexicon.segment(term)
    if " " in answer.strip() or len(words) < 2 or not stems:
        return False
    if not singular(answer.lower()).endswith(ACTION_ENDINGS):
        return False
    head = lexicon.translations(words[-1])
    if _PERSON not in head or any(known_stem(stem, head) for stem in stems):
        return False
    before = frozenset().union(*(lexicon.translations(w) for w in words[:-1]))
    return any(known_stem(stem, before) for stem in stems)


MIN_WORD_PART = 2
"""Characters a part of a dictionary word needs to be read apart (one character pools
the senses of every word it makes)."""


def part_of_one_word(term: str, answer: str, examples: Sequence[str],
                     lexicon: Dictionary) -> str | None:
    """The part of ``term`` that ``answer`` renders when the dictionary holds the term as
    one word, none of whose glosses the answer says, the answer renders one part of that
    word and nothing of the rest, and half the examples or more say the rest apart (a
    reading of it stands in their English); None otherwise.

    The dictionary's word is the concept: 行为准则 is "code of conduct", and "behaviour"
    renders only its 行为 (the text said "norms ... of responsible behaviour", its 准则
    worded apart). :func:`head_word_only` cannot see it, since the dictionary reads the
    term as one word, and reading every such word by its parts refuses what English
    names by one word (环境卫生 "sanitation", 工作人员 "staff"): those answers say a gloss
    of the whole word, and keep. An answer that renders every part (国际联盟
    "international coalition") renders the whole, and one whose examples never say the
    rest is English folding it in (研究报告 "study": no "report" beside it)."""
    words = [w for w in lexicon.segment(term) if lexicon.translations(w)]
    stems = content_stems(answer)
    if len(words) != 1 or not stems:
        return None
    word = words[0]
    if any(reads_as(stem, lexicon.translations(word)) for stem in stems):
        return None
    for cut in range(MIN_WORD_PART, len(word) - MIN_WORD_PART + 1):
        parts = (word[:cut], word[cut:])
        meanings = [lexicon.translations(part) for part in parts]
        if not all(meanings):
            continue
        for said, unsaid in ((0, 1), (1, 0)):
            if not all(reads_as(stem, meanings[said]) for stem in stems) or any(
                    reads_as(stem, meanings[unsaid]) for stem in stems):
                continue
            apart = sum(1 for en in examples if any(
                reads_as(stem, meanings[unsaid]) for stem in content_stems(en)))
            if examples and 2 * apart >= len(examples):
                return parts[said]
    return None


def bare_heads_refused(pairings: Iterable[TermPairing], lexicon: Dictionary | None
                       ) -> list[TermPairing]:
    """``pairings`` with every answer found by the corpus's counts that is the bare head
    word of its term (:func:`head_word_only`) but for one that renders the whole concept
    (:func:`termbase.pair.references.stands_whole`), or its modifiers without the head
    (:func:`modifier_only`), turned into an abstention: after :func:`named_as_full_form`,
    which gives a short form its full form's name instead."""
    if lexicon is None:
        return list(pairings)
    out = []
    for pairing in pairings:
        best = pairing.best
        if best is not None and best.method == "association":
            if head_word_only(pairing.term, best.text, lexicon) \
                    and not stands_whole(pairing, best):
                pairing = replace(pairing, candidates=(), abstained_reason=(
                    f"the best candidate '{best.text}' renders only the last word of the "
                    f"term; the dictionary reads the words before it too"))
            elif modifier_only(pairing.term, best.text, lexicon):
                pairing = replace(pairing, candidates=(), abstained_reason=(
                    f"the best candidate '{best.text}' qualifies a noun it leaves out: it "
                    f"renders the words before the last of the term, not the last"))
            elif person_left_out(pairing.term, best.text, lexicon):
                pairing = replace(pairing, candidates=(), abstained_reason=(
                    f"the best candidate '{best.text}' names the action the term's words "
                    f"before the last say, not the person its last word names"))
            elif (part := part_of_one_word(pairing.term, best.text,
                                           [e.en for e in best.examples], lexicon)) \
                    and not stands_whole(pairing, best):
                pairing = replace(pairing, candidates=(), abstained_reason=(
                    f"the best candidate '{best.text}' renders only {part} of the "
                    f"dictionary's word {pairing.term}, whose glosses it does not say"))
        out.append(pairing)
    return out


def settled_across_terms(pairings: Mapping[str, TermPairing],
                         concepts: Iterable[Sequence[str]], lexicon: Dictionary | None
                         ) -> dict[str, TermPairing]:
    """``pairings`` (by term, in their order) with the answers only the whole list can
    judge settled: a short form answered by its full name's head word takes the name
    (:func:`named_as_full_form`), and any other bare head word is no answer
    (:func:`bare_heads_refused`) — in that order, so that the head word a full form
    explains is named before it can be refused."""
    named = named_as_full_form(pairings, concepts)
    return {p.term: p for p in bare_heads_refused(named.values(), lexicon)}
