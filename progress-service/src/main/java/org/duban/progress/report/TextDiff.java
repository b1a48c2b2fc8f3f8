package org.duban.progress.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a report text, line by line or sentence by sentence
 * (Chinese sentences end with 。;!?), by longest common subsequence. Report texts are a few hundred
 * sentences at most, so the quadratic table is cheap.
 */
public final class TextDiff {

    public enum Granularity { LINE, SENTENCE }

    public enum Op { SAME, REMOVED, ADDED }

    public record Change(Op op, String text) {
    }

    private TextDiff() {
    }

    public static List<Change> diff(String before, String after, Granularity granularity) {
        List<String> a = split(before, granularity);
        List<String> b = split(after, granularity);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Change> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new Change(Op.SAME, a.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Change(Op.REMOVED, a.get(i++)));
            } else {
                out.add(new Change(Op.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            out.add(new Change(Op.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            out.add(new Change(Op.ADDED, b.get(j++)));
        }
        return out;
    }

    static List<String> split(String text, Granularity granularity) {
        List<String> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        if (granularity == Granularity.LINE) {
            for (String line : text.split("\r?\n", -1)) {
                parts.add(line);
            }
            if (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
                parts.remove(parts.size() - 1);
            }
            return parts;
        }
        StringBuilder cur = new StringBuilder();
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                flush(parts, cur);
                continue;
            }
            cur.append(c);
            if (c == '。' || c == ';' || c == '!' || c == '?' || c == ';') {
                flush(parts, cur);
            }
        }
        flush(parts, cur);
        return parts;
    }

    private static void flush(List<String> parts, StringBuilder cur) {
        String s = cur.toString().trim();
        if (!s.isEmpty()) {
            parts.add(s);
        }
        cur.setLength(0);
    }

    /** "- removed", "+ added", "  same" per line, like a unified diff without hunks. */
    public static String unified(List<Change> changes) {
        StringBuilder sb = new StringBuilder();
        for (Change c : changes) {
            sb.append(switch (c.op()) {
                case SAME -> "  ";
                case REMOVED -> "- ";
                case ADDED -> "+ ";
            }).append(c.text()).append('\n');
        }
        return sb.toString();
    }

    public static boolean changed(List<Change> changes) {
        return changes.stream().anyMatch(c -> c.op() != Op.SAME);
    }
}
