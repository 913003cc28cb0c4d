"""Line pairs and stand-in glosses two learned-check test files share (test_readings,
test_slips): a term rendered one way in most units and a word of it rendered otherwise in
others."""

from termbase.check.glosses import Gloss

# 发展中国家 is "developing countries" four times; "States" renders 国家 in three more
# units; one more unit writes "developing States" inside a longer name, and its source
# holds the term.
DEVELOPING = [("发展中国家需要援助。", "Developing countries need aid."),
              ("发展中国家面临挑战。", "Developing countries face challenges."),
              ("发展中国家参加会议。", "Developing countries attended the meeting."),
              ("发展中国家提出建议。", "Developing countries made proposals."),
              ("这些国家合作。", "These States cooperate."),
              ("那些国家发言。", "Those States spoke."),
              ("许多国家投票。", "Many States voted."),
              ("小岛屿发展中国家开会。", "Small island developing States met.")]


COUNTRY = {"国家": Gloss(frozenset({"countr", "nation", "stat"}), "n"),
           "岛屿": Gloss(frozenset({"island"}), "n")}


# 技术支持 is "technical support" four times; "technical assistance" renders 技术援助 in
# four more units.
SUPPORT = [("我们提供技术支持。", "We provide technical support."),
           ("技术支持很重要。", "Technical support is important."),
           ("需要更多技术支持。", "More technical support is needed."),
           ("技术支持得到加强。", "Technical support was strengthened."),
           ("甲国需要技术援助。", "Country A needs technical assistance."),
           ("乙国获得技术援助。", "Country B received technical assistance."),
           ("丙国请求技术援助。", "Country C requested technical assistance."),
           ("丁国接受技术援助。", "Country D accepted technical assistance.")]


TECHNICAL = {"技术": Gloss(frozenset({"techni", "techno"}), "n"),
             "支持": Gloss(frozenset({"suppor", "back"}), "v")}
