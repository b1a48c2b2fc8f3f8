package org.duban.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.duban.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read from the verified token: roles, region, unit, name. Services decide scope
 * with it (a unit writes only its own reports, everyone stays in their region).
 */
@RequestScoped
public class Caller {
    private final SecurityIdentity identity;
    private final JsonWebToken jwt;

    public Caller(SecurityIdentity identity, JsonWebToken jwt) {
        this.identity = identity;
        this.jwt = jwt;
    }

    public boolean authenticated() {
        return !identity.isAnonymous();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAny(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** ADMIN and SYSTEM act in every region. */
    public boolean allRegions() {
        return hasAny(Roles.ADMIN, Roles.SYSTEM);
    }

    public String login() {
        return authenticated() ? identity.getPrincipal().getName() : "anonymous";
    }

    public String regionCode() {
        return claim("region");
    }

    public String unitId() {
        return claim("unit");
    }

    public String name() {
        String name = claim("name");
        return name != null ? name : login();
    }

    /**
     * The region a read or a sweep is limited to: null (every region) for ADMIN and SYSTEM, the token's
     * {@code region} claim otherwise.
     *
     * @throws ProblemException 403 when a region-scoped caller's token names no region (fail closed)
     */
    public String scopeRegion() {
        if (allRegions()) {
            return null;
        }
        String region = regionCode();
        if (region == null || region.isBlank()) {
            throw ProblemException.forbidden("your token names no region / 令牌未指明所属地区");
        }
        return region;
    }

    /**
     * What this caller may read ({@link ReadScope#of}); every read and list takes it.
     *
     * @throws org.duban.platform.problem.ProblemException 403 when a region-bound role's token names no region
     */
    public ReadScope readScope() {
        return ReadScope.of(this);
    }

    /**
     * Where this caller may change rows ({@link WriteScope#of}); a service checks it where it loads the row.
     *
     * @throws ProblemException 403 when a region-bound caller's token names no region
     */
    public WriteScope writeScope() {
        return WriteScope.of(this);
    }

    /** 403 unless the caller may act in this region (the rule is {@link WriteScope#requireRegion}'s). */
    public void requireRegion(String regionCode) {
        writeScope().requireRegion(regionCode);
    }

    /** 403 unless the caller belongs to this unit; the office, admins and the system act for any ({@link WriteScope#requireUnit}). */
    public void requireUnit(String unitId) {
        writeScope().requireUnit(unitId);
    }

    private String claim(String name) {
        if (!authenticated() || jwt == null || jwt.getRawToken() == null) {
            return null;
        }
        Object value = jwt.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
