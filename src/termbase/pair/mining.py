"""One-step mining: extract Chinese terms from the zh side of a corpus, then pair them.

The Chinese side of the parallel corpus is handed to term extraction
(:func:`termbase.extract.extract_terms`) as documents of consecutive lines, one group
per source document, so that extraction's evidence keeps the corpus' line numbers; a
shortlist of the best-ranked candidates, longer than asked for, is paired with
:func:`termbase.pair.pairer.pair_terms_report`, and the concepts asked for are kept by
their English as well (:mod:`termbase.pair.termhood`), surest first.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from itertools import groupby
from typing import TYPE_CHECKING, NamedTuple

from termbase.pair.answers import head_word_only, is_modifier, settled_across_terms
from termbase.pair.corpus import Corpus, FilteredCorpus
from termbase.pair.counting import TermFinder
from termbase.pair.dictionary import Dictionary
from termbase.pair.nesting import starved_terms_alone
from termbase.pair.ngrams import EnglishNgrams, KeySet
from termbase.pair.pairer import PairingReport, PairSettings, pair_terms_report, pair_terms_run
from termbase.pair.references import stands_whole
from termbase.pair.results import Candidate as Rendering
from termbase.pair.results import TermPairing
from termbase.pair.termhood import (
    Termhood,
    answer_names,
    rank_concepts,
    short_form_keys,
    short_form_of,
)
from termbase.signature import Signature

if TYPE_CHECKING:
    import pandas as pd

    from termbase.documents.model import Document
    from termbase.extract import Candidate, ExtractionResult
    from termbase.text.segment import Segmenter


@dataclass(frozen=True, slots=True)
class ChineseSide:
    """The zh side of a corpus as extraction documents; re-iterable, read lazily."""

    corpus: Corpus

    def __iter__(self) -> Iterator[Document]:
        from termbase.extract.lines import line_documents

        for name, pairs in groupby(self.corpus, key=lambda p: p.document):
            yield from line_documents(((p.line, p.zh) for p in pairs), name)


@dataclass(frozen=True, slots=True)
class MinedConcept:
    """A concept kept for the review sheet: the extractor's candidate and why it stands
    where it does."""

    candidate: Candidate
    termhood: Termhood


@dataclass(frozen=True, slots=True)
class MiningResult:
    report: PairingReport
    """The pairings of the kept concepts' forms, surest concept first."""
    extraction: ExtractionResult
    """Everything extracted, in the extractor's (Chinese-only) order."""
    signature: Signature | None = None
    """Provenance of the run (filled in by :func:`termbase.mine_terms`, which knows the files)."""
    concepts: tuple[MinedConcept, ...] = ()
    """The concepts kept, surest first (the order of :attr:`report`)."""
    dropped: tuple[MinedConcept, ...] = ()
    """The shortlist's other concepts, surest first: paired, but not kept (with the
    consistently rendered concepts from below it not kept)."""

    def to_frame(self) -> pd.DataFrame:
        """The pairings of the kept concepts' forms; columns in
        :func:`termbase.frames.pairings_frame`, then ``concept`` (the concept's place on
        the review sheet, 1 = surest) and ``termhood`` (why it stands there)."""
        frame = self.report.to_frame()
        place: dict[str, tuple[int, str]] = {}
        for number, mined in enumerate(self.concepts, 1):
            for form in mined.candidate.forms():
                place.setdefault(form, (number, mined.termhood.reason))
        frame["concept"] = [place.get(term, (None, ""))[0] for term in frame["term"]]
        frame["termhood"] = [place.get(term, (None, None))[1] for term in frame["term"]]
        return frame


SHORTLIST_FACTOR = 1.5
"""Concepts paired for each one kept: the English then picks the terms among them. 1.5
and 2 kept the same concepts on the development texts; 1.5 pairs fewer (benchmarks/README.md,
issue 12, session 26)."""

CONSISTENT_SUPPORT = 5
"""Pairs with one English answer that bring a candidate from below the shortlist into
``mine``'s choice, when they are :data:`CONSISTENT_SHARE` of its pairs or more."""

CONSISTENT_SHARE = 0.8
"""See :data:`CONSISTENT_SUPPORT`. A candidate short of it in all its pairs is measured
again among those where it stands outside the longer candidates listed (难民 'refugees'
beside 难民署 'UNHCR': 35 of 52 pairs, 27 of 29 free ones on MultiUN; session 33)."""

CONSISTENT_RANK = 1000
"""The Chinese rank a candidate from below the shortlist rendered alike in most of its
pairs counts as (the list's end if longer). Extraction ranks low the words a text uses
most, and nothing monolingual tells 儿童 or 裁军 from 政策 (issue 12). Nor does their
English: 政策 is 'policy' in 94 % of its pairs, 儿童 'children' in 82 %. But among those
used 10 times or more, gold concepts were 15 % on tuning and 18 % on MultiUN, against 3 %
of the concepts ``mine`` kept at places 901-1000; counted as the end of a 300 list, they
pushed gold concepts out on `peace` (@300 recall 0.764 -> 0.739). Session 32. A concept
of the shortlist's tail ranked beyond it counts as it too: the 16 or so raised on tuning and
on MultiUN held 2 and 3 gold concepts (session 33)."""

DEFAULT_MAX_TERMS = 1000
"""Terms mined by default: on the held-out gold list 300 found 61.5 % of the expected pairs
and 1,000 found 81 %, at accuracy 0.91 and 0.94 (benchmarks/README.md, issue 12, session
32); a longer review sheet is the cheaper miss for a terminologist."""


def mine(corpus: Corpus, *, tokenizer: Segmenter, lexicon: Dictionary | None = None,
         max_terms: int = DEFAULT_MAX_TERMS,
         pair_settings: PairSettings | None = None) -> MiningResult:
    """Extract Chinese terms from ``corpus``, pair every form of the best-ranked
    :data:`SHORTLIST_FACTOR` × ``max_terms`` concepts and keep the ``max_terms`` surest
    by their Chinese rank and their English (:func:`termbase.pair.termhood.rank_concepts`).
    The first ``max_terms`` are paired as one list, the rest of the shortlist as another;
    the candidates below the shortlist used :data:`CONSISTENT_SUPPORT` times or more as a
    third, and those one English answer renders in most of their pairs
    (:func:`_rendered_consistently`) are weighed too, as if ranked :data:`CONSISTENT_RANK`,
    as are those of the shortlist's tail ranked below it."""
    from termbase.extract import ExtractSettings, extract_terms

    # The extractor's list holds phrases around its terms: they get the second look.
    pair_settings = replace(pair_settings or PairSettings(), second_look=True)
    shortlist_size = math.ceil(SHORTLIST_FACTOR * max_terms)
    # Extraction runs in this process: its worker mode is its own business to tune.
    # It also lists the near-specific words it ranks below any shortlist (难民, 法治),
    # for their English to tell.
    settings = replace(ExtractSettings().sized_for(shortlist_size),
                       frequent_words=CONSISTENT_SUPPORT)
    extraction = extract_terms(ChineseSide(corpus), tokenizer=tokenizer, settings=settings)
    shortlist = extraction.candidates[:shortlist_size]
    # Every form of a concept is paired on its own: a short form (开发署) is rendered by
    # its own English (UNDP), which the full form's pairing would never show.
    head = _forms(shortlist[:max_terms])
    report, left_out = pair_terms_run(head, corpus, lexicon=lexicon, settings=pair_settings,
                                      concepts=None)
    # The rest of the shortlist is paired apart: a use inside a longer listed term is the
    # longer one's, and its longer phrases would take uses from the head's terms
    # (咨询意见, 营养不良 lost their English on `peace` when paired in one list); and on
    # the corpus as the first run left it, whose misaligned pairs are found once.
    aligned = FilteredCorpus(corpus, left_out) if left_out else corpus
    apart = replace(pair_settings, second_look=False, check_alignment=False)
    paired = set(head)
    tail = [form for form in _forms(shortlist[max_terms:]) if form not in paired]
    extra = (_tail_report(tail, report, aligned, lexicon, apart) if tail else None)
    pairings = {p.term: p for p in (*report.pairings, *(extra.pairings if extra else ()))}
    # Below the shortlist: the words a text uses most, which extraction ranks low and whose
    # English may tell a term (儿童, 'children') from a general word. Paired in a run of
    # their own: in one list with the shortlist's terms they changed some of their answers.
    below = [(index, candidate) for index, candidate
             in enumerate(extraction.candidates[shortlist_size:], shortlist_size + 1)
             if candidate.freq >= CONSISTENT_SUPPORT]
    seen = paired.union(tail)
    unpaired = [form for form in _forms(c for _, c in below) if form not in seen]
    if unpaired:
        run = pair_terms_report(unpaired, aligned, lexicon=lexicon, settings=apart,
                                concepts=None)
        pairings.update((p.term, p) for p in run.pairings)
    # The shortlist's tail is weighed as what stands below it: a concept there rendered
    # alike counts as ranked ``placed`` too, before the tail's other concepts.
    placed = max(max_terms, CONSISTENT_RANK)
    # A word that is also part of a name of its own (难民 of 难民署 'UNHCR') is rendered
    # there by the name's English: where it falls short of the share, its pairs outside
    # every longer candidate listed tell (counted for those few words only).
    near = {c.term: best.text for c in (*shortlist[placed:], *(c for _, c in below))
            if (best := _near_miss(pairings.get(c.term))) is not None}
    free = free_uses(near, _forms((*shortlist, *(c for _, c in below))), aligned)

    def consistent(candidate: Candidate) -> bool:
        return _rendered_consistently(pairings.get(candidate.term), free.get(candidate.term))

    below = [(index, c) for index, c in below if consistent(c)]
    listed = [*shortlist, *(c for _, c in below)]
    raised = {i: f"Chinese rank {i + 1}" for i in range(placed, len(shortlist))
              if consistent(shortlist[i])}
    raised.update((len(shortlist) + k, f"Chinese rank {rank} below the shortlist")
                  for k, (rank, _) in enumerate(below))
    # A short form answered by its full name's head word ("Council") takes the name;
    # any other answer that is a bare head word is no equivalent.
    pairings = settled_across_terms(pairings, (c.forms() for c in listed), lexicon)
    ranked = [MinedConcept(listed[i], _placed(termhood, i, raised[i], placed)
                           if i in raised else termhood)
              for i, termhood in rank_concepts(listed, whole_heads_unranked(pairings, lexicon),
                                               lexicon)]
    ranked.sort(key=lambda mined: mined.termhood.sort_key())  # stable: ties keep their order
    ranked = synonyms_folded(short_forms_folded(ranked))
    kept, dropped = tuple(ranked[:max_terms]), tuple(ranked[max_terms:])
    forms = _forms(m.candidate for m in kept)
    report = replace(report, pairings=tuple(pairings[form] for form in forms),
                     stats={**report.stats, "shortlist terms paired": len(tail),
                            "concepts kept": len(kept)})
    return MiningResult(report, extraction, concepts=kept, dropped=dropped)


def whole_heads_unranked(pairings: Mapping[str, TermPairing], lexicon: Dictionary | None
                         ) -> Mapping[str, TermPairing]:
    """``pairings`` as the concepts are ranked by: without the one-word answers that render
    only the last word of their term and stand as its whole English
    (:func:`termbase.pair.references.stands_whole`). Such an answer says what the term
    means, not that it is a term: a general word renders a phrase as wholly as a term's
    English does ('source' for the heading 资料来源, 'campaigns' for 宣传运动, beside
    'credentials' for 全权证书), and counted as English found it raised them above gold
    concepts on MultiUN at ``--max-terms`` 300 (东道国, 西非国家经济共同体). The concept is
    ranked as pairing left it before, and shown with its answer."""
    if lexicon is None:
        return pairings
    out = dict(pairings)
    for term, pairing in pairings.items():
        best = pairing.best
        if best is not None and best.method == "association" \
                and head_word_only(term, best.text, lexicon) and stands_whole(pairing, best):
            out[term] = replace(pairing, candidates=())
    return out


def short_forms_folded(ranked: list[MinedConcept]) -> list[MinedConcept]:
    """``ranked`` with each concept that is a short or full form of a surer one answered
    alike, or one by the acronym of the other's answer
    (:func:`termbase.pair.termhood.short_form_of`), folded into it: its forms become that
    one's variants, and its place goes to the next concept. A short form and its full
    form are one entry of a glossary (gold/README.md), and two places of ``--max-terms``
    spent on one concept leave another out (安理会 beside 安全理事会, 环境署 beside
    环境规划署, both 'UNEP'; 非洲经委会 'ECA' beside 非洲经济委员会 'Economic Commission
    for Africa')."""
    out: list[MinedConcept] = []
    # (answer_names, short_form_keys) → places in ``out``
    places: dict[tuple[str, str], list[int]] = {}
    for mined in ranked:
        english = mined.termhood.english
        if english is None:
            out.append(mined)
            continue
        forms = mined.candidate.forms()
        keys = [(name, key) for name in answer_names(english) for key in short_form_keys(forms)]
        into = min((number for key in keys for number in places.get(key, ())
                    if short_form_of(forms, english, out[number].candidate.forms(),
                                     out[number].termhood.english or "")), default=None)
        if into is None:
            into = len(out)
            out.append(mined)
        else:
            shorter = len(mined.candidate.term) < len(out[into].candidate.term)
            out[into] = _with_variant(out[into], mined,
                                      "short form" if shorter else "full form")
        for key in keys:
            if into not in places.setdefault(key, []):
                places[key].append(into)
    return out


def synonyms_folded(ranked: list[MinedConcept]) -> list[MinedConcept]:
    """``ranked`` with each concept answered exactly as a surer one, where no form of
    either holds a form of the other, folded into the first such concept as its variant
    ('synonym'); its place goes to the next concept. A term has one equivalent: two
    Chinese terms a text renders by one English are one entry of a glossary (受害人 and
    受害者 'victims', 会员国 and 成员国 'Member States', 难民问题全球契约 and 全球难民契约),
    and two places of ``--max-terms`` spent on them leave another concept out.
    A form held by another answered alike (a fragment, a phrase around a term) is the
    echo tier's business (:func:`termbase.pair.termhood.rank_concepts`), where the
    dictionary says which is the term: such a concept is folded into none, so that
    冠状病毒病 'COVID-19', kept beside 应对冠状病毒病疫情, does not become a variant of 疫情,
    a general word that took the same answer."""
    out: list[MinedConcept] = []
    places: dict[str, list[int]] = {}  # answer (case-folded) → its concepts in ``out``
    for mined in ranked:
        english = mined.termhood.english
        if english is None:
            out.append(mined)
            continue
        forms = mined.candidate.forms()
        alike = places.setdefault(english.casefold(), [])
        if not alike or any(_holds(forms, out[number].candidate.forms())
                            for number in alike):
            alike.append(len(out))
            out.append(mined)
            continue
        out[alike[0]] = _with_variant(out[alike[0]], mined, "synonym")
    return out


def _with_variant(into: MinedConcept, mined: MinedConcept, relation: str) -> MinedConcept:
    """``into`` with ``mined``'s term (as ``relation``) and its variants added to its
    variants, each form once."""
    from termbase.extract.model import Variant

    surer = into.candidate
    have = set(surer.forms())
    folded = (Variant(mined.candidate.term, relation, mined.candidate.freq),
              *mined.candidate.variants)
    return replace(into, candidate=replace(surer, variants=(
        *surer.variants, *(v for v in folded if v.term not in have))))


def _holds(forms: Iterable[str], other_forms: Iterable[str]) -> bool:
    """Whether a form of one list holds a form of the other (or is held by it)."""
    others = tuple(other_forms)
    return any(form != other and (form in other or other in form)
               for form in forms for other in others)


def _tail_report(tail: list[str], head: PairingReport, corpus: Corpus,
                 lexicon: Dictionary | None, settings: PairSettings) -> PairingReport:
    """The shortlist's tail paired, and its terms that longer tail terms leave without
    English paired alone (:func:`termbase.pair.nesting.starved_terms_alone`): there the
    longer is often a weaker candidate around the term (大规模毁灭性武器区 took every use
    of 大规模毁灭性武器 on `peace`). Only a term used on its own somewhere (outside the
    head's terms too): one always inside a longer name is a piece of it, answered by
    part of its English, and so is one whose answer is part of the English of a longer
    listed term holding it (办公室 'United Nations Office' of 联合国毒品和犯罪问题办公室,
    :func:`_part_of_holder`); both cost judged precision. The second look's release of
    the longer phrases found no more concepts in the tail and paired twice as many terms;
    it admitted their fragments."""
    report = pair_terms_report(tail, corpus, lexicon=lexicon, settings=settings,
                               concepts=None)
    terms = tuple(p.term for p in report.pairings)
    again = starved_terms_alone(
        terms, report, corpus, settings.min_support,
        lambda listed: pair_terms_report(listed, corpus, lexicon=lexicon,
                                         settings=settings, concepts=None),
        beside=[p.term for p in head.pairings])
    if again is report:
        return report
    answers = {p.term: p.best.text.casefold() for p in (*head.pairings, *report.pairings)
               if p.best is not None}
    return replace(again, pairings=tuple(
        first if second is not first and _part_of_holder(second, answers) else second
        for first, second in zip(report.pairings, again.pairings, strict=True)))


def _part_of_holder(pairing: TermPairing, answers: Mapping[str, str]) -> bool:
    """Whether the term's answer is part of the answer of a longer term holding it, and
    a piece of that name rather than the term's own English (:func:`_own_head_added`
    says when it is the term's own)."""
    if pairing.best is None:
        return False
    said = pairing.best.text.casefold()
    return any(pairing.term in term and term != pairing.term and said in english
               and said != english and not _own_head_added(pairing.term, said, term, english)
               for term, english in answers.items())


def _own_head_added(term: str, said: str, holder: str, english: str) -> bool:
    """Whether ``holder`` is ``term`` with a head noun added after it, which its English
    adds after the term's answer ``said``: the term is the modifier of the longer name,
    and its answer the term's own English (特遣队所属装备 'Contingent-owned Equipment', of
    特遣队所属装备干事 'Contingent-owned Equipment Officer'; 男子 'men' of 男子和男童 'men
    and boys'). Not an answer ending in a modifier, cut before the noun the name goes
    on to (全球大地测量 'global geodetic' of 全球大地测量参考框架), nor one inside a name
    that adds words before the term (办公室 'United Nations Office' of
    联合国毒品和犯罪问题办公室, 事务高级专员 'High Commissioner' of 联合国难民事务高级专员
    'United Nations High Commissioner for Refugees')."""
    return (holder.startswith(term) and english.startswith(f"{said} ")
            and not is_modifier(said.split()[-1], adjectives=True))


class FreeUses(NamedTuple):
    """A term's pairs where it stands outside every longer candidate listed."""

    pairs: int
    said: int
    """Those of them whose English says the term's answer."""


def free_uses(answers: Mapping[str, str], forms: Iterable[str],
              corpus: Corpus) -> dict[str, FreeUses]:
    """For each term of ``answers`` (term → its English answer), its pairs in ``corpus``
    where it stands outside every longer form of ``forms`` (难民 in 难民问题 but not in
    难民署), and how many of them say the answer: its key among the English's n-grams,
    as pairing counts them ('refugee' in 'refugees'). One Aho–Corasick pass over the
    Chinese, for these terms and the forms holding them."""
    if not answers:
        return {}
    terms = list(answers)
    longer = [form for form in dict.fromkeys(forms)
              if form not in answers and any(term in form for term in terms)]
    finder = TermFinder([*terms, *longer], "zh")
    english = EnglishNgrams(max_words=99, max_name_words=99)
    keys = [_key(english, answers[term]) for term in terms]
    wanted = KeySet.of((key for key in keys if key is not None), "en")
    pairs, said = [0] * len(terms), [0] * len(terms)
    for pair in corpus:
        found = [index for index in finder.find(pair.zh) if index < len(terms)]
        if not found:
            continue
        spoken = {span.key for span in english.spans(pair.en, within=wanted)}
        for index in found:
            pairs[index] += 1
            said[index] += keys[index] in spoken
    return {term: FreeUses(pairs[i], said[i]) for i, term in enumerate(terms)}


def _key(english: EnglishNgrams, answer: str) -> str | None:
    """The key pairing counts ``answer`` under: that of its longest n-gram, all of it."""
    spans = english.spans(answer)
    return max(spans, key=lambda span: span.end - span.start).key if spans else None


def _near_miss(pairing: TermPairing | None) -> Rendering | None:
    """The answer of a term :func:`_rendered_consistently` refuses for its share alone."""
    best = _whole_answer(pairing)
    if pairing is None or best is None or best.support < CONSISTENT_SUPPORT:
        return None
    return best if best.support < CONSISTENT_SHARE * pairing.occurrences else None


def _whole_answer(pairing: TermPairing | None) -> Rendering | None:
    """The term's answer if the dictionary reads it whole where it reads the term at all
    (every word it knows said, nothing foreign added)."""
    best = None if pairing is None else pairing.best
    return None if best is None or (best.dictionary is not None
                                    and best.dictionary < 1) else best


def _rendered_consistently(pairing: TermPairing | None, free: FreeUses | None = None
                           ) -> bool:
    """Whether one English answer renders the term in :data:`CONSISTENT_SHARE` of the
    pairs holding it, :data:`CONSISTENT_SUPPORT` or more, that the dictionary reads
    whole where it reads the term at all. A piece cut out of a longer name is rendered
    as consistently, by the English of part of it or of more (中东无 'Middle East',
    事务高级专员 'High Commissioner'). With ``free``, the share is counted among the pairs
    where the term stands free of longer candidates (:func:`free_uses`), as far as its
    links go: the pairs where it is part of a name of its own (难民署 'UNHCR') say that
    name's English. Those links count the pairs linking the term to a longer English
    holding the answer too (:func:`_links_holding`)."""
    best = _whole_answer(pairing)
    if pairing is None or best is None:
        return False
    support, pairs = best.support, pairing.occurrences
    if free is not None:
        support, pairs = min(_links_holding(pairing, best), free.said), free.pairs
    return support >= CONSISTENT_SUPPORT and support >= CONSISTENT_SHARE * pairs


def _links_holding(pairing: TermPairing, answer: Rendering) -> int:
    """The term's links to ``answer`` and to the longer English holding all of it as words:
    where the term qualifies a noun of the sentence that no candidate holds (知识产权保护,
    'intellectual property protection'), pairing links it to the phrase, whose English
    still renders the term by its answer (知识产权 'intellectual property': 5 links of 7
    pairs, 2 more to the phrase, on MultiUN). The free pairs saying the answer still
    bound the count."""
    said = f" {answer.text.casefold()} "
    return sum(candidate.support for candidate in pairing.candidates
               if said in f" {candidate.text.casefold()} ")


def _placed(termhood: Termhood, index: int, where: str, placed: int) -> Termhood:
    """The termhood of the candidate found at ``index`` of the concepts ranked (its score
    counts that place), as if the ``placed``-th; ``where`` tells its own place. Its reason
    opens with that place (``Chinese rank …``), which this one tells."""
    rest = termhood.reason.partition("; ")[2]
    return replace(termhood, score=termhood.score + math.log(index + 1) - math.log(placed),
                   reason=f"{where}, rendered alike in most of its pairs: counted as rank "
                          f"{placed}; {rest}")


def _forms(candidates: Iterable[Candidate]) -> list[str]:
    return list(dict.fromkeys(form for candidate in candidates for form in candidate.forms()))
