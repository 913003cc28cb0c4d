"""Line pairs two learned-check tests share: "sexual violence" rendering 性暴力, "abuse"
rendering 虐待 in six units of six (儿童 stands in three of them), and "children" rendering
儿童 in five units more."""

NORM = [("甲国发生性暴力。", "Sexual violence occurred in country A."),
        ("乙国的性暴力事件增加。", "Incidents of sexual violence rose in B."),
        ("各方应打击性暴力。", "All parties should combat sexual violence."),
        ("性暴力受害者需要帮助。", "Victims of sexual violence need help.")]
ABUSE = [("儿童遭受虐待。", "Children suffer abuse."),
         ("流浪儿童遭受虐待。", "Street children suffer abuse."),
         ("残疾儿童遭受虐待。", "Children with disabilities suffer abuse."),
         ("老人遭受虐待。", "Older persons suffer abuse."),
         ("妇女遭受虐待。", "Women suffer abuse."),
         ("囚犯遭受虐待。", "Prisoners suffer abuse.")]
CHILDREN = [("儿童需要学校。", "Children need schools."),
            ("儿童应受保护。", "Children should be protected."),
            ("儿童有权游戏。", "Children have a right to play."),
            ("儿童参加了会议。", "Children took part in the meeting."),
            ("儿童健康改善。", "The health of children improved.")]
