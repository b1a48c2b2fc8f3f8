package org.duban.tasks.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.tasks.unit.UnitRef;

/**
 * The "(牵头单位:…;责任单位:…)" after a task. The first 牵头单位 is the lead unit (further ones are
 * kept as responsible units and flagged); 责任单位 are responsible; 相关/配合/协办单位 are related.
 *
 * @param taskText the text before the clause (the whole line when there is none)
 * @param found    whether the line had a clause at all
 */
record ResponsibilityClause(String taskText, boolean found, UnitRef lead, List<UnitRef> responsible,
        List<UnitRef> related) {

    private static final Pattern START = Pattern.compile("\\((?=\\s*(牵头单位|责任单位|相关单位|配合单位|协办单位)\\s*:)");
    private static final Pattern LABEL = Pattern.compile("(牵头单位|责任单位|相关单位|配合单位|协办单位)\\s*:");

    static ResponsibilityClause parse(String cleanedLine, int line, Warnings warnings) {
        Matcher start = START.matcher(cleanedLine);
        if (!start.find()) {
            return new ResponsibilityClause(cleanedLine.trim(), false, null, List.of(), List.of());
        }
        String text = cleanedLine.substring(0, start.start()).trim();
        int close = closingParen(cleanedLine, start.start());
        String body;
        if (close < 0) {
            body = cleanedLine.substring(start.start() + 1);
            warnings.unbalanced(line, '(', ')', excerpt(cleanedLine.substring(start.start())));
        } else {
            body = cleanedLine.substring(start.start() + 1, close);
            String after = cleanedLine.substring(close + 1).replaceAll("[。.;;\\s]", "");
            if (!after.isEmpty()) {
                text = text + " " + cleanedLine.substring(close + 1).trim();
            }
        }
        List<UnitRef> leads = new ArrayList<>();
        List<UnitRef> responsible = new ArrayList<>();
        List<UnitRef> related = new ArrayList<>();
        Matcher label = LABEL.matcher(body);
        List<int[]> spans = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (label.find()) {
            spans.add(new int[] {label.start(), label.end()});
            labels.add(label.group(1));
        }
        for (int i = 0; i < spans.size(); i++) {
            int from = spans.get(i)[1];
            int to = i + 1 < spans.size() ? spans.get(i + 1)[0] : body.length();
            String list = body.substring(from, to);
            if (i + 1 < spans.size() && !list.trim().endsWith(";")) {
                warnings.add(WarningCode.MISSING_SEPARATOR, line,
                        "“" + labels.get(i + 1) + "”前缺少分号", "missing ';' before '" + labels.get(i + 1) + "'",
                        "在“" + labels.get(i + 1) + "”前加“;” / add ';' before it");
            }
            List<UnitRef> units = UnitListSplitter.split(list, line, warnings);
            switch (labels.get(i)) {
                case "牵头单位" -> leads.addAll(units);
                case "责任单位" -> responsible.addAll(units);
                default -> related.addAll(units);
            }
        }
        UnitRef lead = leads.isEmpty() ? null : leads.get(0);
        if (leads.size() > 1) {
            warnings.add(WarningCode.SEVERAL_LEAD_UNITS, line,
                    "有多个牵头单位,以“" + lead.name() + "”为牵头单位,其余列为责任单位",
                    "several lead units; '" + lead.name() + "' taken as lead, the others as responsible units",
                    "确认牵头单位 / confirm which unit leads");
            responsible.addAll(0, leads.subList(1, leads.size()));
        }
        return new ResponsibilityClause(text, true, lead, responsible, related);
    }

    private static int closingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    static String excerpt(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
