package org.duban.indicators.observation;

import java.util.regex.Pattern;

/**
 * A rank printed beside a figure: "同比增长4.1%、列全市第2位" (a county's 1-5月 主要经济指标完成情况, 2022), "居全省第4位",
 * "位列全市第一", "全市排名第七", "排名全省第12位". It places the region among others and is no figure of its own — but its
 * number, after 、, was read as the indicator's value (batch o's o01: 列全市第3位 became 3 亿元 of 固定资产投资). It is
 * taken out, with the 、 or comma before it, before a notice is read.
 */
final class RankPhrase {

    // (and a count of the places ranked: "分别位列全区22个县(市)区第2位和第6位", a city's half year in a news item, batch os's
    // os02 — read as 2亿元 and 6亿元 of GDP)
    private static final String REGION = "(?:全国|全省|全市|全州|全盟|全区|全县|同类县(?:市区)?|各县(?:市区)?|[^,,。;;、\\d第]{0,6}?)"
            + "(?:\\d{1,4}个[^,,。;;、\\d第]{1,8}?)?";
    // (spaces about the number as a document site's text has them: "第 5 位" — a county's speech, batch of's of02)
    private static final String ORDINAL = "第 ?[\\d一二三四五六七八九十]+ ?";
    private static final Pattern RANK = Pattern.compile("(?:[、,,]\\s*)?(?:"
            // 列全市第2位, 居全省第4位, 位居全市第3名, 排在全省第5位
            // (and of the progress: "进度居全省第二位", a city's 招商引资 item, batch od's od07 — 进度 left as a name)
            // (and its rise, and with no 位 before the clause ends: "增长9%、今年首次跃升到全省第1;…增长16.6%、列全省第2" — a
            // city's 1至10月 meeting item, batch pc's pc10, read as 1亿元 and 2亿元)
            // (and of the amount: "出口48583万美元,总额居全省第六位,同比增长24.1%", a city's 商务 summary, batch pg's pg01,
            // whose growth went to a name 总额)
            // (and held for months, in the first group of the country: "连续16个月保持全国第一方阵,近5个月连续位居全国第2,高出
            // 年度目标3个百分点" — a province's industry work conference, round 69's rk08, whose implied target was lost)
            + "(?:(?:近|连续)?\\d{1,2}个月(?:连续)?)?"
            + "(?:增速|增幅|总量|总额|规模|(?:序时|时序)?进度|完成进度)?(?:今年)?(?:首次)?(?:位?列|位居|稳居|居|排在?|跃居|跃升(?:到|至)|升至|升到|上升(?:到|至)"
            + "|保持(?=全国|全省))"
            + REGION + ORDINAL + "(?:位|名|方阵|(?=[、,,。;;]|$))"
            // a rank's change: 较一季度前移2位, 位次比上月上升1位 (a city's 上半年 analysis, batch i's i03, where the gap to
            // the target after it was lost)
            // (and after months: "增速居全市第6位,较1-5月上升1位" — a county's half year, round 61's qu02, read as 1亿元)
            + "|(?:位次)?(?:较|比)(?:\\d{1,2}(?:\\s?[-—–~至]\\s?\\d{1,2})?月(?:份)?|[^,,。;;、\\d]){1,8}?"
            + "(?:前移|后移|上升|下降|提升|前进|后退|回落|上移|下移)\\d{1,2}(?:个)?(?:位次|位)"
            // 全市排名第七, 排名全省第12位, 位次居全市第3
            + "|" + REGION + "(?:排名|排位|位次)(?:居|为|列)?" + REGION + ORDINAL + "(?:位|名)?"
            // with no verb: "战略性新兴产业产值同比增长20.6%全市第8位" (a county's 1-5月 release, batch ng's ng02: read as 8亿元)
            + "|(?:全国|全省|全市|全州|全盟|全区|全县)" + ORDINAL + "(?:位|名)"
            // a second rank after the first: "分别列全市第 9 位和第 8 位", "上升为今年的 11 位、第 5 位" (of02: 5亿元, 9亿元)
            // (and the second with its own region and no 位: "列全市第5、全省第28" — the review of round 39's rules)
            + "|[和、及]\\s*" + ORDINAL + "(?:位|名)"
            + "|[和、及]\\s*(?:全国|全省|全市|全州|全盟|全区|全县)" + ORDINAL + "(?:位|名)?(?=[、,,。;;]|$)"
            // a place with no 第, after 由/为 and the year: "由去年的 20位…上升为今年的 11 位" (of02: 11亿元) — not a count of
            // people (20位代表), which a noun follows
            + "|(?<=[由为是])(?:去年|今年|上年|上月|本月)?的?\\s?\\d{1,3}\\s?位(?=[、,,。;;和]|上升|下降|前移|后移|$)"
            // the first N places of a list: "全省丘陵地区生产总值增长速度前10位的县(市、区)分别是:…" (a province's
            // 通报 of its counties, round 45's po09, read as 10亿元 of GDP)
            + "|(?<![\\d.])前\\s?\\d{1,3}\\s?(?:位|名)(?=的|[、,,。;;::]|$)"
            // a record, which places the figure among the years and is no figure of its own: "全市实现一般公共预算收入257.4亿元,
            // 规模创历史同期最高水平,完成年度预算60.1%,序时进度居全省第四,比上年同期增长23.7%" (a city's half-year finance in a
            // news digest, round 72's rq04, whose completion and growth were lost to a name "规模创历史同期最高水平…")
            + "|(?:规模|总量|增速|增幅)?创(?:历史)?(?:同期)?(?:最高|新高)(?:水平)?(?=[、,,。;;]|$)"
            + ")");

    private RankPhrase() {
    }

    /** {@code text} without its ranks. */
    static String strip(String text) {
        return RANK.matcher(text).replaceAll("");
    }
}
