package org.duban.tasks.importer;

import java.util.Optional;
import java.util.regex.Pattern;
import org.duban.tasks.unit.UnitNames;

/**
 * The columns of a decomposition or completion table, each with the header names offices write for it (issue 10:
 * 责任单位, 牵头单位, 牵头负责部门, 主责单位, 配合单位, 协办单位, 相关单位, 责任领导, 牵头领导, 协管责任人, 责任人, 完成时限,
 * 完成情况, 推进情况, 牵头市领导, 类别 …). Headers are compared without spaces ("主  要  工  作  任  务") and without a trailing note in
 * brackets ("责任单位(列第一位的为牵头单位)").
 */
public enum TableColumn {
    NUMBER("序号", true, "序号|编号|序|项次|任务编号|任务序号"),
    TASK("目标任务", true, "目标任务|任务|目标任务内容|(主要|重点|具体)?(工作)?任务(内容|名称|及措施)?|(主要|重点)?工作(内容|目标|事项)?"
            + "|重点工作|工作任务|责任事项|主要目标任务|目标任务及措施|主要内容|具体内容|任务事项"
            // a table of the report's expected targets: one target a row
            + "|(主要)?(预期)?指标(名称)?|(主要)?预期目标|目标(内容)?"),
    LEADERS("责任领导", true, "(责任|牵头|分管|联系|包抓)(市|区|县)?级?领导|(市|区|县)(级|政府)?(责任|分管|牵头|联系|包抓)?领导|领导"),
    COORDINATOR("区政府办协管责任人", true, ".*协管.*"),
    LEAD_UNIT("牵头单位", true, "牵头单位|牵头负责部门|牵头负责单位|牵头责任单位|牵头部门|主责单位|主责部门|主办单位|主办部门|主办|责任主体"),
    LEAD_PERSON("责任人", true, "责任人|联系人"),
    RESPONSIBLE_UNITS("责任单位", false, "责任单位|责任部门|承办单位|实施单位"),
    RELATED_UNITS("相关单位", true, "相关单位|配合单位|配合部门|协办单位|协办部门|协办|参与单位|协助单位|协同单位"),
    DEADLINE("完成时限", false, "完成时限|时间节点|完成时间|时限要求|时限|完成期限"),
    /** also for a period ("上半年推进情况", "1—6月完成情况", "一季度进展情况", "截至6月底完成情况") */
    PROGRESS("完成情况", true, "(?:上半年|下半年|全年|年度|前三季度|第?[一二三四1-4]季度|截至?\\d{1,2}月底?|\\d{1,2}[—\\-－~至到]\\d{1,2}月|\\d{1,2}月)?"
            + "(?:完成情况|推进情况|进展情况|工作进展|落实情况|进度情况|完成进度)"),
    /** 责任分工: one cell holding the task's label lines ("县领导:…\n牵头单位:…\n责任单位:…"), each read as its label says */
    DUTIES("责任分工", false, "责任分工|职责分工|任务分工|分工|责任分解|责任主体及分工"),
    /** 类别 (预期性指标 / 约束性指标 / 重点工作 / 民生实事): what kind of item a row is; read, not kept */
    CATEGORY("类别", false, "类别|分类|类型|任务类别|指标类别|指标类型|任务类型|属性"),
    /** 工作举措 / 具体措施: how a task is to be done; read, not kept (the import record keeps the document) */
    MEASURES("工作举措", false, "(工作|具体|主要|重点|推进|保障)(举措|措施)");

    private final String header;
    private final boolean completionTable;
    private final Pattern names;

    TableColumn(String header, boolean completionTable, String names) {
        this.header = header;
        this.completionTable = completionTable;
        this.names = Pattern.compile(names);
    }

    /** The name the seed completion table prints. */
    public String header() {
        return header;
    }

    /** Whether the completion table (一览表) has this column; the others belong to decomposition tables only. */
    public boolean inCompletionTable() {
        return completionTable;
    }

    /** The column a header cell names, or empty. */
    public static Optional<TableColumn> fromHeader(String cell) {
        String h = UnitNames.clean(cell).replaceAll("[*:]", "");
        String bare = h.replaceAll("\\(.*\\)$", "");
        for (String candidate : new String[] {h, bare}) {
            if (candidate.isEmpty()) {
                continue;
            }
            for (TableColumn c : values()) {
                if (c.names.matcher(candidate).matches()) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }
}
