package org.duban.gateway.auth;

import java.util.Set;
import org.duban.gateway.access.RegionPolicy;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.Roles;

/**
 * The one rule for what a user account or an API key may be given (DESIGN.md "Roles": tokens carry region and
 * unit): known roles only; unit roles need a unit; every role but ADMIN and SYSTEM needs a region, and the
 * region must be one this gateway serves, or every call of the account would be refused at the door.
 */
final class AccountScope {
    private AccountScope() {
    }

    /**
     * @throws ProblemException 400 naming {@code roles}, {@code unitId} or {@code regionCode}; 422 when the region
     *                          is not served
     */
    static void check(Set<String> roles, String regionCode, String unitId, RegionPolicy regions) {
        String unknown = RoleList.unknown(roles);
        if (unknown != null) {
            throw ProblemException.invalid("roles", "unknown role " + unknown + " / 未知角色");
        }
        boolean unitRole = roles.contains(Roles.UNIT_REPORTER) || roles.contains(Roles.UNIT_HEAD);
        if (unitRole && (unitId == null || unitId.isBlank())) {
            throw ProblemException.invalid("unitId", "unit roles need a unit / 单位角色须指定单位");
        }
        boolean everywhere = roles.stream().allMatch(role -> Roles.ADMIN.equals(role) || Roles.SYSTEM.equals(role));
        if (regionCode == null && !everywhere) {
            throw ProblemException.invalid("regionCode", "these roles need a region / 须指定行政区划");
        }
        regions.requireServed(regionCode);
    }
}
