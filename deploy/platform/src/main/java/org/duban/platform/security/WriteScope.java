package org.duban.platform.security;

import org.duban.platform.problem.ProblemException;

/**
 * Where a caller may change rows: the region its token names, or every region ({@link #region()} null) for ADMIN and
 * SYSTEM. A resource hands it to the service, which checks it where it loads the row it is about to change, once: a
 * resource that loaded the row first only to read its region made every edit read it twice (issue 14).
 *
 * @param region the only region the caller may change, or null for every region
 * @param unit   the only unit whose own rows (work plans, reports) the caller may change, null for any unit (SUPERVISOR,
 *               ADMIN, SYSTEM act for every unit), "" for none (a token without a unit)
 */
public record WriteScope(String region, String unit) {
    /** ADMIN and SYSTEM. */
    public static final WriteScope EVERYWHERE = new WriteScope(null, null);

    /**
     * The caller's scope.
     *
     * @throws ProblemException 403 when a region-bound caller's token names no region (fail closed)
     */
    public static WriteScope of(Caller caller) {
        if (caller.allRegions()) {
            return EVERYWHERE;
        }
        String unit = caller.unitId();
        return new WriteScope(caller.scopeRegion(), caller.has(Roles.SUPERVISOR) ? null : unit == null ? "" : unit);
    }

    /**
     * Refuses a row of another region.
     *
     * @throws ProblemException 403 when {@code regionCode} is outside the scope
     */
    public void requireRegion(String regionCode) {
        if (region != null && !region.equals(regionCode)) {
            throw ProblemException.forbidden("region " + regionCode + " is outside your scope / 不在您的权限范围内");
        }
    }

    /**
     * Refuses a row owned by another unit than the caller's (the office acts for every unit of its region).
     *
     * @throws ProblemException 403 when {@code unitId} is not the caller's unit
     */
    public void requireUnit(String unitId) {
        if (unit != null && (unitId == null || !unitId.equals(unit))) {
            throw ProblemException.forbidden("unit " + unitId + " is not your unit / 非本单位事项");
        }
    }
}
