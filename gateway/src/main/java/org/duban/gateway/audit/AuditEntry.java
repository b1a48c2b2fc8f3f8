package org.duban.gateway.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One write that passed the gateway. */
@Entity
@Table(name = "gateway_audit")
public class AuditEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String method;

    @Column(nullable = false)
    public String path;

    @Column(nullable = false)
    public int status;

    /** The token's upn/subject, {@code apikey:<name>} for machine clients, {@code anonymous} without a token. */
    @Column(nullable = false)
    public String caller;

    public String roles;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "unit_id")
    public String unitId;

    /** The client's address. */
    public String client;

    @Column(name = "request_id", nullable = false)
    public String requestId;

    @Column(name = "duration_ms", nullable = false)
    public long durationMs;
}
