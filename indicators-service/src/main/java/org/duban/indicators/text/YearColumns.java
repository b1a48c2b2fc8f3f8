package org.duban.indicators.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.indicators.catalog.Units;

/**
 * A yearbook's table of 主要年份 flattened with spaces: a header of years ("1990 1995 2000 2005 2008"), then one row a
 * line, its name (with its unit in brackets, or its parent's) and a figure per year — "地区生产总值(亿元)   94.87 369.70
 * 600.66 1303.36 2202.23", "第三产业   19.23 109.24 218.83 450.68 836.40" under it (a city's 统计年鉴 table 4-8, batch
 * my's my06, whose every figure was read as a number without a name). Only the last column is the year's: each row is
 * written back as a sentence of that year, "2008年,地区生产总值2202.23亿元。"; a row with fewer figures than years has
 * lost its early ones (a series that began later), so its last figure is still the last year's. A row marked # is a part
 * ("其中…", which the reader records when the catalog knows it); a row whose name was lost in the flattening ("#   54.06
 * …", "(万吨) 164.50 …") and the headings between rows give nothing.
 */
public final class YearColumns {
    /** Years enough, in a header of their own, to take the lines under them as such a table. */
    static final int MIN_YEARS = 3;
    private static final Pattern HEADER = Pattern.compile("^\\s*+(?:(?:19|20)\\d{2}(?:\\s*+年)?\\s++){2,12}+(?:19|20)\\d{2}(?:\\s*+年)?\\s*+$");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** A row: indent, # of a part, a name without digits, its unit in brackets, then figures a space apart. */
    private static final Pattern ROW = Pattern.compile("^(\\s*+)(#?)\\s*+([\\u4e00-\\u9fff][^\\d()\\s]{0,30}?)(?:\\s*+\\(([^()\\d]{0,8})\\))?"
            + "\\s++((?:-?\\d++(?:\\.\\d++)?\\s++){0,12}+-?\\d++(?:\\.\\d++)?)\\s*+$");
    /** A line of the table that is no row: a heading ("国民经济核算"), a name without figures, a row whose name was lost. */
    // (only these: a line of words and figures that is no row ends the table — "全年粮食总产量52.3万吨" after it, a table of
    // 指标名称 / 单位 / 1-6月 under a chart's axis of years; so does a section heading, "二、农业生产" — the review)
    private static final Pattern INSIDE = Pattern.compile("^\\s*+(?:[#\\u4e00-\\u9fff][^\\d。;;,,、]{0,30}+|[\\d.\\s#-]*+"
            + "|\\([^()]{0,8}\\)[\\d.\\s-]*+)$");
    /** A heading between rows: words, no figure ("人口与就业", "国民经济核算"); the units above it end there. */
    private static final Pattern HEADING = Pattern.compile("^\\s*+[\\u4e00-\\u9fff][^\\d]{0,30}+$");

    private YearColumns() {
    }

    /** {@code text} with each such table written as sentences of its last year; any other text as it was. */
    public static String asSentences(String text) {
        String[] lines = text.split("\\R", -1);
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (!HEADER.matcher(lines[i].stripTrailing()).matches()) {
                continue;
            }
            List<String> years = YEAR.matcher(lines[i]).results().map(java.util.regex.MatchResult::group).toList();
            List<Line> table = table(lines, i + 1);
            // newest first, or rows with more figures than years (a growth column beside them): not this table
            if (years.size() < MIN_YEARS || !ascending(years) || table.stream().noneMatch(l -> l.row() != null)
                    || table.stream().anyMatch(l -> l.row() != null && figures(l.row()).length > years.size())) {
                continue;
            }
            lines[i] = "";
            write(lines, table, years.get(years.size() - 1));
            i = table.get(table.size() - 1).index();
            changed = true;
        }
        return changed ? String.join("\n", lines) : text;
    }

    /** A line of the table: its index, and its row when it is one (else a heading or a row whose name was lost). */
    private record Line(int index, Matcher row) {
    }

    /** A row's unit for the rows indented under it. */
    private record Parent(int indent, String unit) {
    }

    /** The lines of the table from {@code from}: rows, and the lines between them, up to the prose after it. */
    private static List<Line> table(String[] lines, int from) {
        List<Line> table = new ArrayList<>();
        for (int i = from; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Matcher row = ROW.matcher(lines[i].stripTrailing());
            if (row.matches()) {
                table.add(new Line(i, row));
            } else if (INSIDE.matcher(lines[i]).matches()) {
                table.add(new Line(i, null));
            } else {
                break;
            }
        }
        return table;
    }

    private static boolean ascending(List<String> years) {
        for (int k = 1; k < years.size(); k++) {
            if (years.get(k).compareTo(years.get(k - 1)) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static String[] figures(Matcher row) {
        return row.group(5).trim().split("\\s+");
    }

    /** Writes the table's rows as sentences of {@code year}, a unit from the row or the row it is indented under. */
    private static void write(String[] lines, List<Line> table, String year) {
        Deque<Parent> parents = new ArrayDeque<>();
        for (Line line : table) {
            Matcher row = line.row();
            if (row == null) {
                if (HEADING.matcher(lines[line.index()]).matches()) {
                    parents.clear();
                }
                lines[line.index()] = "";
                continue;
            }
            int indent = row.group(1).length();
            String own = Units.isMeasure(row.group(4)) ? row.group(4) : null;
            while (!parents.isEmpty() && parents.peek().indent() >= indent) {
                parents.pop();
            }
            String unit = own != null ? own : parents.isEmpty() ? "" : parents.peek().unit();
            if (own != null || row.group(4) == null) {
                parents.push(new Parent(indent, unit));
            }
            String[] figures = figures(row);
            lines[line.index()] = year + "年," + (row.group(2).isEmpty() ? "" : "其中") + row.group(3) + figures[figures.length - 1]
                    + unit + "。";
        }
    }
}
