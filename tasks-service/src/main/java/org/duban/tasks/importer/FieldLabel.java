package org.duban.tasks.importer;

import java.util.regex.Pattern;

/**
 * The labels a decomposition document writes before a task's people and units, with the synonyms offices
 * use. Source: the seed plan ("牵头单位:…;责任单位:…"), the seed table's columns and the layouts of issue 10
 * (主责单位, 牵头负责部门, 配合/协办/相关单位, 责任/牵头/分管领导, 协管责任人, 责任人, 完成时限).
 */
enum FieldLabel {
    LEAD("牵头负责部门|牵头负责单位|牵头责任单位|牵头单位|牵头部门|主责单位|主办单位|主责部门"),
    RESPONSIBLE("责任单位|责任部门|承办单位|实施单位"),
    RELATED("配合单位|配合部门|协办单位|协办部门|相关单位|参与单位|协助单位|协同单位"),
    LEADER("责任领导|牵头领导|分管领导|联系领导|包抓领导|责任(?:市|区|县)领导|(?:市|区|县)领导"),
    COORDINATOR("协管责任人|协管领导"),
    PERSON("责任人|联系人"),
    DEADLINE("完成时限|时间节点|完成时间|时限要求|时限");

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
