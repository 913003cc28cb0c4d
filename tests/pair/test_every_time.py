"""A rare term's answer is what its English says every time, not the rarest phrase linked
twice (termbase.pair.answers.said_every_time)."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.answers import TermEvidence, said_every_time
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms
from termbase.pair.results import Candidate

LEXICON = Lexicon.from_pairs([
    ("常驻", "permanent"), ("联合国", "United Nations"), ("代表团", "delegation"),
    ("裂变", "fission"), ("材料", "material"), ("难民", "refugee"), ("法", "law"),
    ("成员", "member"), ("委员会", "committee"), ("执行", "execute"),
])

Stats = tuple[float, float, "float | None"]


def _evidence(term: str, kept: dict[str, int], stats: dict[str, Stats]) -> TermEvidence:
    return TermEvidence(term, kept, dict(kept), stats.get, {}, LEXICON, 2)


def _best(text: str, support: int, known: float | None) -> Candidate:
    return Candidate(text, 0.5, support, support, support, 0.8, 20.0, known)


def _every_time(best: Candidate, occurrences: int, ev: TermEvidence) -> str | None:
    return said_every_time(best, best.text.lower(), occurrences, 10.83, ev)


def test_a_phrase_linked_twice_gives_way_to_what_every_pair_says() -> None:
    kept = {"become a member of the executive committee": 2, "permanent mission": 3,
            "executive committee": 3, "secretary-general": 3}
    stats: dict[str, Stats] = {
        "become a member of the executive committee": (0.8, 15.0, 0.0),
        "permanent mission": (0.4, 14.0, 0.5), "executive committee": (0.5, 16.0, 0.0),
        "secretary-general": (0.3, 12.0, None)}
    ev = _evidence("常驻代表团", kept, stats)
    best = _best("become a member of the Executive Committee", 2, 0.0)
    assert _every_time(best, 3, ev) == "permanent mission"
    # Linked in more pairs than an answer needs, the best stands.
    assert _every_time(_best(best.text, 3, 0.0), 4, ev) is None
    # So does an answer the dictionary reads in full, and an acronym.
    assert _every_time(_best(best.text, 2, 1.0), 3, ev) is None
    assert _every_time(_best("UNHCR Executive Committee", 2, 0.0), 3, ev) is None
    # Not significant where it stands every time, or the whole text's company: no answer.
    common = {**stats, "permanent mission": (0.1, 14.0, 0.5)}
    assert _every_time(best, 3, _evidence("常驻代表团", kept, common)) is None
    weak = {**stats, "permanent mission": (0.4, 5.0, 0.5)}
    assert _every_time(best, 3, _evidence("常驻代表团", kept, weak)) is None


def test_a_name_s_head_is_said_every_time_but_a_shared_head_noun_is_no_answer() -> None:
    # The country inside the English name is the Chinese's, before the term.
    kept = {"permanent mission of guatemala to the united nations": 2,
            "permanent mission": 4, "united nations": 4}
    stats: dict[str, Stats] = {
        "permanent mission of guatemala to the united nations": (0.6, 20.0, 0.4),
        "permanent mission": (0.4, 20.0, 1 / 3), "united nations": (0.1, 12.0, 1 / 3)}
    best = _best("Permanent Mission of Guatemala to the United Nations", 2, 0.4)
    ev = _evidence("常驻联合国代表团", kept, stats)
    assert _every_time(best, 4, ev) == "permanent mission"
    # "material" is the head that "fissile material" and "fissionable material" share.
    kept = {"fissile material": 2, "material": 3}
    stats = {"fissile material": (0.8, 20.0, 0.5), "material": (0.3, 12.0, 0.5)}
    ev = _evidence("裂变材料", kept, stats)
    assert _every_time(_best("fissile material", 2, 0.5), 3, ev) is None
    # A coordinated term is not rendered by what one of its parts says every time.
    kept = {"central emergency response fund and country-based pooled funds": 2,
            "funding": 3}
    stats = {"central emergency response fund and country-based pooled funds":
             (0.8, 20.0, 0.5), "funding": (0.4, 20.0, 0.3)}
    ev = _evidence("中央应急基金和国家集合基金", kept, stats)
    best = _best("Central Emergency Response Fund and country-based pooled funds", 2, 0.5)
    assert _every_time(best, 3, ev) is None


_FILLER = [(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
           for n in range(1, 41)]


def test_pairing_answers_what_a_rare_term_s_english_says_every_time() -> None:
    pairs = [
        ("乌克兰常驻代表团请秘书长通报其成为执行委员会成员的请求。",
         "The Permanent Mission of Ukraine requests the Secretary-General to convey its "
         "request to become a member of the Executive Committee."),
        ("常驻代表团请秘书长通报危地马拉成为执行委员会成员的申请。",
         "The Permanent Mission requests the Secretary-General to convey the application "
         "of Guatemala to become a member of the Executive Committee."),
        ("常驻代表团向主席致意。", "The Permanent Mission presents its compliments to the Chair."),
        # "Permanent Mission" is said elsewhere too, so its Dice is the lower.
        *[(f"该国{n}号照会已分发。", f"Note {n} of the Permanent Mission was circulated.")
          for n in range(1, 5)],
        *_FILLER,
    ]
    settings = PairSettings(check_alignment=False)
    pairing = pair_terms(["常驻代表团"], from_pairs(pairs, "d"), lexicon=LEXICON,
                         settings=settings)[0]
    assert pairing.best is not None
    assert pairing.best.text == "Permanent Mission"
    assert pairing.best.support == 3 and len(pairing.best.examples) == 3
