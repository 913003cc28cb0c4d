"""Stop patterns: word sequences that recur in UN text but are not terms.

A candidate is refused when a function word or particle stands at its edge (的执行,
和援助), when it starts with a verb that opens a clause of a resolution (鼓励各国,
吁请所有会员国), or when it is made of numbers, dates, percentages, document symbols or
paragraph furniture (第四章, 附件一, 同上). Rules look at the candidate's words (jieba
tokens) and at its text, so they work the same for every candidate source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from termbase.extract.candidates import BODY_STARTS, is_relative
from termbase.text.chinese import ZH_CONJUNCTIONS


def _words(text: str) -> frozenset[str]:
    """The space-separated words of ``text``: word lists stay readable in the source."""
    return frozenset(text.split())

# Function words and particles that never begin a term. Not 特别: before a noun it is
# 'special' and opens names (特别代表, 特别委员会, 特别报告员); as 'especially' it stands
# before 是, 在 or a verb, which the other rules refuse.
_START_STOP = _words(
    "的 和 在 对 与 及 并 等 了 是 其 各 所 之 以 于 为 将 把 被 而 或 也 都 又 还 就 从 "
    "向 由 同 该 此 这 那 这些 那些 这一 这种 这类 有 中 上 下 以及 或者 并且 而且 以便 "
    "以免 包括 其他 其它 有关 相关 所有 一切 一个 一些 任何 本 每 即 使 让 给 要 可 能 "
    "应 须 必须 应当 应该 可以 能够 可能 已 已经 曾 正在 仍 仍然 尚 不 未 没有 非常 更 最 很 "
    "尤其 进一步 再次 继续 充分 切实 有效 如何 通过 根据 按照 依照 关于 作为 除 "
    "除其他外 鉴于 为此 借此 从而 因此 以此 它 它们 他们 我们 本国 各自 各个 个 次 届 年 "
    "月 日 号 段 款 项 这方面 方面 除其他以外 其中 以往 以后 今后 目前 当前 同时 此外 "
    "另外 特此 题为 受 为期 "
    # The speaker and the courtesy adverb of letters and speeches (我谨, 谨随函转递,
    # 秘书长谨报告): a formula, never a name.
    "我 我国 你 您 谨 "
    # Adverbs of manner before a verb (彻底|消除, 密切|协调), as 充分 and 切实 above.
    "彻底 密切 "
    # Adverbs of degree and of growing degree before a quality or a change (越来越|大,
    # 日益|增多), as 非常, 更 and 很 above; the determiner of a whole (整个|区域, 整个|
    # 联合国|系统), as 所有 and 一切.
    "越来越 愈来愈 越发 愈发 愈加 日益 日趋 整个")

# The head of a topic (人权问题, 贩运问题): a name that follows it is cut from the topic
# it is about (…问题|特别报告员, …问题|工作组). Apart from the stop words above: it
# opens no clause, and a name may run on through it (也门问题特使) where the checker
# looks for the end of one (termbase.check.renderings.clause_word_length).
_TOPIC_HEADS = _words("问题")

# Function words and particles that never end a term.
_END_STOP = _words(
    "的 和 在 对 与 及 并 等 了 是 其 各 所 之 以 于 为 将 把 被 而 或 也 都 又 还 就 从 "
    "向 由 同 该 此 这 那 这些 有 中 上 下 以及 或者 并且 而且 以便 方面 时 后 前 期间 "
    "之间 方式 情况 等等 问题上 问题 各级 三级 两级 一级 非法 全面 各项 包括 一个 一些 "
    "个 次 所作 作出 进行 开展 提供 加强 促进 支持 执行 实施 采取 提交 审议 举行 处理 "
    "利用 建立 通过 考虑 确保 协助 努力 能够 可以 应 须 必须 继续 已经 重要 有效 有关 "
    "相关 所有 一切 其他 各国 它们 他们 本国 第 至关重要 重要性 "
    # Postpositions of place and scope: 框架内, 叙利亚境内, 范围内 are phrases.
    "内 境内 以内 之内 外 境外 以外 之外 "
    # The courtesy adverb before the verb of a letter's formula (我谨).
    "谨 "
    # A speech reported (主席说) and the forms of address of a meeting record (主席先生,
    # 先生阁下) close a clause or a salutation.
    "说 先生 女士 阁下 "
    # The other verbs that report what a subject said or holds (报告|称, 内|称 "in which it
    # states", 代表团|认为 "the delegation considered"), as 说.
    "称 声称 宣称 认为 表示 "
    # The complements of direction that close a verb phrase (联系|起来 "link up",
    # 延续|下去): no noun ends with one.
    "起来 下来 下去 出来 出去 进来 进去 过来 回来 回去 上来 开来 "
    # Relational heads that need what they are of (优先|事项, 构成|部分, 重要|作用,
    # 不利|影响): their compounds are general phrases, as those ending in 问题 or 情况.
    "事项 部分 作用 影响 "
    # Members of a body (安理会|成员, 主席团|成员) are its members, not a concept of their
    # own; member States are one word (成员国).
    "成员")

# Verbs and adverbials that open the clauses of a resolution (preambular and operative
# paragraphs): what the body says, recalls, welcomes or asks. They say what a speaker
# does, never what a body is for, so no name holds one (see tag_filters._name_inside_reason).
RESOLUTION_VERBS = _words(
    "鼓励 又鼓励 还鼓励 继续鼓励 吁请 又吁请 决定 又决定 还决定 回顾 又回顾 还回顾 强调 "
    "又强调 还强调 着重指出 指出 欢迎 又欢迎 欣见 又欣见 注意到 又注意到 表示注意到 "
    "满意地 确认 又确认 重申 再次申明 申明 请 又请 促请 敦促 承认 认识到 赞赏 表示 "
    "考虑到 念及 铭记 遗憾 呼吁 要求 邀请 认可 核可 赞同 深信 关切 深表关切 意识到 希望 "
    "同意 商定 建议 感谢 赞扬 谴责")

# The resolution's verbs and other clause openers: a sequence starting with one is a clause.
_CLAUSE_OPENERS = RESOLUTION_VERBS | _words(
    "执行 实施 提交 提供 加强 采取 举行 审议 建立 促进 "
    "防止 打击 消除 利用 进行 作出 维护 召开 编写 开发 处理 协助 评估 确保 支持 推动 "
    "帮助 调动 交流 共享 整理 分发 列入 成立 设立 落实 考虑 解决 发挥 参加 出席 参与 "
    "通报 载列 指定 担任 视为 题为 提出 用于 用来 借以 使得 以确保 以便 来 去 得到 获得 "
    "取得 需要 有必要 迫切需要 必须 仍 有 "
    # A light verb takes an activity as its object (开展合作, 开展工作); a feeling is
    # expressed (感到关切).
    "开展 感到 "
    # Verbs that take the term as their object (实现|可持续发展目标, 拯救|生命,
    # 违反|国际人道法|行为): a predicate, not a name.
    "实现 拯救 违反")

# Verbs of a body's remit that name the body or post they stand before (执行|主任 executive
# director, 执行|委员会 executive committee, 开发|委员会): jieba's dictionary lists two
# nouns or more made of one with a body's or a post's head (执行局, 执行机构, 执行主席,
# 执行官 …; 开发署, 开发局, 开发部), and so of no other clause opener (审议官, 编写组, 加强团:
# one each). A closed class, read off the dictionary. Other openers take a body or its
# work as their object (设立|委员会, 参加|委员会, 担任|主席, 审议|委员会 "consider the
# Committee's [report]"): they stay clauses.
_REMIT_VERBS = _words("执行 开发")

# The heads of a standing body, an office or a post that a remit verb names (not a meeting:
# 审议|大会 and 执行|会议 are mostly "consider the Assembly's …", "implement the
# Conference's …"; not a named body: 执行|安全|理事会 implements its resolutions).
_AGENT_HEADS = _words(
    "委员会 理事会 局 处 署 厅 部 组 小组 工作组 专家组 机构 办公室 "
    "主任 秘书 干事 主管 董事 主席")

# Multi-character openers also refuse a candidate that merely starts with them, whatever
# the segmentation (jieba may cut 欣见 into 欣/见).
_OPENER_PREFIXES = tuple(sorted(w for w in _CLAUSE_OPENERS if len(w) > 1))

# Verbs that end a clause fragment (…防止, …消除), never a term.
_VERB_SUFFIXES = _words(
    "防止 打击 消除 鼓励 吁请 决定 回顾 强调 欢迎 欣见 注意到 确认 重申 促请 敦促 承认 "
    "认识到 赞赏 考虑到 念及 铭记 呼吁 要求 邀请 认可 核可 赞同 深信 意识到 希望 同意 "
    "商定 感谢 赞扬 谴责 提供 加强 采取 举行 建立 促进 利用 进行 作出 维护 召开 编写 "
    "开发 处理 协助 确保 推动 帮助 调动 共享 整理 分发 列入 成立 设立 落实 考虑 解决 "
    "发挥 参加 出席 指定 担任 视为 识别 追查 执行 实施 提交 审议 审查 题为 提出 注意 "
    # The concern a resolution expresses, however it is graded (严重关切, 极为关切).
    "关切 "
    # What a body of a report was told or learned (行预咨委会|获悉 "the Advisory
    # Committee was informed"): the verbs of being informed close the clause the body
    # opens, as 注意到 and 认识到 above do.
    "获悉 获知 得知 了解到")

# Prepositions and directional complements that a verb takes into its word (放在, 用于,
# 受到, 来自, 交给); a word ending in one opens onto its object.
_PREPOSITION_TAILS = frozenset("在于向给到自从")

# Words that never stand inside a term: 的 joins a modifier to its head in running
# text (执行的情况; titles with 的 come from the title source), 是 a subject to its
# predicate, and light verbs make a clause (会议提出报告).
_INNER_STOP = _words(
    "的 是 提出 提交 召开 举行 采取 作出 进行 表示 认为 应 将 已 被 "
    # The courtesy adverb of a letter's or a note's formula (秘书长|谨|报告).
    "谨")

# The suffix that makes a noun of a quality, and the lengths of the words it makes one of.
_QUALITY_SUFFIX = "性"
_QUALITY_LENGTHS = (3, 4)

# Words that only point at something already named: 这方面, 该国, 此类.
_DEICTIC_START = ("这", "那", "该", "此", "上述", "下述", "本决议", "前述")

_DIGIT = re.compile(r"[0-9０-９]")
# A year opening a name (2030年议程, 2015年后发展议程): the only digits of the term.
_YEAR_NAMED = re.compile(r"^(?:19|20)[0-9]{2}年后?[\u4e00-\u9fff]{2,}$")
_CN_NUMERAL = "〇零一二三四五六七八九十百千万两"
_ORDINAL_ONLY = re.compile(f"^第[{_CN_NUMERAL}]+[届次段章节条款项号期轮]?(会议|全体会议)?$")
_UNITS = "年月日个次届项名种倍多"
_NUMERAL_UNIT = re.compile(f"^[{_CN_NUMERAL}]+[{_UNITS}]")
_PERIODS = frozenset(f"{place}年" for place in "十百千万")
_FURNITURE = re.compile(r"^(附件|附录|同上|另见|见|第[一二三四五六七八九十]+章|脚注|注)")
_SYMBOL_CHARS = frozenset("/%％.．@#&*+=<>_|\\")
_ALL_LATIN = re.compile(r"^[A-Za-z\s\-]+$")

# Anything one of the text rules of refuse_text could refuse: most candidates match none
# of it, and one search then replaces the nine tests.
_SUSPECT = re.compile(
    rf"[0-9０-９/%％.．@#&*+=<>_|\\\s届第]|百分之"
    rf"|^(?:[{_CN_NUMERAL}]+[{_UNITS}]|附件|附录|同上|另见|见|脚注|注|[A-Za-z-])")

MIN_TERM_CHARS = 2
MAX_TERM_CHARS = 40
MAX_TITLE_CHARS = 80
_SESSION = re.compile(f"[{_CN_NUMERAL}]+届|第[{_CN_NUMERAL}]+$")



# Prefix and suffix tests by set lookup, one per affix length: str.startswith with a
# tuple tries every entry, and this test runs for every counted n-gram. The lengths are
# those of the affixes with the text's two edge characters (every affix has two or more):
# most texts' have none, and one look-up tells.
_OPENER_SET = frozenset(_OPENER_PREFIXES)
_VERB_SET = frozenset(_VERB_SUFFIXES)


def _lengths_by_edge(affixes: frozenset[str], prefix: bool) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for affix in affixes:
        lengths.setdefault(affix[:2] if prefix else affix[-2:], set()).add(len(affix))
    return {edge: tuple(sorted(found)) for edge, found in lengths.items()}


_OPENER_LENGTHS = _lengths_by_edge(_OPENER_SET, prefix=True)
# The last two characters of the clause openers of two characters or more.
_VERB_EDGE = frozenset(w[-2:] for w in _OPENER_SET)
_VERB_LENGTHS = _lengths_by_edge(_VERB_SET, prefix=False)


def _has_prefix(text: str) -> bool:
    """Whether ``text`` opens with a clause opener of several characters."""
    lengths = _OPENER_LENGTHS.get(text[:2])
    if lengths is None:
        return False
    return any(text[:n] in _OPENER_SET for n in lengths)


def _has_suffix(text: str) -> bool:
    """Whether ``text`` ends with a clause-ending verb."""
    lengths = _VERB_LENGTHS.get(text[-2:])
    if lengths is None:
        return False
    return any(text[-n:] in _VERB_SET for n in lengths)


# Words that no term starts (ends) with, as one set each: a word before (after) an n-gram
# that is one of them makes no longer term with it (see statistics.Neighbours). The
# character rules of refuse_words (的…, 了…) concern break words, which are never an
# n-gram's neighbour.
NO_TERM_START = _START_STOP | _TOPIC_HEADS | _CLAUSE_OPENERS | frozenset(_DEICTIC_START)
NO_TERM_END = _END_STOP | _VERB_SUFFIXES


# The lengths an adverb before a verb may have in one word (更|加强, 继续|加强, 进一步|加强).
_ADVERB_LENGTHS = (1, 2, 3)


def is_adverb_verb(word: str) -> bool:
    """Whether the segmenter's ``word`` is an adverb or auxiliary that opens no term and a
    clause verb after it, made one word (继续加强, 彻底消除, 充分利用): it opens a clause
    as the verb does. A noun before the verb keeps it (和平|利用 核能, 和平|解决 争端)."""
    if len(word) < 3 or word[-2:] not in _VERB_EDGE:
        return False
    return any(word[:n] in _START_STOP and word[n:] in _CLAUSE_OPENERS
               for n in _ADVERB_LENGTHS if len(word) - n >= 2)


def names_by_remit(words: Sequence[str]) -> bool:
    """Whether ``words`` are a remit verb and the head of a body or post it names, alone
    (执行|主任, 执行|秘书, 执行|委员会): a name, not a verb and its object. Longer n-grams
    after the verb stay clauses (执行|委员会|建议 "implement the committee's
    recommendations"); the names they are part of are counted whole (人口基金|执行|委员会)."""
    return len(words) == 2 and words[0] in _REMIT_VERBS and words[1] in _AGENT_HEADS


def heads_relative(words: Sequence[str]) -> bool:
    """Whether the last of ``words`` is the head of a relative clause of 所 that the
    n-gram holds whole, its agent before it (报告|所述|期间 "the period the report covers",
    the reporting period): after 所 and its verb a noun follows, so the last word is that
    noun, though elsewhere it closes a phrase (会议|期间 "during the meeting")."""
    return len(words) > 2 and is_relative(words[-2]) and len(words[-1]) > 1


def is_function_word(word: str) -> bool:
    """Whether ``word`` is a function word of two characters or more that opens no term:
    a preposition, adverb, determiner or particle among the stop words of
    :func:`refuse_words` (相关, 有关, 有效, 非常, 其他 …)."""
    return len(word) > 1 and word in _START_STOP


def relates_head(words: Sequence[str]) -> bool:
    """Whether a function word of two characters or more that opens no term (the stop
    words of :func:`refuse_words`) stands right before the last of ``words``
    (联合国|相关|组织, 联合国|系统|相关|机构 "the relevant organizations of the United
    Nations system", 安全理事会|有关|决议 "the Council's resolutions concerned"): such a
    word relates the head to what the clause or the text said before (相关 "relevant",
    有关 "concerned"), so the phrase picks out whichever bodies or things the context
    means, a set, and names none. A single character after it may make one word with it
    (利益|有关|者, stakeholders)."""
    return len(words) > 2 and len(words[-1]) > 1 and is_function_word(words[-2])


def names_question(words: Sequence[str]) -> bool:
    """Whether ``words`` are a word and the head of a topic after it (X|问题): the name of
    a question on the agenda when X is a place (巴勒斯坦|问题, the question of Palestine;
    马尔维纳斯群岛|问题), a general topic otherwise (人权|问题, 贩运|问题). Only the
    dictionary's tags tell the two apart, so :func:`refuse_words` lets both through and
    :func:`~termbase.extract.tag_filters.drop_by_tags` judges them."""
    return len(words) == 2 and words[1] in _TOPIC_HEADS


def refuse_words(words: Sequence[str]) -> str | None:
    """Why the word sequence ``words`` is not a term candidate, or None if it may be.

    The reason is a short code, useful when tuning the patterns on a corpus.
    """
    first, last = words[0], words[-1]
    if first in _START_STOP or first[0] in "的了着过":
        return "stop-start"
    if first in _TOPIC_HEADS:
        return "topic"
    if (last in _END_STOP and not heads_relative(words) and not names_question(words)) or (
            len(last) == 1 and last in "的和与及并等了是在对"):
        return "stop-end"
    if len(words) == 1 and is_relative(first):
        # A relative clause of 所 alone (所需 "required", 所做 "what is done") modifies
        # the noun after it: without that noun it is no term.
        return "relative"
    if len(words) > 1 and len(last) == 1 and last.isascii() and last.isalpha():
        # A letter after words labels one of a series (决议草案A, 附件B), as a number does.
        return "label"
    text = "".join(words)
    if len(words) == 1 and len(text) in _QUALITY_LENGTHS and text[-1] == _QUALITY_SUFFIX:
        # A quality made a noun by 性 (-ness, -ity: 脆弱性, 多样性, 实质性) names an aspect
        # of something else; the term is the longer word it ends (生物多样性).
        return "quality"
    # The affix tests catch openers and verbs that the segmenter cut apart (欣/见,
    # 满意/地注意), so they are needed only when the edge word is short.
    if (first in _CLAUSE_OPENERS or (len(first) <= 2 and _has_prefix(text)) or (
            first[-2:] in _VERB_EDGE and is_adverb_verb(first))) and not names_by_remit(words):
        # (The edge look-up first: a function call for every n-gram would cost more.)
        return "clause"
    if last in _VERB_SET or (len(last) <= 2 and _has_suffix(text)):
        return "verb-end"
    if len(words) > 1 and len(last) > 1 and last[-1] in _PREPOSITION_TAILS:
        # A verb fused with the preposition after it (放在, 在于, 适用于, 存在, 得到)
        # takes an object: the n-gram is a clause cut before it (重点放在, 目的在于).
        return "verb-end"
    if text.startswith(_DEICTIC_START):
        return "deictic"
    if len(words) > 2 and not _INNER_STOP.isdisjoint(words[1:-1]):
        # Inside running text 的 joins a modifier to its head (执行的情况) and 是 a
        # subject to its predicate; terms with 的 inside are titles, which come from
        # the title source instead.
        return "particle"
    return refuse_text(text, first_word=first)


def is_numeral_word(word: str) -> bool:
    """Whether the segmenter's token ``word`` is a word built on a count (两年期 biennium,
    五年期; 十年 decade, 千年 millennium) rather than the count itself (两年, 三个月): the
    token goes on past the numeral and its unit, with something that is not another
    unit, or names a period by one place value alone (a count says 一千年)."""
    if word in _PERIODS:
        return True
    match = _NUMERAL_UNIT.match(word)
    return match is not None and len(word) > match.end() and word[match.end()] not in _UNITS


def refuse_text(text: str, *, first_word: str = "") -> str | None:
    """Why the candidate ``text`` (whatever its source) is not a term, or None.

    ``first_word``: the segmenter's first token of ``text``, when known; a word built on a
    count (:func:`is_numeral_word`) is not refused as a number. It is asked only of the
    few texts that open with a numeral, as this test runs for every counted n-gram."""
    if not MIN_TERM_CHARS <= len(text) <= MAX_TERM_CHARS:
        return "length"
    if _SUSPECT.search(text) is None:
        return None
    if _SESSION.search(text):
        return "session"
    if _DIGIT.search(text) and not _YEAR_NAMED.match(text):
        return "number"
    if any(ch in _SYMBOL_CHARS for ch in text):
        return "symbol"
    if "百分之" in text:
        return "percentage"
    if _ORDINAL_ONLY.match(text) or (_NUMERAL_UNIT.match(text)
                                     and not is_numeral_word(first_word)):
        return "number"
    if _FURNITURE.match(text):
        return "furniture"
    if _ALL_LATIN.match(text):
        return "latin"
    if any(ch.isspace() for ch in text):
        return "space"
    return None


# A session of an organ (第六十三届会议, a special or emergency special one: 第十届特别会议)
# or a numbered issue (补编第32号, 第1325(2000)号决议) inside a title cites one document by
# its number, as a symbol does.
_NUMBER_CHARS = f"0-9０-９{_CN_NUMERAL}"
_CITATION = re.compile(rf"[{_NUMBER_CHARS}]届(?:紧急)?(?:特别)?(?:会议|会|常会)"
                       rf"|第\s*[{_NUMBER_CHARS}][^第号，,《》]{{0,12}}号")


def refuse_title(title: str) -> str | None:
    """Why a title (text inside 《》) is not a term candidate.

    A title is official wording even when it carries a date or a place (the report of
    a conference), so only length, bare symbols or numbers, and the numbers that cite
    one document (a session, an issue: 《大会正式记录，第六十三届会议，补编第32号》) refuse it.
    """
    if not MIN_TERM_CHARS <= len(title) <= MAX_TITLE_CHARS:
        return "length"
    if not any(ch.isalpha() for ch in title) or title.startswith(("A/", "S/", "E/")):
        return "symbol"
    if _CITATION.search(title):
        return "citation"
    return None


def _shares_head(left: str, right: str) -> bool:
    """Whether two modified forms share a head: 小武器/轻武器, not 区域/次区域."""
    head = 0
    while head < min(len(left), len(right)) and left[-1 - head] == right[-1 - head]:
        head += 1
    return 0 < head < min(len(left), len(right))


# Words of level and scope that a coordination of places or bodies modifies (国家、区域和
# 全球三级, 区域和全球各级, 区域和全球范围): the coordination is a modifier, not a unit.
_LEVEL_WORDS = ("各级", "三级", "两级", "一级", "各层", "层面", "范围")


def modifies_level(after: str) -> bool:
    """Whether the text ``after`` an occurrence starts with a level or scope word."""
    return after.startswith(_LEVEL_WORDS)


def has_conjunction(words: Sequence[str]) -> bool:
    """Whether a conjunction (和, 与, 及, 或) stands between two of ``words``."""
    return any(w in ZH_CONJUNCTIONS for w in words[1:-1])


def is_coordination(words: Sequence[str]) -> bool:
    """Whether ``words`` coordinate two units freely rather than make one term.

    Two kinds: two short general words (区域和全球, 合作和援助), unless they share a head
    (小武器和轻武器 contracts to 轻小武器: one term); and two long units that are terms
    of their own (非政府组织和民间社会). A conjunct that is a word opening the names of
    bodies of their own, alone (联合国|和|人道主义组织 "the United Nations and humanitarian
    organizations"), is a whole conjunct of any length: such a word never modifies across a
    conjunction (:data:`~termbase.extract.candidates.BODY_STARTS`), so it names the
    Organization itself beside the other conjunct.
    """
    for k in range(1, len(words) - 1):
        if words[k] not in ZH_CONJUNCTIONS:
            continue
        left, right = "".join(words[:k]), "".join(words[k + 1:])
        if left in BODY_STARTS or right in BODY_STARTS:
            return True
        if len(left) <= 3 and len(right) <= 3 and not _shares_head(left, right):
            return True
        if len(left) >= 4 and len(right) >= 4:
            return True
    return False
