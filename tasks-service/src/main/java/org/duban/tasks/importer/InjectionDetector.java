package org.duban.tasks.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text that has no business in a government document: gambling and betting ads, links and contact
 * baits that scraped or tampered pages carry (the seed table has "买足球的软件" inside task 95's progress).
 * Words a real report uses ("打击赌博", "体育彩票") are deliberately not matched, nor is a gambling word the report
 * says it fights ("严厉打击地下“六合彩”").
 */
public final class InjectionDetector {
    private static final Pattern SUSPICIOUS = Pattern.compile(
            "买足球的?(软件|app|网站|平台)?"
                    + "|足球的?(软件|app|网站)"
                    + "|(?<!\\d)\\d++bet\\d*+(体育)?(投注)?|bet365(体育)?(投注)?"
                    + "|(体育|足球|彩票|网上)投注"
                    + "|(网上|在线|线上)(赌场|博彩|娱乐城|棋牌)"
                    + "|娱乐城|百家乐|时时彩|六合彩|老虎机|真人(视讯|娱乐)|彩金|返水|开户(送|就送)"
                    + "|(澳门|威尼斯人|葡京|太阳城)(赌场|娱乐|官网)"
                    + "|https?://[A-Za-z0-9./?=&%_:#~+-]+|www\\.[A-Za-z0-9.-]+(/[A-Za-z0-9./?=&%_~+-]*)?"
                    + "|(加|添加)(微信|QQ|qq)[::]?\\s*[A-Za-z0-9_-]{5,}",
            Pattern.CASE_INSENSITIVE);

    /**
     * A report's own enforcement wording just before the word ("严厉打击地下“六合彩”", "整治百家乐赌博窝点"): the
     * word is what the government fights, not an advertisement (found by a newcomer trial in the 2015 report seed).
     */
    private static final Pattern ENFORCED = Pattern.compile("(打击|整治|查处|取缔|严禁|禁止|治理|查办|遏制|防范|严打)[^。;;,,]{0,8}$");

    private InjectionDetector() {}

    /** The suspicious fragments of {@code text}, in order. */
    public static List<String> find(String text) {
        List<String> hits = new ArrayList<>();
        if (text == null) {
            return hits;
        }
        Matcher m = SUSPICIOUS.matcher(text);
        while (m.find()) {
            if (!ENFORCED.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                hits.add(m.group());
            }
        }
        return hits;
    }

    /** Adds an INJECTED_TEXT warning for each fragment found in {@code text}. */
    public static void check(String text, int line, String where, Warnings warnings) {
        for (String hit : find(text)) {
            String cleaned = text.replace(hit, "");
            warnings.add(WarningCode.INJECTED_TEXT, line,
                    where + "中疑似混入与政府公文无关的内容(赌博/广告):“" + hit + "”",
                    "text that looks injected (gambling/advertising) in " + where + ": '" + hit + "'",
                    "核对原件后删除该片段,删除后为:“" + abbreviate(cleaned) + "” / check against the original and remove it");
        }
    }

    /**
     * Warns about each suspicious fragment as {@link #check} does and answers {@code text} without them: what is
     * stored and republished never carries the spam; the import record keeps the original document.
     */
    public static String strip(String text, int line, String where, Warnings warnings) {
        check(text, line, where, warnings);
        String out = text;
        for (String hit : find(text)) {
            out = out.replace(hit, "");
        }
        return out.strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
