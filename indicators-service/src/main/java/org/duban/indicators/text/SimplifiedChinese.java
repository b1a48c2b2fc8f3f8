package org.duban.indicators.text;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traditional characters to simplified ones with ICU4J's Traditional-Simplified transliterator, run only on the lines
 * it would change. ICU's transliteration costs about as much as all the rest of reading a report (a 200,000-character
 * paste took 6 s to read, several at once past the gateway's timeout — the trial of 2026-12-04), while almost every
 * line of a mainland report is simplified already. A line is left as it is when none of the transliterator's rules that
 * change text can match in it: none of the characters a one-character rule changes (業 → 业) and none of the few
 * many-character rules whose characters all stay alone (沈默 → 沉默, 份子 → 分子), both read off ICU's own rules at
 * start-up. The result is the transliterator's, character for character; should ICU's rules ever take a form this
 * reading does not know (a context, a variable), every line goes through the transliterator as before.
 */
final class SimplifiedChinese {

    private SimplifiedChinese() {
    }

    private static final String ID = "Traditional-Simplified";

    /** One transliterator per thread (transliterators are not documented as thread-safe). */
    private static final ThreadLocal<Transliterator> TRANSLITERATOR = ThreadLocal.withInitial(() -> Transliterator.getInstance(ID));

    /** A rule as ICU prints it: "業 > 业;", "沈默 > 沉默;" — no context, variable, set, anchor or quote. */
    private static final Pattern PLAIN_RULE = Pattern.compile("^([^\\s{}$\\[\\]|^:;'\\\\<>=&]++) > ([^\\s{}$\\[\\]|^:;'\\\\<>=&]*+);$");

    /** The characters a one-character rule changes; null when the rules could not be read (every line is transliterated). */
    private static final UnicodeSet CHANGED;

    /** The many-character rules' source texts that change text with none of {@link #CHANGED} in them. */
    private static final List<String> CHANGED_SEQUENCES = new ArrayList<>();

    static {
        UnicodeSet changed = new UnicodeSet();
        List<String[]> sequences = new ArrayList<>();
        boolean plain = true;
        for (String line : Transliterator.getInstance(ID).toRules(false).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher rule = PLAIN_RULE.matcher(line.strip());
            if (!rule.matches()) {
                plain = false;
                break;
            }
            String source = rule.group(1);
            if (source.equals(rule.group(2))) {
                continue;
            }
            if (source.codePointCount(0, source.length()) == 1) {
                changed.add(source.codePointAt(0));
            } else {
                sequences.add(new String[] {source});
            }
        }
        for (String[] sequence : sequences) {
            if (changed.containsNone(sequence[0])) {
                CHANGED_SEQUENCES.add(sequence[0]);
            }
        }
        CHANGED = plain ? changed.freeze() : null;
    }

    /**
     * The text with its traditional characters simplified (規模以上工業增加值 → 规模以上工业增加值), exactly as ICU's
     * Traditional-Simplified transliterator gives it; "" for null.
     */
    static String of(String text) {
        if (text == null) {
            return "";
        }
        if (CHANGED == null) {
            return withZhuKept(text, TRANSLITERATOR.get().transliterate(text));
        }
        if (unchanged(text)) {
            return text;
        }
        // no rule's source holds a line break, so a line is transliterated as it would be inside the whole
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, end);
            out.append(unchanged(line) ? line : withZhuKept(line, TRANSLITERATOR.get().transliterate(line)));
            start = end;
        }
        return out.toString();
    }

    /**
     * Words in which 著 is the simplified character too, not 着: 显著, 著名, 著作, 卓著, 昭著, 著称, 名著, 土著, 著述, 著录.
     * ICU changes every 著 to 着 (right for 著力 → 着力), so a mainland report's "综合发展力显著增强" came out "显着增强"
     * (batch om's om03).
     */
    private static final Pattern ZHU_WORD = Pattern.compile("显著|顯著|著名|著作|卓著|昭著|著称|著稱|名著|土著|著述|著录|著錄");

    /** {@code simplified} (ICU's, from {@code source}) with 著 kept where {@code source} had it in one of {@link #ZHU_WORD}. */
    private static String withZhuKept(String source, String simplified) {
        if (source.indexOf('著') < 0 || source.length() != simplified.length()) {
            return simplified;
        }
        Matcher word = ZHU_WORD.matcher(source);
        StringBuilder out = null;
        while (word.find()) {
            int at = source.indexOf('著', word.start());
            if (at >= 0 && at < word.end() && simplified.charAt(at) == '着') {
                out = out == null ? new StringBuilder(simplified) : out;
                out.setCharAt(at, '著');
            }
        }
        return out == null ? simplified : out.toString();
    }

    private static boolean unchanged(String text) {
        if (!CHANGED.containsNone(text)) {
            return false;
        }
        for (String sequence : CHANGED_SEQUENCES) {
            if (text.contains(sequence)) {
                return false;
            }
        }
        return true;
    }
}
