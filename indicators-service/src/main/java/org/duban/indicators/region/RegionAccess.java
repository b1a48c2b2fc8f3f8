package org.duban.indicators.region;

import jakarta.enterprise.context.RequestScoped;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.Caller;

/**
 * Region scope of the caller: a token's region covers itself and every region below it (a city's statistician may
 * record its districts' figures); ADMIN and SYSTEM cover all.
 */
@RequestScoped
public class RegionAccess {
    private final Caller caller;

    public RegionAccess(Caller caller) {
        this.caller = caller;
    }

    public boolean covers(String regionCode) {
        return caller.allRegions() || RegionCodes.isWithin(regionCode, caller.regionCode());
    }

    /** 403 unless the caller's region covers {@code regionCode}. */
    public void require(String regionCode) {
        if (!covers(regionCode)) {
            throw ProblemException.forbidden("region " + regionCode + " is outside your scope / 不在您的权限范围内");
        }
    }

    public String login() {
        return caller.login();
    }
}
