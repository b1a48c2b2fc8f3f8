package org.duban.tasks.importer;

import java.util.regex.Pattern;

/**
 * The labels a decomposition document writes before a task's people and units, with the synonyms offices
 * use. Source: the seed plan ("牵头单位:…;责任单位:…"), the seed table's columns and the layouts of issue 10
 * (主责单位, 牵头负责部门, 配合/协办/相关单位, 责任/牵头/分管领导, 协管责任人, 责任人, 完成时限); the short forms a notice
 * defines ("“牵头”为主办单位,“参与”为协办单位" → "(牵头:县财政局;参与:县税务局)"); leaders by level ("牵头县领导",
 * "分管县领导", "县级领导"); and a task's 工作举措 (the measures listed under it, which are neither task nor unit).
 */
enum FieldLabel {
    LEAD("牵头负责部门|牵头负责单位|牵头责任单位|牵头单位|牵头部门|主责单位|主办单位|主办部门|主责部门|牵头"),
    RESPONSIBLE("责任单位|责任部门|承办单位|实施单位"),
    RELATED("配合单位|配合部门|协办单位|协办部门|相关单位|参与单位|协助单位|协同单位|参与|配合|协办|协助"),
    /** also "市政府领导", "区政府分管领导": the government's leader named with the government, not the level */
    LEADER("(?:责任|牵头|分管|联系|包抓)(?:市|区|县)?级?领导|(?:市|区|县)(?:级|政府)?(?:责任|牵头|分管|联系|包抓)?领导"),
    COORDINATOR("协管责任人|协管领导"),
    PERSON("责任人|联系人"),
    DEADLINE("完成时限|时间节点|完成时间|时限要求|时限"),
    /** 工作举措 / 具体措施: how the task is to be done, written under it (often as "(1)…" sub-lines); not kept as a field */
    MEASURES("(?:工作|具体|主要|重点|推进|保障)(?:举措|措施)");

    /** Any label followed by a colon (after {@code UnitNames.clean}, which makes every colon ':'). */
    static final Pattern ANY;

    static {
        StringBuilder sb = new StringBuilder("(");
        for (FieldLabel l : values()) {
            if (sb.length() > 1) {
                sb.append('|');
            }
            sb.append(l.pattern);
        }
        ANY = Pattern.compile(sb.append(")\\s*:").toString());
    }

    private final String pattern;
    private final Pattern exact;

    FieldLabel(String pattern) {
        this.pattern = pattern;
        this.exact = Pattern.compile(pattern);
    }

    /** The label a written label is, or null. */
    static FieldLabel of(String written) {
        for (FieldLabel l : values()) {
            if (l.exact.matcher(written).matches()) {
                return l;
            }
        }
        return null;
    }
}
