package org.duban.indicators.target;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.indicators.catalog.IndicatorCatalog;

/**
 * Targets given as a table ("主要预期目标见表2", "如下表"): a markdown table (| 序号 | 指标 | 单位 | 2020年完成 | 2021年目标 |)
 * or one flattened to rows of cells two spaces apart (指标  单位  目标). Each row becomes the sentence a report would
 * write, so that one grammar reads both: the name from the 指标 column, the figure from the target column (the last
 * column that says 目标/预期/计划, never a column of last year's results), the unit from the 单位 column.
 *
 * <p>A row named …增速/增长 is a growth ("地区生产总值增速 | % | 7左右" → 地区生产总值增长7%左右), one named …降低/降低率/下降
 * a decrease (单位GDP能耗降低率 3.2 → 下降3.2%); an indented "其中:增速" row is the growth of the level row above it
 * (地区生产总值 218亿元, 其中:增速 8.5左右 → 地区生产总值218亿元,增长8.5%左右); ≤ is 以内 and ≥ is 以上. A caption
 * (表2 …) and a table's number in the text (见表2) are not figures. A cell of words (完成市下达任务, 与经济增长同步) follows
 * the row's name as written, and a unit keeps its slash (微克/立方米); a table copied one cell a line is first put
 * back one row a line ({@code CellPerLineTable}).
 *
 * <p>A table with a growth column beside the target column ("指标 单位 2014年目标 比上年增长(%)", a 旗's 2014 table, batch
 * y's y09 — six levels were read without their growth, silently) gives each row its level and, when the growth cell
 * holds a number, the growth with it (地区生产总值186亿元,增长9%); a dash there says no growth.
 */
final class TargetTable {

    /** A note under a table ("注: GDP 增速按可比价格计算"): never a row, whatever its spaces. */
    private static final Pattern NOTE = Pattern.compile("^\\s*(?:注|说明|备注|资料来源)\\d*[::]");
    /** A target cell holding a range: 4.5—5, 6-6.5%, 5~6左右. */
    private static final Pattern RANGE_VALUE = Pattern.compile("^(\\d+(?:\\.\\d+)?)%?\\s*[-—–~～至]\\s*(\\d+(?:\\.\\d+)?)%?(左右|以上|以内)?$");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^[\\s|:\\-—]+$");
    private static final Pattern SPACED_CELLS = Pattern.compile("\\s{2,}|\\t");
    /**
     * A table's caption: 表1 …, 附表 (with or without a number), and a title line naming the year's main indicators
     * ("××区2025年国民经济和社会发展主要指标", batch mg's mg06 — it was joined to the first row as its name).
     */
    private static final Pattern CAPTION = Pattern.compile("^\\s*附?表\\s*[\\d一二三四五六七八九十]*(?:[\\s::].*)?$"
            // (not a target line without punctuation: "——全面完成2025年省下达的节能减排指标" — the review of batch mg; nor a
            // bulleted heading over a bulleted list: "■ 2025年经济社会发展的主要预期目标", batch mi's mi07)
            + "|^\\s*+(?![—\\-–(（\\d一二三四五六七八九十■●◆□▲★]|完成|确保|全面|力争)[^,,。;;::\\d]{0,20}\\d{4}年[^,,。;;::\\d完成]{0,30}"
            + "(?:主要指标|主要预期目标|指标)(?:计划|安排)?表?(?:\\(.*\\))?\\s*$");
    private static final Pattern TABLE_NUMBER = Pattern.compile("(?<=见|如|附|下|按)表\\s*\\d+");
    private static final Pattern VALUE = Pattern.compile("^(≤|≥|<|>|<=|>=|不低于|不超过|不高于|不少于|约)?\\s*(-?\\d+(?:\\.\\d+)?)\\s*"
            + "(左右|上下|以上|以内|以下)?$");
    private static final Pattern GROWTH_ROW = Pattern.compile("^(.+?)(?:增速|增长率|增长速度|增长|增幅)$");
    private static final Pattern DECREASE_ROW = Pattern.compile("^(.+?)(?:降低率|下降率|降低|下降|降幅|减少)$");
    private static final Pattern SUB_ROW = Pattern.compile("^其中[::]?\\s*(?:增速|增长|增幅|增长率)$");

    private final IndicatorCatalog catalog;

    TargetTable(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * A target cell of a verb and a bare number, its unit in the 单位 column: "常住人口城镇化率 | 百分点 | 1.4 | 提高1.2" (a
     * province's 2016 annex table, batch w's w06 — read as a qualitative "常住人口城镇化率提高1.2"). The unit is written
     * after the number, 百分点 as 个百分点.
     */
    private static final Pattern VERB_AND_NUMBER = Pattern.compile("^(?:提高|提升|下降|降低|增长|增加|减少|达到)\\d+(?:\\.\\d+)?$");

    /** Where the columns of a table are: name, unit (or -1) and target. */
    /** {@code spanning}: the first column is a 类别 whose cell spans its group's rows (empty on the rows after the first). */
    private record Header(int size, int name, int unit, int target, int growth, boolean spanning) {
    }

    /** {@code text} (normalised) with every target table written out as sentences, one a line; other lines kept. */
    String asSentences(String text) {
        StringBuilder out = new StringBuilder();
        Header header = null;
        List<String> sentences = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (CAPTION.matcher(line).matches()) {
                continue;
            }
            List<String> cells = NOTE.matcher(line).lookingAt() ? List.of(line.trim()) : cells(line);
            if (header != null) {
                if (SEPARATOR_ROW.matcher(line).matches() && line.contains("-")) {
                    continue;
                }
                if (cells.size() == 1 && org.duban.indicators.text.CellPerLineTable.GROUP_ROW.matcher(cells.get(0)).matches()
                        && nextRowFits(lines, i + 1, header.size())) {
                    continue; // "一、经济发展" over more rows: a group of them, not the table's end (batch ma's ma02)
                }
                if (cells.size() != header.size() && line.startsWith("\t")) {
                    // "\t规模以上工业增加值\t亿元\t48.2\t—\t10" under a row whose first cell (类别: 经济发展) spans
                    // several rows (a county's plan annex, batch ma's ma06): the empty first cell is a cell
                    List<String> spanned = Arrays.stream(line.stripTrailing().split("\t", -1)).map(String::trim).toList();
                    if (spanned.size() == header.size()) {
                        cells = spanned;
                    }
                }
                // (only under a 类别 column, on a line laid out in columns: an indented paragraph of prose after a table is
                // no row — the review of batch mg)
                if (header.spanning() && cells.size() == header.size() - 1 && line.startsWith("    ")
                        && line.strip().contains("  ")) {
                    // "            2     规模以上工业增加值增速   %  6.2  6.5 …" laid out with spaces under a 类别 cell that spans
                    // the group's rows (a district's 2025 plan annex, batch mg's mg06): the empty first cell is a cell
                    List<String> spanned = new ArrayList<>(cells);
                    spanned.add(0, "");
                    cells = spanned;
                }
                if (cells.size() == header.size()) {
                    row(cells, header, sentences);
                    continue;
                }
                sentences.forEach(s -> out.append(s).append(";\n"));
                sentences.clear();
                header = null;
            }
            header = header(cells);
            if (header == null && isResultsHeader(cells)) {
                // "指标 | 绝对数(亿元) | 比上年增长(%)" (a bulletin's table, the review of round 25's rules): results, whose
                // rows are no targets — skipped to the table's end
                while (i + 1 < lines.length && cells(lines[i + 1]).size() == cells.size()) {
                    i++;
                }
                continue;
            }
            if (header == null) {
                out.append(TABLE_NUMBER.matcher(line).replaceAll("表")).append('\n');
            }
        }
        sentences.forEach(s -> out.append(s).append(";\n"));
        return out.toString();
    }

    /** Whether the next line that is not blank is a row of {@code size} cells. */
    private static boolean nextRowFits(String[] lines, int from, int size) {
        for (int k = from; k < lines.length; k++) {
            if (!lines[k].isBlank()) {
                return cells(lines[k]).size() == size;
            }
        }
        return false;
    }

    private static final Pattern NAME_TITLE = Pattern.compile("^(?:指标|指标名称|项目|主要指标)$");

    private static List<String> cells(String line) {
        String trimmed = line.trim();
        if (trimmed.contains("|")) {
            // "| a | b |", and "a | b |" with no opening pipe (a 地区's 2025 report, batch mg's mg08)
            List<String> cells = new ArrayList<>(Arrays.stream(trimmed.split("\\|", -1)).map(String::trim).toList());
            if (cells.get(0).isEmpty()) {
                cells.remove(0);
            }
            if (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            return cells;
        }
        if (trimmed.isEmpty()) {
            return List.of();
        }
        List<String> cells = List.of(SPACED_CELLS.split(trimmed));
        // a table whose cells are one space apart ("地区生产总值增速 % 8.1 7.5左右 预期性", a province's plan report, batch
        // l's l04): read so only when the header says it is one, and its rows have as many cells
        return cells.size() == 1 ? List.of(trimmed.split("\\s+")) : cells;
    }

    /** A header of results only: a 指标 column, then figures (绝对数, 完成, 实绩) and growths, no target, no unit column. */
    private static boolean isResultsHeader(List<String> cells) {
        return cells.size() >= 3 && NAME_TITLE.matcher(cells.get(0).replace(" ", "")).matches()
                && cells.subList(1, cells.size()).stream().allMatch(c -> RESULTS_TITLE.matcher(c.replace(" ", "")).matches());
    }

    private static final Pattern RESULTS_TITLE = Pattern.compile("^(?:(?:\\d{4}年)?(?:绝对[量额值数]|完成|实绩|实际完成|总量)|(?:比上年|同比|比去年)?"
            + "(?:增长|增速|增幅|增减)(?:率)?)(?:\\(.{1,6}\\)|%)?$");

    /** A header row: a 指标 column and a 单位 or target column, three columns at least. */
    private static Header header(List<String> cells) {
        // two columns (指标 | 2025年目标) only when both are titled so
        if (cells.size() < 2 || cells.size() == 2 && !(NAME_TITLE.matcher(cells.get(0).replace(" ", "")).matches()
                && cells.get(1).matches(".*(目标|预期|计划).*"))) {
            return null;
        }
        int name = -1;
        int unit = -1;
        int target = -1;
        int growth = -1;
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c.matches(".*(增长|增速|增幅).*") && !c.matches(".*(目标|预期|计划|完成|实际|实绩|指标).*")) {
                growth = i;
                continue;
            }
            if (target >= 0 && target == i - 1 && c.startsWith(cells.get(target)) && c.matches(".*(增长|增速|增幅).*")) {
                // "2015年目标" | "2015年目标增速(%)": the target's own growth, under one group title (CellPerLineTable's
                // two-row header, batch ny's ny05)
                growth = i;
                continue;
            }
            if (name < 0 && NAME_TITLE.matcher(c.replace(" ", "")).matches()) { // "指 标", spaced as a title is printed
                name = i;
            } else if (c.equals("单位") || c.equals("计量单位")) {
                unit = i;
            } else if (c.matches(".*(目标|预期|计划).*") && !c.matches(".*(完成|实际|实绩).*")) {
                target = i;
            }
        }
        if (name < 0 || unit < 0 && target < 0) {
            return null;
        }
        if (target < 0 && growth == cells.size() - 1) {
            growth = -1; // the only figures: the last column is the target, as in any table without a target title
        }
        return new Header(cells.size(), name, unit, target < 0 ? cells.size() - 1 : target, growth,
                cells.get(0).replace(" ", "").matches("类别|类型|分类|领域|指标类别|指标类型"));
    }

    private void row(List<String> cells, Header header, List<String> sentences) {
        String name = cells.get(header.name()).replace(" ", "");
        // an empty unit cell is a dash; a unit with a slash (微克/立方米, 吨标准煤/万元) keeps it
        String unitCell = header.unit() < 0 ? "" : cells.get(header.unit()).replace(" ", "");
        Matcher named = org.duban.indicators.catalog.Units.NAME_WITH_UNIT.matcher(name);
        if (unitCell.isEmpty() && named.matches()) {
            name = named.group(1); // "规模以上工业增加值增速(%)" with no 单位 column (batch mc's mc05)
            unitCell = named.group(2);
        }
        String unit = unitCell.matches("[—\\-/]*") ? "" : unitCell.equals("百分点") ? "个百分点" : unitCell;
        String value = cells.get(header.target()).replace(" ", "");
        if (value.isEmpty() || value.matches("[—\\-/]+")) {
            String growth = header.growth() > header.target() ? growthCell(cells, header) : "";
            if (!growth.isEmpty()) {
                // "规模以上工业增加值 | 亿元 | 48.2 | — | 10": no level planned, the growth beside it is the row's target
                // (batch ma's ma02 and ma06)
                sentences.add(name.replaceAll("(?:增速|增长率|增长速度)$", "") + growth.substring(1));
            }
            return;
        }
        Matcher range = RANGE_VALUE.matcher(value);
        if (range.matches()) {
            // "地区生产总值增速 | % | 5.3 | 4.5—5" (a city's 2026 plan annex, batch me's me08): a range of the row's unit
            String figure = range.group(1) + "-" + range.group(2) + (unit.isEmpty() ? "%" : unit)
                    + (range.group(3) == null ? "" : range.group(3));
            Matcher growthRow = GROWTH_ROW.matcher(name);
            boolean percentRow = unit.isEmpty() || unit.equals("%");
            sentences.add(percentRow && catalog.byExactName(name).isEmpty() && growthRow.matches()
                    ? growthRow.group(1) + "增长" + figure : name + figure);
            return;
        }
        Matcher number = VALUE.matcher(value);
        String figure;
        boolean negative = false;
        if (number.matches()) {
            String prefix = number.group(1) == null ? "" : number.group(1);
            String suffix = number.group(3) == null ? "" : number.group(3);
            suffix = switch (prefix) {
                case "≤", "<=", "不超过", "不高于" -> "以内";
                case "<" -> "以下";
                case "≥", ">=", "不低于", "不少于" -> "以上";
                case ">" -> "以上";
                default -> suffix;
            };
            negative = number.group(2).startsWith("-");
            figure = (prefix.equals("约") ? "约" : "") + number.group(2).replace("-", "") + unit + suffix;
        } else if (!unit.isEmpty() && VERB_AND_NUMBER.matcher(value).matches()) {
            figure = value + unit; // 提高1.2 in a row of 百分点: 提高1.2个百分点
        } else {
            figure = value; // 与经济增长同步, 完成省下达任务: the words of the cell
        }
        boolean percent = unit.isEmpty() || unit.equals("%");
        if (SUB_ROW.matcher(name).matches() && !sentences.isEmpty()) {
            String growthWords = number.matches() ? (negative ? "下降" : "增长") + figure : figure;
            sentences.set(sentences.size() - 1, sentences.get(sentences.size() - 1) + "," + growthWords);
            return;
        }
        if (!number.matches()) {
            // 完成市下达任务, 与经济增长同步: the row's name and the cell's words, as the report writes such a clause
            // (单位地区生产总值能耗降低 + 完成市下达任务, not 下降完成…, batch u's u03)
            sentences.add(name + figure);
            return;
        }
        Matcher growth = GROWTH_ROW.matcher(name);
        Matcher decrease = DECREASE_ROW.matcher(name);
        if (percent && catalog.byExactName(name).isEmpty() && growth.matches()) {
            sentences.add(growth.group(1) + (negative ? "下降" : "增长") + figure);
        } else if (percent && catalog.byExactName(name).isEmpty() && decrease.matches()) {
            sentences.add(decrease.group(1) + (negative ? "增长" : "下降") + figure);
        } else {
            sentences.add(name + (number.matches() && negative ? "-" : "") + figure + growthCell(cells, header));
        }
    }

    /** ",增长9%" from the growth column beside the target, or "" when the table has none or the cell holds no number. */
    private static String growthCell(List<String> cells, Header header) {
        if (header.growth() < 0 || header.growth() < header.target()) {
            // a growth column before the target's is last year's result (比上年增长 beside 2025年完成), not the target's
            return "";
        }
        Matcher number = VALUE.matcher(cells.get(header.growth()).replace(" ", ""));
        if (!number.matches() || number.group(1) != null && !number.group(1).equals("约")) {
            return "";
        }
        String suffix = number.group(3) == null ? "" : number.group(3);
        String rate = number.group(2);
        return "," + (rate.startsWith("-") ? "下降" + rate.substring(1) : "增长" + (number.group(1) == null ? "" : "约") + rate)
                + "%" + suffix;
    }
}
