package org.duban.tasks.workplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One line of a 办理方案: 具体工作内容, 完成时限, 分管领导, 责任科室. */
@Embeddable
public class WorkPlanItem {
    @Column(nullable = false)
    public String content;

    public LocalDate deadline;

    @Column(name = "leader_in_charge")
    public String leaderInCharge;

    @Column(name = "responsible_section")
    public String responsibleSection;

    public WorkPlanItem() {}

    public WorkPlanItem(String content, LocalDate deadline, String leaderInCharge, String responsibleSection) {
        this.content = content;
        this.deadline = deadline;
        this.leaderInCharge = leaderInCharge;
        this.responsibleSection = responsibleSection;
    }
}
