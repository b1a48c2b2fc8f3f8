package org.duban.indicators.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A yearbook's table of totals copied one cell a line, a name then its figure, with no column titles: "国民经济核算(亿元)"
 * / " 地区生产总值" / "13698.5" / "  第一产业" / "3438.3" / " 人均地区生产总值(元)" / "42635" (a province's 2020 总量与速度
 * 指标表, batch mu's mu07, whose every figure was read as a number without a name). A run of at least {@link #MIN_PAIRS}
 * such pairs is written back as sentences, "地区生产总值13698.5亿元。", the unit from the name's brackets or from the
 * heading above it, or from the item an indented one is under; a name marked # (其中) is a part and is left out. When
 * the text names a year and no months, the figures are the year's ("全年,").
 */
public final class NameValueLines {
    /** Pairs enough to take a run of lines as such a table, not as a few short lines of prose. */
    static final int MIN_PAIRS = 4;

    private static final Pattern VALUE = Pattern.compile("^\\s*+(-?\\d++(?:\\.\\d++)?)\\s*+$");
    /** A name cell: words with an optional unit in brackets, no figure and no sentence punctuation. */
    private static final Pattern NAME = Pattern.compile("^(\\s*+)(#?)\\s*+([\\u4e00-\\u9fff][\\u4e00-\\u9fff、·]{0,24})"
            + "(?:\\(([^()\\d]{1,8}|上年=100)\\))?\\s*+$");
    private static final Pattern UNIT = Pattern.compile("万亿元|亿元|万元|元|亿美元|万美元|美元|万人|人|万吨|吨|万户|户|家|个|%|‰"
            + "|万平方米|平方米|公里|千公顷|公顷|万亩|亩");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}年");
    private static final Pattern PART_OF_YEAR = Pattern.compile("月|季度|半年");

    private NameValueLines() {
    }

    /** {@code text} with each such run written as sentences; any other text as it was. */
    public static String asSentences(String text) {
        String[] lines = text.split("\\R", -1);
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                filled.add(i);
            }
        }
        String head = String.join("\n", filled.stream().limit(6).map(i -> lines[i]).toList());
        boolean year = YEAR_ONLY.matcher(head).find() && !PART_OF_YEAR.matcher(head).find();
        boolean changed = false;
        for (int k = 0; k < filled.size(); ) {
            int end = runEnd(lines, filled, k);
            if (pairs(lines, filled, k, end) >= MIN_PAIRS) {
                write(lines, filled, k, end, year);
                changed = true;
                k = end;
            } else {
                k = Math.max(k + 1, end); // a run too short from its start is no longer from inside it
            }
        }
        return changed ? String.join("\n", lines) : text;
    }

    /** The first filled line past the run of names and values that starts at {@code from}. */
    private static int runEnd(String[] lines, List<Integer> filled, int from) {
        int k = from;
        while (k < filled.size() && NAME.matcher(lines[filled.get(k)]).matches()) {
            boolean valued = k + 1 < filled.size() && VALUE.matcher(lines[filled.get(k + 1)]).matches();
            k += valued ? 2 : 1;
        }
        return k;
    }

    private static int pairs(String[] lines, List<Integer> filled, int from, int end) {
        int pairs = 0;
        for (int k = from; k + 1 < end; k++) {
            if (VALUE.matcher(lines[filled.get(k + 1)]).matches()) {
                pairs++;
                k++;
            }
        }
        return pairs;
    }

    private static void write(String[] lines, List<Integer> filled, int from, int end, boolean year) {
        String unit = "";
        String parentUnit = null;
        int parentIndent = -1;
        for (int k = from; k < end; k++) {
            int at = filled.get(k);
            Matcher name = NAME.matcher(lines[at]);
            name.matches();
            String own = name.group(4) != null && UNIT.matcher(name.group(4)).matches() ? name.group(4) : null;
            boolean valued = k + 1 < end && VALUE.matcher(lines[filled.get(k + 1)]).matches();
            if (!valued) {
                unit = own == null ? "" : own; // a heading: its unit holds for the items under it
                parentIndent = -1;
                lines[at] = "";
                continue;
            }
            String value = VALUE.matcher(lines[filled.get(k + 1)]).replaceAll("$1");
            // an item indented under another takes that one's unit: "  出口额" under " 进出口总额(万美元)"
            int depth = name.group(1).length();
            if (depth <= parentIndent || parentIndent < 0) {
                parentIndent = depth;
                parentUnit = own;
            } else if (own == null && parentUnit != null) {
                own = parentUnit;
            }
            // (an item indented under another is written too — 出口额 under 进出口总额 is an indicator of its own; the
            // catalog tells the parts, 第一产业 under 地区生产总值, from them)
            boolean part = !name.group(2).isEmpty();
            lines[at] = part ? "" : (year ? "全年," : "") + name.group(3) + value + (own != null ? own : unit) + "。";
            lines[filled.get(k + 1)] = "";
            k++;
        }
    }
}
