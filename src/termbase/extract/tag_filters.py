"""Drafts left out by what jieba's dictionary says of their words.

The part-of-speech tags refuse single words that name no concept (places, persons,
verbs, function words), n-grams whose edge or inside words cannot open, hold or close a
term, names run across a clause, and a verb before its object (:func:`drop_by_tags`,
:func:`drop_verb_phrases`); the dictionary's parts of a fixed expression refuse the
clause fragments it lists as one word (:func:`drop_fixed_clauses`). Run on the drafts of
:mod:`termbase.extract.drafts` before they are scored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet

from termbase.extract.candidates import (
    MIN_NAME_CHARS,
    SEPARATOR,
    is_back_reference,
    is_name_head,
    is_post,
)
from termbase.extract.drafts import COUNTED_SOURCES, Draft
from termbase.extract.filters import (
    RESOLUTION_VERBS,
    heads_relative,
    is_function_word,
    is_numeral_word,
    names_question,
    refuse_words,
    relates_head,
)
from termbase.extract.ranking import is_general_word
from termbase.extract.statistics import Counts
from termbase.text.chinese import ZH_CONJUNCTIONS, has_cjk
from termbase.text.segment import FrequencyModel, Segmenter, Tagger

# jieba's tags for words that are not terms: places and persons (named entities, not
# terminology), and function words, adverbs, adjectives, idioms, verbs, and verbal nouns
# (监测 monitoring, 合作 cooperation: alone they name an activity, not a concept; terms
# built on one, 能力建设, stay, and so does one of the text's field: is_field_activity).
# Not 'l' (fixed expressions): jieba files 发展中国家 and 化学武器 under it.
_NON_TERM_TAGS = frozenset({
    "ns", "nr", "nrt", "nrfg", "ng", "t", "m", "q", "r", "p", "c", "u", "d", "a", "ad", "ag",
    "i", "v", "vd", "vn", "e", "y", "o", "f", "s", "z", "zg", "b"})

# jieba's tags of places, and of the names it transliterates (a place's or a person's):
# what a question on the agenda is named after (巴勒斯坦|问题, 塞浦路斯|问题).
_PLACE_TAGS = frozenset({"ns", "nrt"})

# The reasons of edge_tag_reason that concern the words before the head (a pronoun, numeral
# or classifier opening the n-gram or inside it, two verbs coordinated, a word relating the
# head to the clause right before it): such an n-gram is a piece of a clause or of a longer
# word, not a name of the word it ends with.
_CLAUSE_PIECE_REASONS = frozenset({"tag-start", "tag-inside", "verb-coordination",
                                   "relation", "predicate"})

# A term's head is nominal and its first word a modifier: a multiword n-gram that ends in
# a numeral, pronoun, adverb, locative (政府间, 北部, 之前), place name, preposition,
# conjunction, classifier or particle (更好地), or opens with a pronoun, numeral,
# classifier or suffix (他收到, 每个国家, 一架, 名儿童), is a piece of a clause. A name
# jieba transliterates ('nrt': 南斯拉夫, 加勒比, 多哈) is a place's or a person's, as 'ns'
# is: 前南斯拉夫 (the former Yugoslavia), 拉丁美洲和加勒比 are places, not terms. Tags, not
# word lists, so the rule holds for words no list foresaw.
_NON_HEAD_TAGS = frozenset({"m", "r", "d", "f", "ns", "nrt", "p", "c", "q", "u", "uv",
                            "y", "e", "o"})
_NON_MODIFIER_TAGS = frozenset({"r", "m", "q", "k", "p", "u", "uv"})
# Inside a term there is no pronoun, classifier or adverbial particle (奉|我国|政府|指示,
# 实现|这些|目标): no tuning gold term has one; 48 tuning n-grams that pass the other
# rules do.
_NOT_INSIDE_TAGS = frozenset({"r", "q", "uv"})


def edge_tag_reason(words: Sequence[str], tags: dict[str, str]) -> str | None:
    """Why the tags of the words of the multiword n-gram ``words`` refuse it, or None.

    An ordinal (第五委员会) or a word built on a count (两年期) may open a name. A word
    before a single character is not judged: the segmenter may have split a word there
    (任|择|议定书, 任 read as a pronoun). A last word of three characters or more is
    judged after a single character too (前|南斯拉夫, 拉丁美洲|和|加勒比): a word that
    long is the dictionary's whole word, no piece of a split one (埃|博拉, Ebola, is).
    A function word right before the head relates it to the clause (:func:`relates_head`:
    联合国|相关|机构); jieba tags 相关 as a verb, so no tag says so. A verb after a body or a
    post predicates of it (:func:`is_predicated`: 会议|开幕)."""
    first, last = words[0], words[-1]
    if tags.get(last) in _NON_HEAD_TAGS and (len(words[-2]) > 1 or len(last) > 2) \
            and not heads_relative(words):
        return "tag-end"
    if (tags.get(first) in _NON_MODIFIER_TAGS and len(words[1]) > 1
            and not first.startswith("第") and not is_numeral_word(first)):
        return "tag-start"
    if relates_head(words):
        return "relation"
    if is_predicated(words, tags):
        return "predicate"
    return _inside_tag_reason(words, tags)


def is_predicated(words: Sequence[str], tags: dict[str, str]) -> bool:
    """Whether the n-gram ``words`` ends with a verb said of the body or the office-holder
    before it: a head of names (会议, 大会, 法庭, 组织: :func:`is_name_head`) or the title
    of a post held by one person (观察员, 报告员: :func:`is_office_title`) right before a
    last word jieba tags as a verb (会议|开幕 "the meeting opens", 缔约方|大会|不妨 "the
    Conference may wish to", 巴勒斯坦国|观察员|发言 "the observer of the State of Palestine
    speaks"). A Chinese noun phrase ends with its head, and the head word of a body or a
    post's title names the one who acts, so after it a verb predicates: the subject and
    its predicate, not a name. jieba tags some nominal heads as verbs (预算, 协定, 安排,
    配置), but these follow modifiers (方案|预算, 保障监督|协定) or a collective noun
    (人员|配置 staffing), not a body or an office; a last word that is a head of names
    itself (成员|组织, tagged as a verb) ends a name. Words of two characters or more
    only: a single character may be a piece of a word the segmenter split."""
    last, before = words[-1], words[-2]
    return (len(last) > 1 and len(before) > 1 and tags.get(last) == "v"
            and not is_name_head(last) and (is_name_head(before) or is_office_title(before)))


# The characters of the stem before an agentive suffix from which a word is the title of
# an office (see is_office_title).
_OFFICE_STEM_CHARS = 2


def is_office_title(word: str) -> bool:
    """Whether ``word`` is the title of a post one person holds: an agentive suffix
    (:func:`is_post`) after a stem of :data:`_OFFICE_STEM_CHARS` characters or more that
    says what the holder does (观察|员 observer, 报告|员 rapporteur, 检察|官 prosecutor,
    高级|专员). After a single character the suffix makes the words for kinds of people
    (人|员 personnel, 官|员 officials, 成|员 members, 职|员 staff): collective nouns, which
    modify a head as often as they act (人员|配置 staffing, 人员|编制), where a title of
    office names the one who speaks or decides. Word formation, not a list of posts."""
    return is_post(word) and len(word) - 1 >= _OFFICE_STEM_CHARS


def _inside_tag_reason(words: Sequence[str], tags: dict[str, str]) -> str | None:
    """A pronoun, classifier or particle inside. A single character counts only between
    two longer words (联合国|各|机构), where it is not a piece of a split word. Two
    verbs joined by a conjunction (预防|和|打击|恐怖主义, 增进|和|保护|人权, 签署|和|批准)
    share an object or a subject: a predicate, not a name."""
    for i in range(1, len(words) - 1):
        word = words[i]
        if tags.get(word) in _NOT_INSIDE_TAGS and (
                len(word) > 1 or (len(words[i - 1]) > 1 and len(words[i + 1]) > 1)):
            return "tag-inside"
        if word in ZH_CONJUNCTIONS and tags.get(words[i - 1]) == "v" == tags.get(words[i + 1]):
            return "verb-coordination"
    return None


def _name_inside_reason(words: Sequence[str], tags: dict[str, str]) -> str | None:
    """Why the inside of a name refuses it, or None. The word before the head is judged
    as an n-gram's inside is (联合国|各|机构: "the various United Nations agencies").
    Deeper inside, an official name may hold a one-character pronoun
    (…贸易|各|方面|问题|大会), never a longer one: 联合国|其他|人道主义|机构 and
    联合国系统|其他|组织 are "other" bodies, 第一委员会|本届|会议 a meeting of one."""
    if any(len(w) > 1 and tags.get(w) in _NOT_INSIDE_TAGS for w in words[1:-1]):
        return "tag-inside"
    if relates_head(words):
        return "relation"
    if not RESOLUTION_VERBS.isdisjoint(words[1:-1]):
        # A resolution's verb says what a speaker does (政府|深信|联合国环境署, …委员会|
        # 重申|货币基金): the name source ran across a clause.
        return "clause-inside"
    if any(is_function_word(words[k]) and tags.get(words[k + 1]) == "v"
           for k in range(1, len(words) - 2)):
        # An adverb or a preposition before a verb makes a predicate (…办事处|有效|协助|
        # 人权事务委员会 "the Office effectively assists the Committee", 政府|非常|有|兴趣|
        # 加入|…小组): the name source ran across a clause. Before a noun it may stand in
        # an official name (…非法贸易各|方面|问题|大会).
        return "clause-inside"
    return _inside_tag_reason(words[-3:], tags)


# The sources of drafts that refuse_words judged (counted n-grams of words or of pieces).
_NGRAM_SOURCES = frozenset({"ngram", "sentencepiece"})


def _drop_general_topics(drafts: dict[str, Draft], tokenizer: Segmenter) -> None:
    """Leave out the counted topics (X|问题, :func:`~termbase.extract.filters.names_question`)
    whose X the dictionary does not tag as a place: general topics (人权|问题), not the
    name of a question on the agenda (巴勒斯坦|问题). Without tags, all of them."""
    topics = {t: d.words[0] for t, d in drafts.items()
              if d.sources <= _NGRAM_SOURCES and names_question(d.words)}
    tags = tokenizer.word_tags(set(topics.values())) if isinstance(tokenizer, Tagger) else {}
    for text, word in topics.items():
        if tags.get(word) not in _PLACE_TAGS:
            del drafts[text]


def drop_by_tags(drafts: dict[str, Draft], tokenizer: Segmenter,
                 counts: Counts | None = None) -> set[str]:
    """Leave out single dictionary words tagged as places, persons or non-nouns; return
    the n-grams whose edge words cannot open or close a term (:func:`edge_tag_reason`)
    and the place labels (:func:`is_place_label`), for :func:`score_drafts` to leave out.
    One pass over the dictionary for all but the topics' first words, asked apart first
    (:func:`_drop_general_topics`: a handful). A verb the text uses as a noun
    (:func:`nominal_verbs`, with ``counts``) is judged as a verbal noun. Run after
    :func:`mark_specificity`."""
    refused: set[str] = set()
    _drop_general_topics(drafts, tokenizer)
    if not isinstance(tokenizer, Tagger):
        return refused
    counted = [(t, d.words) for t, d in drafts.items() if d.sources == {"ngram"}]
    # A name runs from a listed opening word to a listed head, so its inside is left to
    # judge (_name_inside_reason).
    named = [(t, d.words) for t, d in drafts.items()
             if "name" in d.sources and d.sources <= COUNTED_SOURCES and len(d.words) > 2]
    specificity = {t: d.specificity for t, d in drafts.items() if len(d.words) == 1}
    wanted = {w for _, words in counted + named for w in words}
    # The parts of single words, for those the dictionary does not list (is_verbal_compound).
    wanted.update(p for t in specificity if len(t) > 2 for p in (t[0], t[1:]))
    tags = tokenizer.word_tags(wanted)
    tags.update(_learned_pronouns(wanted.difference(tags), tokenizer))
    refused.update(t for t, words in named if _name_inside_reason(words, tags) is not None)
    nominal = set() if counts is None else nominal_verbs(
        [t for t, words in counted if len(words) == 1 and tags.get(t) == "v"], counts, tokenizer)
    # Place-tagged words the text uses far more than general Chinese, as
    # is_field_activity asks of verbal nouns: a country's name is general vocabulary.
    common = _common_compounds([t for t, words in counted if len(words) == 1
                                and tags.get(t) == "ns" and specificity[t] > 0.0
                                and not is_general_word(t, specificity[t])], tokenizer)
    for text, words in counted:
        if len(words) == 1:
            tag = "vn" if text in nominal else tags.get(text)
            if (tag in _NON_TERM_TAGS and not is_field_activity(
                    text, tag, specificity[text]) and text not in common) \
                    or is_verbal_compound(text, tags):
                del drafts[text]
            continue
        drafts[text].opens_with_verb = tags.get(words[0]) == "v"
        reason = edge_tag_reason(words, tags)
        if reason is not None or is_back_reference(words) or \
                is_place_label(words, tags, specificity.get(words[-1], 0.0)):
            refused.add(text)
            drafts[text].clause_piece = reason in _CLAUSE_PIECE_REASONS
        else:
            drafts[text].head_named = is_head_named(text, words, tags)
    return refused


def _learned_pronouns(words: Iterable[str], tokenizer: Segmenter) -> dict[str, str]:
    """The words among ``words``, which the dictionary does not list, that hold one of
    its pronouns of two characters or more beside one more character, tagged as that
    pronoun ('r'): 奉|我国 ("on instructions of my country", learned from 奉我国政府指示)."""
    if not isinstance(tokenizer, FrequencyModel) or not isinstance(tokenizer, Tagger):
        return {}
    cuts = {w: dictionary_parts(w, tokenizer.general_frequency) for w in words if len(w) > 2}
    parts = {p for cut in cuts.values() if cut for p in cut if len(p) > 1}
    pronouns = {p for p, tag in tokenizer.word_tags(parts).items() if tag == "r"}
    return {w: "r" for w, cut in cuts.items()
            if cut and min(len(p) for p in cut) == 1 and not pronouns.isdisjoint(cut)}


# The tags of a person's or a place's name (a toponym is built of them: 巴勒斯坦|国,
# 俄罗斯|联邦, 东|耶路撒冷) and of the common words that modify a common noun (东道|国,
# 土地|利用, 欧元|区).
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg"})
_COMMON_MODIFIER_TAGS = frozenset({"n", "nz", "nl", "vn", "an", "b"})
# What an activity is named by (合作, 利用): a place is named by no verb.
_ACTIVITY_TAGS = frozenset({"v", "vn"})
# The generic names that end a toponym (地名通名: county, city, town, mountain, island,
# port, bay …), a closed class read off jieba's dictionary: the single characters that end
# ten or more of its words built on a common modifier of two characters or more, at least
# 40 % of them places ('ns': 县 258 of 331, 市 83/122, 港 13/32, 岛 20/47; the test derives
# the class). After a common word they make a place's name (太子|港 Port-au-Prince,
# 棉兰老|岛 Mindanao, 金华|市); 国 (17 of 75: 东道国, 缔约国, 成员国), 区 (60/296: 欧元区,
# 工业区) and 人 (1/329) make common nouns.
PLACE_SUFFIXES = frozenset("乡县坡山岛岭市江河洲港湖湾街镇")


def _common_compounds(places: Sequence[str], tokenizer: Segmenter) -> set[str]:
    """The words among ``places``, which jieba's dictionary tags as places, that its
    dictionary builds of common words (:func:`is_common_compound`)."""
    if not places or not isinstance(tokenizer, FrequencyModel) \
            or not isinstance(tokenizer, Tagger):
        return set()
    parts = {w: dictionary_parts(w, tokenizer.general_frequency) for w in places
             if len(w) > 2}
    tags = tokenizer.word_tags({p for cut in parts.values() if cut for p in cut})
    return {w for w, cut in parts.items() if cut and is_common_compound(cut, tags)}


def is_common_compound(parts: tuple[str, str], tags: dict[str, str]) -> bool:
    """Whether a word jieba's dictionary tags as a place, cut into the dictionary words
    ``parts`` (``tags`` has their tags), is built of common words, so is no toponym: a
    common modifier of two characters or more before a head that names no place or
    person (东道|国 host country, 土地|利用 land use, 欧元|区 euro area), or any modifier
    before an activity of two characters (南南|合作 South-South cooperation). The tag
    dropped these terms with the places; a toponym is a transliteration the dictionary
    does not cut (以色列), or holds a place's or a person's name (巴勒斯坦|国, 非洲|大陆,
    美利坚|合众国), or is cut into single characters (外|国, 城|市: the tag may be right).
    A common word before a toponym's generic name (:data:`PLACE_SUFFIXES`: 太子|港
    Port-au-Prince, 棉兰老|岛 Mindanao) is a place's name, as the dictionary's tag says.
    A transliteration the dictionary cuts into common words (葡萄|牙, 比利|时) reads as one
    too: :func:`drop_by_tags` asks of the word that the text use it far more than general
    Chinese does, which a country's name is not."""
    modifier, head = parts
    if len(head) > 1 and tags.get(head) in _ACTIVITY_TAGS:
        return True
    return (len(modifier) > 1 and tags.get(modifier) in _COMMON_MODIFIER_TAGS
            and tags.get(head) not in _PROPER_TAGS and head not in PLACE_SUFFIXES)


# What a verb character and the word after it make: a verb, or a quality (持续, 影响, 稳定).
_PREDICATE_TAGS = frozenset({"v", "vd", "vn", "a", "ad"})


def is_verbal_compound(word: str, tags: dict[str, str]) -> bool:
    """Whether ``word``, which the dictionary does not list (``tags`` has the tags of its
    parts), is a verb character before a verb or a quality: 可|持续 ("can last":
    sustainable), 受|影响 ("be affected"). The segmenter learned such a word from the
    text, where it qualifies or predicates as the verbs it is made of do (可持续发展,
    受影响国家); alone it names nothing. A learned name or noun opens otherwise
    (儿基会, 埃博拉), or ends in a noun-forming character (复原力, 行为体); a negation is
    an adverb (不扩散)."""
    return (word not in tags and len(word) > 2 and tags.get(word[0]) == "v"
            and tags.get(word[1:]) in _PREDICATE_TAGS)


# The share of a verb's uses right after another verb (its object) from which the text
# uses it as a noun (see nominal_verbs).
_OBJECT_SHARE = 0.25
_ORDINAL_PREFIX = "第"
_MIN_OBJECTS = 2
"""Uses as an object that make a verb a noun at the least: one is chance (提供|捐助 once
in a text that uses 捐助 three times), two the least the counting believes of an n-gram."""


def nominal_verbs(verbs: Sequence[str], counts: Counts, tokenizer: Segmenter) -> set[str]:
    """The words among ``verbs`` (single words jieba's dictionary tags 'v') that the text
    uses as nouns: at least :data:`_OBJECT_SHARE` of their uses (and
    :data:`_MIN_OBJECTS`) are the object of another verb that ends its clause there
    (实现|停火。 "achieve a ceasefire", 违反|停火, 实行|自决 "exercise self-determination").
    jieba tags such a word by its verbal sense (停火 "cease fire"). A verb of the clause
    follows its subject or an adverb (大会|重申); a verb after another that takes an
    object of its own (考虑|拟订|措施 "consider drafting measures") is a verb in a
    series, not an object, so a use counts only where no word follows it (the bigram's
    uses less those of its trigrams). So does a verb as many of whose uses modify the
    rest of a title's name (:func:`title_modifier_uses`: 《联合国全球反恐战略》, where
    反恐 "counter-terrorism" stands before 战略). A verb used as a noun is then weighed as the
    dictionary's verbal nouns are (:func:`is_field_activity`): kept when the text uses it
    far more than general Chinese does. What the text does, not a list: the same word
    used as a verb stays one."""
    if not verbs or not isinstance(tokenizer, Tagger):
        return set()
    wanted = set(verbs)
    pairs: dict[str, list[tuple[str, str, int]]] = {}  # verb -> (word before, key, count)
    longer: dict[str, int] = {}  # "before|verb" -> its uses with a word after it
    # One pass over the counts, each key cut once: only bigrams and trigrams are read.
    for key, count in counts.ngrams.items():
        words = key.count(SEPARATOR) + 1
        if words == 2:
            before, verb = key.split(SEPARATOR)
            if verb in wanted:
                pairs.setdefault(verb, []).append((before, key, count))
        elif words == 3:
            before, verb, _ = key.split(SEPARATOR)
            if verb in wanted:
                bigram = before + SEPARATOR + verb
                longer[bigram] = longer.get(bigram, 0) + count
    tags = tokenizer.word_tags({w for found in pairs.values() for w, _, _ in found})
    titled = title_modifier_uses(wanted, counts.titles)
    nominal = set()
    for verb in wanted:
        objects = sum(count - longer.get(key, 0) for word, key, count in pairs.get(verb, ())
                      if tags.get(word) == "v")
        least = max(_MIN_OBJECTS, _OBJECT_SHARE * counts.ngrams.get(verb, 0))
        if objects >= least or titled.get(verb, 0) >= least:
            nominal.add(verb)
    return nominal


def title_modifier_uses(words: AbstractSet[str], titles: Mapping[str, int]) -> dict[str, int]:
    """How many uses of each of ``words`` the titles (``titles``: a title's text and its
    uses) hold with more of the title's name after it: a modifier inside the name of an
    instrument or a programme (《联合国全球反恐战略》 the Global Counter-Terrorism
    Strategy, 《联合国反腐败公约》), so a noun. Not at a title's end, where a verb may be
    the title itself, nor before an ordinal (补编第10号, a supplement's number), which
    opens no word of the name. One pass over each title, reading the first use of each
    word in it."""
    uses: dict[str, int] = {}
    sizes = sorted({len(w) for w in words})
    for title, count in titles.items():
        seen: set[str] = set()
        for at in range(len(title)):
            for size in sizes:
                if at + size > len(title):
                    break
                word = title[at:at + size]
                if word not in words or word in seen:
                    continue
                seen.add(word)
                after = title[at + size:at + size + 1]
                if has_cjk(after) and after != _ORDINAL_PREFIX:
                    uses[word] = uses.get(word, 0) + count
    return uses


def is_field_activity(word: str, tag: str | None, specificity: float) -> bool:
    """Whether the single dictionary word ``word``, tagged ``tag``, names an activity of
    the text's field: a verbal noun ('vn') the text uses far more than general Chinese does (备灾
    disaster preparedness, 核查 verification, 筹资 financing). General ones (合作, 监测:
    cooperation, monitoring) name an activity of any text, and verbs (支助, 应对)
    predicate more often than they name."""
    return tag == "vn" and specificity > 0.0 and not is_general_word(word, specificity)


# The tags of a name's modifiers: nouns of every kind (places and persons among them:
# 卢旺达问题国际刑事法庭), verbal and adjectival nouns (审计委员会, 协调厅), abbreviations
# and fixed expressions; words the dictionary does not list (learned ones) are nouns.
_MODIFIER_TAGS = frozenset({"n", "nz", "nt", "nl", "ng", "ns", "nr", "nrt", "vn", "an",
                            "j", "l"})


def is_head_named(text: str, words: Sequence[str], tags: dict[str, str]) -> bool:
    """Whether the counted n-gram ``words`` is built as a name: a name head (委员会,
    组织, 厅, 法庭 …) after nominal modifiers only (国际法|委员会, 人道主义|事务|协调|厅),
    of at least :data:`MIN_NAME_CHARS` characters. A name of a body used three to seven
    times has no listed first word (联合国, 国际 …) to be found by, and its rarity alone
    keeps its boundary entropy low. Not a place and a head (巴勒斯坦|代表: "the
    representative of Palestine"), nor a head after a head (委员会|会议, the body's
    meeting)."""
    if len(text) < MIN_NAME_CHARS or not is_name_head(words[-1]) or is_name_head(words[-2]):
        return False
    if len(words) == 2 and tags.get(words[0]) in ("ns", "nr", "nrt"):
        return False
    # A verb right before the head says what the body does (人道主义事务|协调|厅,
    # 道德操守|办公室); opening the n-gram it takes the rest as its object (加强|区域|委员会).
    modifiers = words[:-2] if len(words) > 2 and tags.get(words[-2]) == "v" else words[:-1]
    return all(tags.get(w, "n") in _MODIFIER_TAGS for w in modifiers)


def is_place_label(words: Sequence[str], tags: dict[str, str], specificity: float) -> bool:
    """Whether ``words`` are a place name and one general word (叙利亚政府, 巴勒斯坦人民,
    利比亚局势): a description, not a term — the gold lists' rules leave places out but
    inside the name of a body. ``specificity`` is the second word's (0.0: unknown, which
    keeps the n-gram); one the text uses far more than general Chinese does makes a term
    (巴勒斯坦被占领土, 非洲经委会, 东非共同体)."""
    if len(words) != 2 or tags.get(words[0]) != "ns" or specificity <= 0.0:
        return False
    return is_general_word(words[1], specificity)


# What a single dictionary word's parts may say about it: it ends with a verb or a
# particle (致力于), or opens with a clause verb, a pointer, or a function word or adverb
# that opens no term, before a word of its own (采取行动, 提供援助, 密切合作, 借此机会);
# before one bound character the verb names a body (执行局, 研究所).
_CLOSING_REASONS = frozenset({"verb-end", "stop-end"})
_OPENING_REASONS = frozenset({"clause", "deictic", "stop-start"})

# The negation: before a verb or a quality it makes a word of the opposite quality
# (不扩散 non-proliferation, 不歧视, 不结盟, 不人道), a prefix, not an adverb of the clause.
_NEGATION_PREFIX = "不"


def dictionary_parts(word: str, known: Callable[[Iterable[str]], dict[str, float]]
                     ) -> tuple[str, str] | None:
    """``word`` cut in two dictionary words, the first as long as possible (采取|行动,
    发展中|国家), or None. ``known`` gives the general frequency of words (0.0: absent)."""
    cuts = [(word[:k], word[k:]) for k in range(len(word) - 1, 0, -1)]
    frequency = known({part for cut in cuts for part in cut})
    for head, tail in cuts:
        if frequency.get(head, 0.0) > 0.0 and frequency.get(tail, 0.0) > 0.0:
            return head, tail
    return None


def drop_fixed_clauses(drafts: dict[str, Draft], tokenizer: Segmenter) -> set[str]:
    """Leave out single dictionary words that are clause fragments by their parts, and
    return the n-grams that open with one, for :func:`score_drafts` to leave out.

    jieba lists fixed expressions (采取行动, 提供援助, 致力于, 强调指出) as one word, so the
    edge rules that refuse the same words as an n-gram never see their parts; cut in two,
    they are judged like any n-gram (发展中国家 and 化学武器 pass), and an n-gram opening
    with one that opens a clause (强调指出|需要, 采取行动|…) is refused as the longer
    n-gram would be. Not by the closing reasons: at the end of an n-gram they refuse
    nominal words (紧急情况 ends with 情况, 预算外 with 外) inside terms (人道主义紧急情况,
    预算外资源). At the start, only words the dictionary lists: a word learned from the
    text (可持续) is no fixed expression."""
    if not isinstance(tokenizer, FrequencyModel):
        return set()
    counted = {"ngram"}
    singles: list[str] = []
    opened: list[tuple[str, str]] = []  # (n-gram, a first word that may be one)
    for text, draft in drafts.items():
        first = draft.words[0]
        if len(first) > 2 and draft.sources == counted:
            if len(draft.words) == 1:
                singles.append(text)
            else:
                opened.append((text, first))
    firsts = {w for _, w in opened}.difference(singles)
    listed = [*singles, *(w for w, f in tokenizer.general_frequency(firsts).items() if f > 0.0)]
    frequency = tokenizer.general_frequency(
        {piece for w in listed for k in range(1, len(w)) for piece in (w[:k], w[k:])})
    reasons = {w: _fixed_clause_reason(w, frequency) for w in listed}
    for text in singles:
        if reasons[text] is not None:
            del drafts[text]
    openers = {w for w, reason in reasons.items() if reason in _OPENING_REASONS}
    return {text for text, first in opened if first in openers}


def _fixed_clause_reason(word: str, frequency: dict[str, float]) -> str | None:
    """Why the dictionary word ``word`` is a clause fragment by its two parts (a reason
    of :data:`_OPENING_REASONS` or :data:`_CLOSING_REASONS`), or None; ``frequency``
    holds the general frequency of every piece of it."""
    parts = dictionary_parts(word, lambda _: frequency)
    if parts is None:
        return None
    reason = refuse_words(parts)
    if reason == "stop-start" and parts[0] == _NEGATION_PREFIX:
        return None
    if reason in _CLOSING_REASONS or (reason in _OPENING_REASONS and len(parts[1]) > 1):
        return reason
    return None


# A verb and the term after it make a free phrase when at most this share of the uses of
# each is in the phrase (see drop_verb_phrases).
_FREE_PART_SHARE = 0.5


def drop_verb_phrases(drafts: dict[str, Draft], counts: Counts,
                      tokenizer: Segmenter) -> set[str]:
    """The counted n-grams that are a verb and its object, the object a candidate of
    several words used freely (实现|可持续发展, 应对|人道主义|紧急情况, 违反|国际人道法),
    for :func:`score_drafts` to leave out. Run after :func:`drop_by_tags`.

    A verb before a term is a predicate about the term unless the two are bound: the
    phrase is free when the text uses the term elsewhere at least as often as after the
    verb, and the verb elsewhere at least as often as before the term. A term that opens
    with a verb is bound one way or the other: 维持和平行动 holds nearly every use of
    和平行动 (peacekeeping operations), 常驻联合国代表 most uses of 常驻, and 减少灾害风险
    (disaster risk reduction) most uses of 灾害风险. An object of one word is left alone:
    a verb before a single noun also builds names (审计委员会, 附加议定书, 筹备委员会).

    The free phrases left (an object of one word, no name's head: 使用|化学武器; words
    before the verb: 专门|讨论|裁军) get their :attr:`Draft.verb_object`: they may rank,
    but they are no whole that the object is a piece of (:func:`rescore_with_characters`)."""
    refused: set[str] = set()
    if not isinstance(tokenizer, Tagger):
        return refused
    phrases = [(t, d) for t, d in drafts.items()
               if d.sources == {"ngram"} and len(d.words) > 1]
    tags = tokenizer.word_tags({w for _, d in phrases for w in d.words[:-1]})
    for text, draft in phrases:
        words = draft.words
        for k in range(1, len(words)):
            # A verb before a name's head names a body by what it does (审计|委员会).
            if tags.get(words[k - 1]) != "v" or (k == len(words) - 1 and is_name_head(words[-1])):
                continue
            term = drafts.get("".join(words[k:]))
            if term is None:
                continue
            uses = draft.stats.freq
            verb_uses = counts.ngrams.get(words[k - 1], 0)
            if uses > _FREE_PART_SHARE * term.stats.freq or uses > _FREE_PART_SHARE * verb_uses:
                continue
            if k == 1 and len(words) > 2:
                refused.add(text)
            else:
                draft.verb_object = term.text
            break
    return refused


__all__ = [
    "PLACE_SUFFIXES",
    "dictionary_parts",
    "drop_by_tags",
    "drop_fixed_clauses",
    "drop_verb_phrases",
    "edge_tag_reason",
    "is_common_compound",
    "is_field_activity",
    "is_head_named",
    "is_office_title",
    "is_place_label",
    "is_predicated",
    "is_verbal_compound",
    "nominal_verbs",
    "title_modifier_uses",
]
