"""The ``missing_target`` check: a source term none of whose approved equivalents is in the
aligned translation — an error, or a hint (info) when the draft gives a reason to think the
term is rendered otherwise (by its own words, an acronym, a longer name:
:mod:`termbase.check.renderings`; by a reference without its words:
:mod:`termbase.check.references`; by what the dictionary reads, one module a reason, asked
together in :func:`_dictionary_hints`) or used in another sense
(:mod:`termbase.check.other_sense`), or when the glossary entry is a general word the
translation may render by any of its senses (:mod:`termbase.check.general_word`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from termbase.check.absent import Absent, absent_concepts, miscased_term
from termbase.check.acronym_inside import (
    acronym_definitions,
    acronym_for_rest,
    acronym_of_longer_name,
    defined_acronym,
    glossary_acronym,
    title_acronym,
)
from termbase.check.adjective_use import adjective_renderings
from termbase.check.context import (
    CheckContext,
    SegmentView,
    approved_terms,
    ideograph_run,
    inside_title,
    is_ideograph,
    is_word_character,
    lang_terms,
    new_finding,
    quote,
    target_terms_present,
    title_around,
)
from termbase.check.empty_head import head_rendered_by_modifier
from termbase.check.findings import Finding, FindingKind
from termbase.check.first_word import first_word_rendered
from termbase.check.free_rendering import asked_words, rendered_freely
from termbase.check.general_word import general_word_misses
from termbase.check.glosses import Gloss
from termbase.check.learned import (
    not_standing,
)
from termbase.check.longer_source_word import (
    crossing_words_rendered,
    headed_words,
    longer_words_rendered,
)
from termbase.check.longer_word import derived_word, inside_longer_word, other_word_class
from termbase.check.matching import LanguageMatcher
from termbase.check.name_rest import Tokens, rests_rendered
from termbase.check.other_sense import (
    SENSE_MIN_SHARE,
    SENSE_MIN_UNITS,
    needs_sign,
    other_sense_signs,
    rarely_rendered_misses,
    rendering_share,
    sense_excused,
)
from termbase.check.references import (
    collective_noun,
    demonstrative_reference,
    first_person_reference,
    head_named_before,
    lower_case_head,
    recurring_references,
    reference_noun,
    unexplained_references,
    untranslated,
)
from termbase.check.renderings import (
    acronym_for_name,
    acronym_of_term,
    agentless_passive,
    clipped_name,
    is_name,
    kept_words,
    modified_agent_passive,
    name_for_longer_name,
    not_cut,
    numbered_part,
    opens_rendered_term,
    quoted_name,
)
from termbase.check.stand_ins import recurring_stand_ins
from termbase.check.verb_use import verb_rendering
from termbase.diagnostics import Severity
from termbase.match import TermHit


def check_missing_target(ctx: CheckContext) -> list[Finding]:
    """A source term whose approved equivalents are all absent from the aligned target.

    An error, unless the draft itself shows the source term is mostly used in another
    sense (see ``SENSE_MIN_SHARE``): then each miss is reported at info level, saying so.
    """
    if ctx.target is None:
        return []
    titled = _title_renderings(ctx)
    absent = [a for a in absent_concepts(ctx, ctx.target) if a.miscased is None
              and not _elliptic(ctx, ctx.target, a) and not _named_otherwise(ctx, a, titled)
              and not _scattered(ctx, ctx.target, a)]
    share = rendering_share(ctx, absent)
    not_words = _not_words(absent)
    unread = _untranslated_names(ctx, absent, share)
    sense_words = other_sense_signs(ctx, absent, share, unread)
    hints = {id(item): _hint(ctx, ctx.target, item, share[item.concept_id],
                             not_words.get(id(item), ""), sense_words.get(id(item), ""),
                             unread)
             for item in absent}
    recurring = recurring_references(ctx, ctx.target, [a for a in absent if not hints[id(a)]])
    hints.update((key, f"the draft refers to it as “{words}” in {n} of the {total} places "
                       f"where it is missing") for key, (words, n, total) in recurring.items())
    stand_ins = recurring_stand_ins(ctx, absent, [a for a in absent if not hints[id(a)]])
    hints.update((key, f"the draft names it by another glossary term, “{words}”, in {n} of "
                       f"the {total} places where it is missing")
                 for key, (words, n, total) in stand_ins.items())
    hints.update(_dictionary_hints(ctx, absent, [a for a in absent if not hints[id(a)]]))
    # Last: the draft's evidence on the concept as a whole, for the misses no reason of
    # their own line excused.
    unmarked = rarely_rendered_misses(ctx, absent, [a for a in absent if not hints[id(a)]],
                                       share)
    hints.update((key, f"the draft renders it so in only {share[cid][0]} of {share[cid][1]} "
                       f"places, and this line shows nothing that goes with that rendering: "
                       f"it may have another sense here") for key, cid in unmarked.items())
    # The entry's own nature, for the misses neither their line nor the draft excused;
    # not when the reviser requires every entry (CheckOptions.strict_terms).
    if not ctx.strict_terms:
        hints.update(_general_word_hints(ctx, [a for a in absent if not hints[id(a)]]))
    findings = []
    for item in absent:
        src_view, hit, expected = item.src_view, item.hit, item.expected
        found_src = src_view.segment.text[hit.start:hit.end]
        message = f"source term “{found_src}” but no {quote(expected)} in the translation"
        hint = hints[id(item)]
        finding = new_finding(
            FindingKind.MISSING_TARGET, item.unit.target[0].segment, ctx.target.lang,
            term=hit.term.text, found="", expected=expected, concept_id=item.concept_id,
            message=f"{message} ({hint})" if hint else message,
            fix=f"translate “{found_src}” as “{expected[0]}”",
            other=src_view, other_span=(hit.start, hit.end))
        findings.append(replace(finding, severity=Severity.INFO) if hint else finding)
    return findings


def _dictionary_hints(ctx: CheckContext, absent: Sequence[Absent], left: Sequence[Absent]
                      ) -> dict[int, str]:
    """The reasons the dictionary gives for the errors no other reason excused (``left``
    of all the draft's misses, ``absent``), by id(): the rest of a longer name rendered
    (:mod:`termbase.check.name_rest`), else a longer source word rendered otherwise
    (:func:`_longer_word_hints`, and the draft's own rendering of it,
    :mod:`termbase.check.longer_source_word`), else the modifier of a longer word the
    segmenter reads (:func:`termbase.check.longer_source_word.headed_words`), else a
    word read across the term's edge
    (:func:`termbase.check.longer_source_word.crossing_words_rendered`), else
    every word of the term rendered in other words (:mod:`termbase.check.free_rendering`),
    else a noun term rendered by the verb of its stem (:mod:`termbase.check.verb_use`),
    else a term modifying the agent that the translation's passive drops
    (:func:`termbase.check.renderings.modified_agent_passive`),
    else a noun modifying the next word rendered by the adjective of one of its senses
    (:mod:`termbase.check.adjective_use`),
    else its first word rendered before words of its own (:mod:`termbase.check.first_word`),
    else, without capitals, a reference nothing else explains
    (:mod:`termbase.check.references`).
    The dictionary is asked once, and only when there is something to ask."""
    named = [a for a in left if not_cut(a.unit) and _name_may_hold(ctx, a)]
    # Every run of ideographs of the error lines, which holds the rests' words too.
    asked = asked_words(left)
    if not asked:
        return {}
    from termbase.check.glosses import dictionary_glosses  # at call time: tests stand in for it

    known = dictionary_glosses(asked)
    heads = _name_heads(ctx) if ctx.case_blind else None
    hints = {key: f"it is part of a longer name, whose rest the translation renders: “{rest}”"
             for key, rest in rests_rendered(named, ctx.case_blind, lambda _: known,
                                             heads).items()}
    hints.update(_longer_word_hints(ctx, [a for a in left if id(a) not in hints], known))
    own = {key: f"it is part of the longer word “{longer}”, which the draft renders “{word}” "
                f"where the term is missing, as here"
           for key, (longer, word) in longer_words_rendered(
               ctx, absent, [a for a in left if id(a) not in hints]).items()}
    hints.update(_in_translating_pairs(ctx, left, own, known))
    headed = {key: f"it modifies the longer word “{longer}”, which names something else"
              for key, longer in headed_words(
                  ctx, [a for a in left if id(a) not in hints], known).items()}
    hints.update(_in_translating_pairs(ctx, left, headed, known))
    matcher = ctx.target
    assert matcher is not None  # only called for bilingual drafts
    joined = {id(a): words for a in left if id(a) not in hints and not_cut(a.unit)
              if (words := reference_noun(ctx, matcher, a, joined=True))}
    hints.update((key, f"the translation may refer to it as “{words}”")
                 for key, words in _in_translating_pairs(ctx, left, joined, known).items())
    crossing = {key: f"the line reads “{word}” across its edge, which the translation "
                     f"renders: “{english}”"
                for key, (word, english) in crossing_words_rendered(
                    [a for a in left if id(a) not in hints], known).items()}
    hints.update(_in_translating_pairs(ctx, left, crossing, known))
    free = rendered_freely([a for a in left if id(a) not in hints], known)
    hints.update((key, f"the translation renders each of its words, in other words: "
                       f"“{found}”") for key, found in free.items())
    verbs = {id(a): verb for a in left if id(a) not in hints
             if (verb := verb_rendering(ctx, matcher, a, known))}
    hints.update((key, f"the translation renders it as a verb of the same stem: “{verb}”")
                 for key, verb in verbs.items())
    agents = {id(a): passive for a in left if id(a) not in hints and not_cut(a.unit)
              if (passive := modified_agent_passive(a, known))}
    hints.update((key, f"it modifies the agent of the sentence, which the translation "
                       f"turns into the passive “{passive}”")
                 for key, passive in _in_translating_pairs(ctx, left, agents, known).items())
    adjectives = adjective_renderings([a for a in left if id(a) not in hints], known)
    hints.update((key, f"it modifies the word after it, which the translation says with the "
                       f"adjective of one of its senses: “{adjective}”")
                 for key, adjective in adjectives.items())
    first = first_word_rendered(
        ctx, [a for a in left if id(a) not in hints and not_cut(a.unit)], known)
    # Only a pair that translates its line shows a paraphrase (asked last: it costs more).
    first = _in_translating_pairs(ctx, left, first, known)
    hints.update((key, f"the translation renders its first word before words of its own: "
                       f"“{found}”, a paraphrase?") for key, found in first.items())
    references = unexplained_references(ctx, [a for a in left if id(a) not in hints], known)
    hints.update((key, f"the translation may refer to it as “{words}”, which nothing else "
                       f"of the line explains") for key, words in references.items())
    return hints


# The dictionary's other senses a general word's hint names (报告 has seven).
_SENSES_NAMED = 3


def _general_word_hints(ctx: CheckContext, left: Sequence[Absent]) -> dict[int, str]:
    """The errors ``left`` (by id()) whose glossary entry is a general word, in a pair
    that clearly translates its line (:mod:`termbase.check.general_word`): the
    dictionary's other senses, a translation's choice among them or a paraphrase."""
    asked = asked_words(left)
    if not asked:
        return {}
    from termbase.check.glosses import dictionary_glosses  # at call time: tests stand in for it

    general = general_word_misses(ctx, left, dictionary_glosses(asked))
    return {key: f"a general word the glossary gives one rendering of; the dictionary also "
                 f"gives {quote(others[:_SENSES_NAMED])}" if others else
                 "a general word the glossary renders as the dictionary does, which a "
                 "translation may say otherwise" for key, others in general.items()}


def _longer_word_hints(ctx: CheckContext, items: Sequence[Absent],
                       known: Mapping[str, Gloss]) -> dict[int, str]:
    """The items (by id()) whose longer source word the translation renders without the
    term's English: by the acronym of the longer name or title, or one the draft or the
    glossary defines for it (:mod:`termbase.check.acronym_inside`), or by its
    modifier's rendering where the term is an empty head
    (:mod:`termbase.check.empty_head`). Both read words anywhere in the translation,
    so only a pair that translates its line is excused (a misaligned one holds words
    of another sentence)."""
    hints = {}
    defined = acronym_definitions(ctx) if items else {}
    for item in items:
        acronym = acronym_of_longer_name(ctx, item, known) or title_acronym(ctx, item, known)
        if acronym:
            hints[id(item)] = (f"it is part of a longer name, which the translation gives "
                               f"by its acronym “{acronym}”")
            continue
        acronym = defined_acronym(ctx, item, defined) or glossary_acronym(ctx, item)
        if acronym:
            hints[id(item)] = (f"the translation gives it, or the longer name it is part "
                               f"of, by the acronym the draft or the glossary defines "
                               f"there: “{acronym}”")
            continue
        name = acronym_for_rest(ctx, item)
        if name:
            hints[id(item)] = (f"it is part of a longer name, which the translation gives "
                               f"by its own name and an acronym for the rest: “{name}”")
            continue
        word = head_rendered_by_modifier(item, known)
        if word:
            hints[id(item)] = (f"it heads a longer word, which the translation gives by "
                               f"its modifier's rendering “{word}”")
    return _in_translating_pairs(ctx, items, hints, known)


def _in_translating_pairs(ctx: CheckContext, items: Sequence[Absent], found: dict[int, str],
                          known: Mapping[str, Gloss]) -> dict[int, str]:
    """``found`` (by id() of ``items``) without the items whose pair does not translate its
    line (:func:`termbase.check.references.untranslated`): evidence read anywhere in such
    a translation may be words of another sentence."""
    if not found:
        return {}
    unread = untranslated(ctx, [a for a in items if id(a) in found], known)
    return {key: value for key, value in found.items() if key not in unread}


def _name_heads(ctx: CheckContext) -> dict[str, frozenset[str]]:
    """By the last ideograph of a source term, the stems of the English heads (last
    words) of the glossary's approved names of several words whose source term ends in
    it (会: "Review Conference", "Preparatory Committee", "General Assembly"): how the
    glossary itself renders the head of that kind of name."""
    source, target = ctx.source, ctx.target
    assert target is not None  # only called for bilingual drafts
    heads: dict[str, set[str]] = {}
    for concept in ctx.concepts.values():
        names = [t.text.split()[-1] for t in approved_terms(ctx, target, concept.id)
                 if is_name(t) and " " in t.text]
        for term in lang_terms(concept, source.lang):
            if names and is_ideograph(term.text[-1:]):
                heads.setdefault(term.text[-1], set()).update(
                    Tokens.stems_of(" ".join(names)))
    return {char: frozenset(stems) for char, stems in heads.items()}


def _name_may_hold(ctx: CheckContext, item: Absent) -> bool:
    """Whether a longer name the term is part of may account for its absence: always
    for a name (its English is rendered with the longer one's, or dropped in it) and
    for a common noun that modifies the longer name's head (外交与国际合作部, "the
    Ministry"). A common noun that ends the run of ideographs is its head: what goes
    before it only modifies it (信息社会世界峰会成果文件, the "outcome document" of the
    World Summit on the Information Society), so it is missing unless the translation
    holds each content word of one of its approved terms, in any order and form, as a
    name headed by it may ("Organisation Internationale de la Francophonie" for
    法语国家国际组织)."""
    matcher = ctx.target
    assert matcher is not None  # only called for bilingual drafts
    terms = approved_terms(ctx, matcher, item.concept_id)
    text, end = item.src_view.segment.text, item.hit.end
    if all(is_name(t) for t in terms) or (end < len(text) and is_word_character(text[end])):
        return True  # a name, or a common noun modifying the longer name's head
    stems = {s for view in item.unit.target for s in Tokens.stems_of(view.segment.text)}
    return any(set(Tokens.stems_of(" ".join(matcher.content_words(t)))) <= stems
               for t in terms if not is_name(t))


def _untranslated_names(ctx: CheckContext, absent: Sequence[Absent],
                        share: dict[str, tuple[int, int]]) -> frozenset[int]:
    """In a draft without capitals, the names (every approved rendering capitalised)
    the share would excuse whose translation does not translate the line
    (:func:`termbase.check.references.untranslated`: a cut or misaligned pair). The
    share says the term may have another sense in the translation; where the
    translation renders something else, only a sign in the line may say so, as in a
    draft with capitals (:func:`needs_sign`)."""
    if not ctx.case_blind:
        return frozenset()
    asked = [a for a in absent if a.named and sense_excused(share[a.concept_id])]
    words = asked_words(asked)
    if not words:
        return frozenset()
    from termbase.check.glosses import dictionary_glosses  # at call time: tests stand in for it

    return frozenset(untranslated(ctx, asked, dictionary_glosses(words)))


def _hint(ctx: CheckContext, matcher: LanguageMatcher, item: Absent,
          share: tuple[int, int], not_word: str, sense_word: str,
          unread: frozenset[int] = frozenset()) -> str:
    """Why a missing target term may be no error (the finding is then info), the first
    reason that holds; empty when none does. ``share`` is (units rendering the concept,
    units with it); ``not_word`` the dictionary's words where the term is none;
    ``sense_word`` the line's word the draft writes where the term is missing;
    ``unread`` the items whose pair does not translate the line
    (:func:`_untranslated_names`). (The last reason, the rest of a longer name
    rendered, is asked of all items together.)"""
    rendered, total = share
    if sense_word and sense_excused(share):
        return (f"the draft renders it so in only {rendered} of {total} places, and this "
                f"line has “{sense_word}”, as where it is not: it may have another sense "
                f"here")
    if sense_excused(share) and not needs_sign(ctx, item, unread):
        return (f"the draft renders it so in only {rendered} of {total} places: it may have "
                f"another sense here")
    trace = kept_words(ctx, matcher, item)
    if trace:
        return f"it has “{' '.join(trace)}” of it: a free rendering, or a word missing?"
    part = numbered_part(ctx, matcher, item)
    if part:
        return f"the translation names the part by its number: “{part}”"
    acronym = acronym_for_name(ctx, item)
    if acronym:
        return f"it opens a longer name, which may be the translation's “{acronym}”"
    acronym = acronym_of_term(ctx, item)
    if acronym:
        return f"the translation gives it by its acronym “{acronym}”"
    clipped = clipped_name(ctx, item)
    if clipped:
        return f"the translation gives it by a clipped form “{clipped}”"
    opened, its_rendering = opens_rendered_term(ctx, item)
    if opened:
        return (f"it opens the name “{opened}”, which the translation gives as "
                f"“{its_rendering}” without it")
    whole = not_cut(item.unit)
    passive = agentless_passive(item) if whole else ""
    if passive:
        return (f"it is the agent of the sentence, which the translation turns into the "
                f"passive “{passive}”")
    name = name_for_longer_name(ctx, item) if whole and _name_may_hold(ctx, item) else ""
    if name:
        return f"it is part of a longer name, which the translation may give as “{name}”"
    head = head_named_before(ctx, matcher, item) if whole else ""
    if head:
        return (f"it opens a longer name the draft gave in full before, which the "
                f"translation calls by its head: “{head}”")
    quoted = quoted_name(item)
    if quoted:
        return f"it is part of a quoted name, which the translation quotes as “{quoted}”"
    if not_word:
        return f"not a word here: the dictionary cuts “{not_word}”"
    reference = (reference_noun(ctx, matcher, item)
                 or demonstrative_reference(ctx, matcher, item)) if whole else ""
    if reference:
        return f"the translation may refer to it as “{reference}”"
    speaker = first_person_reference(item) if whole else ""
    if speaker:
        return f"the translation may speak as it: “{speaker}”"
    head = lower_case_head(ctx, matcher, item) if whole else ""
    if head:
        return f"the translation has its head “{head}”, which may refer to it"
    collective = collective_noun(ctx, matcher, item)
    if collective:
        return f"the translation may name them together as the “{collective}”"
    longer = inside_longer_word(ctx, matcher, item)
    if longer:
        return f"both sides hold it inside a longer word: the translation's “{longer}”"
    derived = derived_word(ctx, matcher, item)
    if derived:
        return f"the translation gives it in a word derived from it: “{derived}”"
    form = other_word_class(ctx, matcher, item)
    if form:
        return f"the translation gives it in another form of the same word: “{form}”"
    return ""



def _not_words(absent: Sequence[Absent]) -> dict[int, str]:
    """For each absent term (by id()) that jieba's dictionary cuts through where it
    occurs, the words the dictionary cuts there instead (联合国 in 联合国家方案, "joint
    country programming": "联合 国家"; 国际合作 in 国际合作伙伴, "international
    partners": "国际 合作伙伴"): a longest match of characters, not the term. A long
    term is asked too: no accident of characters holds it whole, but a word may take
    its edge (常驻联合国代表 in 常驻联合国代表团, "permanent mission": "代表团")."""
    asked: dict[int, tuple[str, list[str]]] = {}
    for item in absent:
        text, hit = item.src_view.segment.text, item.hit
        if not all(is_ideograph(ch) for ch in text[hit.start:hit.end]):
            continue  # title marks: no run to cut
        start, end = ideograph_run(text, hit.start, hit.end)
        if end - start > hit.end - hit.start:
            asked[id(item)] = (text[hit.start:hit.end], [text[start:end]])
    # Only where a cut falls inside the term (more than one word covers it): a term
    # wholly inside a longer word (弹药 in 武器弹药) may still be rendered by it.
    return {key: words for key, words in not_standing(asked).items() if " " in words}


def _scattered(ctx: CheckContext, matcher: LanguageMatcher, absent: Absent) -> bool:
    """Whether the translation has every content word of an approved term close
    together in another order ("States Members of the United Nations")."""
    return any(matcher.contains_scattered(view.prepared, term)
               for term in approved_terms(ctx, matcher, absent.concept_id)
               for view in absent.unit.target)


def _another_title(view: SegmentView, hit: TermHit) -> bool:
    """Whether the hit is a title term (《行动纲领》) standing inside a longer title or
    after 《…宣言》和: the title of another body's document (the Doha Programme of
    Action, the Beijing Platform for Action), which may be rendered without the term."""
    return hit.term.text.startswith("《") and inside_title(
        view.segment.text, hit.start, hit.end)


def _title_renderings(ctx: CheckContext) -> dict[tuple[str, str], tuple[int, int]]:
    """For each concept and source title term met as :func:`_another_title`: (units
    whose translation holds an approved rendering of the concept, in any case, units
    with it) — how the draft itself renders such titles."""
    matcher = ctx.target
    assert matcher is not None  # only called for bilingual drafts
    counts: dict[tuple[str, str], tuple[int, int]] = {}
    for unit in ctx.units:
        if not unit.target:
            continue
        keys = {(h.concept_id, h.term.text) for view in unit.source for h in view.hits
                if _another_title(view, h)}
        for cid, term in keys:
            concept = ctx.concepts[cid]
            # A lower-cased rendering still shows the title's English holds the term.
            present = (any(t.status.approved for t in target_terms_present(ctx, unit, concept))
                       or miscased_term(matcher, unit, concept) is not None)
            rendered, total = counts.get((cid, term), (0, 0))
            counts[cid, term] = (rendered + present, total + 1)
    return counts


def _title_a_term(view: SegmentView, hit: TermHit,
                  titled: dict[tuple[str, str], tuple[int, int]]) -> bool:
    """Whether the hit lies inside a 《…》 title whose rendering need not hold the term:
    a title that is itself a glossary term (its own finding judges the title's
    rendering), or a title term inside another body's title (:func:`_another_title`)
    unless the draft renders such titles by the glossary's English (``titled``: in at
    least SENSE_MIN_SHARE of SENSE_MIN_UNITS other places or more, "Programme of
    Action" in "the Doha Programme of Action"). A term inside any other title is checked
    as elsewhere: the title's English holds its rendering, or an excuse must say why not."""
    text = view.segment.text
    if not inside_title(text, hit.start, hit.end):
        return False
    if hit.term.text.startswith("《"):
        rendered, total = titled.get((hit.concept_id, hit.term.text), (0, 0))
        return not (total - 1 >= SENSE_MIN_UNITS
                    and rendered >= SENSE_MIN_SHARE * (total - 1))
    title = title_around(text, hit.start, hit.end)
    assert title is not None  # inside_title found one
    opening, closing = title
    if closing < 0:
        return True  # a title cut off: its extent is unknown
    return any(other.start <= opening + 1 and other.end >= closing
               for other in view.hits if other is not hit)


def _named_otherwise(ctx: CheckContext, absent: Absent,
                     titled: dict[tuple[str, str], tuple[int, int]]) -> bool:
    """Whether the source term is part of a longer name, which the translation renders
    as a whole: inside a title (联合国 in 《联合国宪章》, "the Charter"; see
    :func:`_title_a_term`), or with the head of the approved name standing alone or in
    another name ("the Assembly"; "World Health Assembly" for 世界卫生大会)."""
    hits = [(view, h) for view in absent.unit.source for h in view.hits
            if h.concept_id == absent.concept_id]
    if all(_title_a_term(view, h, titled) for view, h in hits):
        return True
    matcher = ctx.target
    assert matcher is not None  # only called for bilingual drafts
    terms = [t for t in lang_terms(ctx.concepts[absent.concept_id], matcher.lang)
             if t.status.approved]
    if any(matcher.contains_head(view.prepared, term)
           for view in absent.unit.target for term in terms):
        return True
    # A head before its modifier ("the Office" of "Office for Disarmament Affairs"):
    # a short form where the draft has given the name in full before.
    return any(matcher.contains_modified_head(view.prepared, term)
               for view in absent.unit.target for term in terms) and _named_before(
        ctx, absent)


def _named_before(ctx: CheckContext, absent: Absent) -> bool:
    """Whether a unit before the absent term's renders its concept by an approved term:
    the draft's own definition of a short form it uses after."""
    concept = ctx.concepts[absent.concept_id]
    for unit in ctx.units:
        if unit is absent.unit:
            return False
        if unit.target and any(t.status.approved
                               for t in target_terms_present(ctx, unit, concept)):
            return True
    return False


def _elliptic(ctx: CheckContext, matcher: LanguageMatcher, absent: Absent) -> bool:
    """Whether the translation gives the term in a coordination that shares its words
    ("non-governmental and other organizations", "regional and subregional
    organizations" for "regional organizations")."""
    terms = [t for t in lang_terms(ctx.concepts[absent.concept_id], matcher.lang)
             if t.status.approved]
    return any(matcher.contains_coordinated(view.prepared, term)
               for view in absent.unit.target for term in terms)
