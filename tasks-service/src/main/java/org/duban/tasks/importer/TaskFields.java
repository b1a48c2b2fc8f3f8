package org.duban.tasks.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's text and the fields written with it, in every form documents use: a bracketed clause in () [] 【】
 * 〔〕 (the outer bracket differs from brackets inside unit names: "[牵头单位:县农业农村局(县粮食局);责任单位:各镇]"),
 * labels in any order and with extra labels, labels after the text without brackets ("…30家。责任单位:市民政局"),
 * labels on their own lines under the task ({@link #addLine}), and prose ("由市商务局、市发展改革委等牵头,市级有关部门
 * 按职责分工负责。"), units after a dash ("…增长6.5%左右。——区发改局、区统计局", on the task's line or the next one, read as a
 * 责任单位 list). A stated rule "(列第一位的为牵头单位,下同)" is taken out of the text and reported.
 */
final class TaskFields {
    private static final String OPEN = "([【〔［";
    private static final String CLOSE = ")]】〕］";
    /** "由A、B牵头,C负责", "由A主办,B协办", "由A负总责": A (and B) lead, the clauses after name the others. */
    private static final Pattern PROSE_LEAD = Pattern.compile("由([^。;由]{2,120}?)(?:共同|联合|负责)?(?:牵头|主办|负总责)(?:负责)?[,,、]?([^。]*?)[。;]?$");
    /** "由A负责。", "由A负责,B、C配合。": A does it (one unit leads), the clauses after name the others. */
    private static final Pattern PROSE_RESPONSIBLE = Pattern.compile("由([^。;由]{2,120}?)(?:负责|承担|组织实施|具体负责)(?:[,,]([^。]*?))?[。;]?$");
    /** "由A会同B、C负责": A leads, B and C, named as working jointly under it, are responsible. */
    private static final Pattern PROSE_JOINT = Pattern.compile("由([^。;由]{2,60}?)会同([^。;由]{2,120}?)(?:共同)?(?:负责|落实|实施|推进|承担)(?:[,,]([^。]*?))?[。;]?$");
    /** "…。A负总责,B、C按职责分工落实。": a sentence of its own after the text, A has the overall responsibility (leads). */
    private static final Pattern PROSE_OVERALL = Pattern.compile("(?<=^|[。;!])(?!由)([^。;!,,]{2,60}?)负总责[,,]?([^。]*?)[。;]?$");
    private static final Pattern DUTY = Pattern.compile("(具体)?(按(照)?(各自)?(职责)?(分工)?(负责|落实)|共同负责|负责落实|抓好落实|负责|落实|实施)[。;]?$");
    private static final Pattern HELPS = Pattern.compile("^(.+?)(具体)?(配合|协助|协同|参与|协办)(落实|实施|推进)?[。;]?$");

    final Map<FieldLabel, List<String>> values = new EnumMap<>(FieldLabel.class);
    String text;
    String layout = "plain";
    boolean ruleStated;
    boolean ruleHoldsOn;

    private TaskFields() {}

    /** Reads one cleaned line (or table cell) of a task: its text, clauses, inline labels or prose. */
    /** "【牵头单位】区民政局【责任单位】区财政局": labels written in lenticular brackets instead of with a colon. */
    private static final Pattern LABEL_IN_BRACKETS = Pattern.compile("【([\\u4e00-\\u9fa5]{2,8}(?:单位|部门|领导|时限|责任人))】");

    static TaskFields parse(String written, int line, Warnings warnings) {
        TaskFields f = new TaskFields();
        Matcher bracketed = LABEL_IN_BRACKETS.matcher(written);
        String cleaned = written;
        if (bracketed.find() && FieldLabel.ANY.matcher(bracketed.group(1) + ":").lookingAt()) {
            cleaned = LABEL_IN_BRACKETS.matcher(written).replaceAll(m -> {
                String before = written.substring(0, m.start()).strip();
                boolean first = before.isEmpty() || before.matches(".*[。;;,,]$");
                return (first ? "" : ";") + m.group(1) + ":";
            });
        }
        String rest = f.rule(cleaned);
        rest = f.brackets(rest, line, warnings);
        rest = f.inline(rest, line);
        // a leader's bracket ("(区政府分管领导:孙某某)") says nothing of the units: they may still follow in words
        if (!f.namesUnits()) {
            rest = f.dash(rest);
        }
        if (!f.namesUnits()) {
            rest = f.roleBracket(rest);
        }
        if (!f.namesUnits()) {
            rest = f.prose(rest);
        }
        f.text = rest.strip();
        return f;
    }

    /**
     * Whether a line belongs to the task above it: a label line ("牵头单位:区人社局", "分管领导:…", "工作举措:"), the
     * task's bracketed clause on a line of its own ("(牵头单位:市教育局;责任单位:市财政局)"), a prose line naming who does
     * it ("由区人社局负责。") or a line of units after a dash ("——区投资促进中心").
     */
    static boolean isLabelLine(String cleaned) {
        Matcher m = FieldLabel.ANY.matcher(cleaned);
        if (m.lookingAt() || dashUnits(cleaned) == 0) {
            return true;
        }
        if (!cleaned.isEmpty() && OPEN.indexOf(cleaned.charAt(0)) >= 0) {
            // "(牵头单位:市教育局;责任单位:…)" on the line under the task's text: its clause, wrapped by a page or a PDF
            m.region(1, cleaned.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return cleaned.startsWith("由") && (PROSE_LEAD.matcher(cleaned).find() || PROSE_RESPONSIBLE.matcher(cleaned).find()
                || PROSE_JOINT.matcher(cleaned).find());
    }

    /** The label a label line starts with ("工作举措:" → MEASURES), or null. */
    static FieldLabel leadingLabel(String cleaned) {
        Matcher m = FieldLabel.ANY.matcher(cleaned);
        return m.lookingAt() ? FieldLabel.of(m.group(1)) : null;
    }

    /** Units after a dash at the end of a task: "…增长6.5%左右。——区发改局、区统计局", "——区商务局(牵头),区统计局". */
    private static final Pattern DASH = Pattern.compile("(?<![—－-])(?:——|—|--|－－)++\\s*([^—]+)$");

    /**
     * Where the dash before a trailing unit list starts, or -1 when the text does not end with one. The dash must open
     * the line or follow a finished sentence ("…左右。——区发改局"): inside a sentence ("建设智慧城市——城市运行指挥中心")
     * it is the text's own.
     */
    static int dashUnits(String s) {
        Matcher m = DASH.matcher(s);
        return m.find() && (m.start() == 0 || s.substring(0, m.start()).strip().matches(".*[。;;!]$"))
                && unitList(m.group(1).replaceAll("[。;;]$", "")) ? m.start() : -1;
    }

    /** Takes a trailing "——units" off the text: the units are a 责任单位 list (one unit leads, "(牵头)" marks a lead). */
    private String dash(String s) {
        int at = dashUnits(s);
        if (at < 0) {
            return s;
        }
        Matcher m = DASH.matcher(s);
        m.find(at);
        add(FieldLabel.RESPONSIBLE, m.group(1));
        layout = "dash-units";
        return s.substring(0, at);
    }

    /** Whether the line's only fields are leaders ("分管县领导:常务副县长:吴某某"): a leader's heading, not a task. */
    static boolean leadersOnly(String cleaned) {
        TaskFields f = parse(cleaned, 0, new Warnings());
        return f.found() && f.values.keySet().equals(Set.of(FieldLabel.LEADER)) && f.text.isBlank();
    }

    /**
     * A paragraph as the parser reads it ({@link org.duban.tasks.unit.UnitNames#clean}: no spaces, half-width
     * punctuation), but where spaces separated fields or units in the original they become separators first: a label
     * line laid out with spaces instead of semicolons ("县级领导:副县长:孙某某 牵头单位:县工信局 责任单位:县统计局 县税务局")
     * reads as "…孙某某;牵头单位:县工信局;责任单位:县统计局、县税务局". Spaces elsewhere (inside a name, "区 财政局"; inside
     * a text) are removed as before.
     */
    static String cleanLine(String raw) {
        if (raw == null) {
            return "";
        }
        raw = halfWidthNumber(raw);
        String[] tokens = raw.strip().replace('\u3000', ' ').strip().split("[\\s\\u00a0]+");
        if (tokens.length == 1) {
            return org.duban.tasks.unit.UnitNames.clean(raw);
        }
        StringBuilder out = new StringBuilder(org.duban.tasks.unit.UnitNames.clean(tokens[0]));
        for (int i = 1; i < tokens.length; i++) {
            String right = org.duban.tasks.unit.UnitNames.clean(tokens[i]);
            // (what the space stands for is read from the last LABEL_REACH characters: the whole line copied at each
            // space made a long line of spaces quadratic — the hostile-input review)
            out.append(separator(out.substring(Math.max(0, out.length() - LABEL_REACH)), right)).append(right);
        }
        return out.toString();
    }

    /** A number of full-width digits opening a line ("１０．新建…"): typed on a Chinese keyboard. */
    private static final Pattern FULL_WIDTH_NUMBER = Pattern.compile("^([\\s\\u3000]*[(（]?)([\\uff10-\\uff19]{1,4})(?=[\\uff0e.、)）])");

    /**
     * "１０．新建县第二实验小学…" → "10．新建…", "（３）…" → "（3）…": the full-width digits of a line's leading number read as the number they are
     * (a document typed with a full-width keyboard numbers its tasks so); digits inside the text stay as written.
     */
    static String halfWidthNumber(String raw) {
        Matcher m = FULL_WIDTH_NUMBER.matcher(raw);
        if (!m.find()) {
            return raw;
        }
        StringBuilder digits = new StringBuilder();
        m.group(2).chars().forEach(c -> digits.append((char) (c - 0xff10 + '0')));
        return m.group(1) + digits + raw.substring(m.end());
    }

    /** "１２", "１-２": a 序号 cell typed in full-width digits, read as the number it is; anything else as written. */
    static String halfWidthDigits(String cell) {
        if (!cell.matches("[\\uff10-\\uff190-9\\-－.．]+")) {
            return cell;
        }
        StringBuilder out = new StringBuilder();
        cell.chars().forEach(c -> out.append(c >= 0xff10 && c <= 0xff19 ? (char) (c - 0xff10 + '0') : (char) c));
        return out.toString();
    }

    /** How far back before a space {@link #separator} looks for the field label it is under, in characters. */
    private static final int LABEL_REACH = 1_000;

    /**
     * What the space between {@code left} (the last {@link #LABEL_REACH} characters cleaned so far) and {@code right}
     * stood for: ";", "、" or nothing.
     */
    private static String separator(String left, String right) {
        if (left.isEmpty() || right.isEmpty() || left.matches(".*[;,、。:]$")) {
            return "";
        }
        FieldLabel last = null;
        // the label this space is under is among the last LABEL_REACH characters (a cell's unit list is far shorter);
        // reading the whole cell again at each space made a long cell quadratic
        String recent = left;
        Matcher m = FieldLabel.ANY.matcher(recent);
        Depths depths = new Depths(recent);
        while (m.find()) {
            if (depths.at(m.start()) == 0) {
                last = FieldLabel.of(m.group(1));
            }
        }
        // "…增长6%。——区发改局 区统计局": after a dash that follows the sentence the units are listed too
        boolean afterDash = left.matches("(?:.*[。;;!])?(?:——|—|--)+[^—]*");
        if (last == null && !afterDash) {
            return "";
        }
        if (last != null && FieldLabel.ANY.matcher(right).lookingAt()) {
            return ";";
        }
        boolean units = afterDash || last == FieldLabel.LEAD || last == FieldLabel.RESPONSIBLE || last == FieldLabel.RELATED;
        String before = left.substring(Math.max(Math.max(left.lastIndexOf(':'), left.lastIndexOf('—')),
                Math.max(left.lastIndexOf('、'), left.lastIndexOf(';'))) + 1);
        String after = right.split("[;,、(\\[【〔]", 2)[0];
        return units && UnitListSplitter.wholeUnit(before) && UnitListSplitter.wholeUnit(after) ? "、" : "";
    }

    /** A label line or a prose line under the task adds its fields. */
    void addLine(String cleaned, int line, Warnings warnings) {
        String rest = rule(cleaned);
        rest = brackets(rest, line, warnings);
        if (FieldLabel.ANY.matcher(rest).lookingAt()) {
            labelled(rest, line, null);
            if (layout.equals("plain")) {
                layout = "label-lines";
            }
        } else if (dashUnits(rest) == 0) {
            dash(rest);
        } else {
            String left = prose(rest);
            if (!left.isBlank()) {
                text = (text + left).strip();
            }
        }
    }

    boolean found() {
        return !values.isEmpty();
    }

    /** Whether any lead, responsible or related unit was read. */
    boolean namesUnits() {
        return values.containsKey(FieldLabel.LEAD) || values.containsKey(FieldLabel.RESPONSIBLE)
                || values.containsKey(FieldLabel.RELATED);
    }

    List<String> get(FieldLabel label) {
        return values.getOrDefault(label, List.of());
    }

    private String rule(String s) {
        if (LeadRule.statesFirstLeads(s)) {
            ruleStated = true;
            ruleHoldsOn = s.contains("下同") || s.contains("以下同") || s.contains("下列");
            return LeadRule.withoutRuleNote(s);
        }
        return s;
    }

    /** "市发展改革委、市财政局牵头", "市人社局负责": units and the role the clause gives them. */
    private static final Pattern ROLE_LEAD = Pattern.compile("^(.+?)(?:共同|联合)?(?:牵头|负总责|主办)(?:负责)?$");
    /**
     * "相关街道负责", "各街道负责征迁", "县住建局、县水利局按职责分工负责": the units that do the task (or the part of it named
     * after 负责, at most four characters).
     */
    private static final Pattern ROLE_DUTY = Pattern.compile("^(.+?)(?:具体)?(?:按照?(?:各自)?(?:职责)?(?:分工)?)?(?:负责|承担|落实)[\\u4e00-\\u9fa5]{0,4}$");
    /** The words that give a unit in a bracket its role. */
    private static final Pattern ROLE_WORD = Pattern.compile("牵头|配合|参与|协助|协办|协同|负责|承担|落实|单位|部门|领导|:");

    /**
     * A trailing bracket that says who does the task in words, without labels: "(市发展改革委、市财政局牵头,市统计局、
     * 市国税局配合;12月底前)". Every part must be such a role or a deadline, else the bracket is left in the text. A
     * lenticular bracket of units alone ("【区经信局】", "【区医保局,区卫健局,各街道】") is a 责任单位 list.
     */
    private String roleBracket(String s) {
        String t = s.strip().replaceAll("[。.]$", "");
        if (t.isEmpty() || OPEN.indexOf(t.charAt(t.length() - 1)) >= 0 || CLOSE.indexOf(t.charAt(t.length() - 1)) < 0) {
            return s;
        }
        char c = t.charAt(t.length() - 1);
        char o = OPEN.charAt(CLOSE.indexOf(c));
        // the bracket opening the last one, found in one backward pass (nested brackets never cost more than that)
        int open = -1;
        int depth = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            char ch = t.charAt(i);
            if (ch == c) {
                depth++;
            } else if (ch == o && --depth == 0) {
                open = i;
                break;
            }
        }
        if (open <= 0) {
            return s;
        }
        String content = t.substring(open + 1, t.length() - 1).strip();
        if ("【〔［[".indexOf(o) >= 0 && !ROLE_WORD.matcher(content).find() && unitList(content)) {
            // "【区经济和信息化局】", "【区医疗保障局,区卫生健康局,各街道】": the units alone, read like a 责任单位 list (one unit
            // leads, several with no rule: nobody leads)
            add(FieldLabel.RESPONSIBLE, content.replaceAll("[,，]", "、"));
            layout = "role-bracket";
            String before = t.substring(0, open);
            return s.strip().endsWith("。") && !before.strip().endsWith("。") ? before + "。" : before;
        }
        Map<FieldLabel, List<String>> found = new LinkedHashMap<>();
        boolean leads = false;
        for (String part : t.substring(open + 1, t.length() - 1).split("[;;](?![^()]*\\))")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (TaskDeadline.dueDate(p, 2000).isPresent() || TaskDeadline.openEnded(p)) {
                found.computeIfAbsent(FieldLabel.DEADLINE, k -> new ArrayList<>()).add(p);
                continue;
            }
            for (String clause : p.split("[,,](?![^()]*\\))")) {
                String r = clause.strip();
                Matcher m;
                if ((m = ROLE_LEAD.matcher(r)).matches() && unitList(m.group(1))) {
                    found.computeIfAbsent(FieldLabel.LEAD, k -> new ArrayList<>()).add(m.group(1));
                    leads = true;
                } else if ((m = HELPS.matcher(r)).matches() && unitList(m.group(1))) {
                    found.computeIfAbsent(FieldLabel.RELATED, k -> new ArrayList<>()).add(m.group(1));
                } else if ((m = ROLE_DUTY.matcher(r)).matches() && unitList(m.group(1))) {
                    found.computeIfAbsent(FieldLabel.RESPONSIBLE, k -> new ArrayList<>()).add(m.group(1));
                    leads = true;
                } else {
                    return s;
                }
            }
        }
        if (!leads) {
            return s;
        }
        found.forEach((label, list) -> list.forEach(v -> add(label, v)));
        layout = "role-bracket";
        String before = t.substring(0, open);
        return s.strip().endsWith("。") && !before.strip().endsWith("。") ? before + "。" : before;
    }

    private String brackets(String s, int line, Warnings warnings) {
        String rest = s;
        for (int guard = 0; guard < 10; guard++) {
            int open = clauseStart(rest);
            if (open < 0) {
                return rest;
            }
            char o = rest.charAt(open);
            char c = CLOSE.charAt(OPEN.indexOf(o));
            int close = closing(rest, open, o, c);
            String body;
            String after;
            if (close < 0) {
                body = rest.substring(open + 1);
                after = "";
                warnings.unbalanced(line, o, c, excerpt(rest.substring(open)));
            } else {
                body = rest.substring(open + 1, close);
                after = rest.substring(close + 1);
            }
            labelled(body, line, warnings);
            layout = "inline-brackets";
            String before = rest.substring(0, open);
            // "…发展〔分管领导:…〕。": the sentence's own full stop after the clause stays with the sentence
            String tail = after.matches("^[。.;;\\s]+$") && !before.isBlank() && !before.strip().matches(".*[。;;!?]$")
                    ? after.strip().substring(0, 1).replace('.', '。')
                    : after.replaceAll("^[。.;;\\s]+$", "");
            rest = before + tail;
        }
        return rest;
    }

    private static int clauseStart(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (OPEN.indexOf(s.charAt(i)) >= 0) {
                Matcher m = FieldLabel.ANY.matcher(s);
                m.region(i + 1, s.length());
                if (m.lookingAt()) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int closing(String s, int open, char o, char c) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == o) {
                depth++;
            } else if (s.charAt(i) == c && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** "…30家。责任单位:市民政局、市财政局": labels after the text, outside any bracket, run to the end. */
    private String inline(String s, int line) {
        Matcher m = FieldLabel.ANY.matcher(s);
        int depth = 0;
        int from = 0;
        Depths depths = new Depths(s);
        while (m.find(from)) {
            depth = depths.at(m.start());
            if (depth == 0) {
                labelled(s.substring(m.start()), line, null);
                if (layout.equals("plain")) {
                    layout = m.start() == 0 ? "label-lines" : "inline-units";
                }
                return s.substring(0, m.start());
            }
            from = m.end();
        }
        return s;
    }

    /**
     * The bracket depth at increasing positions of one string, walked once: a depth counted from the start at each
     * label made a long cell's reading quadratic (a 19,000-character cell of "(一)" took 7 s, 2026-12-02).
     */
    private static final class Depths {
        private final String s;
        private int at;
        private int depth;

        Depths(String s) {
            this.s = s;
        }

        /** The depth before {@code index}; indexes must not decrease between calls. */
        int at(int index) {
            for (; at < index; at++) {
                char ch = s.charAt(at);
                if (OPEN.indexOf(ch) >= 0) {
                    depth++;
                } else if (CLOSE.indexOf(ch) >= 0 && depth > 0) {
                    depth--;
                }
            }
            return depth;
        }
    }

    /**
     * "由A、B等牵头,C按职责分工负责。" → A, B lead; C responsible; "由A主办,B协办" → B related; "由A会同B、C负责" → A leads,
     * B, C responsible; "由A负责,B配合" → A responsible (one unit: it leads), B related; "A负总责,B按职责分工落实" (a
     * sentence after the text) → A leads, B responsible. The text is what comes before the clause.
     */
    private String prose(String s) {
        Matcher m = PROSE_JOINT.matcher(s);
        if (m.find() && unitList(m.group(1)) && unitList(m.group(2))) {
            add(FieldLabel.LEAD, m.group(1));
            add(FieldLabel.RESPONSIBLE, m.group(2));
            return proseClauses(s, m, 3);
        }
        m = PROSE_LEAD.matcher(s);
        if (m.find() && unitList(m.group(1))) {
            add(FieldLabel.LEAD, m.group(1));
            return proseClauses(s, m, 2);
        }
        m = PROSE_RESPONSIBLE.matcher(s);
        if (m.find() && unitList(m.group(1))) {
            add(FieldLabel.RESPONSIBLE, m.group(1));
            return proseClauses(s, m, 2);
        }
        m = PROSE_OVERALL.matcher(s);
        if (m.find() && unitList(m.group(1))) {
            add(FieldLabel.LEAD, m.group(1));
            return proseClauses(s, m, 2);
        }
        return s;
    }

    /**
     * The clauses after the first one ("…牵头,X具体负责,Y参与"): each names responsible (负责/落实) or cooperating
     * (配合/参与/协办) units. Answers the text before the whole clause.
     */
    private String proseClauses(String s, Matcher m, int group) {
        String after = m.group(group) == null ? "" : m.group(group);
        for (String clause : after.split("[,,;](?![^()]*\\))")) {
            // "由A牵头,会同B、C负责": those A works jointly with are responsible
            String rest = clause.strip().replaceFirst("^会同", "");
            Matcher helps = HELPS.matcher(rest);
            if (helps.matches() && unitList(helps.group(1))) {
                add(FieldLabel.RELATED, helps.group(1));
            } else {
                String duty = DUTY.matcher(rest).replaceAll("");
                if (!duty.isBlank() && unitList(duty)) {
                    add(FieldLabel.RESPONSIBLE, duty);
                }
            }
        }
        layout = "prose";
        return s.substring(0, m.start());
    }

    /** Whether every item of a written list reads like a unit or a group of units. */
    private static boolean unitList(String written) {
        String w = written.replaceAll("\\([^()]*\\)", "").replaceAll("等(单位|部门)?$", "").replaceAll("等(?=[、,,])", "");
        String[] parts = w.split("[、,,及/]");
        for (String p : parts) {
            // "市发改委牵头", "市统计局配合": a role written after the name
            String t = p.replaceAll("等$", "").replaceAll("(?:为|是)?(?:牵头|配合|参与|协助|协办)(?:单位|部门)?$", "");
            if (t.isBlank() || !org.duban.tasks.unit.UnitNames.looksLikeUnit(t) && !t.matches(".*(部门|单位|政府)$")) {
                return false;
            }
        }
        return parts.length > 0;
    }

    /** Splits "牵头单位:A;责任单位:B、C" into its labelled values. */
    private void labelled(String body, int line, Warnings warnings) {
        Matcher m = FieldLabel.ANY.matcher(body);
        List<int[]> spans = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Depths depths = new Depths(body);
        while (m.find()) {
            if (depths.at(m.start()) > 0) {
                continue;
            }
            spans.add(new int[] {m.start(), m.end()});
            labels.add(m.group(1));
        }
        for (int i = 0; i < spans.size(); i++) {
            int to = i + 1 < spans.size() ? spans.get(i + 1)[0] : body.length();
            String value = body.substring(spans.get(i)[1], to);
            if (warnings != null && i + 1 < spans.size() && !value.strip().matches(".*[;,,、]$")) {
                warnings.add(WarningCode.MISSING_SEPARATOR, line,
                        "“" + labels.get(i + 1) + "”前缺少分号", "missing ';' before '" + labels.get(i + 1) + "'",
                        "在“" + labels.get(i + 1) + "”前加“;” / add ';' before it");
            }
            FieldLabel label = FieldLabel.of(labels.get(i));
            if (label != null) {
                add(label, value);
            }
        }
    }

    private void add(FieldLabel label, String value) {
        String v = value.strip().replaceAll("^[;,,、:\\s]+|[;,,、。.\\s]+$", "");
        if (!v.isEmpty()) {
            values.computeIfAbsent(label, k -> new ArrayList<>()).add(v);
        }
    }

    /** The first 60 characters of {@code s}, for warnings. */
    static String excerpt(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
