"""Evidence that a source term missing from the translation is rendered otherwise there:
some of its words (kept, or all but one), its acronym or a clipped form, the longer name
it opens or is part of given by its acronym, a name, a quotation or without the term, the
part it names given by its number, a passive that drops it as the agent. References that
stand for the term without its words (a capitalised common noun, a demonstrative) are
:mod:`termbase.check.references`'."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from termbase.align.lexicon import stem
from termbase.check.absent import Absent, miscased_term
from termbase.check.context import (
    CheckContext,
    SegmentView,
    UnitView,
    approved_terms,
    is_ideograph,
    target_terms_present,
)
from termbase.check.glosses import Gloss, english_words
from termbase.check.matching import LanguageMatcher, PreparedText
from termbase.model import Term
from termbase.text.english import singular

# An acronym: three capitals or more, standing alone or before a number (UNSCR1540).
_ACRONYM = re.compile(r"(?<![\w-])([A-Z]{3,})(?:\d+)?(?![\w-])")


# Characters after which a source term no longer opens a longer name.
NAME_BREAKS = frozenset("的和与及或并在对向为于是了")


def acronym_for_name(ctx: CheckContext, absent: Absent) -> str:
    """An acronym of the translation that may render a longer name the source term
    opens (联合国开发计划署 → UNDP, 联合国安理会第1540号决议 → UNSCR1540): the source
    term is followed at once by two ideographs that are not grammar, and the
    translation has an acronym that is no glossary term of this unit and opens with
    the initials of one of the term's approved English names, as the longer name's
    acronym does ("un" of UNDP; an unrelated UNICEF or NPT elsewhere in the line is no
    evidence) — in a draft written without capitals, one also told by its letters
    (:func:`_lower_case_acronym`)."""
    view, hit = absent.src_view, absent.hit
    following = view.segment.text[hit.end:hit.end + 2]
    if len(following) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in following) or (
            following[0] in NAME_BREAKS):
        return ""
    known = {v.segment.text[h.start:h.end] for v in absent.unit.target for h in v.hits}
    for target in absent.unit.target:
        for m in _ACRONYM.finditer(target.segment.text):
            if m.group(1) not in known and _acronym_fits(m.group(1).lower(), absent.expected,
                                                            capitals=True):
                return m.group(0)
    return _lower_case_acronym(absent, {k.lower() for k in known}) if ctx.case_blind else ""


# A word a text without capitals may write an acronym as: letters only, and short; it
# may be joined by a hyphen to the acronym of a part of the body ("unu-wider"), or
# glued to a number, as an acronym in capitals may be ("unscr1540").
_LOWER_TOKEN = re.compile(r"(?<![\w-])[a-z]{3,8}(?=-[a-z]|\d+(?![\w-])|(?![\w-]))")


def _lower_case_acronym(absent: Absent, known: set[str]) -> str:
    """A token of a translation written without capitals that may be the acronym of the
    longer name the term opens ("unep", "unic", "undafs" for names opening with 联合国):
    it starts with the initials of one of the term's approved English names ("un" of
    "United Nations" or of "UN") and has letters after them, and it is no English word
    by the dictionary ("under", "unit" and "union" are). Case cannot tell an acronym
    there; initials of the name it opens and a word no dictionary holds can."""
    tokens = [m.group() for target in absent.unit.target
              for m in _LOWER_TOKEN.finditer(target.segment.text.lower())
              if m.group() not in known and _acronym_fits(m.group(), absent.expected,
                                                                     capitals=False)]
    if not tokens:
        return ""

    words = english_words(tokens)
    return next((t for t in tokens if t not in words), "")


def _acronym_fits(acronym: str, names: Sequence[str], *, capitals: bool) -> bool:
    """Whether a lower-cased acronym may be that of a longer name one of ``names`` opens:
    it opens with the name's initials (and, in a text without capitals, goes on: "undp"
    is no "un"). Written in capitals, it may also hold them in the reverse word order
    after its first letter, as a French or Spanish name puts them, the adjective after
    the noun (MINUSMA, "Mission … des Nations Unies …"; MONUSCO); without capitals a
    word could hold them by chance."""
    for name in names:
        initials = _initials(name)
        if len(initials) < 2:
            continue
        if acronym.startswith(initials) and (capitals or len(acronym) > len(initials)):
            return True
        if capitals and len(_name_words(name)) > 1 and acronym.find(initials[::-1], 1) > 0:
            return True
    return False


def _name_words(name: str) -> list[str]:
    """The words of a name an acronym keeps: small words aside."""
    return [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _ACRONYM_SKIPS]


def _initials(name: str) -> str:
    """The lower-case initials an acronym of ``name`` opens with: those of its words,
    small words aside ("un" of "United Nations"), or the name itself when it is an
    abbreviation in capitals ("UN")."""
    words = _name_words(name)
    if len(words) == 1:
        return words[0].lower() if words[0].isupper() else ""
    return "".join(w[0] for w in words).lower()


# Words an acronym leaves out ("United Nations Office on Drugs and Crime" → UNODC).
_ACRONYM_SKIPS = frozenset({"of", "on", "for", "and", "the", "in", "to", "at", "de", "la"})


def acronym_of_term(ctx: CheckContext, absent: Absent) -> str:
    """The acronym of one of the term's approved English names that the translation
    uses instead ("UNEP" for the United Nations Environment Programme, "UNDAFs"): the
    initials of its words, small words aside, standing as a word — in any case where the
    draft is written without capitals ("unep"), in capitals otherwise. Two initials are
    read only in capitals, of a name ("UN Member States" for the United Nations, "(EG)"
    for an Expert Group): without capitals two letters are often a word ("un", "eg"),
    and a common noun's initials name nothing."""
    for text in absent.expected:
        words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in _ACRONYM_SKIPS]
        if len(words) < (3 if ctx.case_blind or not all(w[:1].isupper() for w in words)
                         else 2):
            continue
        initials = "".join(w[0] for w in words).upper()
        pattern = re.compile(rf"(?<![\w-]){initials}s?(?![\w-])",
                             re.IGNORECASE if ctx.case_blind else 0)
        for target in absent.unit.target:
            m = pattern.search(target.segment.text)
            if m:
                return m.group()
    return ""


# A word that may be a clipped compound: letters only, a capital inside where the draft
# has capitals ("PrepCom", "ECOSOC"), and long enough to hold two clippings.
_CLIPPED_TOKEN = re.compile(r"(?<![\w-])[A-Za-z]{4,12}(?![\w-])")
_MIN_FIRST_CLIPPING = 2


def clipped_name(ctx: CheckContext, absent: Absent) -> str:
    """The clipped compound of one of the term's approved English names the translation
    uses instead ("prepcoms" for the Preparatory Committees, "ECOSOC" for the Economic
    and Social Council): the opening letters of each content word in turn, at least two
    of the first, one word of the translation that is no glossary term of the unit —
    in a draft written without capitals no English word by the dictionary either, in
    one with capitals a word with a capital inside. The initials alone are an acronym
    (:func:`acronym_of_term`)."""
    names = [[w.lower() for w in re.split(r"[\s-]+", text)
              if w and w.lower() not in _ACRONYM_SKIPS] for text in absent.expected]
    names = [words for words in names if len(words) >= 2]
    if not names:
        return ""
    known = {v.segment.text[h.start:h.end].lower() for v in absent.unit.target for h in v.hits}
    tokens = [m.group() for target in absent.unit.target
              for m in _CLIPPED_TOKEN.finditer(target.segment.text)
              if m.group().lower() not in known
              and (ctx.case_blind or any(c.isupper() for c in m.group()[1:]))
              and any(_clips(singular(m.group().lower()), words, _MIN_FIRST_CLIPPING)
                      for words in names)]
    if not tokens or not ctx.case_blind:
        return tokens[0] if tokens else ""

    words = english_words([t.lower() for t in tokens])
    return next((t for t in tokens if t.lower() not in words), "")


def _clips(token: str, words: Sequence[str], least: int = 1) -> bool:
    """Whether ``token`` is the opening letters of each of ``words`` in turn (at least
    ``least`` of the first, one of each other)."""
    if not words:
        return not token
    first = words[0]
    return any(_clips(token[k:], words[1:])
               for k in range(min(len(first), len(token)), least - 1, -1)
               if k and token[:k] == first[:k])


# A quoted stretch: a name set off by quotation marks ("联合国一体行动", “Delivering as
# One”). Chinese titles in 《》 are another matter (the glossary's own titles).
_QUOTED = re.compile(r"“([^“”]{2,80})”|\"([^\"]{2,80})\"|「([^「」]{2,80})」|‘([^‘’]{2,80})’")
_MAX_QUOTED_WORDS = 8


def quoted_name(absent: Absent) -> str:
    """The quoted name of the translation that renders the quoted name the source term
    is part of ("联合国一体行动" → "Delivering as one"): the term lies inside a quoted
    stretch longer than itself, both sides of the unit quote as many stretches, and
    the translation's stretch in the same place is a short name. A programme or
    slogan set in quotes is rendered whole, in words of its own; one quotation on each
    side in the same order is the evidence that they are the same name."""
    view, hit = absent.src_view, absent.hit
    sources = [(v, m) for v in absent.unit.source for m in _QUOTED.finditer(v.segment.text)]
    targets = [_quoted_text(m) for v in absent.unit.target
               for m in _QUOTED.finditer(v.segment.text)]
    if not sources or len(sources) != len(targets):
        return ""
    index = next((i for i, (v, m) in enumerate(sources)
                  if v is view and m.start() <= hit.start and hit.end <= m.end()
                  and len(_quoted_text(m)) > hit.end - hit.start), None)
    if index is None:
        return ""
    rendering = targets[index]
    return rendering if len(rendering.split()) <= _MAX_QUOTED_WORDS else ""


def _quoted_text(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g is not None)


def opens_rendered_term(ctx: CheckContext, absent: Absent) -> tuple[str, str]:
    """The glossary term the source term opens as its modifier, with nothing between
    (联合国 in 联合国大会, 联合国秘书长), and that term's rendering in the translation
    ("the General Assembly", "the Secretary-General"): English names the body by its
    own name and drops the modifier. The term must open the run of ideographs: one
    closing another name (世界土著人民大会成果文件) is that name's. That term written
    in another case ("the general assembly", as a text without capitals writes it)
    renders it too: a wrong case is its own finding (``term_case``), never a missing
    modifier. Empty when there is none."""
    text, hit = absent.src_view.segment.text, absent.hit
    if name_bounds(absent)[0] != hit.start or ctx.target is None:
        return "", ""
    for other in absent.src_view.hits:
        if other.start != hit.end or other.concept_id == absent.concept_id:
            continue
        concept = ctx.concepts[other.concept_id]
        present = target_terms_present(ctx, absent.unit, concept)
        if present:
            return text[other.start:other.end], present[0].text
        miscased = miscased_term(ctx.target, absent.unit, concept)
        if miscased is not None:
            view, _, (start, end) = miscased
            return text[other.start:other.end], view.segment.text[start:end]
    return "", ""


# A name in English: capitalised words, with the small words names hold between them
# ("Organisation Internationale de la Francophonie", "Special Envoy").
ENGLISH_NAME = re.compile(r"(?<![\w-])[A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|for|on|de|la|du|des|et)"
                   r"\s+)*[A-Z][\w’'-]*)*")


NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "de", "la", "du", "des", "et"})


def _longer_name(absent: Absent) -> tuple[str, str]:
    """The longer name the source term's occurrence is part of, and its ideographs
    beside the term (left and right, "|" between): two or more on one side that are
    neither grammar nor a clause (法语国家 of 法语国家国际组织, 特使 of 秘书长特使);
    glossary terms inside it count too. Empty when the term stands alone."""
    text, hit = absent.src_view.segment.text, absent.hit
    before, after = name_bounds(absent)
    left, right = text[before:hit.start], text[hit.end:after]
    if max(len(left), len(right)) < 2:
        return "", ""
    return text[before:after], f"{left}|{right}"


def name_bounds(absent: Absent) -> tuple[int, int]:
    """Where the run of ideographs around the source term's occurrence starts and ends,
    short of grammar (的, 和 …) and of a word that opens a clause: the longer name it
    may be part of."""
    text, hit = absent.src_view.segment.text, absent.hit
    before = hit.start
    while (before > 0 and is_ideograph(text[before - 1])
           and text[before - 1] not in NAME_BREAKS and not opens_clause(text[before - 1:])):
        before -= 1
    # The clause word the walk stopped at may end inside what it took: 根据 before
    # 联合国大会 stopped it at 根, so the run must start after 据, at the term.
    if before > 0:
        before = max(before, before - 1 + clause_word_length(text[before - 1:]))
    return min(before, hit.start), run_end(text, hit.end)


def run_end(text: str, start: int) -> int:
    """Where the run of ideographs from ``start`` ends, short of grammar and of a word
    that opens a clause."""
    end = start
    while (end < len(text) and is_ideograph(text[end])
           and text[end] not in NAME_BREAKS and not opens_clause(text[end:])):
        end += 1
    return end


def opens_clause(text: str) -> bool:
    """Whether ``text`` starts with a verb that opens a clause (请, 决定, 注意到) or a
    function word of two characters or more (根据, 以及), as the extractor knows them:
    a name ends before one."""
    return clause_word_length(text) > 0


def clause_word_length(text: str) -> int:
    """The length of the longest clause word ``text`` starts with (:func:`opens_clause`),
    0 when it starts with none."""
    from termbase.extract.filters import refuse_words

    for n in range(min(3, len(text)), 0, -1):
        refused = refuse_words((text[:n],))
        if refused == "clause" or (refused == "stop-start" and n > 1):
            return n
    return 0


# A translation with fewer letters than this many per source ideograph is cut or
# misaligned (UN English runs at about three): what it names says nothing of the rest.
_MIN_LETTERS_PER_IDEOGRAPH = 1.5


def not_cut(unit: UnitView) -> bool:
    ideographs = sum(1 for v in unit.source for ch in v.segment.text if is_ideograph(ch))
    letters = sum(1 for v in unit.target for ch in v.segment.text if ch.isalpha())
    return letters >= _MIN_LETTERS_PER_IDEOGRAPH * ideographs


def name_for_longer_name(ctx: CheckContext, absent: Absent) -> str:
    """A name of the translation that may render the longer name the source term is
    part of (秘书长特使 → "my Special Envoy", 联合国秘书长大湖区问题特使 → "the Special
    Envoy"): a capitalised name no glossary term of the unit explains, one of whose
    words the draft itself shows to render the rest of the longer name — evidence that
    the name is there, not only that the term is absent."""
    whole, rest = _longer_name(absent)
    if not whole:
        return ""
    known = [(h.start, h.end) for v in absent.unit.target for h in v.hits]
    if ctx.case_blind:
        return _lower_case_longer_name(ctx, absent, rest, known)
    for target in absent.unit.target:
        text = target.segment.text
        for m in ENGLISH_NAME.finditer(text):
            words = [w for w in m.group().split() if w not in NAME_SMALL_WORDS]
            # One word opening the line or a clause, past a numbering label ("6.
            # Consideration of …"), is capitalised by its place, not as a name.
            if (len(words) == 1 and _CLAUSE_START.search(text[:m.start()])) or any(
                    s < m.end() and m.start() < e for s, e in known):
                continue
            shown = [ctx.evidence.sources(word, absent.unit) for word in words]
            # A word the draft shows to render only something outside the longer
            # name speaks against it ("Kingdom" of 联合王国 beside 联合国大会).
            if any(pieces and all(p in rest for p in pieces) for pieces in shown) and all(
                    not pieces or any(_of_name(absent, p) for p in pieces)
                    for pieces in shown):
                return m.group()
    return ""


def _of_name(absent: Absent, piece: str) -> bool:
    """Whether ``piece``, ideographs the draft shows a word of the translation to render,
    stands in the longer name around the source term (:func:`name_bounds`) or across one
    of its edges. A grammar character that bounds the name may be inside a word of it
    (和 of 共和国, "Republic": 吉尔吉斯共和国常驻联合国代表, a signature's "Permanent
    Representative of the Kyrgyz Republic", is bounded at 国常驻…); a piece the draft
    renders that holds the bound's character and the name's next one shows the word
    going on. A piece wholly outside the name is another thing's ("Kingdom" of
    联合王国 beside 联合国大会)."""
    text = absent.src_view.segment.text
    before, after = name_bounds(absent)
    at = text.find(piece)
    while at >= 0:
        if at < after and at + len(piece) > before:
            return True
        at = text.find(piece, at + 1)
    return False


# Words that may open a lower-cased name's rendering: a name is determined ("the special
# envoy", "its preparatory commission"), which a loose run of words need not be.
_NAME_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "my", "our", "this"})
_MIN_SHOWN_NAME_WORDS = 2
_LOWER_NAME_WORD = re.compile(r"[a-z][\w’'-]*")


def _lower_case_longer_name(ctx: CheckContext, absent: Absent, rest: str,
                            known: Sequence[tuple[int, int]]) -> str:
    """Without capitals, the name that :func:`name_for_longer_name` looks for: capitals
    no longer mark where a name starts and ends, so the draft's own evidence must — a
    stretch of words right after a determiner, or the whole line (a title, a
    signature's "permanent representative of …"), joined only by blanks and the small
    words names hold, each of whose other words the draft shows to render part of the
    longer name, one of them only its rest ("the special envoy" for
    联合国秘书长大湖区问题特使). Only for a name (every approved rendering capitalised):
    a common noun missing beside a rendered head ("activities" of 能力建设活动) is the
    omission a reviser must see."""
    if not absent.named:
        return ""
    for target in absent.unit.target:
        text = target.segment.text
        words = [m for m in _LOWER_NAME_WORD.finditer(text)
                 if not any(s < m.end() and m.start() < e for s, e in known)]
        for i, first in enumerate(words):
            if first.group() in NAME_SMALL_WORDS:
                continue
            # A line that is the name alone (a title, a signature's "permanent
            # representative of …") opens it as a determiner does.
            if i == 0:
                found = _evidenced_stretch(ctx, absent, text, words, rest)
                if found and not re.search(r"\w", text.replace(found, "", 1)):
                    return found
                continue
            if (words[i - 1].group() not in _NAME_DETERMINERS
                    or text[words[i - 1].end():first.start()].strip()):
                continue
            found = _evidenced_stretch(ctx, absent, text, words[i:], rest)
            if found:
                return found
    return ""


def _evidenced_stretch(ctx: CheckContext, absent: Absent, text: str,
                       words: Sequence[re.Match[str]], rest: str) -> str:
    """The stretch from ``words[0]`` to its last word that the draft shows to render a
    piece of the longer name (:func:`_of_name`), going on past words it shows nothing of
    (a rare word of the name) and stopping at one it shows to render something else;
    found when two of its words or more are shown so, one of them rendering only pieces
    of ``rest``. One word alone is no name: any word of a long run of ideographs may
    render part of it."""
    end, shown, rest_shown = -1, 0, False
    for j, m in enumerate(words):
        if j and text[words[j - 1].end():m.start()].strip():
            break  # punctuation, a number or a glossary term: the name ended
        if m.group() in NAME_SMALL_WORDS:
            continue
        pieces = ctx.evidence.sources(m.group(), absent.unit)
        if not pieces:
            continue
        if not any(_of_name(absent, p) for p in pieces):
            break
        rest_shown = rest_shown or all(p in rest for p in pieces)
        end, shown = j, shown + 1
    if shown < _MIN_SHOWN_NAME_WORDS or not rest_shown:
        return ""
    return text[words[0].start():words[end].end()]


# A clause verb in the passive with no agent after it ("is invited to", "are requested").
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?"
                      r"(\w+(?:ed|en))\b(?!\s+by\b)", re.IGNORECASE)


# Where a clause opens: the segment's start or punctuation, a numbering label aside.
_CLAUSE_START = re.compile(r"(?:^|[，。；：:;,（(“\"])\s*"
                           r"(?:[(（]?[0-9a-z一二三四五六七八九十]+[.)）、．]\s*)*$")


def agentless_passive(absent: Absent) -> str:
    """The passive of the translation that drops the source term as the agent of its
    clause (秘书处请专家委员会注意… → "The Committee of Experts is invited to take
    note"): the term opens its clause, a clause verb follows it, and the translation
    holds a passive with no "by" after it."""
    view, hit = absent.src_view, absent.hit
    text = view.segment.text
    if not _CLAUSE_START.search(text[:hit.start]) or not opens_clause(text[hit.end:]):
        return ""
    for target in absent.unit.target:
        m = _PASSIVE.search(target.segment.text)
        if m:
            return m.group()
    return ""


# The head noun an agent's modifier may stand before: one dictionary word.
_HEAD_LENGTHS = range(4, 1, -1)
_ENGLISH_WORD = re.compile(r"[^\W\d_]+")


def modified_agent_passive(absent: Absent, known: Mapping[str, Gloss]) -> str:
    """The passive of the translation that drops the agent of its clause where the
    source term only modifies that agent (秘书处代表指出 "a representative of the
    Secretariat pointed out" → "it was pointed out"): the term opens its clause, a
    dictionary word that jieba tags a noun follows it (the agent's head: 代表), then a
    clause verb; the translation holds a passive with no "by" after it (nor after its
    particle: "pointed out by the Chair"), and nothing of
    the head (no "representative": the agent dropped whole, not its modifier alone).
    ``known`` holds the dictionary's glosses of the line's runs."""
    view, hit = absent.src_view, absent.hit
    text = view.segment.text
    if not _CLAUSE_START.search(text[:hit.start]):
        return ""
    for n in _HEAD_LENGTHS:
        head = text[hit.end:hit.end + n]
        gloss = known.get(head)
        if (gloss is None or len(head) < n or not gloss.tag.startswith("n")
                or not all(is_ideograph(ch) for ch in head)
                or not opens_clause(text[hit.end + n:])):
            continue
        stems = {stem(w.lower()) for target in absent.unit.target
                 for w in _ENGLISH_WORD.findall(target.segment.text)}
        if gloss.stems & stems:
            return ""
        for target in absent.unit.target:
            line = target.segment.text
            found = next((m for m in _PASSIVE.finditer(line)
                          if not _AGENT_AFTER.match(line, m.end())), None)
            if found:
                return found.group()
        return ""
    return ""


# The agent a passive names after its particle ("pointed out by the Chair").
_AGENT_AFTER = re.compile(r"\s+[a-z]+\s+by\b")


def is_name(term: Term) -> bool:
    """Whether an English term reads as a name: each of its content words capitalised."""
    words = [w for w in term.text.replace("-", " ").split() if len(w) > 3 or w[:1].isupper()]
    return bool(words) and all(w[:1].isupper() for w in words)


def kept_words(ctx: CheckContext, matcher: LanguageMatcher, absent: Absent) -> list[str]:
    """Content words of an approved term that the translation holds, its first one
    among them, the most for any one term. A translation keeping the word that sets the
    term apart ("international support", "international collaboration", "UN member")
    renders it freely, which a reviser judges; a real omission leaves no word of it, or
    only the general head ("intergovernmental and other organizations" has lost
    "non-governmental"), and stays an error. A name (its words capitalised) is given
    whole or not at all: its words elsewhere belong to other names ("Global Firearms
    Programme") or to common nouns ("programme of work") — unless the source joins it to
    another term the translation renders, and so names one thing by the two (联合国会员国,
    "UN member", "members of the United Nations"). A term of three content words or
    more with one word changed also counts (see ``_all_but_one``)."""
    best: list[str] = []
    joined = _joined_renderings(ctx, absent)
    # Each translation is read without other concepts' terms once, not once per term,
    # and only when a term is looked for.
    own_words: list[tuple[SegmentView, PreparedText]] | None = None
    for term in approved_terms(ctx, matcher, absent.concept_id):
        name = is_name(term)
        if name and not joined:
            continue
        if own_words is None:
            own_words = [(view, _without_other_terms(matcher, view, absent))
                         for view in absent.unit.target]
        first = next((w for w in matcher.pattern(term).split()
                      if w in matcher.content_words(term)), None)
        for view, prepared in own_words:
            words = matcher.shared_words(prepared, term)
            if len(words) <= len(best):
                continue
            keeps_first = first in words and (
                not name or _near(view.segment.text, first, joined.get(id(view), [])))
            if keeps_first or (not name and _all_but_one(matcher, view, term, words)):
                best = words
    return best


def _without_other_terms(matcher: LanguageMatcher, view: SegmentView, absent: Absent
                         ) -> PreparedText:
    """The translation with the glossary terms of other concepts blanked out: their
    words are theirs ("international" of "international cooperation" is no trace of
    "international community"; a translator who put one glossary term for another
    has left no free rendering)."""
    spans = [(h.start, h.end) for h in view.hits if h.concept_id != absent.concept_id]
    if not spans:
        return view.prepared
    text = view.segment.text
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return matcher.prepare(text)


def _all_but_one(matcher: LanguageMatcher, view: SegmentView, term: Term,
                 words: list[str]) -> bool:
    """Whether a term of three content words or more is there with one word changed,
    the others close together ("country, regional and global levels" for "national,
    regional and global levels"), or a term of four words or more with one word
    swapped in place: a free rendering, not an omission."""
    content = matcher.content_words(term)
    english = view.prepared.english
    if english is None:
        return False
    tokens = english.canonical.split()
    if _one_word_swapped(tokens, matcher.pattern(term).split()):
        return True
    if len(content) < 3 or len(set(words)) < len(content) - 1:
        return False
    reach = 2 * len(content) + 1
    places = [i for i, t in enumerate(tokens) if t in words]
    return any(len({tokens[j] for j in places if i <= j < i + reach}) >= len(content) - 1
               for i in places)


def _one_word_swapped(tokens: list[str], pattern: list[str]) -> bool:
    """Whether a term of four words or more stands in ``tokens`` with one word, not its
    last, replaced in place ("countries in a position to do so" for "States in a position
    to do so")."""
    n = len(pattern)
    return n >= 4 and any(
        sum(a != b for a, b in zip(tokens[i:i + n], pattern, strict=True)) == 1
        and tokens[i + n - 1] == pattern[-1] for i in range(len(tokens) - n + 1))


# What may stand between a term and the number of the part it names (临时议程项目24:
# 项目, "item"), and between the English head and that number ("agenda item 24").
_PART_LABEL = re.compile(r"[\u4e00-\u9fff]{0,3}?\s*(\d{1,4})(?!\d)")
_PART_WORDS = 2


def numbered_part(ctx: CheckContext, matcher: LanguageMatcher, absent: Absent) -> str:
    """The translation's head of the term naming a numbered part by its number, the
    rest of the term left to it (临时议程项目24, "agenda item 24": the provisional
    agenda's item): the source term is followed by a short label and a number, and the
    translation has the term's last word with that number at most two words after it."""
    text, hit = absent.src_view.segment.text, absent.hit
    label = _PART_LABEL.match(text, hit.end)
    if label is None:
        return ""
    number = label.group(1)
    for term in approved_terms(ctx, matcher, absent.concept_id):
        words = term.text.lower().split()
        if len(words) < 2:
            continue
        pattern = re.compile(rf"\b{re.escape(words[-1])}\w*(?:\s+[a-z]+){{0,{_PART_WORDS}}}"
                             rf"\s+{number}(?!\d)")
        for view in absent.unit.target:
            m = pattern.search(view.segment.text.lower())
            if m:
                return view.segment.text[m.start():m.end()]
    return ""


# Words at most between a name's word and the term it is joined to in the source
# ("members of the United Nations").
_JOINED_REACH = 3


def _near(text: str, word: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``word`` (folded) stands in ``text`` within _JOINED_REACH words of one
    of ``spans``."""
    for m in re.finditer(r"[^\W_]+", text):
        if singular(m.group().lower()) != word:
            continue
        for start, end in spans:
            between = text[m.end():start] if m.end() <= start else text[end:m.start()]
            if len(between.split()) <= _JOINED_REACH:
                return True
    return False


def _joined_renderings(ctx: CheckContext, absent: Absent) -> dict[int, list[tuple[int, int]]]:
    """Where the translation renders a source term that stands right before or after
    the absent one, with no character between: its target hits' spans, by target
    segment (id() of its view). Written in another case it renders it too ("members of
    the united nations", and "un member" in a draft without capitals): the case is
    ``term_case``'s finding."""
    hit = absent.hit
    joined = {h.concept_id for h in absent.src_view.hits if h.concept_id != absent.concept_id
              and (h.end == hit.start or h.start == hit.end)}
    out: dict[int, list[tuple[int, int]]] = {}
    for view in absent.unit.target:
        spans = [(h.start, h.end) for h in view.hits if h.concept_id in joined]
        if spans:
            out[id(view)] = spans
    for cid in sorted(joined):
        for view, span in _other_case_renderings(ctx, absent.unit, cid):
            out.setdefault(id(view), []).append(span)
    return out


def _other_case_renderings(ctx: CheckContext, unit: UnitView, concept_id: str
                           ) -> list[tuple[SegmentView, tuple[int, int]]]:
    """Where the unit's translation writes an approved term of the concept in another
    case: a name without its capitals, or, in a draft written without capitals, an
    abbreviation in lower case (a word of its own: "un" in "un member")."""
    matcher = ctx.target
    assert matcher is not None  # only asked of bilingual drafts
    found = []
    miscased = miscased_term(matcher, unit, ctx.concepts[concept_id])
    if miscased is not None:
        found.append((miscased[0], miscased[2]))
    if ctx.case_blind:
        for term in approved_terms(ctx, matcher, concept_id):
            if not matcher.abbreviated(term):
                continue
            pattern = re.compile(rf"(?<![\w-]){re.escape(term.text.lower())}(?![\w-])")
            found.extend((view, m.span()) for view in unit.target
                         for m in pattern.finditer(view.segment.text.lower()))
    return found
