package org.duban.bench.app;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One row of the baseline's table: about the width of a task's own columns. */
@Entity
@Table(name = "bench_row")
public class BenchRow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code", nullable = false, length = 12)
    public String regionCode;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
