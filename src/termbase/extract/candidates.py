"""Candidate sources in one sentence: titles, short-form definitions, word n-grams.

* **Titles** — text between 《 and 》: official titles of instruments, programmes and
  treaties (《行动纲领》, 《武器贸易条约》).
* **Definitions** — a short form introduced right after its full form:
  《…国际文书》(《国际追查文书》), …（以下简称“…”）, …（下称…）, and the bare pattern
  国际刑事警察组织(国际刑警组织), accepted when the short form's characters appear in
  order in the text before it (a contraction) and start as it starts, or when the name
  before the bracket ends with the short form, which drops its opening word
  (国际原子能机构(原子能机构)).
* **Word n-grams** — runs of tokens between punctuation marks, from which the counting in
  :mod:`termbase.extract.statistics` builds n-grams.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from termbase.text.chinese import ZH_CONJUNCTIONS, has_cjk


def _words(text: str) -> frozenset[str]:
    """The space-separated words of ``text``: word lists stay readable in the source."""
    return frozenset(text.split())

_TITLE = re.compile(r"《([^《》\n]{2,80})》")
# Agenda items and resolutions are cited by title in quotation marks after 题为 ("entitled").
# Not after a word ending in 题 that names a subject (主题为 "the theme is", 议题为, 专题为,
# 问题为): what follows is the subject of a debate or segment, a sentence said once
# (主题为“在全球人道主义需求空前巨大之时加强人道主义援助：推动转型和解决方案，…”), not the title
# of an instrument or an agenda item.
_ENTITLED = re.compile(r"(?<![主议专问])题为“([^“”\n]{2,80})”")
# 《Full》(《Short》): the parenthesised short title right after the full one.
_TITLE_SHORT = re.compile(r"《([^《》\n]{2,80})》\s*[（(]\s*《([^《》\n]{2,40})》\s*[）)]")
# (以下简称“X”) / （下称X） / （简称《X》）: an explicit definition of a short form.
_SO_CALLED = re.compile(
    r"[（(]\s*(?:以下|下文)?(?:简称|称|下称)\s*[“\"《「]?([^”\"》」（）()，,]{2,30})[”\"》」]?\s*[）)]")
# A bare parenthesised Chinese word right after Chinese text: a possible contraction.
_PAREN_WORD = re.compile(r"[（(]([\u4e00-\u9fff]{2,20})[）)]")
# The full form of a contraction does not run across these marks (、 may sit inside a
# full form: 防止、打击和消除 … 大会).
_CLAUSE_BREAK = re.compile(r"[，。；：！？,;:!?“”\"（）()《》]")
# Marks that join two names into one (非洲联盟-联合国…, a joint mission).
_JOINING_MARKS = ("-", "－", "‐", "–", "—")

# Joins the words of an n-gram into one key (the ASCII unit separator, a control
# character running text does not use), so counts are plain dicts and a key's words
# split back off it.
SEPARATOR = "\x1f"
BREAK = "\x1e"
"""Stands for a word that n-grams do not cross (see :func:`mark_breaks`)."""



@dataclass(frozen=True, slots=True)
class Definition:
    """A short form defined in the text, and the full form it stands for."""

    full: str
    short: str
    kind: str
    """'title' (《A》(《B》)), 'so-called' (（以下简称B）) or 'contraction' (A(B))."""


def titles(text: str) -> list[str]:
    """The texts inside 《》, and quoted after 题为 ("entitled"), in ``text``."""
    found = [m.group(1).strip() for m in _TITLE.finditer(text)] if "《" in text else []
    if "题为" in text:
        found += [m.group(1).strip() for m in _ENTITLED.finditer(text)]
    return found


# The head words that end the name of a body, office, meeting or system, and the words
# that begin such names. A name is named once as often as it recurs, so this source does
# not need repetition: 联合国和平与裁军区域中心, 世界海关组织, 第一委员会.
_NAME_HEADS = ("委员会", "组织", "办公室", "中心", "理事会", "大会", "会议", "厅", "署",
               "法院", "法庭", "基金", "工作组", "专家组", "特派团", "系统", "机构", "代表",
               "处", "局", "论坛", "集团", "联盟", "共同体", "联合体", "小组")
_NAME_STARTS = _words(
    "联合国 国际 世界 全球 区域 政府 秘书处 筹备 常驻 不限成员名额 第一 第二 第三 第四 "
    "第五 第六 第二次 第三次 第四次 安全 经济 人权 裁军 非洲 欧洲 亚洲 美洲 阿拉伯")
_HEAD_ENDINGS = frozenset(head[-1] for head in _NAME_HEADS)
# Words that open the name of a body, system or fund of its own (联合国日内瓦办事处,
# 全球地球观测系统, 全球环境基金): never a modifier joined by a conjunction inside another
# name, where the conjuncts are subjects (和平与裁军, 预防犯罪和刑事司法), so a conjunction
# before one of them coordinates two names. (国际 and 世界 coordinate subjects too:
# 裁军与国际安全委员会.)
BODY_STARTS = ("联合国", "全球")
# 区域会议, 国际机构: two general words make a description, not a name.
MIN_NAME_CHARS = 5
_NAME_BREAKS = {BREAK} | _words(
    "的 在 对 是 为 将 以 从 向 由 并 等 了 其 所 这 该 同 与其 召开 举行 设立 成立 提交 "
    "提出 通过 利用 执行 支持 参加 出席 根据 按照 依照 关于 包括 向 请 促请 鼓励 吁请 "
    "决定")


def may_hold_names(text: str) -> bool:
    """A quick test before :func:`names`: does ``text`` contain a head word at all?"""
    return any(head in text for head in _NAME_HEADS)


def is_name_head(word: str) -> bool:
    """Whether ``word`` ends with a head word of names (委员会, 组织, 厅, 署 …)."""
    return word.endswith(_NAME_HEADS)


# The heads of the names of organizations that jieba lists as one word: banks, movements
# and parties (世界|银行, 不结盟|运动, 真主|党), and 团, the body of people a meeting
# elects or a government or the Organization sends (主席|团 the Bureau, 代表|团 a
# delegation, 调查|团 a commission of inquiry), beside the heads of bodies. Not heads of
# names of several words: as an n-gram's last word 运动 is as often a campaign or a sport
# (宣传|运动, 体育|运动) and 党 any country's party; 团 is left to single words with them.
_SINGLE_NAME_HEADS = (*_NAME_HEADS, "银行", "运动", "党", "团")
_SINGLE_HEAD_ENDINGS = frozenset(head[-1] for head in _SINGLE_NAME_HEADS)


def is_single_name(word: str) -> bool:
    """Whether the single dictionary word ``word`` is built as a name: a head word of
    names (署, 基金, 会议, 组织 …) or of an organization's (银行, 运动, 党, 团) after a
    modifier of two characters or more, as in 环境|署 (UNEP), 周转|基金 (the Working Capital
    Fund), 全体|会议 (a plenary meeting), 世界|银行 (the World Bank), 不结盟|运动 (the
    Non-Aligned Movement), 主席|团 (the Bureau). jieba lists many UN names and short forms
    as one word, so no n-gram shows their build; 部署 (deploy) ends with 署 after one
    character only, 社团 (an association) with 团."""
    if word[-1:] not in _SINGLE_HEAD_ENDINGS:  # one set look-up passes most words
        return False
    heads = [head for head in _SINGLE_NAME_HEADS if word.endswith(head)]
    return bool(heads) and len(word) - max(map(len, heads)) >= 2


# The suffixes that make the title of a post from what its holder does or is (专|员
# commissioner, 观察|员 observer, 检察|官 prosecutor, 特|使 envoy): a closed class of
# agentive morphemes of office.
_POST_SUFFIXES = frozenset("员官使")


def is_post(word: str) -> bool:
    """Whether the single dictionary word ``word`` is the title of a post, by the
    agentive suffix it ends with (高级专员, 观察员, 检察官, 特使). Such a word heads the
    titles of many posts (人权事务高级专员, 军事观察员, 常驻观察员), as 委员会 heads many
    names; but where a bare head of bodies or instruments refers back to whichever one
    was named last, the bare title of a post names a role of the Organization's staffing
    and procedure, which the gold lists keep (观察员 in the UNv1 list's rules; 高级专员,
    特使)."""
    return len(word) >= 2 and word[-1] in _POST_SUFFIXES


def is_back_reference(words: Sequence[str]) -> bool:
    """Whether ``words`` open with a bare head of three characters or more (委员会,
    理事会, 特派团, 工作组) and close with something other than a head: the bare head
    refers back to a body named before ("the Committee"), and what follows is about
    that body (委员会建议, 委员会主席, 特派团资产), not a name. A head after it makes
    a body of its own (委员会执行局); 小组委员会 opens with a two-character head."""
    return (len(words) > 1 and len(words[0]) >= 3 and words[0] in _NAME_HEADS
            and not is_name_head(words[-1]))


def names(chunk: Sequence[str]) -> list[str]:
    """Names of bodies and meetings in a sentence's words (breaks marked): the longest
    span from a name's first word (联合国, 世界, 第一 …) to a head word (委员会, 组织 …)."""
    found: list[str] = []
    for end, word in enumerate(chunk):
        # In 筹备委员会会议 the name is 筹备委员会; the meeting is not a name of its own.
        # (The last character first: one set look-up passes most words.)
        if word[-1:] not in _HEAD_ENDINGS or not word.endswith(_NAME_HEADS) or (
                end and chunk[end - 1].endswith(_NAME_HEADS)):
            continue
        start = end
        best = -1
        while start > 0 and chunk[start - 1] not in _NAME_BREAKS and end - start < 14:
            if chunk[start - 1] in ZH_CONJUNCTIONS and start > 1 and (
                    chunk[start - 2].endswith(_NAME_HEADS)
                    or chunk[start].startswith(BODY_STARTS)):
                # A name before the conjunction makes a coordination of two names
                # (联合国系统和其他相关组织, …办公室与国际刑事警察组织), and so does a name's
                # opening word after it (欧洲经委会和|联合国日内瓦办事处, 非洲环境信息网络
                # 及|全球地球观测系统, whose first conjunct ends in no head word): the
                # second ends here.
                break
            start -= 1
            if chunk[start] in _NAME_STARTS:
                best = start
        # 区域和国际组织 coordinates two modifiers of a common noun; it names no body.
        if best >= 0 and chunk[best + 1] not in ZH_CONJUNCTIONS:
            name = "".join(chunk[best:end + 1])
            if len(name) >= MIN_NAME_CHARS:
                found.append(name)
    return found


def _is_contraction(short: str, full: str) -> bool:
    """Whether ``short`` keeps the first character of ``full`` and its other characters in order."""
    if len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    position = 0
    for char in short:
        position = full.find(char, position)
        if position < 0:
            return False
        position += 1
    return True


def _with_name_start(before: str, full: str) -> str:
    """``full`` with the word that opens a UN name when it stands right before it: the
    short form 开发署 contracts 开发计划署, but the name is 联合国开发计划署."""
    for word in sorted(_NAME_STARTS, key=len, reverse=True):
        if before.endswith(word) and not full.startswith(word):
            return word + full
    return full


def _contraction_full_form(before: str, short: str) -> str | None:
    """The shortest tail of ``before`` that ``short`` contracts, or the name that ends
    with ``short`` right before the bracket, with the word that opens it; None if
    there is neither."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    if clause.endswith(short):
        # The short form ends its own name (国际原子能机构（原子能机构）): it drops the
        # word that opens the name. A longer tail would reach back over the text before
        # the name to an earlier use of the short form or an earlier character
        # (原子能机构安全保障制度向国际原子能机构, 联合|国国家工作队). After a hyphen the
        # opening word is the second name of a joint one (非洲联盟-联合国达尔富尔混合行动),
        # which opens further left than a word can tell.
        full = _with_name_start(clause[: -len(short)], short)
        if full == short or clause[: -len(full)].endswith(_JOINING_MARKS):
            return None
        return full
    # Scan start positions from the right: the shortest tail beginning with the short
    # form's first character that still contains it in order is the full form.
    start = clause.rfind(short[0])
    while start >= 0:
        tail = clause[start:]
        if _is_contraction(short, tail):
            return _with_name_start(clause[:start], tail)
        start = clause.rfind(short[0], 0, start)
    return None


def definitions(text: str) -> list[Definition]:
    """Short forms defined in ``text`` with their full forms."""
    if "（" not in text and "(" not in text:
        return []
    found: list[Definition] = []
    for match in _TITLE_SHORT.finditer(text):
        full, short = match.group(1).strip(), match.group(2).strip()
        if len(short) < len(full):
            found.append(Definition(full, short, "title"))
    for match in _SO_CALLED.finditer(text):
        short = match.group(1).strip()
        before = text[: match.start()]
        full = titles(before)[-1] if before.endswith("》") else None
        if full is None:
            full = _contraction_full_form(before, short) or _CLAUSE_BREAK.split(before)[-1]
        if full and len(short) < len(full):
            found.append(Definition(full, short, "so-called"))
    for match in _PAREN_WORD.finditer(text):
        short = match.group(1)
        before = text[: match.start()]
        if not before or before.endswith("》"):
            continue
        full = _contraction_full_form(before, short)
        if full is not None:
            found.append(Definition(full, short, "contraction"))
    return found


# The adverbs jieba's dictionary builds on the negations 不 and 未 (its words tagged 'd'
# that open with one: 不断 "unceasingly", 不再 "no longer", 未经 "without", 未曾 "never"),
# a closed class read off the dictionary (the test derives it). The segmenter joins the
# negation to the character after it into one of these, so the negation, a break word
# below, no longer breaks the run: 不断|增加, 军用飞机|未经|外交许可 and 未经|表决 were
# counted as n-grams, clause pieces that ranked in the top 500. They break as 不 and 未 do.
NEGATION_ADVERBS = _words(
    "不举 不仅仅 不偏 不停 不先 不再 不凡 不分 不则声 不啻 不多时 不奈 不好 不定 不定期 不实 "
    "不容许 不对 不少 不尽 不已 不常 不当 不往 不得不 不得不尔 不得体 不得已 不必 不忙 不快 "
    "不慢 不敢 不断 不早 不晚 不暇 不曾 不期 不正 不正经 不点 不独 不由得 不禁 不约 不经 "
    "不能不 不自 不自在 不见得 不觉 不许 不过意 不远 不迟 不迭 不难 不须 不齐 未乱 未亏 未便 "
    "未免 未再 未几 未分 未加 未同 未定 未尝 未尽 未必 未愈 未抵 未敢 未曾 未本着 未来式 未然 "
    "未确定 未竟 未经 未见得 未觉")

# Particles and prepositions that never stand inside a term (titles, which may hold
# them, come from the title source), and the negations with their adverbs. They end a run
# of words like punctuation does, which halves the n-grams to count; as a neighbour they
# mark a free boundary, which is how the statistics treat a run's edge.
BREAK_WORDS = _words(
    "的 了 着 过 在 是 对 将 为 把 被 从 向 由 于 以 其 所 之 该 此 这 那 并 等 也 都 又 还 "
    "就 而 或 即 使 让 给 已 曾 很 不 未 没有 应 须 要 会 可 能 则 因 但 却 如 若 到 至 "
    "以及 及其 与其 根据 按照 依照 关于") | NEGATION_ADVERBS


def mark_breaks(words: Sequence[str]) -> list[str]:
    """``words`` with every punctuation mark, symbol, space and :data:`BREAK_WORDS` word
    replaced by :data:`BREAK`.

    n-grams never cross a break: terms do not contain ，or 。, and a title's brackets
    are its boundaries. Marking breaks in one flat list, rather than cutting the
    sentence into runs, lets the counting work on a whole sentence at a time.
    """
    breaks = BREAK_WORDS
    if RELATIVE in words:
        words = _join_relatives(words)
    return [w if w[0].isalnum() and w not in breaks else BREAK for w in words]


RELATIVE = "所"
"""The particle that makes a relative clause of the verb after it, one word with it (所述
"that [the report] covers", 所涉, 所需 "required"): the clause modifies the noun it
stands before."""


def is_relative(word: str) -> bool:
    """Whether ``word`` is a relative clause of :data:`RELATIVE` made one word (所述, 所需)."""
    return len(word) == 2 and word[0] == RELATIVE


def _join_relatives(words: Sequence[str]) -> list[str]:
    """``words`` with :data:`RELATIVE` and a verb of one character after it made one word,
    as the dictionary makes 所述 and 所涉: the segmenter cuts most of them apart (所|需|资源,
    resource requirements), and 所 alone is a break word, so the term it opens was never
    counted. A break word after it (所|以, 所|在) is no verb of a relative clause."""
    joined: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        after = words[i + 1] if i + 1 < len(words) else ""
        if word == RELATIVE and len(after) == 1 and has_cjk(after) and after not in BREAK_WORDS:
            joined.append(word + after)
            i += 2
        else:
            joined.append(word)
            i += 1
    return joined
