package org.duban.tasks.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.tasks.unit.UnitNames;
import org.duban.tasks.unit.UnitRef;

/**
 * Splits a written list of units ("区发改委、区科技局,各乡、街道办事处") into units and groups.
 * Separators are 、 , , ; / (spreadsheets and forms write "区统计局/区财政局") and, between a unit and a group, 及.
 * A cell that only says there is none ("无", "—", "/") names no unit. Scraping sometimes loses the separators
 * ("商务局招商局财政局金融工作局"): such runs are cut after 局/委/办/… where both sides still read as units,
 * and a MISSING_SEPARATOR warning says so.
 */
final class UnitListSplitter {
    private static final String SEPARATORS = "、,;/／";
    /** What a form writes in a unit cell or after a label where there is no such unit: "无", "—", "/", "暂无". */
    private static final Pattern NONE = Pattern.compile("^(无|暂无|没有|空|[-—–－/／]+)$");
    private static final String[] CUT_AFTER = {"指挥部", "中心", "公司", "专班", "街道", "局", "委", "办"};
    private static final String[] NOT_A_UNIT_START = {"办公室", "公室", "事处", "专班", "工作专班", "领导小组", "办事处",
            "〈", "(", "分局"};

    private UnitListSplitter() {}

    /**
     * What a unit list says about its units' roles beyond the label above it: {@code leading} are marked to lead
     * ("*市民政局", "★市民政局", "市民政局(牵头)", "市民政局为牵头单位"); {@code supporting} are written as helping
     * ("区市场监管局配合", "区税务局(协助)", "区科协参与") and so are related units, not responsible ones.
     */
    record Roles(List<UnitRef> leading, List<UnitRef> supporting) {
        static Roles collect() {
            return new Roles(new ArrayList<>(), new ArrayList<>());
        }
    }

    /** "市民政局(牵头)", "市民政局牵头", "市民政局为牵头单位", "县扶贫办负总责": the unit leads. */
    private static final Pattern LEADS = Pattern.compile("(?:\\((?:牵头|牵头单位|牵头部门|主责|主办|负总责)\\)|(?:为|是)?牵头(?:单位|部门)?|主办|负总责)$");
    /** "区市场监管局配合", "区税务局(协助)", "区科协参与", "区文旅局协办": the unit helps. */
    private static final Pattern SUPPORTS = Pattern.compile("(?:\\((?:配合|协助|参与|协办|配合单位)\\)|配合|协助|参与|协办)$");
    /** "市商务局等", "市商务局等有关单位", "区文旅局等相关部门": the names end before 等. */
    private static final Pattern ET_CETERA = Pattern.compile("等(?:有关|相关)?(?:单位|部门)?$");

    /** The units of a list, whatever roles it writes next to them (those are not kept). */
    static List<UnitRef> split(String written, int line, Warnings warnings) {
        Roles roles = Roles.collect();
        List<UnitRef> units = split(written, line, warnings, roles);
        units.addAll(roles.supporting());
        return units;
    }

    /**
     * As {@link #split(String, int, Warnings)}, with the roles the list writes next to its units collected in
     * {@code roles}: a unit marked to lead is returned and added to {@code roles.leading()}; a unit written as
     * helping goes to {@code roles.supporting()} only. "等" after the last name ("市商务局等") is not part of it; "A和B"
     * between two unit names is two units.
     */
    static List<UnitRef> split(String written, int line, Warnings warnings, Roles roles) {
        String text = distributeRoles(UnitNames.clean(unitsPerLine(written)).replace('＊', '*'));
        if (NONE.matcher(text).matches()) {
            return new ArrayList<>();
        }
        List<String> tokens = mergeTownshipStreetGroups(splitOnSeparators(text));
        List<UnitRef> units = new ArrayList<>();
        for (String token : tokens) {
            for (String part : splitOnAnd(ET_CETERA.matcher(token).replaceAll(""))) {
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
                    String name = ET_CETERA.matcher(unstarred == null ? piece : unstarred).replaceAll("");
                    boolean leads = unstarred != null;
                    boolean supports = false;
                    Matcher role = LEADS.matcher(name);
                    if (role.find() && unitBefore(name.substring(0, role.start()))) {
                        name = name.substring(0, role.start());
                        leads = true;
                    } else if ((role = SUPPORTS.matcher(name)).find() && unitBefore(name.substring(0, role.start()))) {
                        name = name.substring(0, role.start());
                        supports = true;
                    }
                    name = ET_CETERA.matcher(name).replaceAll("");
                    if (name.isEmpty()) {
                        continue;
                    }
                    UnitRef ref = UnitNames.parse(name);
                    if (supports) {
                        roles.supporting().add(ref);
                        continue;
                    }
                    units.add(ref);
                    if (leads) {
                        roles.leading().add(ref);
                    }
                }
            }
        }
        return units;
    }

    /**
     * A cell with one unit per line (Excel Alt+Enter, Word paragraphs, HTML br) or a list separated by spaces
     * ("县疾控中心 县人民医院 县中医医院"): the breaks separate units when every piece reads as a unit; otherwise they are a
     * name wrapped over lines and are joined.
     */
    static String unitsPerLine(String written) {
        if (written == null) {
            return "";
        }
        for (String separator : new String[] {"\\s*[\\r\\n]+\\s*", "[ \\u3000]+"}) {
            String[] pieces = written.strip().split(separator);
            if (pieces.length > 1 && java.util.Arrays.stream(pieces).allMatch(UnitListSplitter::wholeUnit)) {
                return String.join("、", pieces);
            }
        }
        return written;
    }

    /** "市公安局交警支队", "县城投公司": a name of this region's level ending as units' names end. */
    private static final Pattern REGION_UNIT = Pattern.compile("^[市区县州旗省].{2,30}(局|委|办|队|所|站|中心|公司|院|室|处|会|团|集团)$");

    /** A piece that is a whole unit name by itself (not "区" or "卫健局" of a name broken by a stray space). */
    static boolean wholeUnit(String piece) {
        String p = LeadRule.unstar(piece) == null ? piece.strip() : LeadRule.unstar(piece);
        Matcher role = LEADS.matcher(p);
        if (role.find() || (role = SUPPORTS.matcher(p)).find()) {
            p = p.substring(0, role.start());
        }
        String name = withoutEtCetera(p);
        return name.length() >= 3 && (UnitNames.isGroup(name) || UnitNames.kindOf(UnitNames.parse(name).name()) != org.duban.tasks.unit.UnitKind.OTHER
                || REGION_UNIT.matcher(name).matches());
    }

    /** Whether the words before a role ("市公安局交警支队" of "市公安局交警支队协助") name a unit. */
    private static boolean unitBefore(String written) {
        String name = withoutEtCetera(written);
        return UnitNames.looksLikeUnit(name) || REGION_UNIT.matcher(name).matches();
    }

    private static String withoutEtCetera(String name) {
        return ET_CETERA.matcher(name).replaceAll("");
    }

    /** A role written after the last unit of a 、-list: "A、B牵头" / "C、D配合" / "A、B(牵头)". */
    private static final Pattern LIST_ROLE = Pattern.compile(
            "^(?=.*(?:牵头(?:单位|部门)?|负总责|配合|协助|参与|协办)$)(.+(?:、|和|与).+?)((?:为|是)牵头(?:单位|部门)|牵头|负总责|配合|协助|参与|协办)$");

    /**
     * A role written once after a list holds for every unit of it: "市发展改革委、市财政局牵头,市统计局、市国税局配合" is two
     * leads and two related units. Groups are what , and ; separate; the role is repeated after each 、-separated unit,
     * unless a unit of the group writes a role of its own.
     */
    static String distributeRoles(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder group = new StringBuilder();
        int depth = 0;
        for (char c : (text + ",").toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (depth == 0 && (c == ',' || c == ';')) {
                Matcher m = LIST_ROLE.matcher(group.toString().strip());
                // "区城管局(牵头)、区生态环境分局、区市场监管局配合": a unit with a role of its own means each role is its unit's
                if (m.matches() && !hasOwnRole(m.group(1))) {
                    List<String> units = new ArrayList<>();
                    for (String unit : m.group(1).split("、|(?<=[局委办处院室队站所心司])[和与](?=[市区县省州])")) {
                        units.add(unit + m.group(2));
                    }
                    out.append(String.join("、", units));
                } else {
                    out.append(group);
                }
                out.append(c);
                group.setLength(0);
            } else {
                group.append(c);
            }
        }
        return out.substring(0, out.length() - 1);
    }

    private static boolean hasOwnRole(String list) {
        for (String unit : list.split("、")) {
            if (LEADS.matcher(unit).find() || SUPPORTS.matcher(unit).find() || LeadRule.unstar(unit) != null) {
                return true;
            }
        }
        return false;
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

    /**
     * "岳阳楼公安分局及区直相关单位" names a unit and a group; "区财政局和区税务局" / "区财政局与区税务局" two units (but
     * "区住房和城乡建设局" is one: its part before 和 is no unit).
     */
    private static List<String> splitOnAnd(String token) {
        int and = token.indexOf('及');
        if (and >= 2 && and < token.length() - 2) {
            String left = token.substring(0, and);
            String right = token.substring(and + 1);
            if (UnitNames.looksLikeUnit(left) && (UnitNames.isGroup(right) || right.startsWith("区"))) {
                return List.of(left, right);
            }
        }
        for (int i = 2; i < token.length() - 2; i++) {
            char c = token.charAt(i);
            if (c == '和' || c == '与') {
                String left = token.substring(0, i);
                String right = token.substring(i + 1);
                if (endsAUnit(left) && (endsAUnit(right) || UnitNames.isGroup(right))) {
                    List<String> out = new ArrayList<>();
                    out.add(left);
                    out.addAll(splitOnAnd(right));
                    return out;
                }
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
            // a place name may be redacted ("市规划和自然资源局××分局"): "×" stands for its characters
            boolean branch = rest.matches("[\\u4e00-\\u9fa5×]{1,6}(分局|大队|支队|中队|派出所|管理所|管理站)") && head.endsWith("局")
                    // "省高速公路建设指挥部澹川段办公室": an office of the 指挥部 / 领导小组 named before it, not a second unit
                    || rest.matches("[^省市区县州旗][\\u4e00-\\u9fa5]{0,6}办公室") && head.matches(".*(指挥部|小组|委员会)")
                    // "省公路事业发展中心蓼原公路分局": a branch of a centre, company or commission, named after its place
                    || rest.matches("[^省市区县州旗][\\u4e00-\\u9fa5]{0,7}(分局|分公司|分中心|大队|支队|管理所|管理站)")
                            && head.matches(".*(局|中心|公司|委|厅)");
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
