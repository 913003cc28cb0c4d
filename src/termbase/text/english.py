"""English word forms: the one home of plural, spelling and verb-ending folding.

Every fold here is a function of the text alone, never of a glossary: callers decide when
to apply it. Lookup folds queries and terms alike; pairing folds only its counting keys
(the answer keeps the corpus' spelling); the draft checker folds according to its
:class:`~termbase.check.matching.MatchOptions`, and may leave a form unfolded where a
glossary keeps two forms apart ("State parties" beside "States parties").

* :func:`singular` — "countries" → "country", "States’" → "state" (on lower-case words);
* :func:`american_spelling` — "programme" → "program", "organisation" → "organization";
* :func:`verb_stem` — "implemented", "implementing" → "implement";
* :func:`lower_same_length` — lower case that keeps every offset;
* :class:`EnglishCanon` — the canonical form of a text for term matching: each word
  folded as :class:`EnglishFolding` says, with a map back to the original offsets;
* :data:`MONTHS`, :data:`EN_CONJUNCTIONS`, :data:`EN_CONJUNCT_SEPARATORS` — the closed
  classes of English words more than one module reads.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

# --- plurals ---------------------------------------------------------------------------

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
"""The English month names, lower case, in calendar order."""

EN_CONJUNCTIONS = frozenset({"and", "or", "nor"})
"""The coordinating conjunctions that join the conjuncts of a phrase, lower case
("economic and social", "neither … nor …"). The other coordinators ("but", "yet", "so",
"for") join clauses, never the parts of a term or name."""

EN_CONJUNCT_SEPARATORS = EN_CONJUNCTIONS | {","}
"""What stands between two conjuncts of a list, a split-off comma included ("Safe, Orderly
and Regular Migration" split as "Safe , Orderly and Regular Migration")."""

ADJECTIVE_SUFFIXES = ("ical", "al", "ic")
"""The endings that make an adjective of a noun, the longer first (nation → national,
economy → economic, history → historical): a closed class."""

_POSSESSIVE = ("'s", "’s")
_ES_PLURALS = ("sses", "xes", "ches", "shes", "zzes", "tzes")
_NOT_PLURAL = ("ss", "us", "is")
# Singulars whose plural the fold strips of -es keep the letters before their final e:
# "tranche" meets "tranches" at "tranch", "finesse" and "annexe" meet theirs likewise.
_ES_SINGULARS = tuple(ending[:-1] for ending in _ES_PLURALS)
# Plurals no suffix rule reaches, frequent in UN text (妇女 "women", 儿童 "children").
_IRREGULAR_PLURALS = {
    "women": "woman", "men": "man", "children": "child", "chairmen": "chairman",
    "chairwomen": "chairwoman", "spokesmen": "spokesman", "spokeswomen": "spokeswoman",
}
# Plurals made of another word than their singular. singular() leaves them alone, as
# each is also a singular noun of its own ("a people", "peoples"); a caller comparing
# meanings may read one as its singular's plural (人口 is glossed "people", and the
# English says "persons").
SUPPLETIVE_PLURALS = {"people": "person"}
# A plural in -ses whose singular ends in -s, not -se, told by the letters before it:
# -as after i or g (bias, alias, gas; but case, phase, suitcase, release); -us after a
# vowel and t, n, p, g, d, r, l or c, after a consonant and t, n, p, g, d, l or s, or
# after i or e (status, bonus, focus, virus, campus, surplus, census, genius, nucleus;
# but cause, house, abuse, excuse, refuse, misuse). Few English words end in those
# letters and -se (peruse, recluse: rare as plurals).
_S_SINGULAR_SES = re.compile(
    r"(?:[gi]as|(?:[aeiou][tnpgdrlc]|[^aeiou][tnpgdls]|[ie])us)es$")
# A Greek plural in -ses of a singular in -sis, where no English word ends in the -se
# the letters would otherwise give (analyses, hypotheses, syntheses, crises; not "bases",
# "diagnoses", "emphases", which are also plurals of base, diagnose, emphasise).
_SIS_SINGULAR_SES = re.compile(r"(?:ys|thes|^cris)es$")


def singular(word: str) -> str:
    """The singular of a lower-case English word, possessive ending dropped.

    Crude on purpose and consistent: it must only bring a plural and its singular to the
    same key ("women" and "woman" too, "gases" and "gas", "crises" and "crisis";
    "sorties" and "sortie" at "sorty", "tranches" and "tranche" at "tranch"). Words
    of three letters or fewer, and words ending in -ss, -us, -is (process, status,
    analysis), are left alone; "series" → "sery" and "bias" → "bia" are harmless because
    both sides of every comparison go through the same fold (a plural whose singular
    ends in -s is folded as that singular is: "biases" → "bia").
    """
    if word.endswith(_POSSESSIVE):
        word = word[:-2]
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) <= 3:
        return word
    if not word.endswith("s"):
        return _as_plural_folds(word)
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ses") and len(word) > 4:
        if _SIS_SINGULAR_SES.search(word):
            return word[:-2] + "is"
        if _S_SINGULAR_SES.search(word):
            return singular(word[:-2])
    # "embargoes", "vetoes" lose -es; "shoes" (five letters) and "snowshoes" only their s.
    if word.endswith(_ES_PLURALS) or (
            word.endswith("oes") and len(word) > 5 and not word.endswith("shoes")):
        return word[:-2]
    if word.endswith(_NOT_PLURAL):
        return word
    return word[:-1]


def _as_plural_folds(word: str) -> str:
    """A singular of four letters or more in the key its plural folds to, where the
    plural rules above take more than an s: -ies becomes -y, so "sortie" must too (as
    "party" already is); -ches, -xes, -sses... lose -es, so "tranche" loses its e; -oes
    loses -es in words of six letters or more but "shoes", so "canoe" loses its e."""
    if word.endswith("ie"):
        return word[:-2] + "y"
    if word.endswith(_ES_SINGULARS) or (
            word.endswith("oe") and len(word) > 4 and not word.endswith("shoe")):
        return word[:-1]
    return word


# --- British and American spelling -------------------------------------------------------

# Whole words whose British and American forms differ in ways no suffix rule covers.
_SPELLING_WORDS = {
    "programme": "program", "programmes": "programs", "programmed": "programed",
    "programming": "programing",
    "defence": "defense", "defences": "defenses", "offence": "offense",
    "offences": "offenses", "licence": "license", "licences": "licenses",
    "pretence": "pretense", "judgement": "judgment", "judgements": "judgments",
    "acknowledgement": "acknowledgment", "ageing": "aging", "fulfil": "fulfill",
    "fulfils": "fulfills", "fulfilment": "fulfillment", "enrol": "enroll",
    "enrolment": "enrollment", "catalogue": "catalog", "catalogues": "catalogs",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "grey": "gray",
    "travelled": "traveled", "travelling": "traveling", "cancelled": "canceled",
    "cancelling": "canceling", "labelled": "labeled", "labelling": "labeling",
    "modelling": "modeling", "modelled": "modeled", "counselling": "counseling",
    "signalling": "signaling", "channelling": "channeling",
}
_OUR = re.compile(r"^(lab|fav|behavi|col|hon|neighb|harb|vig|rum|endeav|arm|sav|flav|hum|"
                  r"val|vap|parl|od|rig|tum|splend|cand|clam|glam|ferv|ard)our(.*)$")
_TRE = re.compile(r"^(cen|met|lit|thea|fib|calib|spec|sabre|lus|somb|meag)tre(s|d)?$")
_ISE = re.compile(r"^([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations|ational|ationally)$")
_YSE = re.compile(r"^([a-z]*l)ys(e|es|ed|ing|er|ers)$")
# Words ending in -ise that are spelt so in American English too.
_ISE_KEEP_TEXT = """
otherwise likewise clockwise wise rise arise raise praise poise noise cruise bruise guise
disguise expertise exercise enterprise premise promise compromise surprise advise devise
revise supervise televise improvise comprise despise chastise franchise merchandise
circumcise excise incise concise precise paradise treatise demise reprise surmise apprise
mortise tortoise porpoise anise vise turquoise
"""
_ISE_KEEP = frozenset(_ISE_KEEP_TEXT.split())


def american_spelling(word: str) -> str:
    """The American spelling of a lower-case English word (British -our, -tre, -ise,
    -yse and a list of whole words); other words unchanged."""
    mapped = _SPELLING_WORDS.get(word)
    if mapped is not None:
        return mapped
    if "our" in word:
        m = _OUR.match(word)
        if m:
            return f"{m.group(1)}or{m.group(2)}"
    if word.endswith(("tre", "tres", "tred")):
        m = _TRE.match(word)
        if m:
            return f"{m.group(1)}ter{m.group(2) or ''}"
    if "is" in word:
        m = _ISE.match(word)
        if m and f"{m.group(1)}ise" not in _ISE_KEEP:
            return f"{m.group(1)}iz{m.group(2)}"
    if "ys" in word:
        m = _YSE.match(word)
        if m:
            return f"{m.group(1)}yz{m.group(2)}"
    return word


# --- verb endings and case ---------------------------------------------------------------

def verb_stem(word: str) -> str:
    """A lower-case word without -ing, -ed or a final e: "implemented", "implementing"
    and "implement" meet; "committed" → "commit"; "create", "created", "creating" →
    "creat". Short words (use, used, using) are left alone."""
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ied"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "aeiousl":
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


# Two words whose first letters hold a common stretch this long share a root.
ROOT_LETTERS = 5
ROOT_START = 3


def one_root(a: str, b: str) -> bool:
    """Whether two lower-case words (or stems) derive from one root: a stretch of
    ROOT_LETTERS letters starts within the first ROOT_START letters of both
    ("explosion"/"explosive", "security"/"insecure", "extend"/"extension"). Near the
    beginnings only: a shared ending ("-ction") is no root."""
    for i in range(min(ROOT_START, len(a) - ROOT_LETTERS + 1)):
        if 0 <= b.find(a[i:i + ROOT_LETTERS]) < ROOT_START:
            return True
    return False


# --- prefixes of place and number -------------------------------------------------------

# Latin prefixes English fuses with the word they qualify ("extrabudgetary",
# "transboundary", "multilateral"), where Chinese writes a word of its own (预算外,
# "budget" + "outside"): each with the meaning it gives, in a word dictionaries gloss by.
PREFIX_MEANINGS = {"extra": "outside", "intra": "within", "inter": "between",
                   "trans": "across", "sub": "under", "multi": "many", "counter": "against",
                   "semi": "half", "pre": "before", "post": "after"}
_PREFIXED = re.compile(r"^(" + "|".join(sorted(PREFIX_MEANINGS, key=len, reverse=True))
                       + r")-?([a-z]{4,})$")


def prefixed_parts(word: str) -> tuple[str, str] | None:
    """(meaning of the prefix, base) of a lower-case word that may be a prefix of
    :data:`PREFIX_MEANINGS` fused with a base of four letters or more: "extrabudgetary"
    gives ("outside", "budgetary"). Only a possible reading ("present" is no "pre" +
    "sent"): the caller must find both parts meant by what the word is compared with."""
    match = _PREFIXED.match(word)
    return (PREFIX_MEANINGS[match.group(1)], match.group(2)) if match else None


# --- negating prefixes -----------------------------------------------------------------

# A prefix that makes a word say the opposite of its base: "non-nuclear-weapon",
# "anti-personnel", "unemployment", "inequality". Un- and in- are never hyphenated so
# ("UN-Habitat" is the United Nations'), non- and anti- either way. An unhyphenated
# prefix is only a possible reading ("international" is no negation of "ternational"):
# the caller must know the base as a word of its own.
_NEGATED = re.compile(r"(?<![^\W_])(?:(non|anti)(-?)|(un|in)())([^\W\d_]{3,})",
                      re.IGNORECASE)


def negated_bases(text: str) -> list[tuple[str, str]]:
    """(word, base) for each word of ``text`` that may be its base with a negating prefix
    (non-, anti-, un-, in-), in order: "non-nuclear-weapon States" gives
    ("non-nuclear", "nuclear"), "inequality" ("inequality", "equality"). A hyphenated
    base counts at least three letters, an unhyphenated one four."""
    found = []
    for match in _NEGATED.finditer(text):
        prefix = match.group(1) or match.group(3)
        hyphen = match.group(2) or ""
        base = match.group(5)
        if hyphen or len(base) >= 4:
            found.append((prefix + hyphen + base, base))
    return found


def lower_same_length(text: str) -> str:
    """``text`` in lower case, character by character, so that offsets in the result are
    offsets in ``text`` (``str.lower`` makes two characters of 'İ')."""
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


# --- the canonical form for term matching -------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A footnote marker glued to the word before it ("on Drugs and Crime1 provides"): one to
# three digits after a word that is not an acronym (G77, COVID19, SDG16 keep their digits).
_MARKED_WORD = re.compile(r"([^\W\d_]{2,})\d{1,3}")
_HYPHENS = frozenset("-‐‑")
_BREAK = "|"


@dataclass(frozen=True, slots=True)
class EnglishFolding:
    """Which folds :class:`EnglishCanon` applies to each word."""

    plurals: bool = True
    """Singular and plural (and possessive) forms are the same word."""
    hyphenation: bool = True
    """A hyphen between two words joins them as a space does."""
    spelling_variants: bool = True
    """British and American spellings are the same word."""
    verb_forms: bool = False
    """"implement", "implements", "implemented", "implementing" are the same word."""


def fold_word(token: str, folding: EnglishFolding) -> str:
    """One word as :class:`EnglishCanon` compares it: lower case, ’ as ', then folded."""
    word = token.lower().replace("’", "'")
    if folding.spelling_variants:
        word = american_spelling(word)
    if folding.plurals:
        word = singular(word)
    if folding.verb_forms:
        word = verb_stem(word)
    return word


@dataclass(slots=True)
class EnglishText:
    """A text with its canonical form and the map from canonical tokens back to it."""

    text: str
    canonical: str
    canon_starts: list[int]
    spans: list[tuple[int, int]]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in ``text`` of the canonical tokens within ``[start, end)``."""
        first = bisect_right(self.canon_starts, start) - 1
        last = bisect_right(self.canon_starts, end - 1) - 1
        return self.spans[first][0], self.spans[last][1]


@dataclass(slots=True)
class EnglishCanon:
    """Canonical forms ' w1 w2 | w3 ' of English texts: folded words between single
    spaces, and a break (|) wherever punctuation other than a joining hyphen stands, so
    that a term never spans "States. Parties". Memoised: a text's vocabulary is small."""

    folding: EnglishFolding = field(default_factory=EnglishFolding)
    _cache: dict[str, str] = field(default_factory=dict)

    def word(self, token: str) -> str:
        cached = self._cache.get(token)
        if cached is None:
            cached = self._cache[token] = fold_word(token, self.folding)
        return cached

    def prepare(self, text: str) -> EnglishText:
        """The canonical form of ``text``, with the offsets of its words."""
        parts: list[str] = [" "]
        starts: list[int] = []
        spans: list[tuple[int, int]] = []
        length = 1
        previous_end = -1
        cache, joins = self._cache, self._joins
        for m in _WORD.finditer(text):
            start, end = m.span()
            token = m.group()
            if token[-1].isdigit() and (marked := _MARKED_WORD.fullmatch(token)) \
                    and not marked[1].isupper():
                # The word without its marker; the marker, left in the gap, ends a term.
                token = marked[1]
                end = start + len(token)
            # A single space is the usual gap; anything else is looked at closely.
            if previous_end >= 0 and not (start == previous_end + 1
                                          and text[previous_end] == " ") and not joins(
                    text[previous_end:start]):
                parts.append(_BREAK + " ")
                length += 2
            word = cache.get(token)
            if word is None:
                word = self.word(token)
            starts.append(length)
            spans.append((start, end))
            parts.append(word)
            parts.append(" ")
            length += len(word) + 1
            previous_end = end
        return EnglishText(text, "".join(parts), starts, spans)

    def _joins(self, gap: str) -> bool:
        """Whether two words with ``gap`` between them can be inside one term."""
        if not gap or gap.isspace():
            return True
        if self.folding.hyphenation:
            return all(ch.isspace() or ch in _HYPHENS for ch in gap)
        return False

    def pattern(self, term_text: str) -> str:
        """The canonical form of a term, as searched for in canonical texts."""
        return self.prepare(term_text).canonical


__all__ = ["EnglishCanon", "EnglishFolding", "EnglishText", "american_spelling", "fold_word",
           "lower_same_length", "singular", "verb_stem"]
