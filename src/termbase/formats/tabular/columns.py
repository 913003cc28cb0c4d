"""Column recognition: what a header, as people write it in Chinese or English, means."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from termbase.text.chinese import has_cjk


class Col(NamedTuple):
    """What a column holds: a kind (see the ``K_*`` constants) and optionally a language."""

    kind: str
    lang: str | None = None


K_ID, K_SUBJECT, K_LANG, K_TERM, K_OTHER = "id", "subject", "lang", "term", "other"
K_ABBREVIATION, K_STATUS, K_DEFINITION = "abbreviation", "status", "definition"
K_CONTEXT, K_SOURCE, K_NOTE, K_IGNORE = "context", "source", "note", "ignore"
# LONG-only kinds (a few people's files have some of them too).
K_TITLE, K_DESCRIPTION, K_SOURCE_LANG = "title", "description", "source_lang"
K_C_DEFS, K_C_NOTES, K_C_SOURCES = "concept_definitions", "concept_notes", "concept_sources"
K_XREFS, K_EXTREFS, K_C_TRANS = "cross_references", "external_references", "concept_trans"
K_L_DEFS, K_L_NOTES = "lang_definitions", "lang_notes"
K_L_SOURCES, K_L_TRANS, K_GRAPHICS = "lang_sources", "lang_transactions", "graphics"
K_TYPE, K_POS, K_GENDER, K_GEO = "term_type", "part_of_speech", "gender", "geo"
K_LOCATION, K_CUSTOMER, K_PROJECT, K_TRANS = "location", "customer", "project", "transactions"
K_SECTION, K_BACK = "language_section", "back_matter"

# Kinds that a language word in the header qualifies ('定义（英文）', 'zh other terms').
QUALIFIABLE = {K_TERM, K_OTHER, K_ABBREVIATION, K_STATUS, K_DEFINITION, K_CONTEXT}


def _normal(header: str) -> str:
    """Case-, width- and punctuation-insensitive form: 'Definition (EN)' → 'definition en'."""
    return " ".join(re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", header).casefold())
                    .split())


def _squash(header: str) -> str:
    return _normal(header).replace(" ", "")


# Later names win over earlier ones, as in a dict display.
_ALIASES: Mapping[str, Col] = MappingProxyType({
    _squash(name): col for col, names in {
        Col(K_TERM, "zh"): ("中文", "汉语", "chinese", "zh", "zh-CN", "zh-Hans", "中文术语",
                            "术语", "汉语术语", "中文名称", "词条", "Chinese term"),
        Col(K_TERM, "en"): ("英文", "英语", "english", "en", "英文术语", "译名", "equivalent",
                            "English term", "英文译名", "translation", "译文", "英文名称"),
        Col(K_TERM): ("term", "terms"),
        Col(K_OTHER): ("other terms", "other", "synonyms", "同义词", "其他术语", "variants",
                       "变体"),
        Col(K_OTHER, "zh"): ("其他中文术语", "中文其他术语", "中文同义词"),
        Col(K_OTHER, "en"): ("其他译名", "其他英文术语", "英文其他术语", "other equivalents"),
        Col(K_DEFINITION): ("definition", "definitions", "定义", "释义"),
        Col(K_CONTEXT): ("context", "contexts", "语境", "例句", "上下文", "example", "examples",
                         "用例"),
        Col(K_SOURCE): ("source", "sources", "出处", "来源", "document symbol", "文号", "文件号",
                        "symbol", "reference", "references"),
        Col(K_NOTE): ("note", "notes", "备注", "注释", "remarks", "remark", "comment",
                      "comments", "说明"),
        Col(K_ABBREVIATION): ("abbreviation", "abbreviations", "abbr", "acronym", "acronyms",
                              "缩写", "缩略语", "简称"),
        Col(K_STATUS): ("status", "状态", "term status"),
        Col(K_SUBJECT): ("subject field", "subject", "domain", "领域", "专业领域", "学科"),
        Col(K_ID): ("id", "concept id", "编号", "概念编号", "entry id"),
        Col(K_IGNORE): ("序号", "no", "number"),
        Col(K_LANG): ("lang", "language", "语言", "语种", "language code"),
        Col(K_TITLE): ("glossary title",),
        Col(K_DESCRIPTION): ("glossary description",),
        Col(K_SOURCE_LANG): ("source language",),
        Col(K_C_DEFS): ("concept definitions",),
        Col(K_C_NOTES): ("concept notes",),
        Col(K_C_SOURCES): ("concept sources",),
        Col(K_XREFS): ("cross references",),
        Col(K_EXTREFS): ("external references",),
        Col(K_C_TRANS): ("concept transactions",),
        Col(K_L_DEFS): ("language definitions",),
        Col(K_L_NOTES): ("language notes",),
        Col(K_L_SOURCES): ("language sources",),
        Col(K_L_TRANS): ("language transactions",),
        Col(K_GRAPHICS): ("graphics",),
        Col(K_TYPE): ("term type", "术语类型"),
        Col(K_POS): ("part of speech", "词性"),
        Col(K_GENDER): ("gender", "grammatical gender"),
        Col(K_GEO): ("geographical usage",),
        Col(K_LOCATION): ("term location",),
        Col(K_CUSTOMER): ("customer subsets",),
        Col(K_PROJECT): ("project subsets",),
        Col(K_TRANS): ("transactions",),
        Col(K_SECTION): ("language section",),
        Col(K_BACK): ("back matter",),
    }.items() for name in names})

_LANG_WORDS = {
    "zh": "zh", "chinese": "zh", "中文": "zh", "汉语": "zh", "en": "en", "english": "en",
    "英文": "en", "英语": "en", "fr": "fr", "french": "fr", "法文": "fr", "法语": "fr",
    "es": "es", "spanish": "es", "西班牙文": "es", "西班牙语": "es", "ru": "ru",
    "russian": "ru", "俄文": "ru", "俄语": "ru", "ar": "ar", "arabic": "ar",
    "阿拉伯文": "ar", "阿拉伯语": "ar",
}
_CJK_LANG_WORDS = tuple((w, lang) for w, lang in _LANG_WORDS.items() if has_cjk(w))

# The forms this module writes, for any language tag, case preserved ('pt-BR').
_TAG = r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*"
_WRITTEN_TERM = re.compile(r"^(?P<lang>[A-Za-z]{2}(?:-[A-Za-z0-9]{1,8})*)"
                           r"(?P<other> other terms)?$")
_WRITTEN_OTHER = re.compile(rf"^(?P<lang>{_TAG}) other terms$")
_WRITTEN_QUALIFIED = re.compile(rf"^(?P<kind>definition|context) \((?P<lang>{_TAG})\)$")


def recognise(header: str) -> Col | None:
    """What a column holds, from its header as people write it; None if unknown."""
    raw = header.strip()
    key = _squash(raw)
    if not key:
        return None
    if key in _ALIASES:
        return _ALIASES[key]
    m = _WRITTEN_TERM.match(raw) or _WRITTEN_OTHER.match(raw)
    if m:
        return Col(K_OTHER if m["other"] else K_TERM, m["lang"])
    m = _WRITTEN_QUALIFIED.match(raw)
    if m:
        return Col(m["kind"], m["lang"])
    candidates: list[tuple[str | None, str]] = []
    tokens = _normal(raw).split()
    if len(tokens) > 1:
        candidates += [(_LANG_WORDS.get(tokens[0]), "".join(tokens[1:])),
                       (_LANG_WORDS.get(tokens[-1]), "".join(tokens[:-1]))]
    for word, code in _CJK_LANG_WORDS:
        if key.startswith(word):
            candidates.append((code, key[len(word):]))
        if key.endswith(word):
            candidates.append((code, key[: -len(word)]))
    for lang, rest in candidates:
        base = _ALIASES.get(rest) if lang else None
        if base is not None and base.kind in QUALIFIABLE:
            return Col(base.kind, lang)
    return None


