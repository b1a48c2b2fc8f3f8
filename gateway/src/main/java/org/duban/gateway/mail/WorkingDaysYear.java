package org.duban.gateway.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One year of the official working-day schedule as an administrator last set it in progress-service
 * ({@code duban.progress.working-days-updated.v1}); it replaces the bundled year. ISO dates separated by commas.
 */
@Entity
@Table(name = "working_days")
public class WorkingDaysYear extends PanacheEntityBase {
    @Id
    public int year;

    @Column(nullable = false)
    public String holidays;

    @Column(name = "make_up_workdays", nullable = false)
    public String makeUpWorkdays;

    @Column(nullable = false)
    public String source;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
