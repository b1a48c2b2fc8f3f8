package org.duban.tasks.importer;

import java.util.ArrayList;
import java.util.List;
import org.duban.tasks.unit.UnitNames;
import org.duban.tasks.unit.UnitRef;

/**
 * Splits a written list of units ("区发改委、区科技局,各乡、街道办事处") into units and groups.
 * Separators are 、 , , ; and, between a unit and a group, 及. Scraping sometimes loses the separators
 * ("商务局招商局财政局金融工作局"): such runs are cut after 局/委/办/… where both sides still read as units,
 * and a MISSING_SEPARATOR warning says so.
 */
final class UnitListSplitter {
    private static final String SEPARATORS = "、,;";
    private static final String[] CUT_AFTER = {"指挥部", "中心", "公司", "专班", "街道", "局", "委", "办"};
    private static final String[] NOT_A_UNIT_START = {"办公室", "公室", "事处", "专班", "工作专班", "领导小组", "办事处",
            "〈", "(", "分局"};

    private UnitListSplitter() {}

    static List<UnitRef> split(String written, int line, Warnings warnings) {
        return split(written, line, warnings, new ArrayList<>());
    }

    /**
     * As {@link #split(String, int, Warnings)}; a unit written with * or ★ before it ("*市民政局") is added to
     * {@code starred} too (it leads), without the mark. "等" after the last name ("市商务局等") is not part of it.
     */
    static List<UnitRef> split(String written, int line, Warnings warnings, List<UnitRef> starred) {
        String text = UnitNames.clean(written).replace('＊', '*');
        List<String> tokens = mergeTownshipStreetGroups(splitOnSeparators(text));
        List<UnitRef> units = new ArrayList<>();
        for (String token : tokens) {
            for (String part : splitOnAnd(token)) {
                List<String> pieces = splitRunTogether(part);
                if (pieces.size() > 1) {
                    warnings.add(WarningCode.MISSING_SEPARATOR, line,
                            "单位名称之间缺少分隔符:“" + part + "”,已拆分为 " + String.join("、", pieces),
                            "unit names run together without a separator: '" + part + "', split into "
                                    + String.join(", ", pieces),
                            "在单位名称之间加“、”:" + String.join("、", pieces) + " / separate the names with 、");
                }
                for (String piece : pieces) {
                    int open = piece.lastIndexOf('〈');
                    if (open >= 0 && piece.indexOf('〉', open) < 0) {
                        warnings.unbalanced(line, '〈', '〉', piece);
                    }
                    String unstarred = LeadRule.unstar(piece);
                    String name = (unstarred == null ? piece : unstarred).replaceAll("等(单位|部门)?$", "");
                    if (name.isEmpty()) {
                        continue;
                    }
                    UnitRef ref = UnitNames.parse(name);
                    units.add(ref);
                    if (unstarred != null) {
                        starred.add(ref);
                    }
                }
            }
        }
        return units;
    }

    private static List<String> splitOnSeparators(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
                add(tokens, cur);
            } else {
                cur.append(c);
            }
        }
        add(tokens, cur);
        return tokens;
    }

    private static void add(List<String> tokens, StringBuilder cur) {
        String t = cur.toString().trim();
        if (!t.isEmpty()) {
            tokens.add(t);
        }
        cur.setLength(0);
    }

    /** "各乡、街道办事处" is one group although its 、 looks like a separator. */
    private static List<String> mergeTownshipStreetGroups(List<String> tokens) {
        List<String> merged = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.endsWith("乡") && t.length() <= 4 && i + 1 < tokens.size() && tokens.get(i + 1).startsWith("街道")) {
                merged.add(t + "、" + tokens.get(++i));
            } else if (t.matches("(各|相关|各相关)乡街道办事处")) {
                merged.add(t.replace("乡街道", "乡、街道"));
            } else {
                merged.add(t);
            }
        }
        return merged;
    }

    /** "岳阳楼公安分局及区直相关单位" names a unit and a group. */
    private static List<String> splitOnAnd(String token) {
        int and = token.indexOf('及');
        if (and >= 2 && and < token.length() - 2) {
            String left = token.substring(0, and);
            String right = token.substring(and + 1);
            if (UnitNames.looksLikeUnit(left) && (UnitNames.isGroup(right) || right.startsWith("区"))) {
                return List.of(left, right);
            }
        }
        return List.of(token);
    }

    /** Cuts "商务局招商局财政局金融工作局" after each 局/委/办/… whose remainder still reads as a unit. */
    static List<String> splitRunTogether(String token) {
        List<String> pieces = new ArrayList<>();
        if (UnitNames.isGroup(token)) {
            pieces.add(token);
            return pieces;
        }
        int start = 0;
        int depth = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '〈' || c == '(') {
                depth++;
                continue;
            }
            if (c == '〉' || c == ')') {
                depth = Math.max(0, depth - 1);
                continue;
            }
            if (depth > 0) {
                continue;
            }
            int end = cutEnd(token, i);
            if (end < 0) {
                continue;
            }
            String head = token.substring(start, end);
            String rest = token.substring(end);
            // "市生态环境局丰茂分局" is one unit: a branch (分局) named after the bureau it belongs to
            boolean branch = rest.matches("[\\u4e00-\\u9fa5]{1,6}分局") && head.endsWith("局");
            if (head.length() >= 3 && rest.length() >= 3 && startsAUnit(rest) && endsAUnit(rest) && !branch) {
                pieces.add(head);
                start = end;
                i = end - 1;
            }
        }
        pieces.add(token.substring(start));
        return pieces;
    }

    /** If a unit-name suffix ends at or starting from {@code i}, the index just after it; else -1. */
    private static int cutEnd(String token, int i) {
        for (String suffix : CUT_AFTER) {
            if (token.startsWith(suffix, i)) {
                int end = i + suffix.length();
                if (suffix.equals("办") && (token.startsWith("办事处", i) || token.startsWith("办公室", i))) {
                    return -1;
                }
                if (suffix.equals("街道") && token.startsWith("办", end)) {
                    return -1;
                }
                return end;
            }
        }
        return -1;
    }

    private static boolean startsAUnit(String rest) {
        for (String s : NOT_A_UNIT_START) {
            if (rest.startsWith(s)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsAUnit(String rest) {
        String name = UnitNames.parse(rest).name();
        return UnitNames.kindOf(name) != org.duban.tasks.unit.UnitKind.OTHER;
    }
}
