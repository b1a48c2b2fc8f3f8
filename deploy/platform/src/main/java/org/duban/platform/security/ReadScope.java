package org.duban.platform.security;

import java.util.Objects;
import org.duban.platform.problem.ProblemException;

/**
 * What a caller may read, decided once from the verified token and handed to every query that reads
 * rows on the caller's behalf (services take it as a parameter, so a list without a scope predicate
 * cannot be written by accident). The rules (DESIGN.md "Roles", issue 12):
 * <ul>
 *   <li>anonymous callers, and tokens with no {@code groups} claim, see only what is published
 *       ({@link #publicOnly()}), in any region;</li>
 *   <li>ADMIN and SYSTEM see every region, drafts included ({@link #region()} is null);</li>
 *   <li>every other role sees its own region only; a token without a {@code region} claim is refused (403);</li>
 *   <li>drafts (of plans, and of another unit's reports) are the office's: SUPERVISOR and LEADER of the region;</li>
 *   <li>unit roles (UNIT_REPORTER, UNIT_HEAD) see unit-owned rows (work plans, reports, urgings) of their own
 *       unit and of the tasks it leads ({@link #unit()} is their unit id); the office sees every unit's.</li>
 * </ul>
 *
 * @param region     the only region visible, or null for every region
 * @param unit       the caller's unit id when unit-owned rows are limited to it, else null
 * @param office     true when every unit's rows of the region are visible (SUPERVISOR, LEADER, ADMIN, SYSTEM)
 * @param publicOnly true when only published content is visible (anonymous, or no role)
 */
public record ReadScope(String region, String unit, boolean office, boolean publicOnly) {

    /** Anonymous: published content of every region. */
    public static final ReadScope PUBLIC = new ReadScope(null, null, false, true);
    /** ADMIN and SYSTEM. */
    public static final ReadScope EVERYTHING = new ReadScope(null, null, true, false);

    /**
     * The caller's scope.
     *
     * @throws ProblemException 403 when a region-bound role's token names no region, or a unit role's no unit
     */
    public static ReadScope of(Caller caller) {
        if (!caller.authenticated() || caller.roles().isEmpty()) {
            return PUBLIC;
        }
        if (caller.allRegions()) {
            return EVERYTHING;
        }
        String region = caller.scopeRegion();
        boolean office = caller.hasAny(Roles.SUPERVISOR, Roles.LEADER);
        if (office) {
            return new ReadScope(region, null, true, false);
        }
        boolean unitRole = caller.hasAny(Roles.UNIT_REPORTER, Roles.UNIT_HEAD);
        String unit = caller.unitId();
        if (unitRole && (unit == null || unit.isBlank())) {
            throw ProblemException.forbidden("your token names no unit / 令牌未指明所属单位");
        }
        // a statistician reads the region's published work, no unit's own rows ("" matches no unit)
        return new ReadScope(region, unitRole ? unit : "", false, false);
    }

    /** True when drafts (unpublished plans and their tasks) are visible: the office of the region, ADMIN, SYSTEM. */
    public boolean drafts() {
        return office;
    }

    /** True when rows of {@code regionCode} are visible (published-only scopes see every region's published rows). */
    public boolean sees(String regionCode) {
        return region == null || region.equals(regionCode);
    }

    /** True when rows owned by unit {@code unitId} (or by units of a task the caller's unit leads, {@code leads}) are visible. */
    public boolean seesUnit(String unitId, boolean leads) {
        return !publicOnly && (office || Objects.equals(unit, unitId) || leads);
    }

    /**
     * Refuses a row of a region outside the scope.
     *
     * @throws ProblemException 403 when {@code regionCode} is not visible
     */
    public void requireRegion(String regionCode) {
        if (!sees(regionCode)) {
            throw ProblemException.forbidden("region " + regionCode + " is outside your scope / 不在您的权限范围内");
        }
    }
}
