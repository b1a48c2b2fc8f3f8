package org.duban.progress.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a report text, line by line or sentence by sentence
 * (Chinese sentences end with 。;!?). java-diff-utils (Myers' algorithm) finds the changes; this class
 * cuts the text into sentences or lines and gives each one its {@link Op}, in the order of the texts.
 */
public final class TextDiff {

    public enum Granularity { LINE, SENTENCE }

    public enum Op { SAME, REMOVED, ADDED }

    public record Change(Op op, String text) {
    }

    private TextDiff() {
    }

    public static List<Change> diff(String before, String after, Granularity granularity) {
        List<Change> out = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(split(before, granularity), split(after, granularity), true).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                delta.getSource().getLines().forEach(s -> out.add(new Change(Op.SAME, s)));
                continue;
            }
            // a CHANGE is its removed sentences, then its added ones
            delta.getSource().getLines().forEach(s -> out.add(new Change(Op.REMOVED, s)));
            delta.getTarget().getLines().forEach(s -> out.add(new Change(Op.ADDED, s)));
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
