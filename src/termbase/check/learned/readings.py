"""What the dictionary reads around a learned variant.

The draft's own evidence finds a variant; the dictionary (CC-CEDICT through
:mod:`termbase.check.glosses`, asked once per check for every variant together) can
still say that the variant is no second wording of the term, where the draft's counts
are too thin to say so:

* *the changed word renders the term's neighbour*: it is the dictionary's word for a
  source word right beside the term (私营部门资金 "private funds": funds is 资金's) —
  the term's rendering run into its neighbour's and cut short, not another rendering;
* *the variant opens into a longer name*: the word right before it is the dictionary's
  word for the source word right before the term (小岛屿发展中国家 "small island
  developing states": island is 岛屿's) — the longer name has a wording of its own;
  a verb there governs the term and opens no name;
* *a noun modifier against its adjective*: both words are the dictionary's for the
  term's characters, and one is an adjective made from such a word while the other is
  not (国家方案: "national", from nation, against "country") — the two constructions
  say different things ("country programmes" are a kind of programme; "national
  programmes" are any nation's), and a translator chooses between them by the sense;
* *only the draft's counts tie the changed word to the term*: a variant found because
  the draft shows its new word rendering a piece of the term ("weapons" for 武器) is
  kept only when the dictionary, too, gives that word for a word of the term ("safety"
  for 安全); counts over a draft also tie a word to what it merely keeps company with
  ("acts" and 措施, "NGOs" and 组织);
* *the translation is not the source's*: fewer than MIN_GLOSSED_SHARE of its content
  words are the dictionary's words for a word of its source — a misaligned pair of a
  corpus whose words the draft's counts happen not to doubt. Single characters count
  as words here: UN English renders freely, and with words of two characters or more
  alone 5 % of the well-aligned UNv1 units fall below a third. With them, 99 % of
  those units are at 0.33 or more, the one misaligned unit among the tuning variants
  at 0.20.

Where the dictionary's evidence is weaker, the variant is a hint (info) giving the
reason, not a warning: no entry of the term gives the changed word (a paraphrase, a
slip, a body's own wording — only the draft ties the word to the term), the draft ties
the word to another source word of the unit as well, the dictionary explains under
half of the translation's words (loosely aligned or freely worded), the variant makes a
noun compound of two plurals in apposition (:func:`_compound_against_apposition`:
"country Parties" against "States Parties"), in a draft written without capitals a
name reading is possible (:func:`_name_reading`): the term is part of a longer noun, or
the usual rendering stands mostly inside longer phrases the draft repeats — either may
be a name with a wording of its own, as only capitals would tell —, or the dictionary
gives the term as a word of its own rendered with the usual word, and the new word for
a piece of it only inside a longer gloss (:func:`_piece_sense_against_compound`:
"armed clashes" against 武装冲突 "armed conflict"). A spelling variant of the usual
rendering needs no capitals to be seen and warns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from termbase.check.learned.doubts import MIN_ALIGNMENT_WORDS
from termbase.check.learned.evidence import (
    IDEOGRAPHS,
    WordEvidence,
    is_plural,
    locate,
    side,
    written_around,
)
from termbase.check.learned.renderings import Rendering
from termbase.check.learned.slips import Variant, changed_word_sources, spelling_of
from termbase.text.english import ADJECTIVE_SUFFIXES

if TYPE_CHECKING:
    from termbase.check.glosses import Gloss

# Dictionary words asked beside a term: two characters or more (one character glosses
# too many things to explain anything), up to this many.
MAX_NEIGHBOUR_CHARS = 4

# A unit's translation is taken for another text's when fewer than this share of its
# content words (MIN_ALIGNMENT_WORDS at least) gloss a word of its source.
MIN_GLOSSED_SHARE = 1 / 3
# ... and a variant in a unit whose translation glosses less than this share is a hint:
# the dictionary must explain most of the unit's other words for its deviation to be
# the term's (5 % of the well-aligned UNv1 units fall below a half, 20 % of
# un2023-dev's shifted records; every true tuning warning is at 0.5 or more).
WELL_GLOSSED_SHARE = 0.5

# Source pieces a hint names, at most.
MAX_NAMED = 3


def read_by_dictionary(pending: Sequence[tuple[int, Rendering, Variant]],
                       evidence: WordEvidence, stop: frozenset[str],
                       case_blind: bool = False) -> tuple[set[int], dict[int, str]]:
    """The positions in ``pending`` (unit, rendering, variant key) whose variant the
    dictionary reads as no second wording of the term (see the module notes), and, of
    the others, those whose changed word it gives for no word of the term, with that
    reason: only the draft shows the word standing for the term, as it shows a
    paraphrase ("monetary stances" for 货币政策) or a body's own wording, so the
    variant is a hint, not a warning. A variant whose word the draft ties to another
    source word of the unit as well (:attr:`Variant.elsewhere`) stands only when the
    dictionary gives the word for the term, and then as a hint saying so."""
    if not pending:
        return set(), {}
    from termbase.check.glosses import dictionary_glosses  # at call time: tests stand in for it

    beside = [_beside_term(evidence, i, r.term) for i, r, _ in pending]
    words = {i: _source_words(evidence, i) for i, _, _ in pending}
    asked = {w for held in words.values() for w in held}
    asked.update(w for _, r, _ in pending for w in _term_words(r.term))
    asked.update(r.term[-1] for _, r, _ in pending)
    known = dictionary_glosses(asked)
    explained = set()
    unsupported = {}
    for k, ((i, rendering, variant), (before, after)) in enumerate(zip(pending, beside,
                                                                         strict=True)):
        key = variant.key
        old, new = _changed(rendering.key, key)
        term_stems = _stems(_term_words(rendering.term) | _head_character(rendering.term, known),
                            known)
        share = _glossed_share(evidence, i, _stems(words[i], known), stop)
        if (_stem(new) in _stems(before | after, known)
                or (variant.weak and _stem(new) in _stems(_outside(words[i], rendering.term),
                                                          known))
                or (share is not None and share < MIN_GLOSSED_SHARE)
                or _opens_longer_name(evidence, i, key, _modifier_stems(before, known),
                                      stop)
                or _adjective_against_noun(old, new, term_stems)
                or _counts_alone(evidence, i, new, key, term_stems, stop)):
            explained.add(k)
        elif _stem(new) not in term_stems and not spelling_of(old, new):
            if variant.elsewhere:
                explained.add(k)
            else:
                unsupported[k] = (f"no dictionary entry of {rendering.term} gives "
                                  f"“{_surface_word(evidence, i, key, new)}”: a "
                                  f"paraphrase or a slip")
        elif variant.elsewhere:
            unsupported[k] = (f"the draft also ties "
                              f"“{_surface_word(evidence, i, key, new)}” to "
                              f"{'/'.join(variant.elsewhere[:MAX_NAMED])} in this unit, "
                              f"which it may render")
        elif share is not None and share < WELL_GLOSSED_SHARE:
            unsupported[k] = ("the dictionary explains under half of the translation's "
                              "words: the pair may be misaligned or freely worded")
        elif reading := _compound_against_apposition(rendering, key, i, evidence):
            unsupported[k] = reading
        elif case_blind and not spelling_of(old, new) and (
                reading := _name_reading(rendering, before, after, known, evidence, stop)):
            unsupported[k] = (f"{reading}, and without capitals the draft cannot tell "
                              f"whether it is a name with a wording of its own")
        elif reading := _piece_sense_against_compound(
                rendering.term, old, new, _surface_word(evidence, i, key, new), known):
            unsupported[k] = reading
    return explained, unsupported


def _compound_against_apposition(rendering: Rendering, key: str, unit: int,
                                 evidence: WordEvidence) -> str:
    """Why a variant is only a hint when it changes a noun before the rendering's head
    from two plurals in apposition to a noun compound: the draft writes the usual
    rendering's word plural before a plural head ("States Parties": the States that
    are parties), and the variant writes its new word singular before the plural
    head ("country Parties": a kind of party), a noun the draft elsewhere writes in
    the plural (so its singular here is a modifier's, not an adjective's: "female"
    is none). English puts a noun modifier in the singular; two plurals are two
    nouns naming the same things. The two constructions may name different things
    (a convention's "country Parties" beside the States parties of a treaty), as a
    noun modifier and its adjective do (:func:`_adjective_against_noun`), and only
    the draft's own counts tie the compound to the term. "" otherwise."""
    words, other = rendering.key.split(), key.split()
    at = next(k for k, (a, b) in enumerate(zip(words, other, strict=True)) if a != b)
    if at == len(words) - 1:
        return ""
    english = evidence.english
    surface = english.surfaces(unit)[key].split()
    if (len(surface) != len(other) or not is_plural(surface[at + 1]) or is_plural(surface[at])
            or not english.written_plural(other[at])):
        return ""
    usual = [english.surfaces(i)[rendering.key].split() for i in sorted(rendering.units)
             if i != unit and english.has(i, rendering.key)]
    heads = [s for s in usual if len(s) == len(words) and is_plural(s[at + 1])]
    if not heads or 2 * sum(1 for s in heads if is_plural(s[at])) < len(heads):
        return ""
    return (f"“{surface[at]}” is a noun modifying “{surface[at + 1]}” here, where the draft "
            f"writes two plurals in apposition (“{' '.join(heads[0][at:at + 2])}”): another "
            f"construction, which may name another thing")


def _piece_sense_against_compound(term: str, old: str, new: str, written: str,
                                  known: Mapping[str, Gloss]) -> str:
    """Why a variant is only a hint when the dictionary holds the term as a word of its
    own whose gloss gives the usual rendering's replaced word and not the variant's new
    one, and gives the new word for a piece of the term only inside a longer gloss, a
    sense that gloss narrows (武装冲突 "armed conflict"; 冲突 "conflict", "clash of
    opposing forces"): a compound the dictionary lists has a sense of its own, which the
    usual rendering names, and the new word reads its piece in a narrower sense
    ("armed clashes": incidents of fighting, not the state of conflict), a choice a
    translator makes by what the sentence speaks of. A piece whose senses give the new
    word on its own (国家 "country; nation; state", against 发展中国家 "developing
    country") offers it as a plain wording of the piece, and the variant stays a
    warning; so it does where the compound's own gloss gives the new word too ("old
    people" of 老年人), or not the replaced one (发达国家 "developed nation", against
    "countries"), where the dictionary lacks the compound (不利影响), or for a spelling of
    the replaced word. ``written`` is the new word as the unit writes it. "" otherwise."""
    whole = known.get(term)
    if (whole is None or spelling_of(old, new) or _stem(old) not in whole.stems
            or _stem(new) in whole.stems):
        return ""
    senses = [sense for w in _term_words(term) | _head_character(term, known) if w in known
              for sense in known[w].senses]
    stem = _stem(new)
    if any(_sense_words(sense) == [stem] for sense in senses) or not any(
            stem in _sense_words(sense) for sense in senses):
        return ""
    return (f"the dictionary gives {term} as a word of its own, rendered with "
            f"“{old}”, and “{written}” only inside a longer gloss of a piece of it: a "
            f"narrower sense of the piece, which may name another thing")


def _sense_words(sense: str) -> list[str]:
    """The stems of a gloss's words, an infinitive's "to" and an article left out
    ("to conflict": conflict)."""
    words = [w for w in sense.lower().split() if w.isalpha()]
    if words[:1] and words[0] in ("to", "a", "an", "the"):
        words = words[1:]
    return [_stem(w) for w in words]


def _name_reading(rendering: Rendering, before: set[str], after: set[str],
                  known: Mapping[str, Gloss], evidence: WordEvidence,
                  stop: frozenset[str]) -> str:
    """Why a name may stand where a draft without capitals shows a variant, or "" when
    nothing says so: the term is part of a longer noun here (the variant's side), or
    the usual rendering stands mostly inside longer phrases the draft repeats (the
    norm's side: "the fourth ministerial conference on space applications", "the
    international aid transparency initiative" — a name's wording, which the term's
    common rendering need not share)."""
    compound = _compounded_with(before, after, known)
    if compound:
        return f"the term is part of a longer noun here ({compound})"
    phrase = _usual_inside_longer_phrases(rendering, evidence, stop)
    if phrase:
        return (f"“{rendering.surface}” stands mostly inside longer phrases the draft "
                f"repeats (“{phrase}”)")
    return ""


def _usual_inside_longer_phrases(rendering: Rendering, evidence: WordEvidence,
                                 stop: frozenset[str]) -> str:
    """A longer phrase holding the usual rendering when, in half the units that hold
    it at least, it has a content word right before or after it with which the draft
    writes it in another unit too ("fourth ministerial conference" twice): names are
    what a draft repeats word for word around a term. "" otherwise. A function word
    beside it ("the", "of") makes no longer phrase: every noun phrase has one."""
    english = evidence.english
    size = len(rendering.key.split())
    held = [i for i in sorted(rendering.units) if english.has(i, rendering.key)]
    inside = []
    for i in held:
        longer = [k for k in english.keys(i) if _extends(k.split(), rendering.key, size, stop)]
        repeated = [k for k in longer if english.df(k) >= 2]
        if repeated:
            inside.append(english.surfaces(i)[repeated[0]])
    return inside[0] if held and 2 * len(inside) >= len(held) else ""


def _extends(words: list[str], key: str, size: int, stop: frozenset[str]) -> bool:
    """Whether ``words`` are ``key`` with one content word before or after it."""
    if len(words) != size + 1:
        return False
    return ((" ".join(words[1:]) == key and words[0] not in stop)
            or (" ".join(words[:-1]) == key and words[-1] not in stop))


# Dictionary tags of a noun that makes a compound with the term: common nouns, place
# and organization names and other proper nouns; a person's name (nr…) is too often
# the tagger's guess at a verb phrase (令人).
_COMPOUND_TAGS = frozenset({"n", "ns", "nt", "nz"})


def _compounded_with(before: set[str], after: set[str], known: Mapping[str, Gloss]
                     ) -> str | None:
    """A noun right before or after the term (区域合作平台, 国际核安全标准), when there is
    one: the term is then part of a longer noun, which in UN text is often a body's, a
    meeting's or an instrument's name ("the regional collaborative platform",
    "international norms on nuclear security" where the draft's norm is the Convention
    on Nuclear Safety's wording). A cased draft tells such names by their capitals
    (:mod:`~termbase.check.learned.names`); a lower-cased one cannot, so the variant
    there is a hint, not a warning. Met once is enough: a name need not recur (the
    lower-cased tuning copies' 国际核安全标准 stands once), and a free compound met once
    (发展中国家能源, "energy in developing countries") costs only a warning become a
    hint."""
    nouns = [w for w in sorted(before) if _noun(w, known)]
    nouns += [w for w in sorted(after) if _noun(w, known)]
    return nouns[0] if nouns else None


def _noun(word: str, known: Mapping[str, Gloss]) -> bool:
    return word in known and known[word].tag in _COMPOUND_TAGS


def _surface_word(evidence: WordEvidence, unit: int, key: str, word: str) -> str:
    """``word`` of the variant ``key`` as the unit writes it ("lenses", not the key's
    "len")."""
    surface = evidence.english.surfaces(unit)[key].split()
    keys = key.split()
    return surface[keys.index(word)] if len(surface) == len(keys) else word


def _counts_alone(evidence: WordEvidence, unit: int, new: str, key: str,
                  term_stems: set[str], stop: frozenset[str]) -> bool:
    """Whether only the draft's counts tie the changed word to the term: they show it
    rendering a piece of the term (the variant was found so, not as a slip), and the
    dictionary gives it for no word of the term. Counts that tie it only to a kept
    word's piece ("technical assistance" beside "technical support" for 技术支持) tie
    it to nothing of its own, and the variant stands as a slip would."""
    return (bool(changed_word_sources(new, key.split(), unit, evidence, stop))
            and _stem(new) not in term_stems)


def _changed(usual: str, variant: str) -> tuple[str, str]:
    return next((a, b) for a, b in zip(usual.split(), variant.split(), strict=True)
                if a != b)


def _stem(word: str) -> str:
    from termbase.align.lexicon import stem

    return stem(word)


def _stems(words: set[str], known: Mapping[str, Gloss]) -> set[str]:
    return {s for w in words if w in known for s in known[w].stems}


def _term_words(term: str) -> set[str]:
    """The term's pieces of two characters or more that the dictionary may hold."""
    return {term[a:b] for a in range(len(term)) for b in range(a + 2, len(term) + 1)}


def _head_character(term: str, known: Mapping[str, Gloss]) -> set[str]:
    """The term's last character, where it is a word of its own: no dictionary word of
    two characters or more ends the term short of the whole (领国 of 占领国 is none).
    A Chinese compound puts its head last, and a one-character head (国 "State" of
    占领国 "occupying Power") is the word the English changes as often as any; a piece
    of a longer last word (势 of 局势, whose entry gives "conditions" beside
    "situation") is no head, and answers for no word of the term."""
    if len(term) < 3 or any(term[a:] in known for a in range(1, len(term) - 1)):
        return set()
    return {term[-1]}


def _outside(words: set[str], term: str) -> set[str]:
    """The source strings of two characters or more that neither belong to the term
    nor hold it: the other words of the unit the dictionary may give a word for."""
    return {w for w in words if len(w) >= 2 and w not in term and term not in w}


def _source_words(evidence: WordEvidence, unit: int) -> set[str]:
    """The unit's source strings of one to MAX_NEIGHBOUR_CHARS characters, as written
    (the glossary's terms too): every dictionary word the unit may hold, the term's
    neighbours among them."""
    runs = IDEOGRAPHS.findall(side(evidence.units[unit].view.source))
    return {run[a:b] for run in runs for a in range(len(run))
            for b in range(a + 1, min(len(run), a + MAX_NEIGHBOUR_CHARS) + 1)}


def _glossed_share(evidence: WordEvidence, unit: int, source_stems: set[str],
                   stop: frozenset[str]) -> float | None:
    """The share of the translation's content words that gloss a word of the source;
    None for a translation of fewer than MIN_ALIGNMENT_WORDS such words."""
    from termbase.pair.ngrams import ENGLISH_WORD

    # Words written with a capital are left out: names, which the dictionary spells
    # rarely, and headings.
    words = [w for w in ENGLISH_WORD.findall(side(evidence.units[unit].view.target))
             if w.isalpha() and w.islower() and w not in stop]
    if len(words) < MIN_ALIGNMENT_WORDS:
        return None
    return sum(1 for w in words if _stem(w) in source_stems) / len(words)


def _beside_term(evidence: WordEvidence, unit: int, term: str) -> tuple[set[str], set[str]]:
    """The strings of two to MAX_NEIGHBOUR_CHARS characters that end right where the
    term starts, and those that start right where it ends, in the unit's source as
    written (:func:`~termbase.check.learned.evidence.written_around`: a glossary term
    beside it is its neighbour too)."""
    before: set[str] = set()
    after: set[str] = set()
    for run, at in written_around(evidence.units[unit], term):
        end = at + len(term)
        before.update(run[a:at] for a in range(max(0, at - MAX_NEIGHBOUR_CHARS), at - 1))
        after.update(run[end:b] for b in range(end + 2, min(len(run),
                                                            end + MAX_NEIGHBOUR_CHARS) + 1))
    return before, after


def _modifier_stems(words: set[str], known: Mapping[str, Gloss]) -> set[str]:
    """The stems of those ``words`` that may modify a noun: a verb before the term
    governs it (协助发展中国家 "assisting developing countries", 提供技术支持 "provide
    technical support") and opens no name. A verbal noun (发展, tagged "vn") may."""
    return {s for w in words if w in known and not _is_verb(known[w].tag)
            for s in known[w].stems}


def _is_verb(tag: str) -> bool:
    return tag.startswith("v") and tag != "vn"


def _opens_longer_name(evidence: WordEvidence, unit: int, key: str,
                       before_stems: set[str], stop: frozenset[str]) -> bool:
    """Whether the translation's word right before the variant renders (by the
    dictionary's ``before_stems``) a source word right before the term."""
    if not before_stems:
        return False
    from termbase.pair.ngrams import ENGLISH_WORD

    view, span = locate(evidence.units[unit].view.target, evidence.english.surfaces(unit)[key])
    if span is None:
        return False
    words = ENGLISH_WORD.findall(view.segment.text[:span[0]].lower())
    return bool(words) and words[-1] not in stop and _stem(words[-1]) in before_stems


def _adjective_against_noun(old: str, new: str, term_stems: set[str]) -> bool:
    """Whether both words are the dictionary's for the term's characters and exactly
    one of them is an adjective made from such a word ("national" and "country" for
    国家; "global" is no word of 国际, so "global law" stays a variant)."""
    return (_stem(old) in term_stems and _stem(new) in term_stems
            and _adjective_of(old, term_stems) != _adjective_of(new, term_stems))


def _adjective_of(word: str, stems: set[str]) -> bool:
    return any(word.endswith(end) and len(word) > len(end) + 2
               and _stem(word[:-len(end)]) in stems for end in ADJECTIVE_SUFFIXES)
