"""A small synthetic parallel corpus with known answers (no third-party data), a
word-list stand-in for the bilingual dictionary, and the lines and words several test
files share."""

from __future__ import annotations

from collections.abc import Iterator

from termbase.align.lexicon import Lexicon, content_stems
from termbase.pair.corpus import MemoryCorpus, from_pairs
from termbase.pair.pairer import PairSettings
from termbase.pair.results import PairingReport, TermPairing


class WordListDictionary:
    """Each listed word means its English; everything else is unknown. It segments by
    the longest listed word and can list its entries, as CC-CEDICT can."""

    def __init__(self, words: dict[str, str]) -> None:
        self.words = words

    def segment(self, text: str) -> list[str]:
        out, rest = [], text
        while rest:
            word = next((w for w in sorted(self.words, key=len, reverse=True)
                         if rest.startswith(w)), rest[0])
            out.append(word)
            rest = rest[len(word):]
        return out

    def translations(self, word: str) -> frozenset[str]:
        return frozenset(content_stems(self.words[word])) if word in self.words else frozenset()

    def items(self) -> Iterator[tuple[str, frozenset[str]]]:
        return ((word, self.translations(word)) for word in self.words)

# 行动纲领 and 国际追查文书 are cited together, so "International Tracing Instrument"
# co-occurs with 行动纲领 as often as "Programme of Action" does in these lines: only
# competitive linking tells them apart.
PAIRS: list[tuple[str, str]] = [
    ("各国执行《行动纲领》和《国际追查文书》。",
     "States implement the Programme of Action and the International Tracing Instrument."),
    ("会议审查了《行动纲领》和《国际追查文书》的执行情况。",
     "The meeting reviewed the Programme of Action and the International Tracing Instrument."),
    ("《行动纲领》和《国际追查文书》是重要的文书。",
     "The Programme of Action and the International Tracing Instrument are key instruments."),
    ("大会通过了《行动纲领》。", "The General Assembly adopted the Programme of Action."),
    ("《国际追查文书》要求标识。", "The International Tracing Instrument requires marking."),
    ("大会第六十八届会议。", "Sixty-eighth session of the General Assembly."),
    ("大会决定继续审议。", "The General Assembly decided to continue its consideration."),
    ("大会请秘书长提交报告。", "The General Assembly requested the Secretary-General to report."),
    ("发展中国家需要援助。", "Developing countries need assistance."),
    ("许多发展中国家受到影响。", "Many developing countries are affected."),
    ("发展中国家的能力建设。", "Capacity-building in developing countries."),
    ("援助发展中国家。", "Assistance to developing countries and developing economies."),
    ("秘书长提交了报告。", "The Secretary-General submitted a report."),
    ("秘书长的说明。", "Note by the Secretary-General."),
    ("秘书长发言。", "The Secretary-General made a statement."),
    ("罕见术语出现一次。", "A rare term appears once."),
    ("各国应合作。", "States should cooperate."),
    ("会议于下午结束。", "The meeting ended in the afternoon."),
    ("报告已经提交。", "The report has been submitted."),
    ("他们在会议上发言。", "They spoke at the meeting."),
]


def corpus() -> MemoryCorpus:
    return from_pairs(PAIRS, document="synthetic")


def lower_cased(document: str = "lower") -> MemoryCorpus:
    """The same corpus with the English lower-cased (like MultiUN)."""
    return from_pairs([(zh, en.lower()) for zh, en in PAIRS], document=document)


# The words of a name longer than the candidates' ten-word cap (pairing's max_en_words).
LONG_NAMES = Lexicon.from_pairs([
    ("国际", "international"), ("贸易", "trade"), ("环境", "environment"),
    ("援助", "assistance"), ("合作", "cooperation"), ("宣言", "declaration"),
    ("联合国", "United Nations"), ("组织", "organization"), ("刚果", "Congo"), ("和", "harmony"),
])


# Pairs holding none of the tests' terms, around the few that do.
FILLER = [(f"第{n}项其他事项。", f"Other matter number {n}.") for n in range(60)]
# The lines are made up: the check for shifted lines is no concern here.
APART = PairSettings(check_alignment=False)


# 清洁能源区 (a weaker candidate around the term, rendered by the term's English) holds
# four of the five uses of 清洁能源.
ZONE_PAIRS = [
    ("各国在清洁能源区开展合作。", "States cooperate on clean energy."),
    ("清洁能源区的投资增加。", "Investment in clean energy grew."),
    ("支持清洁能源区的项目。", "Projects for clean energy are supported."),
    ("清洁能源区需要资金。", "Clean energy needs funds."),
    ("清洁能源是优先事项。", "Clean energy is a priority."),
    *FILLER,
]


def by_term(report: PairingReport) -> dict[str, TermPairing]:
    """Each term's pairing in ``report``."""
    return {p.term: p for p in report.pairings}
