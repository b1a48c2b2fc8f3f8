package org.duban.gateway.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.duban.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The regions this gateway serves ({@code duban.gateway.regions}), following the administrative hierarchy of
 * the GB/T 2260 division codes: serving a province ({@code 42} or {@code 420000}) serves every city and county
 * in it, a city ({@code 4201} or {@code 420100}) every county of the city, a county ({@code 420102}) itself. A
 * token that names another region is refused at the door; a token without a region (ADMIN, SYSTEM) passes and
 * the services decide. An empty list serves every region.
 */
@ApplicationScoped
public class RegionPolicy {
    private final Set<String> served;
    private final Set<String> prefixes;

    public RegionPolicy(@ConfigProperty(name = "duban.gateway.regions") Optional<List<String>> served) {
        this.served = Set.copyOf(served.orElse(List.of()));
        this.prefixes = this.served.stream().map(RegionPolicy::prefix).collect(Collectors.toUnmodifiableSet());
    }

    /** A division code without its trailing zero pairs: 420000 → 42, 420100 → 4201, 420102 → 420102. */
    static String prefix(String code) {
        String p = code.strip();
        while (p.length() > 2 && p.endsWith("00")) {
            p = p.substring(0, p.length() - 2);
        }
        return p;
    }

    /** True when a token of {@code tokenRegion} may pass (null: a token without a region). */
    public boolean admits(String tokenRegion) {
        return prefixes.isEmpty() || tokenRegion == null || prefixes.stream().anyMatch(tokenRegion::startsWith);
    }

    /**
     * Refuses to create an account or key whose tokens the door would refuse (it could log in and be 403 on every call).
     *
     * @throws ProblemException 422 naming the region and the regions served
     */
    public void requireServed(String regionCode) {
        if (regionCode != null && !admits(regionCode)) {
            throw ProblemException.unprocessable("region " + regionCode + " is not served by this gateway (serves " + served
                    + ") / 该行政区划不在本系统服务范围内");
        }
    }

    public Set<String> served() {
        return served;
    }
}
