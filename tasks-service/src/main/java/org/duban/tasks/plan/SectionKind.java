package org.duban.tasks.plan;

/** The parts of a plan: 主要预期目标, 重点工作, 民生实事, and anything else. */
public enum SectionKind {
    TARGETS,
    KEY_WORK,
    LIVELIHOOD,
    OTHER;

    /** The kind a level-one heading announces ("2019年主要预期目标(共6项)" is TARGETS). */
    public static SectionKind fromHeading(String title) {
        if (title.contains("预期目标") || title.contains("主要目标") || title.contains("主要指标")) {
            return TARGETS;
        }
        if (title.contains("实事") || title.contains("民生项目")) {
            return LIVELIHOOD;
        }
        if (title.contains("重点工作") || title.contains("重点任务")) {
            return KEY_WORK;
        }
        return OTHER;
    }
}
