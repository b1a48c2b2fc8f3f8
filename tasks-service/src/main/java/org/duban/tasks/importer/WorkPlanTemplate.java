package org.duban.tasks.importer;

import java.util.List;

/**
 * The 办理方案 form at the end of a plan: a title, header fields (总责任人) and item columns
 * (序号, 责任事项, 具体工作内容, 完成时限, 分管领导, 责任科室).
 */
public record WorkPlanTemplate(String title, List<String> headerFields, List<String> columns) {

    public static final WorkPlanTemplate DEFAULT = new WorkPlanTemplate("×××(单位)办理方案", List.of("总责任人"),
            List.of("序号", "责任事项", "具体工作内容", "完成时限", "分管领导", "责任科室"));
}
