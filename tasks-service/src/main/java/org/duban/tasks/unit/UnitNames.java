package org.duban.tasks.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises the way documents write unit names. Documents drop or add the district prefix at will
 * ("商务局" and "区商务局" are one unit), use 〈〉 or <> for aliases and () for roles, and name groups
 * of units ("各街道", "区直各单位") where a single unit is expected elsewhere.
 */
public final class UnitNames {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final Pattern GROUP = Pattern.compile(
            "^(?:各|相关|有关|区直)|(?:各(?:成员)?单位|各部门|各有关|各相关|成员单位|相关单位|相关部门|职能部门)$");
    private static final Pattern STREET = Pattern.compile("(?:街道|街道办事处|街道办|办事处)$");
    private static final Pattern TOWNSHIP = Pattern.compile("[乡镇]$");
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(?:局|委|办|办公室|中心|大队|分局|处|所|院|会|联|指挥部|专班|小组|工作组|工作部|公司|集团|银行|支行|分行|海关|医院|学校|大学|供销社|报社|联社|电视台|投|新区|开发区|商务区|社区)$");

    private UnitNames() {}

    /** Removes spaces and maps full-width brackets and punctuation to the forms the parsers expect. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = SPACES.matcher(text).replaceAll("");
        return s.replace('（', '(').replace('）', ')').replace('<', '〈').replace('>', '〉')
                .replace('《', '《').replace('：', ':').replace('；', ';').replace('，', ',');
    }

    /**
     * The key two spellings of one unit share: without spaces, alias, note and the district prefix 区
     * (kept when the name is only 区 plus one character, which would leave too little to compare).
     */
    public static String key(String name) {
        String s = parse(name).name();
        if (s.startsWith("区") && s.length() > 2 && !s.startsWith("区直")) {
            s = s.substring(1);
        }
        return s;
    }

    /** Splits one written unit into name, aliases, note and whether it is a group. */
    public static UnitRef parse(String written) {
        String s = clean(written);
        List<String> aliases = new ArrayList<>();
        String note = null;
        // aliases and notes trail the name; a bracket inside a name (汉口历史文化风貌街区〈创谷〉项目建设指挥部) is part of it
        boolean changed = true;
        while (changed) {
            changed = false;
            if (s.endsWith("〉")) {
                int open = s.lastIndexOf('〈');
                if (open > 0) {
                    aliases.add(0, s.substring(open + 1, s.length() - 1));
                    s = s.substring(0, open);
                    changed = true;
                }
            } else if (s.endsWith(")")) {
                int open = s.lastIndexOf('(');
                if (open > 0) {
                    note = s.substring(open + 1, s.length() - 1);
                    s = s.substring(0, open);
                    changed = true;
                }
            }
        }
        // an unclosed alias bracket (scraping damage: 区商务局〈招商) keeps the name, drops the fragment
        int unclosed = s.lastIndexOf('〈');
        if (unclosed > 0 && s.indexOf('〉', unclosed) < 0) {
            s = s.substring(0, unclosed);
        }
        boolean group = isGroup(s);
        return new UnitRef(written, s, aliases, note, group, group ? UnitKind.OTHER : kindOf(s));
    }

    public static boolean isGroup(String name) {
        return GROUP.matcher(clean(name)).find();
    }

    public static UnitKind kindOf(String name) {
        String s = clean(name);
        if (STREET.matcher(s).find()) {
            return UnitKind.STREET_OFFICE;
        }
        if (TOWNSHIP.matcher(s).find()) {
            return UnitKind.TOWNSHIP;
        }
        if (DEPARTMENT.matcher(s).find()) {
            return UnitKind.DEPARTMENT;
        }
        return UnitKind.OTHER;
    }

    /** Whether the text reads like the name of a unit or group (used to tell unit cells from narrative). */
    public static boolean looksLikeUnit(String text) {
        String s = clean(text);
        if (s.isEmpty() || s.length() > 30 || s.contains("。")) {
            return false;
        }
        UnitRef ref = parse(s);
        return ref.group() || s.startsWith("区") || kindOf(ref.name()) != UnitKind.OTHER;
    }

    /** The known name closest to {@code name} by edit distance of their keys, or null when nothing is close. */
    public static String closest(String name, Collection<String> known) {
        String key = key(name);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String other = key(candidate);
            int d = levenshtein(key, other);
            if (other.contains(key) || key.contains(other)) {
                d = Math.min(d, Math.abs(other.length() - key.length()));
            }
            if (d < bestDistance || d == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = d;
            }
        }
        // more than half the characters changed is not "close", it is another unit
        return best != null && bestDistance <= Math.max(1, key.length() / 2) ? best : null;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
