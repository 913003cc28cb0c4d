"""Pair terms with their equivalents in a parallel corpus: the public entry point.

:func:`pair_terms` takes a list of Chinese terms (or English terms, ``direction="en"``)
and a corpus of segment pairs, and returns for each term its ranked candidate
equivalents with a score, the number of segment pairs that support each, and up to
three example pairs (document and line) — or an explicit abstention with the reason
when the evidence is too thin to answer.

Method, in three streaming passes (see :mod:`termbase.pair.counting`):

1. co-occurrence of each term with candidate n-grams of the other side, keeping each
   term's most frequent candidates after the containment rule
   (:func:`termbase.pair.ngrams.absorb_contained`);
2. corpus frequency of those candidates, giving the 2×2 table: Dice orders the
   competition, the log-likelihood ratio tests significance;
3. competitive linking in every segment pair, so indirect associations lose to the
   direct ones; the number of links is a candidate's support.

The final score is the share of the term's occurrences linked to the candidate (an
estimate of the probability that the term is rendered so), weighted by compositional
evidence from a dictionary when one is given.
English answers get the corpus' preferred casing (:mod:`termbase.pair.casing`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from termbase.align.lexicon import Lexicon
from termbase.errors import UsageError
from termbase.pair import counting
from termbase.pair.agreement import misaligned_notice, refuse_unaligned
from termbase.pair.answers import (
    MIN_UNREAD_DICE,
    TermEvidence,
    coded_name_inside,
    common_and_unread,
    entry_said,
    modifier_only,
    named_by_acronym,
    named_in_full,
    once_each,
    prefix_said_beside,
    read_beside,
    read_in_every_pair,
    said_every_time,
    said_instead_of_neighbour,
    settled_across_terms,
    shared_core,
    slash_side,
    spelled_apart,
    trimmed,
    whole_inside,
)
from termbase.pair.association import Table, dice, signed_log_likelihood
from termbase.pair.casing import (
    Tiers,
    cased_documents,
    phrase_casings,
    restore_casing,
    spelling_tiers,
    word_casings,
)
from termbase.pair.confirmed import confirm_rare
from termbase.pair.context import (
    completed_by_context,
    completes_longer_string,
    completes_past_reading,
    core_by_context,
    ends_inside_a_word,
    grown_by_head_beside,
    inside_longer_name,
    neighbour_rendering,
    runs_into_company,
    voice_possessive,
)
from termbase.pair.corpus import Corpus, FilteredCorpus, HeldCorpus, SegmentPair
from termbase.pair.defined import defined_name
from termbase.pair.dictionary import (
    Dictionary,
    evidence,
    extension_explained,
    read_by_a_lone_character,
    renders_just_the_term,
    says_opposite,
)
from termbase.pair.fragments import (
    figures_unsaid,
    time_of_day_unsaid,
    unsaid_alone,
    unsaid_beside,
)
from termbase.pair.learned import GlossCounts, Glosses, LearnedGlosses, Questions, glosses_task
from termbase.pair.nesting import nested_terms_again
from termbase.pair.ngrams import absorb_contained, is_coordination
from termbase.pair.phrases import candidate_key, cut_gloss, phrases_of
from termbase.pair.references import (
    fold_alias_examples,
    fold_aliases,
    head_aliases,
    linkable_aliases,
)
from termbase.pair.results import Candidate, Example, PairingReport, TermPairing
from termbase.pair.sources import PARALLEL_PAIRS, corpus_pairs
from termbase.pair.termhood import acronym
from termbase.pair.variants import spellings_to_keep

__all__ = ["Candidate", "Example", "PairSettings", "PairingReport", "TermPairing",
           "pair_terms", "pair_terms_report"]


@dataclass(frozen=True, slots=True)
class PairSettings:
    """Everything that shapes a pairing run (all of it goes into output signatures)."""

    direction: str = "zh"
    """Language of the terms: 'zh' (English equivalents) or 'en' (Chinese equivalents)."""
    max_en_words: int = 10
    candidates_per_term: int = 50
    """Candidates kept per term after pass 1, by co-occurrence count."""
    min_cooccurrence: int = 2
    """A candidate must co-occur with the term this often to be considered at all."""
    absorb_ratio: float = 0.6
    """Containment rule: a longer candidate with this share of a shorter one's
    co-occurrences replaces it."""
    min_support: int = 2
    """Links needed before answering."""
    min_share: float = 0.3
    """Share of the term's occurrences the best candidate must be linked in."""
    min_llr: float = 10.83
    """Log-likelihood ratio the best candidate needs (10.83: p < 0.001)."""
    dictionary_weight: float = 0.5
    """How much dictionary coverage moves the score (0: not at all)."""
    max_candidates: int = 5
    """Candidates reported per term."""
    max_entries: int = 20_000_000
    """Bound on pass-1 counters (term × candidate); beyond it the rarest are pruned."""
    workers: int = 1
    batch_size: int = 20_000
    """Pairs per counting task (a chunk of the corpus)."""
    engine: counting.Engine | None = None
    """Where counting runs (:func:`termbase.pair.engines.open_engine`); None: ``workers``
    local processes."""
    check_alignment: bool = True
    """Leave out segment pairs whose Chinese matches a neighbouring pair's English (or
    the other way round) better than its own (:mod:`termbase.pair.agreement`): line
    files shifted in places; more than half of them left out stops pairing with a
    FormatError (the sides are not aligned line by line). Needs a dictionary; off, every
    pair is trusted."""
    second_look: bool = False
    """Pair again the terms inside longer listed terms that get no English, and those the
    longer terms leave too few uses of their own (:mod:`termbase.pair.nesting`): for a
    list an extractor proposed, whose longer entries are often phrases around a term. A
    curated list's longer terms are names that own their uses; and each look is another
    counting run over the corpus."""

    def __post_init__(self) -> None:
        if self.direction not in ("zh", "en"):
            raise UsageError(f"pairing direction must be 'zh' or 'en', not {self.direction!r}")
        if self.workers < 1 or self.batch_size < 1:
            raise UsageError("workers and batch size must be at least 1")

    def items(self) -> dict[str, object]:
        """Settings as signature items (parallelism does not change results: left out)."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in ("workers", "batch_size", "engine")}


def pair_terms(terms: Iterable[str], corpus: Corpus, *, lexicon: Dictionary | None = None,
               settings: PairSettings = PairSettings(),
               concepts: Iterable[Sequence[str]] = ()) -> list[TermPairing]:
    """Ranked equivalents (or an abstention) for each distinct term, in input order
    (``concepts``: see :func:`pair_terms_report`)."""
    return list(pair_terms_report(terms, corpus, lexicon=lexicon, settings=settings,
                                  concepts=concepts).pairings)


def _score_factor(evidence: float | None, weight: float) -> float:
    # Unknown evidence sits halfway: it neither rewards nor condemns a candidate.
    return 1.0 - weight + weight * (0.5 if evidence is None else evidence)


def pair_terms_report(terms: Iterable[str], corpus: Corpus, *,
                      lexicon: Dictionary | None = None,
                      settings: PairSettings = PairSettings(),
                      concepts: Iterable[Sequence[str]] | None = ()) -> PairingReport:
    """:func:`pair_terms` with the run's counts (pairs read, candidates, pruning).

    A term's use inside a longer listed term belongs to the longer one; with
    ``settings.second_look``, only as long as the longer one proves a term of its own
    (:mod:`termbase.pair.nesting`).

    A short form answered only by the head word of its full form's name (经社理事会
    "Council" beside 经济及社会理事会 "Economic and Social Council") takes the name
    (:func:`termbase.pair.answers.named_as_full_form`), when the full form is a listed
    term it abbreviates or another form of its concept in ``concepts`` (each concept's
    forms: a glossary's or an extraction's variants). ``None`` leaves that to the caller:
    ``mine`` pairs two lists and names short forms across both.
    """
    return pair_terms_run(terms, corpus, lexicon=lexicon, settings=settings,
                          concepts=concepts)[0]


def pair_terms_run(terms: Iterable[str], corpus: Corpus, *,
                   lexicon: Dictionary | None = None,
                   settings: PairSettings = PairSettings(),
                   concepts: Iterable[Sequence[str]] | None = ()
                   ) -> tuple[PairingReport, Sequence[int]]:
    """:func:`pair_terms_report`, and the positions of the pairs it left out as
    misaligned: more terms paired on ``FilteredCorpus(corpus, left_out)`` without the
    alignment check count exactly as they would with it, at a fraction of the cost."""
    term_list = counting.dedupe_terms(terms, settings.direction)
    if not term_list:
        return PairingReport((), {"segment pairs": 0, "terms": 0}), ()
    corpus = read_once(corpus, settings)
    report, left_out = _pair_once(term_list, corpus, lexicon, settings)
    if settings.direction == "zh" and settings.second_look:
        # The second look reads the corpus as the first left it, its own-use check
        # included; the pairs found misaligned need not be found again.
        again = replace(settings, check_alignment=False)
        filtered = FilteredCorpus(corpus, left_out) if left_out else corpus
        report = nested_terms_again(
            term_list, report, filtered, settings.min_support,
            lambda terms: _pair_once(terms, filtered, lexicon, again)[0])
    if settings.direction == "zh" and concepts is not None:
        settled = settled_across_terms({p.term: p for p in report.pairings}, concepts,
                                       lexicon)
        report = replace(report, pairings=tuple(settled.values()))
    return report, left_out


HELD_PAIRS = PARALLEL_PAIRS
"""Segment pairs up to which a corpus counted in this process is read once and held in
memory for the whole run (:func:`read_once`): about 20 MB of UN text at most. From
:data:`~termbase.pair.sources.PARALLEL_PAIRS` on, worker processes count by default, each
reading its own chunks, and the corpus is streamed, as a large one must be."""


def read_once(corpus: Corpus, s: PairSettings) -> Corpus:
    """``corpus`` read into memory (:class:`~termbase.pair.corpus.HeldCorpus`) when
    counting runs in this process and it holds at most :data:`HELD_PAIRS` pairs; else
    as it is. A run reads its corpus in every counting pass, its rare-term rules and
    each of the second look's runs: a dozen times or more, decoded from the files each
    time; held, once. ``FilteredCorpus`` counts as the corpus it filters."""
    engine = s.engine
    here = (s.workers <= 1 if engine is None
            else isinstance(engine, counting.LocalEngine) and engine.workers <= 1)
    inner = corpus.corpus if isinstance(corpus, FilteredCorpus) else corpus
    pairs = corpus_pairs(inner)
    if not here or pairs is None or pairs > HELD_PAIRS:
        return corpus
    return HeldCorpus.of(corpus, s.batch_size)


def _pair_once(term_list: tuple[str, ...], corpus: Corpus, lexicon: Dictionary | None,
               s: PairSettings) -> tuple[PairingReport, Sequence[int]]:
    """One pairing run, and the positions of the pairs it left out as misaligned. Those
    pairs count nowhere, as if the corpus did not hold them."""
    lang = s.direction
    run: dict[str, Any] = {"workers": s.workers, "batch_size": s.batch_size,
                           "engine": s.engine}
    check = lexicon if s.check_alignment and isinstance(lexicon, Lexicon) else None

    # Pass 1: co-occurrence, then each term's candidate set.
    co = counting.run_sharded(
        counting.cooccurrence_task, corpus,
        (term_list, lang, s.max_en_words, s.max_entries // max(1, s.workers), check),
        merge=counting.Cooccurrence.merge, **run)
    refuse_unaligned(co.misaligned, co.pairs, co.misaligned_lines)
    left_out = co.misaligned_positions
    if left_out:
        # From here on the corpus is as if it did not hold them.
        corpus = FilteredCorpus(corpus, left_out)
    candidates: dict[int, dict[str, int]] = {}
    aliases: dict[int, dict[str, str]] = {}
    """term → head noun → the name it refers to (:mod:`termbase.pair.references`)."""
    for term, counts in co.joint.items():
        frequent = [(k, v) for k, v in counts.items() if v >= s.min_cooccurrence]
        # Among equally frequent candidates the longer go first: the maximal n-gram must
        # not be cut off by its own fragments.
        frequent.sort(key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
        kept = dict(frequent[: s.candidates_per_term])
        if lang == "zh":
            kept.update((k, counts[k])
                        for k in spellings_to_keep(frequent, s.candidates_per_term))
        extension_ok = renders_whole = lone_character = None
        if lexicon is not None:
            text = term_list[term]
            def extension_ok(longer: str, shorter: str, text: str = text) -> bool | None:
                return extension_explained(text, longer, shorter, lang, lexicon)
            if lang == "zh":
                def renders_whole(candidate: str, text: str = text) -> bool:
                    return renders_just_the_term(text, candidate, lexicon)
                def lone_character(longer: str, shorter: str, text: str = text) -> bool:
                    return read_by_a_lone_character(text, longer, shorter, lexicon)
        target_lang = "en" if lang == "zh" else "zh"
        dropped = absorb_contained(kept, target_lang, s.absorb_ratio,
                                   extension_ok=extension_ok, renders_whole=renders_whole,
                                   coordinated_term=is_coordination(term_list[term], lang),
                                   occurrences=co.term_counts[term],
                                   lone_character=lone_character)
        for key in dropped:
            del kept[key]
        if kept:
            candidates[term] = kept
            if lang == "zh":
                aliases[term] = head_aliases(dropped, kept)
    co.joint.clear()  # the largest structure of the run; not needed any more
    all_keys = frozenset(k for kept in candidates.values() for k in kept).union(
        *aliases.values())

    # Pass 2: candidate frequencies and spellings; association scores.
    marginals = counting.run_sharded(
        counting.marginals_task, corpus, (all_keys, lang, s.max_en_words),
        merge=counting.Marginals.merge, **run)
    n = co.pairs
    stats_of: dict[tuple[int, str], tuple[float, float, float | None]] = {}
    link_scores: dict[int, dict[str, float]] = {}
    weight = s.dictionary_weight if lexicon is not None else 0.0
    for term, kept in candidates.items():
        term_count = co.term_counts[term]
        for key, joint in kept.items():
            frequency = marginals.candidate_counts[key]
            llr = signed_log_likelihood(Table.of(joint, term_count, frequency, n))
            d = dice(joint, term_count, frequency)
            support = (None if lexicon is None
                       else evidence(term_list[term], key, lang, lexicon))
            stats_of[(term, key)] = (d, llr, support)
            # A rendering that negates what the term says is never linked to it, however
            # often the term stands inside its negated form (核武器国家 in 无核武器国家).
            if llr > 0 and not (lang == "zh" and lexicon is not None
                                and says_opposite(term_list[term], key, lexicon)):
                link_scores.setdefault(term, {})[key] = d * _score_factor(support, weight)
    cased = cased_documents(marginals.letters, marginals.capitals)
    casings: dict[str, str] = {}
    if cased and cased != frozenset(marginals.letters):
        # Casings serve only lower-cased documents' spellings (spelling_tiers' tier 2),
        # and only cased documents give them: a corpus without both needs none.
        running = counting.run_sharded(
            counting.running_words_task, corpus, (all_keys, lang, cased),
            merge=counting.merge_running_words, **run)
        casings = word_casings(running, cased) | phrase_casings(marginals.spellings, cased)
    corpus_spellings = spelling_tiers(marginals.spellings, cased, casings)
    for term, named in list(aliases.items()):
        aliases[term] = linkable_aliases(named, link_scores.get(term, {}),
                                         corpus_spellings)

    # Pass 3: competitive linking.
    links = counting.run_sharded(
        counting.links_task, corpus, (term_list, lang, s.max_en_words, link_scores),
        merge=counting.Links.merge, **run)

    def decide_all(glosses: Glosses | None) -> list[TermPairing]:
        decided = []
        for index, text in enumerate(term_list):
            linked = links.links.get(index)
            examples: Mapping[tuple[int, str], list[tuple[int, SegmentPair]]] = links.examples
            if linked and aliases.get(index):
                linked = fold_aliases(linked, aliases[index])
                examples = fold_alias_examples(index, examples, aliases[index],
                                               counting.MAX_EXAMPLES)
            decided.append(_decide(index, text, co.term_counts[index], linked,
                                   candidates.get(index, {}), marginals.candidate_counts,
                                   stats_of, examples,
                                   spelling_tiers(links.spellings.get(index, {}), cased,
                                                  casings),
                                   corpus_spellings, lexicon, s, glosses))
        return decided

    if lang == "zh" and lexicon is not None:
        # Decide once to learn which context words the dictionary cannot gloss, count
        # just those in one more pass, and decide again (:mod:`termbase.pair.learned`).
        questions = Questions()
        pairings = decide_all(questions)
        if questions.asked or questions.alone:
            learned = counting.run_sharded(glosses_task, corpus,
                                          (frozenset(questions.asked),
                                           frozenset(questions.alone)),
                                          merge=GlossCounts.merge, **run)
            pairings = decide_all(LearnedGlosses(learned))
    else:
        pairings = decide_all(None)
    if lang == "zh" and lexicon is not None:
        pairings = confirm_rare(pairings, corpus, lexicon, s.min_support)
    stats = {"segment pairs": n, "terms": len(term_list),
             "terms found": sum(1 for t in range(len(term_list)) if co.term_counts[t]),
             "candidates": len(all_keys), "pruned below": co.pruned_below,
             "misaligned pairs left out": co.misaligned}
    notice = misaligned_notice(co.misaligned, co.misaligned_lines)
    return PairingReport(tuple(pairings), stats, notice), left_out


def _decide(index: int, term: str, occurrences: int, linked: Counter[str] | None,
            kept: Mapping[str, int], frequencies: Mapping[str, int],
            stats_of: Mapping[tuple[int, str], tuple[float, float, float | None]],
            examples: Mapping[tuple[int, str], list[tuple[int, SegmentPair]]],
            own_spellings: Mapping[str, Tiers], corpus_spellings: Mapping[str, Tiers],
            lexicon: Dictionary | None,
            s: PairSettings, glosses: Glosses | None = None) -> TermPairing:
    """Rank one term's linked candidates and decide whether to answer."""
    def abstain(reason: str) -> TermPairing:
        return TermPairing(term, occurrences, (), reason, s.direction)

    if occurrences == 0:
        return abstain("the term does not occur in the corpus")
    if not kept:
        return abstain(f"no candidate co-occurs with the term in {s.min_cooccurrence} or "
                       f"more of its {occurrences} segment pair(s)")
    if not linked:
        return abstain("no candidate is associated with the term more than by chance")
    key_of: dict[str, str] = {}

    def candidate(key: str, support: int, found: Iterable[Example]) -> Candidate:
        d, llr, known = stats_of[(index, key)]
        text = (restore_casing(key, own_spellings.get(key), corpus_spellings.get(key),
                               common_noun_test=True)
                if s.direction == "zh" else key)
        score = (support / occurrences
                 * _score_factor(known, s.dictionary_weight if lexicon else 0.0))
        key_of[text] = key
        return Candidate(text, score, support, kept[key], frequencies[key], d, llr, known,
                         tuple(found))

    ranked = [candidate(key, support,
                        (Example.of(pair) for _, pair in examples.get((index, key), [])))
              for key, support in linked.items()]
    ranked.sort(key=lambda c: (-c.score, -c.support, c.text))
    ev = TermEvidence(term, kept, frequencies, lambda key: stats_of.get((index, key)),
                      corpus_spellings, lexicon, s.min_support, glosses)
    if s.direction == "zh":
        constant = said_every_time(ranked[0], key_of[ranked[0].text], occurrences,
                                   s.min_llr, ev)
        if constant is not None:
            # It stands in every pair of the term: every link's pairs are its examples.
            found = dict.fromkeys(e for c in ranked for e in c.examples)
            ranked.insert(0, candidate(constant, occurrences,
                                       list(found)[:counting.MAX_EXAMPLES]))
        if lexicon is not None:
            ranked[0] = read_beside(ranked, ev)
        ranked[0] = trimmed(ranked, ev)
        ranked[0] = prefix_said_beside(ranked, ev)  # the best as it is without a dictionary
        ranked[0] = slash_side(ranked[0], ev)
        if lexicon is not None:
            ranked[0] = entry_said(ranked, ev)
            ranked[0] = whole_inside(ranked[0], key_of.get(ranked[0].text), ev)
            ranked[0] = coded_name_inside(ranked[0], key_of.get(ranked[0].text), ev)
        ranked[0] = spelled_apart(ranked[0], key_of.get(ranked[0].text), ev)
        ranked[0] = named_in_full(ranked[0], ev)
        if lexicon is not None:
            core = core_by_context(term, ranked[0].text,
                                   [e.zh for e in ranked[0].examples], lexicon, glosses)
            core = completed_by_context(term, core,
                                        [(e.zh, e.en) for e in ranked[0].examples], lexicon,
                                        glosses, max_words=s.max_en_words)
            ranked[0] = replace(ranked[0], text=core)
            ranked[0] = named_by_acronym(ranked[0], ev)
        # An acronym the pair defines beside the term's parenthesised short form is the
        # short form's English; the name it spells out is the term's, with its links.
        name = defined_name(term, ranked[0].text,
                            [(e.zh, e.en) for e in ranked[0].examples])
        if name is not None:
            ranked[0] = replace(ranked[0], text=name)
    best = ranked[0]
    if best.support < s.min_support:
        return abstain(f"too little evidence: the best candidate '{best.text}' is supported "
                       f"by {best.support} segment pair(s), {s.min_support} needed")
    if best.llr < s.min_llr:
        return abstain(f"the best candidate '{best.text}' is not significantly associated "
                       f"with the term (log-likelihood {best.llr:.1f} < {s.min_llr})")
    if best.support < s.min_share * occurrences and s.direction == "zh":
        # The links may be split among renderings that extend one core.
        shared = shared_core(ranked, s.min_share * occurrences)
        if shared is not None:
            best = shared
            ranked = [best, *ranked[1:]]
    if best.support < s.min_share * occurrences:
        return abstain(f"no consistent rendering: the best candidate '{best.text}' is linked "
                       f"in {best.support} of the term's {occurrences} segment pairs")
    if s.direction == "zh":
        figures = figures_unsaid(term, best.text, [e.en for e in best.examples])
        if figures:
            return abstain(f"the best candidate '{best.text}' is part of a longer rendering: "
                           f"it leaves out {', '.join(sorted(figures))}, which the term "
                           f"states and all its examples say")
        part = time_of_day_unsaid(term, best.text, [e.en for e in best.examples])
        if part is not None:
            return abstain(f"the best candidate '{best.text}' is part of a longer rendering: "
                           f"it leaves out the time of day {part}, which all its examples "
                           f"state with the hour")
        possessive = voice_possessive(term, best.text, [e.zh for e in best.examples])
        if possessive is not None:
            return abstain(f"the best candidate '{best.text}' renders the sentence around "
                           f"the term: '{possessive}' says whose the thing is, which the "
                           f"term does not")
    if s.direction == "zh" and lexicon is not None:
        cut = cut_gloss(term, best.text, [e.en for e in best.examples], lexicon,
                        phrases_of(lexicon))
        if cut is not None and cut.whole is None:
            return abstain(f"the best candidate '{best.text}' is part of a longer rendering: "
                           f"its examples say the dictionary's '{cut.gloss}' around it, "
                           f"in more than one way")
        if cut is not None and cut.whole is not None and (
                not cut.added or kept.get(candidate_key(cut.whole), 0) >= best.cooccurrence):
            # The whole gloss stands around the answer in every example, and what it adds
            # is function words the lexicon drops ("on" of "on behalf of") or words the
            # corpus says wherever it says the answer: the answer grown to it is what
            # the pairs render. Words only the examples add may be their wording, and
            # the answer stands.
            best = replace(best, text=cut.whole)
            ranked = [best, *ranked[1:]]
    if s.direction == "zh" and lexicon is not None and neighbour_rendering(
            term, best.text, [e.zh for e in best.examples], lexicon, glosses):
        # Every link's pairs hold the term: their Chinese shows the company it keeps.
        held = list(dict.fromkeys(e for c in ranked for e in c.examples))
        own = said_instead_of_neighbour(occurrences, s.min_llr, [e.zh for e in held], ev)
        if own is None:
            return abstain(f"the best candidate '{best.text}' translates words beside the "
                           f"term in its sentences, not the term")
        # The neighbour's rendering is no alternative for the term either.
        best = candidate(own, occurrences, held[:counting.MAX_EXAMPLES])
        ranked = [best, *ranked[1:]]
    if s.direction == "zh" and lexicon is not None and best.method == "association":
        example_zh = [e.zh for e in best.examples]
        if runs_into_company(term, best.text, example_zh, lexicon, glosses):
            return abstain(f"the best candidate '{best.text}' runs on into the rendering of "
                           f"the word that follows the term in its sentences, and the "
                           f"dictionary cannot tell what of it is the term's")
        if inside_longer_name(term, best.text, example_zh, lexicon):
            return abstain(f"the best candidate '{best.text}' may render a longer name: the "
                           f"term stands inside the same longer Chinese in all its example "
                           f"pairs, and the dictionary reads none of the candidate in the term")
        longer = completes_longer_string(term, best.text, example_zh, lexicon, glosses)
        if longer is not None:
            return abstain(f"the best candidate '{best.text}' renders a longer string: "
                           f"'{longer}' translates the Chinese that follows the term in "
                           f"all its example pairs, not the term")
        inside = ends_inside_a_word(term, best.text, example_zh, lexicon)
        if inside is not None:
            return abstain(f"the best candidate '{best.text}' renders a longer string: the "
                           f"term ends inside a word of all its example pairs, and '{inside}' "
                           f"translates that word, which the term says only by a character")
        past = completes_past_reading(term, best.text, example_zh, lexicon)
        if past is not None:
            return abstain(f"the best candidate '{best.text}' renders a longer phrase: the "
                           f"term always stands before the same word, and '{past}' says more "
                           f"than the term, whose every word the rest of the candidate renders")
    if s.direction == "zh" and lexicon is not None and common_and_unread(best, lexicon):
        return abstain(f"the best candidate '{best.text}' is common in the corpus and the "
                       f"dictionary reads none of it in the term (Dice {best.dice:.3f} < "
                       f"{MIN_UNREAD_DICE}): its co-occurrence may be chance")
    if s.direction == "zh":
        reading = read_in_every_pair(best, occurrences, ev)
        if reading is not None:
            return abstain(f"the best candidate '{best.text}' translates no word of the term, "
                           f"and '{ev.spelled(reading)}', which does, stands in all of the "
                           f"term's {occurrences} segment pairs")
    if s.direction == "zh" and lexicon is not None and best.method == "association":
        unsaid = unsaid_beside(term, best.text, [e.en for e in best.examples], lexicon)
        if unsaid is not None:
            return abstain(f"the best candidate '{best.text}' is part of a longer rendering: "
                           f"its examples say the English of {unsaid} right beside it "
                           f"(half of them for a one-word answer, all for a longer one)")
        unsaid = unsaid_alone(term, best.text, [(e.zh, e.en) for e in best.examples],
                              lexicon, glosses)
        if unsaid is not None:
            return abstain(f"the best candidate '{best.text}' is part of a longer rendering: "
                           f"its examples also say what {unsaid} is rendered as where it "
                           f"stands outside the term")
    if s.direction == "zh" and lexicon is not None and best.method == "association" \
            and not modifier_only(term, best.text, lexicon) \
            and acronym(best.text, lexicon) is None:
        # Only an answer every rule above let stand, and no modifier the whole list
        # refuses without its noun (:func:`termbase.pair.answers.bare_heads_refused`):
        # a fragment they refuse is no answer to grow
        # (:func:`termbase.pair.context.grown_by_head_beside`). Nor an acronym no
        # dictionary entry glosses: a name, which may hold the head already ('KFOR',
        # the Kosovo Force, for 驻科部队; 'GDP' is glossed, and takes 'growth').
        grown = grown_by_head_beside(term, best.text,
                                     [(e.zh, e.en) for e in best.examples], lexicon, glosses,
                                     max_words=s.max_en_words)
        if grown != best.text:
            best = replace(best, text=grown)
            ranked = [best, *ranked[1:]]
    answered = once_each([c for c in ranked if c.support >= s.min_support] or [best])
    return TermPairing(term, occurrences, tuple(answered[: s.max_candidates]), "",
                       s.direction)
