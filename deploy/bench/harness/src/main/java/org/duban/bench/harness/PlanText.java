package org.duban.bench.harness;

import java.util.List;

/**
 * A task-decomposition plan (责任分解方案) of any size, laid out as the 2019 seed plan is: a title, one part per
 * kind, numbered subsections (一)(二)…, numbered tasks each with its 牵头单位 and 责任单位 in brackets.
 */
final class PlanText {
    /** The units tasks are given to, in turn; the first of a task's two is its lead. */
    static final List<String> UNITS = List.of("区发改委", "区财政局", "区商务局", "区科技局", "区经信局", "区建设局",
            "区城管委", "区教育局", "区卫健委", "区民政局", "区人社局", "区生态环境局", "区文旅局", "区市场监管局",
            "区应急管理局", "区水务局", "区交通局", "区司法局", "区统计局", "区审批局");
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

    private PlanText() {}

    /** {@code tasks} tasks for {@code year} in subsections of {@code perSection}. */
    static String of(int year, int tasks, int perSection) {
        StringBuilder out = new StringBuilder();
        out.append(year).append("年区《政府工作报告》确定的\n主要目标任务责任分解方案\n\n");
        out.append("一、").append(year).append("年重点工作(共").append(tasks).append("项)\n");
        for (int i = 1; i <= tasks; i++) {
            if ((i - 1) % perSection == 0) {
                int section = (i - 1) / perSection;
                out.append('(').append(ORDINALS[section % ORDINALS.length]).append(")坚持以第").append(section + 1)
                        .append("方面工作为重点,着力推动高质量发展\n");
            }
            String lead = UNITS.get(i % UNITS.size());
            String responsible = UNITS.get((i * 7 + 3) % UNITS.size());
            if (responsible.equals(lead)) {
                responsible = UNITS.get((i + 1) % UNITS.size());
            }
            out.append(i).append(". 推进第").append(i).append("项重点工作,完善工作机制,加强统筹调度,确保年底前完成全年目标任务。(牵头单位:")
                    .append(lead).append(";责任单位:").append(responsible).append(")\n");
        }
        return out.toString();
    }

    private static final String[] LEADERS = {"常务副区长张某某", "副区长王某某", "副区长李某某", "副区长赵某某", "副区长刘某某",
            "副区长陈某某", "副区长杨某某", "副区长黄某某"};
    private static final String[] PARTS = {"重点工作", "改革攻坚", "民生实事", "重大项目", "安全稳定"};

    /**
     * A fuller plan for the scale data (issue 14 item 2): {@code parts} parts of subsections of {@code perSection}
     * tasks, numbered afresh in each part; each subsection names its 分管区领导; each task its 责任区领导 (every third
     * task), its 牵头单位, one to three 责任单位 (every seventh task also 各街道, a unit group) and on every fourth task a
     * 配合单位 — the shapes the importer reads from real plans.
     */
    static String detailed(int year, int tasks, int parts, int perSection) {
        StringBuilder out = new StringBuilder();
        out.append(year).append("年区重点工作任务责任分解方案\n\n");
        int perPart = (tasks + parts - 1) / parts;
        int n = 0;
        for (int part = 0; part < parts && n < tasks; part++) {
            int count = Math.min(perPart, tasks - n);
            out.append(ORDINALS[part]).append("、").append(year).append("年").append(PARTS[part % PARTS.length])
                    .append("(共").append(count).append("项)\n");
            for (int i = 1; i <= count; i++, n++) {
                if ((i - 1) % perSection == 0) {
                    int section = (i - 1) / perSection;
                    out.append('(').append(ORDINALS[section % ORDINALS.length]).append(")聚焦第").append(section + 1)
                            .append("类").append(PARTS[part % PARTS.length]).append(",着力补齐短板(分管区领导:")
                            .append(LEADERS[(part * 3 + section) % LEADERS.length]).append(")\n");
                }
                int lead = (n * 7) % UNITS.size();
                List<String> responsible = new java.util.ArrayList<>();
                for (int r = 0; r < 1 + n % 3; r++) {
                    String u = UNITS.get((lead + 3 + r * 5 + n / 7) % UNITS.size());
                    if (!u.equals(UNITS.get(lead)) && !responsible.contains(u)) {
                        responsible.add(u);
                    }
                }
                if (n % 7 == 3) {
                    responsible.add("各街道");
                }
                out.append(i).append(". 推进第").append(n + 1).append("项").append(PARTS[part % PARTS.length])
                        .append(",细化责任清单,加强统筹调度,确保年底前完成全年目标任务。(");
                if (n % 3 == 0) {
                    out.append("责任区领导:").append(LEADERS[n % LEADERS.length]).append(";");
                }
                out.append("牵头单位:").append(UNITS.get(lead));
                if (!responsible.isEmpty()) {
                    out.append(";责任单位:").append(String.join("、", responsible));
                }
                if (n % 4 == 1) {
                    out.append(";配合单位:").append(UNITS.get((lead + 11) % UNITS.size()));
                }
                out.append(")\n");
            }
        }
        return out.toString();
    }
}
