package org.duban.gateway.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A person who logs in at the gateway. The password is kept only as a bcrypt hash. */
@Entity
@Table(name = "gateway_user")
public class GatewayUser extends PanacheEntityBase {
    @Id
    public String login;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    /** Comma-separated roles. */
    @Column(nullable = false)
    public String roles;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "display_name")
    public String displayName;

    @Column(nullable = false)
    public boolean enabled = true;

    /** Failed logins since the last success or lock; reaching {@code duban.auth.lockout.max-failures} locks the account. */
    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    /** Every login is refused (429) until then, the right password included; null when not locked. */
    @Column(name = "locked_until")
    public OffsetDateTime lockedUntil;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
}
