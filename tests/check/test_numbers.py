from __future__ import annotations

import random
import re

import pytest

from termbase.check import dates, number_items, numbers
from termbase.check.dates import DASH
from termbase.check.numbers import _GROUPED, mismatches, profile


@pytest.mark.parametrize("zh, en", [
    ("2013年12月5日", "5 December 2013"),
    ("大会第六十八届会议", "the sixty-eighth session of the General Assembly"),
    ("A/RES/68/48号决议", "resolution A/RES/68/48"),
    ("1 036 201 000美元", "$1,036,201,000"),
    ("10万余枚导弹", "over 100,000 missiles"),
    ("2001年7月9日至20日", "9–20 July 2001"),
    ("三个国家", "3 States"),
    ("第7439次会议", "7439th meeting"),
])
def test_agreeing_sides(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("2013年12月5日", "6 December 2013"),
    ("第六十九届会议", "sixty-eighth session"),
    ("A/RES/68/48号决议", "resolution A/RES/68/49"),
    ("40 762 000美元", "$40,762,100"),
])
def test_differing_sides(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing and extra


# Each false-alarm class of issue 13, from official UN translations: the two sides agree.
@pytest.mark.parametrize("zh, en", [
    # paragraph and list numbering on one side only
    ("7.总干事假定，大多数成员国将继续履行义务。", "The Director General assumes that most "
     "Member States will continue to meet their obligations."),
    ("国际法委员会", "1. International Law Commission"),
    ("3. (a) 除非理事会另行作出决定", "(a) unless the council decides otherwise"),
    # date ranges, lists and month names
    ("5月10日至12日", "from 10 to 12 May"),
    ("2015年3月25日至26日", "25-26 March 2015"),
    ("2015年5月2日至5日", "from 2 to 5 May 2015"),
    ("4月8日和9日", "8 and 9 April"),
    ("2014年6月25日和9月20日", "On June 25 and September 20, 2014"),
    ("1947年5月至11月", "From May to November 1947"),
    ("7月", "July"),
    ("3月，局势恶化", "during the month of March"),
    ("在11月7日第50次会议上", "at the 50th meeting, on 7 november"),  # MultiUN lower case
    # clock times
    ("18时55分", "1855 hours"),
    ("定于2015年4月2日星期四上午10时15分举行",
     "To be held on Thursday, 2 April 2015, at 10.15 a.m."),
    ("下午4时02分", "4.02 p.m."),
    ("下午3时至6时", "3-6 p.m."),
    ("2015年4月16日夜约11时", "on 16 April 2015 at approximately 11 p.m."),
    ("11时15分", "At 1115"),
    # 万/亿 against million/billion, with currency and grouped figures
    ("2 750万美元", "$27.5 million"),
    ("19.586亿美元", "$1,958.6 million"),
    ("110多万叙利亚难民", "more than 1.1 million Syrian refugees"),
    ("每月救助200万名境内流离失所者", "two million internally displaced persons each month"),
    # ordinals, Chinese numerals, words
    ("大会第六十一届会议", "the sixty-first session of the General Assembly"),
    ("第19次会议", "19th meeting"),
    ("6个月临时所需资源", "the six-month interim resource requirements"),
    # 1 + measure word against an article
    ("以色列敌方1架侦察机", "An Israeli enemy reconnaissance aircraft"),
    ("官方汇率为3南苏丹镑兑1美元", "3 South Sudanese pounds to the United States dollar"),
    # footnote markers glued to words or punctuation
    ("联合检查组2015年工作方案；", "programme of work for 2015;2"),
    ("必须加强合作。", "Cooperation must be strengthened.3"),
    # digits in names and symbols
    ("COVID-19疫情", "the pandemic"),
    ("77国集团", "the Group of 77"),
    ("决议草案a/c.1/56/l.41/rev.1", "draft resolution A/C.1/56/L.41/Rev.1"),
])
def test_official_renderings_agree(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


# Real errors in the same constructions are still found.
@pytest.mark.parametrize("zh, en", [
    ("5月10日至12日", "from 10 to 13 May"),
    ("4月8日和9日", "8 and 10 April"),
    ("7月", "June 2015"),
    ("2015年5月2日至5日", "from 2 to 5 May 2016"),
    ("18时55分", "1856 hours"),
    ("上午10时15分", "10.25 a.m."),
    ("2 750万美元", "$27.6 million"),
    ("19.586亿美元", "$1,958.7 million"),
    ("大会第六十一届会议", "the sixty-second session of the General Assembly"),
    ("2个国家", "three States"),
    ("7.总干事假定有8个国家", "The Director General assumes 9 States"),
    ("决议草案A/C.1/56/L.41", "draft resolution A/C.1/57/L.41"),
])
def test_changed_values_found(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


def test_normalised_values() -> None:
    zh = profile("2015年5月2日至5日，2 750万美元，上午10时15分，7月", "zh")
    assert [i.normal for i in zh.strict] == ["2015-05-02", "2015-05-05", "27,500,000",
                                             "10:15", "July"]
    en = profile("from 2 to 5 May 2015, $27.5 million, 10.15 a.m.", "en")
    assert [i.normal for i in en.strict] == ["2015-05-02", "2015-05-05", "27,500,000",
                                             "10:15"]


def test_english_month_alone_is_not_strict() -> None:
    # "may" and "march" are verbs too: a month name alone never raises a finding.
    assert profile("States may wish to march on", "en").strict == ()


@pytest.mark.parametrize("zh, en", [
    # A date stamp: day, abbreviated month, two-digit year.
    ("上次发布广告的日期为2014年10月22日。", "Last advertised 22 Oct 14."),
    ("2015年3月1日", "1 Mar 2015"),
    # An article label with a Roman numeral: its Arabic part is the paragraph.
    ("第三条第2款要求。", "Article III.2 requires."),
])
def test_date_stamps_and_roman_article_labels_agree(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("上次发布广告的日期为2014年10月22日。", "Last advertised 22 Oct 15."),
    ("上次发布广告的日期为2014年10月22日。", "Last advertised 23 Oct 14."),
    ("第三条第2款要求。", "Article III.3 requires."),
])
def test_a_changed_date_stamp_or_paragraph_is_still_found(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en"))[0]


# Issue 13, evening round: a date of another calendar, a year said relative to another,
# a footnote marker after a heading's year range (official UNv1 lines).
@pytest.mark.parametrize("zh, en", [
    ("回历1436年7月25日(公历2015年5月14日)9时40分",
     "At 0940 hours on 25 Rajab A.H. 1436 (14 May A.D. 2015)"),
    ("伊斯兰历1436年9月1日", "1 Ramadan 1436"),
    ("2014年国内总产值增长率估计为4.0％，而2013年为3.7％。",
     "GDP growth of 4.0 per cent in 2014, compared with 3.7 per cent in the previous year."),
    ("2014年的预算低于次年。", "The budget for 2014 was lower than in the following year."),
    ("2013年的数字高于上一年。", "The figure for 2013 was higher than for 2012."),
    ("2. 2013 - 2014年财政资源总览", "Table 2: Overview of financial resources, 2013-2014 7"),
])
def test_other_calendars_relative_years_and_heading_markers_agree(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("回历1436年7月25日", "26 Rajab A.H. 1436"),  # the day of another calendar
    ("回历1436年7月25日", "25 Rajab A.H. 1437"),  # its year
    ("公历2015年5月14日", "15 May 2015"),  # the Gregorian calendar keeps its months
    ("2014年增长4％，而2012年为3％。", "4 per cent in 2014, 3 per cent in the previous year."),
    ("2013-2014年财政资源", "Financial resources, 2013-2015"),
    ("2013-2014年资源共7项", "Resources, 2013-2014: 8 items"),  # a quantity, not a marker
])
def test_changed_days_years_and_numbers_beside_them_are_still_found(zh: str, en: str
                                                                    ) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


# Issue 13, night round (2023 sample development part and the README's left classes):
# numbers said in words beyond one word, a name's digits standing for a year, words
# joined by a slash, an abbreviated reference glued to its number.
@pytest.mark.parametrize("zh, en", [
    ("在6个区域通过或修订了157项法律。",
     "One hundred and fifty-seven laws across six regions adopted or amended."),
    ("1200人", "one thousand two hundred people"),
    ("过去20年里", "over the past two decades"),
    ("10年来", "for a decade"),
    ("50年", "half a century"),
    ("12个国家", "a dozen countries"),
    ("50%的国家", "half of the countries"),
    ("2019冠状病毒病的应对", "the response to COVID-19"),
    ("审议了联合国艾滋病毒/艾滋病联合规划署的报告",
     "Having considered the report of the Joint United Nations Programme on HIV/AIDS"),
    ("根据第46条", "under r.46"),
    ("2016年头3个月", "the first trimester of 2016"),
    ("2016-2017两年期", "the biennium 2016-2017"),
    ("会议于22 April 2015举行。", "The meeting was held on 22 April 2015."),
    # A clock time with a colon, Roman numerals of articles, a scale said with an article
    # or a half, zero said as a word, a space after a dot inside a symbol.
    ("上午10:00－下午1:00", "10 a.m.-1 p.m."),
    ("会议于15:30举行", "the meeting was held at 3.30 p.m."),
    ("第4条和第19条", "article iv and article xix"),
    ("第3和第19条", "Articles III and XIX"),
    ("100万人", "a million people"),
    ("5亿儿童", "half a billion children"),
    ("以41票对0票获得通过", "adopted by 41 votes to none"),
    ("A/C.2/57/SR.2-8", "a/c. 2/57/sr.2-8"),
    # An article's paragraph as a decimal, a digit in parentheses as one character, 余
    # before 万, a footnote's number opening its line.
    ("第四条第1款", "article 4.1"),
    ("第二条草案第⑴款", "draft article ii, paragraph 1"),
    ("1 400余万美元", "over $14 million"),
    ("以多部门的方式", "18 Tomasevski, the approach"),
    ("103 e2(2)报告第102段", "e2(2) report, paragraph 102"),
])
def test_numbers_in_words_names_and_references_agree(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("在6个区域通过了158项法律。", "One hundred and fifty-seven laws across six regions."),
    ("过去30年里", "over the past two decades"),
    ("13个国家", "a dozen countries"),
    ("2020冠状病毒病", "COVID-19"),
    ("根据第47条", "under r.46"),
    ("2016年头4个月", "the first trimester of 2016"),
    ("会议于22 April 2015举行。", "The meeting was held on 23 April 2015."),
    ("上午10:00－下午2:00", "10 a.m.-1 p.m."),
    ("第5条", "article iv"),
    ("200万人", "a million people"),
    ("以41票对2票获得通过", "adopted by 41 votes to none"),
    ("见A/C.2/57/SR.3", "see A/C. 2/57/SR.2"),
    ("第四条第2款", "article 4.1"),
    ("第二条草案第⑵款", "draft article ii, paragraph 1"),
    ("1 500余万美元", "over $14 million"),
    ("26个国家", "25 countries"),
    ("A/RES/68/48号决议", "resolution A/RES/68/49 on HIV/AIDS"),
])
def test_changed_numbers_said_in_words_or_names_are_still_found(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


# Issue 13, tenth round: a day of the month said alone on one side (the context gives
# its month and year), and cited paragraphs' numbers said alike.
@pytest.mark.parametrize("zh, en", [
    ("22日，安全理事会举行了会议。", "On 22 April 2015, the Security Council met."),
    ("同月22日，安全理事会举行了会议。", "On 22 April, the Security Council met."),
    ("2015年4月22日，安全理事会举行了会议。", "On the 22nd, the Security Council met."),
    ("第2231(2015)号决议第3和第4段", "paragraphs 3 and 4 of resolution 2231 (2015)"),
    ("见第3至5段", "see paras. 3-5"),
    ("第1000段。", "Paragraph 1000."),  # the whole label, not its first three digits
    ("见第1348段", "see para. 1348"),
])
def test_days_alone_and_cited_paragraphs_agree(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("22日，安全理事会举行了会议。", "On 23 April 2015, the Security Council met."),
    ("2015年4月22日举行了会议。", "the 22nd meeting was held."),  # an ordinal, no day
    ("第22号决定", "decision of 22 April"),  # 第…号 numbers a document
    ("2023月7日至10日", "7–10 February 2023"),  # a month of digits no month reads
    ("第2231(2015)号决议第3段", "paragraph 4 of resolution 2231 (2015)"),
    ("第1000段", "paragraph 1001"),  # a four-digit label compared whole
    ("见下文第61(c)段", "below"),  # no document cited: the paragraph is compared
    ("互联网治理", "reaffirms paragraphs 55 to 65 of resolution 70/125"),  # nor rendered
    ("（见A/63/777，第11段）", "(see A/63/777, para."),  # a paragraph cited, cut off
    # A paragraph one side cites and the other leaves out, though both cite its
    # document: by the judging rules a value stated on one side only is a difference.
    ("根据第2231(2015)号决议第3段", "pursuant to resolution 2231 (2015)"),
    ("根据第2231(2015)号决议", "pursuant to paragraph 3 of resolution 2231 (2015)"),
    ("（见A/63/777，第11段）", "(see A/63/777)"),
])
def test_changed_days_and_paragraphs_are_still_found(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


def test_a_cited_paragraph_is_shown_as_one() -> None:
    item = profile("paragraph 3 of resolution 2231 (2015)", "en").strict[0]
    assert (item.normal, item.value) == ("paragraph 3", "p:3")


# Twelfth round: scales, ranges and dates the lower-cased MultiUN text writes its own way.
@pytest.mark.parametrize("zh, en", [
    ("费用估计数为0.8百万美元", "the cost is estimated at $0.8 million"),
    ("增加3千万人", "an increase of 30 million people"),
    ("会议时间为上午9:00－10:00", "the meeting is held from 9−10 a.m."),
    ("上午10时－11时举行", "held from 10 to 11 a.m."),
    ("2015年5月2日－5日", "from 2 to 5 May 2015"),
    ("2003年4月9日的信", "the letter dated 9.4.2003"),
    ("1955年1月10日出生", "born on 10.01.1955"),
    ("1348. 2005年，委员会举行了会议", "in 2005, the committee met"),
])
def test_scales_shared_periods_dotted_dates_and_long_labels_agree(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("费用估计数为0.8百万美元", "the cost is estimated at $0.9 million"),
    ("会议时间为上午9:00－10:00", "the meeting is held from 9−11 a.m."),
    ("2003年4月9日的信", "the letter dated 9.5.2003"),
    ("2003年4月9日的信", "the letter dated 4.9.2003"),
    ("1348. 2005年，委员会举行了会议", "in 2006, the committee met"),
    ("2005年，委员会举行了1348次会议", "in 2005, the committee held meetings"),
])
def test_changed_scales_ranges_and_dotted_dates_are_still_found(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


# Thirteenth round: a date naming an event, a symbol pair typed with a space, a footnote
# marker between two Chinese sentences, an abbreviated reference's number, a figure
# numbered in Roman numerals.
@pytest.mark.parametrize("zh, en", [
    ("在9-11事件中丧生的受害者", "the victims who perished on 11 september"),
    ("5·12地震之后", "after the earthquake of 12 May"),
    ("（a/es-10/413- s/2008/144）", "(a/es-10/413-s/2008/144)"),
    ("发挥积极作用。 8 采用新的债务工具", "the mechanisms discussed.8 the introduction of debt"),
    ("执行法(1995，c.25)", "implementation act (1995, c. 25)"),
    ("图14说明了第五十四条的实施情况", "article 54 is illustrated in figure xiv"),
])
def test_date_names_spaced_symbols_and_markers_agree(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("在9-11事件中丧生的受害者", "the victims who perished on 12 september"),
    ("（a/es-10/413- s/2008/144）", "(a/es-10/413-s/2008/145)"),
    ("发挥积极作用。 8 采用了12项措施", "the mechanisms discussed.8 it adopted 13 measures"),
    ("执行法(1995，c.25)", "implementation act (1995, c. 26)"),
    ("图14说明了第五十四条的实施情况", "article 54 is illustrated in figure xv"),
])
def test_changed_date_names_symbols_and_references_are_still_found(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


# Fourteenth round: footnote markers after a word or a label's number, a year range
# with a two-digit second year, a clock time typed with a space after its dot.
@pytest.mark.parametrize("zh, en", [
    ("在第7号决定 12 第34段和第9号决定13 第13段规定的范围之内",
     "within paragraph 34 of decision 7 and paragraph 13 of decision 9"),
    ("提交报告的缔约国2", "states parties that submitted reports"),
    ("备选案文4 3", "option 4"),
    ("2008-2009年期间", "in 2008-09"),
    ("社区恢复计划（2022-2024年）", "the community recovery plan (2022–24)"),
    ("会议于上午11时25分开始", "the meeting began at 11. 25 a.m."),
])
def test_markers_after_words_short_year_ranges_and_spaced_times_agree(zh: str, en: str
                                                                      ) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # A count, a label's number before punctuation, a contents line's page number.
    ("增加 20 亿", "an increase of 3 billion"),
    ("备选案文4 3个", "option 4"),
    ("目标5，而且", "and"),
    ("船员的保护 66", "protection of ships' crews"),
    ("2008-2009年期间", "in 2008-10"),
    ("经社理事会第2021/26号决议", "council resolution 2021/27"),
    ("会议于上午11时25分开始", "the meeting began at 11. 26 a.m."),
])
def test_counts_labels_and_changed_ranges_or_times_are_still_found(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


def test_a_resolution_number_is_no_short_year_range() -> None:
    # "2021/26" numbers a resolution: no year 2026 is stated.
    assert "n:2026" not in profile("resolution 2021/26", "en").lenient


@pytest.mark.parametrize("zh, en", [
    ("建议", "chapter 4. recommendations"),
    ("第4章 建议", "recommendations"),
    ("电话：702-4963", "tel. 702.4963"),
    ("电话：963 3777", "tel. 963-3777"),
])
def test_heading_labels_and_telephone_numbers_agree(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # A section cited in a sentence, a chapter cited mid-line, another telephone number.
    ("该法典规定", "section 17 of title vii of said code provides"),
    ("如第4章所述", "as set out"),
    ("电话：702-4963", "tel. 702.4964"),
])
def test_cited_sections_and_changed_telephone_numbers_are_still_found(zh: str, en: str
                                                                      ) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


def test_a_language_code_with_an_underscore_is_read_as_its_language() -> None:
    # A draft whose tool writes "zh_CN" must have its Chinese dates read as Chinese: the
    # profile of 2015年5月2日至5日 is the same whichever way the region is joined.
    text = "会议于2015年5月2日至5日举行。"
    assert profile(text, "zh_CN") == profile(text, "zh-CN") == profile(text, "zh")
    assert profile(text, "zh_CN") != profile(text, "en")


# 万亿 is one scale, a trillion: 8.8万亿 is not 8.8万 before a stray 亿.
def test_wan_yi_is_a_trillion() -> None:
    zh = "资产分别约为8.8万亿美元和1.5万亿美元"
    assert mismatches(profile(zh, "zh"),
                      profile("assets of about $8.8 trillion and $1.5 trillion", "en")) == ([], [])
    missing, extra = mismatches(profile(zh, "zh"),
                                profile("assets of about $8.8 billion and $1.5 trillion", "en"))
    assert [i.text for i in missing] == ["8.8万亿"] and [i.text for i in extra] == ["8.8 billion"]


# A decade named by century and tens is the year English names it by; without the century
# it may be either century's.
@pytest.mark.parametrize("zh, en", [
    ("20世纪90年代以来", "since the 1990s"),
    ("二十世纪九十年代", "in the 1990s"),
    ("影响本世纪20年代的剩余时间", "the remainder of the 2020s"),
    ("80年代初", "the early 1980s"),
])
def test_decades_agree(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("20世纪90年代以来", "since the 1980s"),
    ("八十年代", "the 1990s"),
])
def test_a_changed_decade_is_still_found(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) != ([], [])


# A scale in the plural is a unit ("billions of dollars" heading a table: 单位：10亿美元),
# and "a thousand" is 1 000 as "a million" is 100万.
@pytest.mark.parametrize("zh, en", [
    ("(单位：10亿美元)", "(billions of united states dollars)"),
    ("单位：10亿美元", "in billions of dollars"),
    ("1 000多人", "more than a thousand people"),
])
def test_scales_said_as_units_or_with_an_article_agree(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


def test_a_scale_unit_does_not_excuse_another_amount() -> None:
    assert mismatches(profile("(单位：100万美元)", "zh"),
                      profile("(billions of dollars)", "en")) != ([], [])


# A Roman numeral between "the" and a name is the event's ordinal (第十五届 "the XV
# Conference"), in a lower-cased text too.
@pytest.mark.parametrize("en", [
    "co-organized the XV Women's Regional Conference with 30 Governments",
    "co-organized the xv women's regional conference with 30 governments",
])
def test_a_roman_ordinal_before_a_name_agrees(en: str) -> None:
    zh = "共同举办了第十五届妇女区域会议，30个国家的政府"
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


def test_a_changed_roman_ordinal_is_still_found() -> None:
    assert mismatches(profile("第十五届妇女区域会议", "zh"),
                      profile("the xiv women's regional conference", "en")) != ([], [])


# Noon names its hour, and "between 3 and 6 p.m." shares one p.m. as "3 to 6 p.m." does.
@pytest.mark.parametrize("zh, en", [
    ("会议于中午12时开始", "the meeting began at 12 noon"),
    ("会议于中午12时开始", "the meeting began at noon"),
    ("会议于下午3时至6时举行", "the meeting was held between 3 and 6 p.m."),
])
def test_noon_and_a_time_range_with_and_agree(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("会议于上午11时开始", "the meeting began at 12 noon"),
    ("会议于下午4时至6时举行", "the meeting was held between 3 and 6 p.m."),
])
def test_a_changed_hour_beside_noon_or_in_a_range_is_still_found(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) != ([], [])


# Issue 13's named classes absent from the tuning parts, constructed: a financial period
# with a slash, footnote markers written "1/", a half, a fraction in words, midnight and
# a decimal in Chinese numerals. MultiUN-style lower-cased English reads the same.
_WORDED_AGREEING = [
    ("2005-2006年两年期方案预算", "the programme budget for the biennium 2005/06"),
    ("2014/15年度预算", "the budget for 2014-2015"),
    ("委员会注意到该报告", "The Committee took note of the report 1/"),
    ("会员国的报告和意见", "reports of Member States 2/ and their views"),
    ("一半以上的国家", "more than 50 per cent of the countries"),
    ("半数成员国", "50% of Member States"),
    ("2/3的成员", "two thirds of the members"),
    ("以2/3多数通过", "adopted by a two-thirds majority"),
    ("午夜12时", "at midnight"),
    ("晚上12时", "12 midnight"),
    ("24时", "midnight"),
    ("增长了百分之二点五", "grew by 2.5 per cent"),
]


@pytest.mark.parametrize("zh, en", _WORDED_AGREEING)
def test_worded_and_period_forms_agree(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])
    assert mismatches(profile(zh, "zh"), profile(en.lower(), "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("2006-2007年两年期", "the biennium 2005/06"),
    ("2005-2006年", "2005/07"),
    ("第2013/14号决议", "resolution 2013/15"),
    ("午夜12时", "12 noon"),
    ("晚上11时", "12 midnight"),
    ("增长了百分之二点五", "grew by 3.5 per cent"),
    ("一半以上的国家", "more than 60 per cent of the countries"),
    ("三分之二多数", "a 3/4 majority"),
    ("2/3的成员", "two fifths of the members"),
    ("第1/号", "No. 2"),
])
def test_worded_and_period_forms_still_differ(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


# A joint document's symbols, joined by a hyphen on one side and by a dash or a word on
# the other, are the same two symbols.
@pytest.mark.parametrize("zh, en", [
    ("秘书长的报告(A/78/80-E/2023/64)", "report of the Secretary-General (A/78/80–E/2023/64)"),
    ("A/76/871和S/2022/493", "A/76/871-S/2022/493"),
    ("A/ES-10/413- S/2008/144", "A/ES-10/413 – S/2008/144"),
])
def test_joint_symbols_agree(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])
    assert mismatches(profile(zh, "zh"), profile(en.lower(), "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("(A/78/80-E/2023/64)", "(A/78/80–E/2023/65)"),
    ("A/78/80-E/2023/64", "A/78/81–E/2023/64"),
    ("A/ES-10/413", "A/ES-10/414"),
])
def test_joint_symbols_still_differ(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing and extra


def test_bracketed_amount_keeps_its_scale() -> None:
    # A draft marks a figure for confirmation in square brackets, the scale outside them.
    zh = profile("妇女署收到缴款[5.454亿美元]", "zh")
    assert mismatches(zh, profile("The Entity received [$545.4] million", "en")) == ([], [])
    assert mismatches(zh, profile("the entity received [$545.4] million", "en")) == ([], [])
    missing, extra = mismatches(zh, profile("The Entity received [$545.5] million", "en"))
    assert missing and extra


# The year a text is written in, said relatively on one side: it stands for one year the
# other side names, never for two, and never hides the side's own year.
@pytest.mark.parametrize("zh, en", [
    ("各职司委员会今年提交的报告表明，《2030年议程》仍可实现。",
     "The 2023 submissions by the functional commissions show the 2030 Agenda within reach."),
    ("2023年的报告", "the report for this year"),
    ("本年度报告", "the 2023 report"),
])
def test_this_year_stands_for_one_year(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])
    assert mismatches(profile(zh, "zh"), profile(en.lower(), "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("今年提交的报告", "the 2023 and 2024 submissions"),
    ("今年（2023年）的报告", "this year's (2026) report"),
    ("今年的预算为500万美元", "the 2023 budget is $6 million"),
])
def test_this_year_hides_no_other_difference(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


def test_protocol_numbered_in_roman() -> None:
    # The Chinese may number a protocol in digits where English writes a Roman numeral.
    zh = profile("《第1号附加议定书》第79条", "zh")
    assert mismatches(zh, profile("article 79 of Additional Protocol I", "en")) == ([], [])
    assert mismatches(zh, profile("article 79 of additional protocol i", "en")) == ([], [])
    missing, _ = mismatches(zh, profile("article 79 of Additional Protocol II", "en"))
    assert missing


# A segment is searched for a pattern only where a cheaper screen finds what every match
# of it holds (a digit; a clock's colon, "hours" or a.m./p.m.; a month's first letters;
# a letter before a name's digits; a decimal point; "para"; 时, 点 or a colon after a
# Chinese hour).
# A screen must never hide a match: with screens that let every text through, every
# item and value read is the same.
_SCREENED = [
    "大会第六十八届会议", "the sixty-eighth session", "三个国家", "three States", "May 2015",
    "5 June", "on 22 oct 14", "2015年5月2日至5日", "上午10时15分", "10.15 a.m.", "3-6 p.m.",
    "at 1855 hours", "9:45", "12 noon", "COVID-19 and G-77", "A/RES/68/48号决议",
    "resolution 2021/26", "2008-09", "9.4.2003", "call 702-4963", "Protocol,2 and",
    "see r.46 and No.5", "article 4.1", "Chapter 4", "第3段", "paragraph 3", "PARA. 5",
    "Overview, 2013-2014 7", "增加20 亿", "$27.5 million", "10万余枚导弹", "缔约国2",
    "于22 April 2015举行", "the previous year, 2014", "一半", "half of the States", "nil",
    "Rule 4.1", "ARTICLE 12.3", "Paragraphs 3 and 4", "Q‑12", "H5N1", "下午3时至6时", "9点",
    "9：30",
]


def _screens_open(monkeypatch: pytest.MonkeyPatch) -> None:
    everything = re.compile("")
    for name in ("_DIGIT", "AM_PM", "_NAME_DIGIT", "_DECIMAL", "_ABBREVIATION_DOT",
                 "ZH_CLOCK_MARK"):
        monkeypatch.setattr(numbers, name, everything)
    monkeypatch.setattr(numbers, "MONTH_STEMS", ("",))
    monkeypatch.setattr(numbers, "_PARAGRAPH_WORD", "")


def test_screens_hide_no_match(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(41)
    pieces = [*_SCREENED, *" ,.;:-/\n", "2015", "7", "12", "年", "月", "日", "时"]
    texts = [*_SCREENED, *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
                          for _ in range(3_000))]
    screened = [(profile(t, "zh"), profile(t, "en")) for t in texts]
    _screens_open(monkeypatch)
    assert [(profile(t, "zh"), profile(t, "en")) for t in texts] == screened


_PLAIN = {
    "_NUMBER": re.compile(rf"(?<![\d.])(?:{_GROUPED}(?:\.\d+)?|\d+(?:\.\d+)?)"),
    "DOTTED_DATE": re.compile(
        r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:1[89]|20)\d\d)(?![\d.]?\d)"),
    "_TELEPHONE": re.compile(rf"(?<![\d.,{DASH}])(\d{{3}})[.{DASH}](\d{{4}})(?![\d.,]?\d)"),
    "_EN_FOOTNOTE": re.compile(r"(?<=[A-Za-z;:,)\]”’\"'])\d{1,2}(?=[\s,;)]|$)",
                               re.MULTILINE),
    "_EN_ROMAN_LABEL": re.compile(r"(?<![\w.])[IVXLC]{1,6}\.\d{1,2}(?![\d.])"),
    "_EN_TRAILING_MARKER": re.compile(r"(?<=\d{4})[ \t]+\d{1,2}[ \t]*$", re.MULTILINE),
    "ZH_DATE_NAME": re.compile(
        rf"(?<![\d.])(\d{{1,2}})\s*[·．{DASH}]\s*(\d{{1,2}})(?=[\u4e00-\u9fff])"),
    "_ZH_ONE": re.compile(r"(?<![\d.,])1(?=[\u4e00-\u9fff])(?![年月日时点分号])"),
}


_PIECES = [*"0123456789" * 4, *"..,,-–—－−/ \t\u3000\u2009\u00a0\n;:)]”’\"'",
           *"aAbIVXLCivx年月日号第国‑·．", "COVID", "H5N1", "1,234", "12 345", "2005", "702"]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(n)]


_LINE_STARTS = ["_NUMBERING", "_LONG_LABEL", "_LEADING_LABEL", "_CHAPTER_LABEL"]


_LABELLED = ["7. ", "1．", "(a) ", "b) ", "(iv) ", "3.2 ", "1348. 2005年", "18 Tomasevski",
             "Chapter 4", "Part 2: ", "第4章 ", "section 17 of", "iv. ", "  12 per cent",
             "Recommendations", "会员国", "\n", "\n", " "]


# The number check's patterns searched in every segment open with their first character,
# their lookbehind right after it (so that the regex engine skips to that character): each
# must match exactly what its plain form, lookbehind first, matches.

@pytest.mark.parametrize("name", sorted(_PLAIN))
def test_pattern_reads_as_its_plain_form(name: str) -> None:
    module = dates if hasattr(dates, name) else numbers
    pattern, plain = getattr(module, name), _PLAIN[name]
    texts = [*_texts(29, 20_000), "see table IV.2 and II.10, 1,234.5 or 9.4.2003", "9-11事件",
             "增加1个", "Protocol,2 and", "call 702-4963 or 702.4963", "A1 12 345 678"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)], text


@pytest.mark.parametrize("name", _LINE_STARTS)
def test_a_one_line_text_is_asked_at_its_start_only(name: str) -> None:
    # ^ in MULTILINE mode matches at the text's start and after each \n: a text without
    # one has no other place to match.
    pattern = getattr(numbers, name)
    assert pattern.flags & re.MULTILINE and pattern.pattern.startswith("^")
    rng = random.Random(31)
    texts = ["".join(rng.choice(_LABELLED) for _ in range(rng.randint(1, 4)))
             for _ in range(5_000)]
    assert any("\n" not in t and pattern.match(t) for t in texts)
    for text in texts:
        assert [m.span() for m in numbers._at_line_starts(pattern, text)] == [
            m.span() for m in pattern.finditer(text)], text


def test_without_numbering_removes_the_first_label_of_any_line() -> None:
    plain = number_items.HEADING_LABEL
    rng = random.Random(37)
    for _ in range(5_000):
        text = "".join(rng.choice(_LABELLED) for _ in range(rng.randint(1, 4)))
        assert numbers.without_numbering(text) == plain.sub(
            "", numbers._NUMBERING.sub("", text, count=1), count=1), text


def test_a_grouped_number_keeps_its_decimals() -> None:
    # UNv1 development set: "1,630.8 kg" was read as 1,630 (the grouped form had no
    # decimals), a false alarm against 1630.8千克; a changed decimal is still caught.
    zh = profile("已将1630.8千克六氟化铀装入级联", "zh")
    assert mismatches(zh, profile("had fed 1,630.8 kg of UF6", "en")) == ([], [])
    assert [i.value for i in profile("a total of 12 345.25 tons", "en").strict] == ["n:12345.25"]
    missing, extra = mismatches(zh, profile("had fed 1,630.9 kg of UF6", "en"))
    assert missing and extra


# Clock times of the UNv1 development set (issue 13, the fresh part).
@pytest.mark.parametrize("zh, en", [
    # a time right after a paragraph label, whose space the label's match took
    ("2. 13时10分，在边界线上", "2. At 1310, near the borderline"),
    # an hour without period or minutes after a date's day, and in a range of hours
    ("2014年6月18日11时至12时，25名以上工作者被绑架",
     "Between 1100 and 1200 hours on 18 June 2014, over 25 workers were abducted"),
    # such an hour alone may be a time the other side states
    ("禁止酒吧在22时后营业。", "Bars are forbidden to stay open later than 10 p.m."),
    # 零时, the day's first hour
    ("并于2015年2月15日零时起严格执行", "as from 0000 hours on 15 February 2015"),
])
def test_clock_times_of_the_fresh_part_agree(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("禁止酒吧在22时后营业。", "later than 11 p.m."),
    ("2014年6月18日11时至12时", "between 1100 and 1300 hours on 18 June 2014"),
    ("2. 13时10分，在边界线上", "2. At 1320, near the borderline"),
    ("当人数达到22时", "when the number reaches 23"),
])
def test_a_bare_hour_still_differs(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


# A range whose dash the other side lost, its two ends' digits glued into one number
# (the UNv1 development set's English: "aged 1564", "Articles 4653", "for20112012b").
@pytest.mark.parametrize("zh, en", [
    ("15至64岁妇女从事非农带薪工作的比例", "The proportion of women aged 1564 employed"),
    ("虽然第46 - 53条给予夫妻双方平等离婚权利", "are given to both spouses by Articles 4653"),
    ("基于2011 - 2012年活动报告的绩效评价", "based on activities reported for20112012b"),
])
def test_a_range_glued_where_its_dash_was_lost_agrees(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])
    assert mismatches(profile(en, "en"), profile(zh, "zh")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("15至64岁妇女", "women aged 1565"),
    ("15至64岁妇女", "women aged 1564 and 70"),
    ("15和64", "15 and 1564"),
])
def test_a_glued_number_that_is_no_range_of_the_other_side_differs(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


# Footnote markers of the UNv1 development set: glued before a sentence's full stop in
# Chinese, in square brackets after the sentence in English.
@pytest.mark.parametrize("zh, en", [
    ("特别是与技术支助有关的活动和管理活动1。",
     "in particular those related to technical assistance and managerial activities."),
    ("表明有1 690个建筑遭到系统性的焚烧，这表明存在某种程度的规划。",
     "showing the burning of 1,690 structures, indicating a certain level of planning.[23]"),
])
def test_footnote_markers_of_the_fresh_part_are_no_values(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # a count has its measure word; after 为 or 至 the digits are the value
    ("增加了12个。", "increased by 13."),
    ("比例降至12。", "fell to 13."),
    # a bracketed figure set off by a space is no marker
    ("有23个建筑", "there were [24] structures"),
])
def test_numbers_beside_a_marker_s_place_still_count(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


def test_a_section_numbered_with_dots_after_its_abbreviation_is_its_number() -> None:
    # UNv1 development set: "s.10.103(d), Title 18" for 第18编第10.103条(d)款; the dotted
    # number hid from every pattern, the Chinese 10.103 was reported missing.
    zh = profile("（《帕劳国家法典》第18编第10.103条(d)款）", "zh")
    assert mismatches(zh, profile("(s.10.103(d), Title 18 of PNC)", "en")) == ([], [])
    missing, _ = mismatches(zh, profile("(s.10.104(d), Title 18 of PNC)", "en"))
    assert missing


def test_a_parenthesised_ideograph_is_a_number_said() -> None:
    # UNv1 development set: 第七条第㈡款 is "article 7(2)"; the English 2 was reported as
    # a number the Chinese lacks. As a list's label (：㈡《北京行动纲要》, "(ii)") it is no
    # value the other side must state.
    zh = profile("在第七条第㈡款第1项中对攻击的定义做了补充", "zh")
    assert mismatches(zh, profile("adding to article 7(2)(a) a definition of attack",
                                  "en")) == ([], [])
    assert profile("行动：㈡《北京行动纲要》", "zh").strict == ()
    _, extra = mismatches(zh, profile("adding to article 7(3)(a) a definition", "en"))
    assert extra


@pytest.mark.parametrize("zh, en", [
    # UNv1 development set: the resolution named by its number alone
    ("这违反了第2118 (2013)号决议", "is a violation of resolution 2118"),
    ("这违反了第2118号决议", "is a violation of resolution 2118 (2013)"),
    ("根据第29（2013）号一般性建议", "in line with general recommendation No. 29"),
])
def test_a_numbered_document_s_year_is_part_of_its_name(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("这违反了第2118 (2013)号决议", "is a violation of resolution 2118 (2014)"),
    ("这违反了第2118 (2013)号决议", "is a violation of resolution 2119"),
    # a journal's issue states its year
    ("第23卷第2期", "vol. 23, No. 2 (2016)"),
])
def test_a_numbered_document_s_other_year_or_number_differs(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


def test_an_amount_in_parentheses_keeps_its_scale() -> None:
    # UNv1 development set: "(80) million US dollars" for 8 000万美元, read as 80.
    zh = profile("由世界银行提供8 000万美元财政援助", "zh")
    en = "the World Bank providing financial assistance of ({}) million US dollars."
    assert mismatches(zh, profile(en.format(80), "en")) == ([], [])
    missing, extra = mismatches(zh, profile(en.format(90), "en"))
    assert missing and extra
    # a parenthesis closed after the amount only is no bracket around it
    assert [i.value for i in profile("(see annex 80) million", "en").strict] == ["n:80"]


@pytest.mark.parametrize("zh, en", [
    # UNv1 development set: the year the segment before named
    ("法国于1996年、联合王国于1997年批准上述议定书。",
     "France subsequently ratified the Protocols in the same year and the United Kingdom "
     "in 1997."),
    ("同年，委员会举行了第一届会议。", "In 2014, the Committee held its first session."),
])
def test_the_same_year_stands_for_one_year_the_other_side_names(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # two years are more than one relative word can stand for
    ("法国于1996年、联合王国于1995年批准",
     "France ratified them in the same year and the UK in 1997"),
    # 同年龄 is "the same age"
    ("同年龄组的儿童", "children of the age group in 2014"),
])
def test_the_same_year_stands_for_no_more(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


@pytest.mark.parametrize("zh, en", [
    # UNv1 development set 701: a footnote's number glued to a name opening the line
    ("6克罗地亚在《京都议定书》第二承诺期的量化限减承诺基于以下谅解。",
     "Croatia's QELRC for a second commitment period under the Kyoto Protocol is based on "
     "the understanding."),
    # a paragraph's number glued to an ordinal: no count stands before one
    ("5第二个层次是国家一级的执行工作。", "The second level is implementation at the "
     "national level."),
    ("12联合国系统各实体应加强协调。", "United Nations system entities should strengthen "
     "coordination."),
])
def test_a_number_glued_to_a_word_no_count_measures_is_a_label(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])
    # whichever side is the source
    assert mismatches(profile(en, "en"), profile(zh, "zh")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # a paragraph's number glued to a demonstrative or a pronoun: no count stands before
    ("4该基金的资源用于支持各项方案。", "The resources of the Fund support the programmes."),
    ("3这些措施已经实施。", "These measures have been implemented."),
    ("6我们欢迎这一进展。", "We welcome this progress."),
    # to a conjunction or a preposition opening the clause
    ("5此外，委员会注意到该报告。", "In addition, the Committee took note of the report."),
    ("8根据该决议，委员会举行了会议。", "Pursuant to that resolution, the Committee met."),
])
def test_a_number_glued_to_a_word_of_grammar_is_a_label(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])
    assert mismatches(profile(en, "en"), profile(zh, "zh")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # a demonstrative or a word of grammar that opens with a measure word counts with it
    ("3本书已出版。", "The books have been published."),
    ("3所学校被毁。", "Schools were destroyed."),
    ("2对夫妇获得援助。", "Couples received assistance."),
    # the label aside, a year the other side changes is still found
    ("4这些国家于2012年批准了该议定书。", "These countries ratified the Protocol in 2013."),
])
def test_a_count_before_a_measure_word_opening_a_word_of_grammar_is_found(
        zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


def test_a_number_glued_to_a_word_joining_it_to_another_is_no_label() -> None:
    # 和 joins two numbers of a list, 至 a range's ends: the first is a value too
    missing, _ = mismatches(profile("3和4号决议获得通过。", "zh"),
                            profile("Resolutions 5 and 4 were adopted.", "en"))
    assert [i.text for i in missing] == ["3"]
    missing, _ = mismatches(profile("15至64岁的妇女", "zh"), profile("women aged 16 to 64", "en"))
    assert [i.text for i in missing] == ["15"]


@pytest.mark.parametrize("zh, en", [
    # a count opening the line, before its measure word, that the translation lacks
    ("13个实体报告说，有性别平等员额空缺。", "Entities reported vacancies in gender posts."),
    ("20多个国家正在加入过程中。", "Countries are in the process of acceding."),
    # 个 opens the noun 个人 "individual", which is no name: still a count
    ("4个人受伤。", "Persons were injured."),
    # 克 "gram" before a word that is no name
    ("6克海洛因被没收。", "Heroin was seized."),
    # the label aside, a year the other side changes is still found
    ("6克罗地亚于2012年批准了该议定书。", "Croatia ratified the Protocol in 2013."),
])
def test_a_count_glued_to_its_measure_word_is_still_found(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


@pytest.mark.parametrize("zh, en", [
    # session 48: a target's label whose dot a converted file set a space after
    ("消除歧视；5.2.", "Ending discrimination; 5. 2."),
    ("目标5.2。", "target 5. 2"),
    # three levels, read as the plain pattern reads 3.1.2
    ("见3.1.2节", "see section 3. 1. 2."),
])
def test_a_label_spaced_after_its_dots_agrees(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("消除歧视；5.3.", "Ending discrimination; 5. 2."),
    ("见3.1.2节", "see section 3. 2. 2."),
    # a count after a sentence's year is no label's level
    ("委员会于2014年完成。", "The Committee finished in 2014. 2 States objected."),
])
def test_a_spaced_label_of_another_number_differs(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


@pytest.mark.parametrize("zh, en", [
    # session 48: digits glued before letters open a name, in either case
    ("联合方案支持认可、减少和重新分配无偿照护。",
     "The Joint Programme supports the 3R approach to unpaid care."),
    ("联合方案支持认可、减少和重新分配无偿照护。",
     "the joint programme supports the 3r approach to unpaid care."),
    ("该倡议支持撒哈拉以南非洲12个国家。",
     "The 2gether4SRHR initiative supports 12 countries in sub-Saharan Africa."),
    ("新一代移动通信网络", "5G networks"),
])
def test_digits_opening_a_name_are_no_quantity(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # a unit's or a scale's symbol after the digits: a quantity
    ("一条6公里的道路", "a 5km road"),
    ("一座30兆瓦的电站", "a 25MW plant"),
    ("第22届会议", "the 21st session"),
    # the name aside, a year the other side changes is still found
    ("3R方案于2014年启动。", "The 3R Programme was launched in 2015."),
])
def test_digits_before_a_units_symbol_are_still_compared(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


@pytest.mark.parametrize("zh, en", [
    # session 48: an amount glued to its currency's word or code, which is no name
    ("1.31亿欧元", "Euro131 million"),
    ("500万美元", "USD5 million"),
    ("500万美元", "usd5 million"),
    # a scale's abbreviation: "bn" anywhere, "m" after a currency
    ("25亿欧元", "EUR 2.5bn"),
    ("25亿欧元", "€2.5bn"),
    ("500万美元", "US$5m"),
    # "m" after no currency is a metre
    ("一道5米高的墙", "a 5m wall"),
])
def test_an_amount_written_as_money_agrees(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("500万美元", "US$6m"),
    ("1.31亿欧元", "Euro132 million"),
    ("25亿欧元", "EUR 2.6bn"),
    # the figure agrees, the currency not (check_false_alarms.md: judged true)
    ("正常预算1.31亿欧元和预算外捐款3 300万美元",
     "Euro131 million from the regular budget and Euro33 million from extrabudgetary "
     "contributions"),
    ("2 750万美元", "27.5 million euros"),
])
def test_an_amount_of_another_figure_or_currency_differs(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing and extra


def test_a_clock_time_with_its_zone_letter_is_still_read() -> None:
    # "2359Z" (Zulu time) is the clock's 23时59分, no name
    zh = "截至2013年7月31日23时59分已不在轨道上的物体："
    assert mismatches(profile(zh, "zh"), profile(
        "no longer in orbit as at 2359Z on 31 July 2013:", "en")) == ([], [])
    missing, _ = mismatches(profile(zh, "zh"), profile(
        "no longer in orbit as at 2259Z on 31 July 2013:", "en"))
    assert missing


@pytest.mark.parametrize("zh, en", [
    # session 48: a space after the dot of a symbol's letters, before its number
    ("A/C.2/68/L.5号决议草案", "draft resolution A/C.2/68/L. 5"),
    ("S/PV.7000", "S/PV. 7000"),
])
def test_a_symbol_spaced_after_a_parts_dot_agrees(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("A/C.2/68/L.5号决议草案", "draft resolution A/C.2/68/L. 6"),
    # after a symbol's digits and a full stop, a number opens no part of it
    ("见A/68/48。6个国家", "See A/68/48. 5 States"),
])
def test_a_spaced_symbol_of_another_number_differs(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


def test_a_web_address_ending_a_sentence_takes_no_number_after_it() -> None:
    # the address's last word is no symbol's part: the year after its full stop is one
    missing, extra = mismatches(
        profile("见2021年报告。", "zh"),
        profile("See www.example.com/pharma-sector. 2020 report.", "en"))
    assert [i.text for i in missing] == ["2021"] and [i.text for i in extra] == ["2020"]


@pytest.mark.parametrize("zh, en", [
    # session 48: a footnote's number glued to the title or quotation mark opening the line
    ("4《京都议定书》第二承诺期已经开始。",
     "The second commitment period of the Kyoto Protocol has begun."),
    ("3“保护责任”概念得到广泛讨论。",
     "The concept of the \"responsibility to protect\" was widely discussed."),
])
def test_a_number_glued_to_an_opening_mark_is_a_label(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # a count with its measure word before the title mark
    ("3部《公约》已生效。", "The Conventions have entered into force."),
    # the label aside, a year the other side changes is still found
    ("4《京都议定书》于2005年生效。", "The Kyoto Protocol entered into force in 2006."),
])
def test_a_count_before_a_title_mark_is_still_found(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


@pytest.mark.parametrize("zh, en", [
    # session 49: a footnote's marker the English leaves out, set off by a space after a
    # noun, before a clause's mark or a conjunction
    ("这属于委员会的职权 1 ；大会应予审议。",
     "This falls within the mandate of the Committee; the Assembly should consider it."),
    ("人权事务委员会67 和禁止酷刑委员会都表示关切。",
     "The Human Rights Committee and the Committee against Torture expressed concern."),
    ("委员会审议了该报告 3 并通过了结论。",
     "The Committee considered the report and adopted conclusions."),
    # glued after a closing mark or a proper name, where no label's number stands
    ("根据《儿童权利公约》12，缔约国应采取措施。",
     "Under the Convention on the Rights of the Child, States parties should take measures."),
    ("该计划（2016-2020年）4，旨在消除贫困。", "The plan (2016-2020) aims to eradicate poverty."),
    ("非洲联盟5和欧洲联盟都表示支持。",
     "The African Union and the European Union expressed support."),
    # glued to a closing mark at the line's end
    ("缔约国批准了《公约》12", "States parties ratified the Convention"),
])
def test_a_footnote_marker_after_a_word_is_no_quantity(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # a count glued after a noun or a verb, with its measure word or after a value's word
    ("贫困人数增加了3倍。", "Poverty increased fourfold."),
    ("该区域共有67个国家。", "There are countries in the region."),
    ("委员会成员为18，任期四年。", "The Committee's members serve four-year terms."),
    # a label's number glued to its noun, which a misaligned English leaves out
    ("目标6：清洁饮水和卫生设施", "Participants agreed that water must become a priority."),
    ("有助于实现关于性别平等的目标5，而且有助于其他目标。", "Several presenters noted droughts."),
    # two numbers joined by the conjunction after the first
    ("委员会 3和4 都表示关切。", "The Committees expressed concern."),
    # a label's number set off from its noun, glued to the mark after it
    ("详情见附件 3，其中列出各项费用。", "The costs are listed below."),
    # a contents line's page number, set off by a space after a closing mark
    ("《儿童权利公约》 12", "Convention on the Rights of the Child"),
])
def test_a_count_or_label_after_a_word_is_still_found(zh: str, en: str) -> None:
    missing, _ = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing


def test_a_marker_place_with_a_number_on_the_other_side_is_compared() -> None:
    # the English states a number the Chinese lacks: the digits there may be that number
    # changed, so both are reported
    missing, extra = mismatches(
        profile("这属于委员会的职权 1 ；大会应予审议。", "zh"),
        profile("This falls within the mandate of the Committee; the Assembly should "
                "consider it in 2 weeks.", "en"))
    assert [i.text for i in missing] == ["1"] and [i.text for i in extra] == ["2"]


@pytest.mark.parametrize("zh, en", [
    # session 49: a paragraph's number with a letter sub-label, glued to a word of grammar
    # or set off by a space, on one side only
    ("5(a)该基金的资源用于支持各项方案。", "The resources of the Fund support the programmes."),
    ("12（b）此外，委员会表示关切。", "Furthermore, the Committee expressed concern."),
    ("5(a) 该基金的资源用于支持各项方案。", "The resources of the Fund support the programmes."),
    ("该基金的资源用于支持各项方案。", "5(a) The resources of the Fund support the programmes."),
])
def test_a_number_with_a_sub_label_opening_a_line_is_a_label(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # a paragraph cited by its number and sub-label, and a count, are still found
    ("5(a)段所述的措施已经执行。", "The measures described have been implemented."),
    ("3(a)个国家提出了报告。", "States submitted reports."),
])
def test_a_number_with_a_sub_label_before_a_counted_word_is_still_found(
        zh: str, en: str) -> None:
    missing, _ = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing


@pytest.mark.parametrize("zh, en", [
    # session 49: a resolution's number opening a line as its title's label, on one side
    ("63/121. 执行《千年宣言》", "Implementation of the Millennium Declaration"),
    ("2015/4. 执行《千年宣言》", "Implementation of the Millennium Declaration"),
    ("执行《千年宣言》", "63/121. Implementation of the Millennium Declaration"),
    ("执行《千年宣言》", "Resolution 63/121. Implementation of the Millennium Declaration"),
    ("执行《千年宣言》", "resolution 63/121."),
    ("63/121. 执行《千年宣言》", "Resolution 63/121. Implementation of the Millennium Declaration"),
])
def test_a_resolution_number_opening_a_title_is_its_label(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # two numbers of a title differ
    ("63/121. 执行《千年宣言》", "63/122. Implementation of the Millennium Declaration"),
    # a resolution cited in a sentence, not a title's label
    ("第63/121号决议。执行《千年宣言》", "Implementation of the Millennium Declaration"),
    # a contents line's page number the other side changes (each side's pagination)
    ("2004/76. 人权与特别程序 269", "human rights and special procedures 274"),
])
def test_a_resolution_number_of_a_title_is_still_compared(zh: str, en: str) -> None:
    missing, _ = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing


@pytest.mark.parametrize("zh, en", [
    # session 49: a document's part named alone after its symbol, set off by a space
    ("A/68/5和Corr.1", "A/68/5 and Corr. 1"),
    ("A/68/5及Corr.1号文件", "documents a/68/5 and corr. 1"),
    ("A/68/5/Corr.1和Corr.2", "A/68/5/Corr. 1 and Corr. 2"),
    # a symbol whose part one side joins with a slash and the other sets apart
    ("见世卫组织，A75/10/Add.4号文件，附件7。", "See WHO, document A75/10 Add.4, annex 7."),
    ("A/60/507/Corr.1", "A/60/507 and Corr.1"),
    ("A/60/507和Corr.1", "A/60/507/Corr.1"),
    # its number said apart
    ("更正1", "Corr. 1"),
])
def test_a_document_part_named_alone_agrees(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("A/68/5和Corr.1", "A/68/5 and Corr. 2"),
    ("A75/10/Add.4号文件", "document A75/10 Add.5"),
    ("A/60/507和Corr.1", "A/60/508/Corr.1"),
    ("A/60/507/Corr.1", "A/60/507"),
])
def test_a_document_part_of_another_number_differs(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


@pytest.mark.parametrize("zh, en", [
    # session 49: a scale's abbreviation before a currency's word, after a currency's
    # word of four letters, or written "mln", "bln"
    ("250万欧元", "2.5m euros"),
    ("250万美元", "2.5m US dollars"),
    ("250万欧元", "euro 2.5m"),
    ("250万欧元", "Euro 2.5M"),
    ("25亿美元", "$2.5bln"),
    ("250万美元", "$2.5mln"),
])
def test_money_with_a_scale_abbreviation_agrees(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("250万欧元", "3.5m euros"),
    ("25亿美元", "$3.5bln"),
    # a length in metres is no money: 2.5 stays 2.5
    ("长250万米", "2.5m long"),
])
def test_money_with_a_scale_abbreviation_of_another_amount_differs(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


@pytest.mark.parametrize("zh, en", [
    # session 50: "mn" and "trn", which no unit's symbol shares, read after any amount,
    # whatever currency stands beside it or none ("250 mn", "RUB 25 mn", "CNY 25mn")
    ("费用为2.5亿。", "a cost of 250 mn."),
    ("费用为2.5亿。", "a cost of 250mn."),
    ("费用为2500万卢布。", "a cost of RUB 25 mn."),
    ("费用为2500万元人民币。", "a cost of CNY 25mn."),
    ("费用为2500万卢布。", "a cost of 25 mn roubles."),
    ("费用为2.5万亿美元。", "a cost of $2.5 trn."),
    ("费用为2,500万卢布。", "a cost of 25 MN."),
])
def test_a_scale_abbreviation_no_unit_shares_is_read_after_any_amount(zh: str, en: str
                                                                      ) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("费用为2.5亿。", "a cost of 260 mn."),
    ("费用为2.5万亿美元。", "a cost of $2.6 trn."),
    # "m" and "tn" after no currency are a metre and a tonne
    ("费用为2.5亿。", "a cost of 250 m."),
    ("生产了250万吨粮食", "produced 2.5 tn of grain"),
])
def test_a_scale_abbreviation_of_another_amount_or_a_units_symbol_differs(
        zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing and extra


@pytest.mark.parametrize("zh, en", [
    # session 50: a footnote's marker set off after a document symbol, glued to it in
    # the English (lower-cased as MultiUN is) or left out there
    ("见A/61/44 1。", "See a/61/441."),
    ("（A/61/44 1）", "(a/61/441)"),
    ("见A/61/44 1，以及A/61/45。", "See A/61/44 and A/61/45."),
    ("见A/61/44 1。", "See A/61/44."),
    # and the other way round: set off in the English, glued in the Chinese
    ("见A/61/441。", "See A/61/44 1."),
])
def test_a_footnote_marker_after_a_document_symbol_is_no_quantity(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # another symbol, or the marker glued to another one, still differs
    ("见A/61/44 1。", "See a/61/442."),
    ("见A/61/44 1。", "See A/61/45."),
    ("见A/61/441。", "See A/61/44."),
    # a count spaced from its measure word is no marker
    ("见A/61/44 12 个", "See A/61/44."),
])
def test_a_symbol_or_count_beside_a_marker_place_still_differs(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


@pytest.mark.parametrize("zh, en", [
    # session 50: a group of States named by its number, rendered by a generic reference
    # that says no number: the digits are the name's
    ("代表77国集团和中国发言。", "Speaking on behalf of the Group and China."),
    ("代表77国集团发言。", "speaking on behalf of the group."),
    ("20国集团领导人", "the leaders of the Group"),
])
def test_a_groups_number_rendered_by_a_generic_reference_is_a_names(zh: str, en: str
                                                                   ) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # the English names a group by another number: compared
    ("20国集团领导人", "the leaders of the Group of Eight"),
    ("20国集团领导人", "the leaders of the G-8"),
    ("代表77国集团和中国发言。", "speaking on behalf of the group of 78 and china."),
    # no group named at all (a loose or misaligned line): compared
    ("代表77国集团发言。", "speaking on behalf of the developing countries."),
    # a count beside the name is still a count
    ("77国集团成员国有130个。", "The Group has 131 members."),
])
def test_a_groups_number_the_english_names_otherwise_or_a_count_beside_it_differs(
        zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en"))[0]


@pytest.mark.parametrize("zh, en", [
    # session 50: a footnote's marker set off by spaces on both sides after a word of
    # content that is no noun — a pronoun (之一), an adjective, a verb — or before 的 or
    # a verb, where no count stands without its measure word
    ("这是发展的重要因素之一 3 。", "This is one of the important factors of development."),
    ("该问题十分重要 5 ，需要处理。", "The issue is very important, and needs to be addressed."),
    ("各国必须加以考虑 4 。", "States must take it into account."),
    ("该问题十分重要 5 的方面。", "The important aspect of the issue."),
    ("委员会 2 认为这是重要的。", "The Committee believes this is important."),
])
def test_a_spaced_footnote_marker_after_a_word_that_is_no_noun_is_no_quantity(
        zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # a word that introduces a value before it: an aspect particle, an adverb, 达到
    ("数量增加了 3 。", "The number increased."),
    ("数量约 3 ，其余不详。", "About, the rest unknown."),
    ("人数达到 5 。", "The number reached its peak."),
    # a count with its measure word or scale (glued before, set off from a clause's mark
    # after, the number is a marker: see the test of that class below)
    ("人口可能会增加 20 亿。", "The population could increase."),
    ("共有 67 个国家。", "There are countries."),
])
def test_a_spaced_number_after_a_value_word_or_before_its_measure_is_still_found(
        zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en"))[0]


def test_a_spaced_marker_place_with_another_number_on_the_other_side_is_compared() -> None:
    missing, extra = mismatches(
        profile("这是发展的重要因素之一 3 。", "zh"),
        profile("This is one of 4 important factors of development.", "en"))
    assert [i.text for i in missing] == ["3"] and [i.text for i in extra] == ["4"]


@pytest.mark.parametrize("zh, en", [
    # session 50: a footnote's marker set off by a space before it only, glued to a
    # clause's mark after it, after a pronoun or an adjective of two characters or more
    ("这是发展的重要因素之一 3。", "This is one of the important factors of development."),
    ("该问题十分重要 5，需要处理。", "The issue is very important, and needs to be addressed."),
    ("这是其中之一 12；其余不详。", "This is one of them; the rest are unknown."),
])
def test_a_marker_spaced_before_and_glued_after_a_pronoun_or_adjective_is_no_quantity(
        zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # a verb of change or a word that introduces a value before it, a comparative's one
    # character, a noun (a label's number may be spaced from it: the draft tells), an
    # ideograph after it, another number on the other side: each compared
    ("数量增加 3。", "The number increased."),
    ("人数达到 3。", "The number reached its peak."),
    ("今年比去年高 3。", "This year is higher than last year."),
    ("详情见附件 3；大会应予审议。", "Details are in the annex; the Assembly should consider it."),
    ("这是发展的重要因素之一 3个方面。", "This is one of the aspects of development."),
    ("这是发展的重要因素之一 3。", "This is one of 4 important factors of development."),
])
def test_a_number_spaced_before_only_after_a_value_word_or_noun_is_still_found(
        zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en"))[0]


# A footnote's marker glued to the word before it and set off by a space from the clause's
# mark after it (issue 13, item 1; the class named from held-out judging in sessions
# 49-50, these lines constructed from it): the space after the digits is what a
# superscript's extraction leaves. After a pronoun, an adjective of two characters or
# more, or a verb that changes or reaches no amount (保障 "to guarantee"), the number is
# no quantity.
@pytest.mark.parametrize("zh, en", [
    ("这是可持续发展的重要因素之一114 。", "This is one of the important factors of "
     "sustainable development."),
    ("这些权利得到保障3 ；其他权利也是如此。", "These rights are guaranteed; so are others."),
    ("这一点十分重要5 ，应予考虑。", "This is very important and should be considered."),
    ("委员会对此加以审议2 。", "The Committee considered it."),
])
def test_a_marker_glued_before_and_spaced_from_a_clause_mark_is_no_quantity(
        zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # a verb of change (by the dictionary's sense), a word that introduces a value, an
    # aspect particle, a comparative's one character, an ideograph after the space,
    # glued on both sides, another number on the other side: each compared
    ("数量增加3 。", "The number increased."),
    ("数量减少5 ；", "The number fell;"),
    ("人数达到3 。", "The number reached its peak."),
    ("数量增加了3 。", "The number increased."),
    ("今年比去年高3 。", "This year is higher than last year."),
    ("这是发展的重要因素之一3 个方面。", "This is one of the aspects of development."),
    ("这些权利得到保障3；", "These rights are guaranteed;"),
    ("这是发展的重要因素之一114 。", "This is one of 115 important factors of development."),
])
def test_a_number_glued_before_a_spaced_mark_after_a_value_word_is_still_found(
        zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en"))[0]


@pytest.mark.parametrize("zh, en", [
    # a clause jieba's dictionary holds as one noun (价格下降 n: 价格 and 下降), its verb one
    # of a change in amount: the number after it is that amount, as after 下降 alone
    ("报告期内价格下降5 ；", "During the period, prices fell;"),
    ("报告期内价格下降5 。", "During the period, prices fell."),
])
def test_a_number_after_a_clause_said_as_one_noun_is_its_verb_s_amount(
        zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en"))[0]


@pytest.mark.parametrize("zh, en", [
    # a noun no verb of amount ends, the same amount on the other side, and spaces on
    # both sides (a superscript after a verb too): agreeing
    ("这是委员会的职权范围5 ；", "This is the terms of reference of the Committee;"),
    ("报告期内价格下降5 ；", "During the period, prices fell by 5 per cent;"),
    ("报告期内价格下降 5 ；", "During the period, prices fell;"),
])
def test_a_marker_after_a_noun_or_a_spaced_one_after_a_clause_still_agrees(
        zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


# A number inside a title referred to by its head (issue 13, item 1: digits inside
# names; constructed from the class): 《2030年议程》 against "the Agenda" — the year is
# the title's name, which a reference by the head alone leaves out.
@pytest.mark.parametrize("zh, en", [
    ("各国应执行《2030年议程》。", "States should implement the Agenda."),
    ("《2030年可持续发展议程》的执行情况", "implementation of the Agenda"),
    ("《2021-2026年全球艾滋病战略》和《2021年政治宣言》",
     "the Strategy and the Political Declaration"),
    ("各国应执行《2030年议程》。", "states should implement the agenda."),
])
def test_a_number_inside_a_title_referred_to_by_its_head_is_the_name_s(
        zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])
    assert mismatches(profile(en, "en"), profile(zh, "zh")) == ([], [])  # en -> zh


@pytest.mark.parametrize("zh, en", [
    # another head, a number after the article, another number elsewhere on the other
    # side, a number outside the title: each compared
    ("《2021-2026年全球艾滋病战略》", "the Political Declaration"),
    ("各国应执行《2030年议程》。", "States should implement the plan."),
    ("各国应执行《2030年议程》。", "States should implement the 2020 Agenda."),
    ("执行《2030年议程》第3段", "paragraph 4 of the Agenda"),
    ("2030年前执行《议程》", "implement the Agenda"),
])
def test_a_number_of_a_title_not_referred_to_by_its_head_is_still_found(
        zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en"))[0]


def test_a_title_named_with_some_of_its_numbers_still_differs_in_the_others() -> None:
    # the English names the title with its numbers (2025 stated), one of them changed
    zh = "《2022-2025年战略计划》首次采用双周期的方法。"
    en = "Taking a two-cycle approach for the first time, the strategic plan, 2025–2025 is new."
    assert mismatches(profile(zh, "zh"), profile(en, "en"))[0]


# A footnote's marker glued to a symbol's last digit on one side, set off from the symbol
# by a closing or end mark on the other (issue 13, item 1: markers on document symbols;
# constructed from the class, beyond a907d15's marker set off by a space): one symbol and
# its marker.
@pytest.mark.parametrize("zh, en", [
    ("见A/61/441。", "See the report (A/61/44)1 and others."),
    ("见A/61/441。", "See the report (A/61/44).1"),
    ("见（A/61/44）。1", "See a/61/441."),
    ("见A/61/44。1", "See a/61/441."),
])
def test_a_marker_glued_to_a_symbol_and_set_off_by_a_mark_on_the_other_side_agrees(
        zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # another marker, another symbol, a count after the mark, the digits after a comma or
    # after a mark and a space, and no marker on the other side at all: each compared
    ("见（A/61/44）。2", "See a/61/441."),
    ("见（A/61/44）。1", "See a/61/451."),
    ("见（A/61/44）3个国家", "See a/61/443 States"),
    ("见A/61/44，1以及", "See a/61/441, and"),
    ("见A/61/441。", "See the report (A/61/44); 1 and others."),
    ("见A/61/441。", "See A/61/44."),
])
def test_a_symbol_glued_with_digits_the_other_side_does_not_mark_still_differs(
        zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing or extra


@pytest.mark.parametrize("zh, en", [
    # a provision's paragraph cited as a decimal on one side and as the provision and its
    # paragraph on the other: one address
    ("第12.2条", "article 12, paragraph 2"),
    ("第12.2条", "article 12 (2)"),
    ("根据条例5.3", "under regulation 5, paragraph 3"),
    ("根据工作人员细则第101.2条", "under staff rule 101, paragraph 2"),
    ("第4.3条", "paragraph 3 of article 4"),
])
def test_a_provision_s_paragraph_cited_two_ways_is_one_address(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    # the same digits at each other's places, in either writing, and another paragraph
    ("第四条第3款", "article 3, paragraph 4"),
    ("第四条第三款", "article 3 (4)"),
    ("第4.3条", "article 3, paragraph 4"),
    ("第三条第2款", "Article II.3"),
    ("条例5.3", "regulation 5, paragraph 4"),
    ("第12条第2款", "article 12.3"),
    ("根据工作人员细则101.2", "under staff rule 1.2"),
])
def test_a_provision_s_paragraph_at_another_address_still_differs(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing and extra


def test_an_address_the_other_side_lists_is_stated_there() -> None:
    # 2.3 is read as an address on the Chinese side only; the English list states it
    zh, en = "根据附件第2.1和第2.3条", "pursuant to articles 2.1 and 2.3 of the statute"
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


def test_the_markers_a_text_writes_unambiguously_are_read_in_order() -> None:
    assert numbers.note_numbers("for 2015;2 and the Council3 and more[4] words", "en") == [
        2, 3, 4]
    assert numbers.note_numbers("大会注意到。1 另外，2 秘书处", "zh") == [1, 2]
    assert numbers.note_numbers("In 2015, 3 States and COVID-19 cases", "en") == []


def test_a_symbol_with_a_marker_glued_on_is_read_beside_the_symbol() -> None:
    plain = profile("见A/61/44。", "zh").strict[0]
    for en, marker in (("See A/61/441", 1), ("See a/61/44.12", 12)):
        glued = profile(en, "en").strict[0]
        assert numbers.glued_marker(plain, [glued]) == (glued, marker)
    assert numbers.glued_marker(plain, [profile("See A/61/45", "en").strict[0]]) is None
    assert numbers.glued_marker(plain, [profile("See A/61/44111", "en").strict[0]]) is None
