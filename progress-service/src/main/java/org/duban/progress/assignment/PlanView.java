package org.duban.progress.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.duban.platform.journal.NotJournaled;

/** A published plan as tasks-service announced it: its year and the marker legend for the footnote. */
@Entity
@NotJournaled("read model: copied from tasks-service's plan events, journaled there")
@Table(name = "plan_view")
public class PlanView extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public String planId;

    @Column(name = "region_code")
    public String regionCode;

    public Integer year;
    public String title;

    /** JSON object {"▲": "全国性重点工作", ...} */
    @Column(name = "marker_legend")
    public String markerLegend;
}
