package org.duban.gateway.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The regions this gateway serves ({@code duban.gateway.regions}). A token that names another region
 * is refused at the door; a token without a region (ADMIN, SYSTEM) passes and the services decide.
 * An empty list serves every region.
 */
public final class RegionPolicy {
    private final Set<String> served;

    public RegionPolicy(Optional<List<String>> served) {
        this.served = Set.copyOf(served.orElse(List.of()));
    }

    public boolean admits(String tokenRegion) {
        return served.isEmpty() || tokenRegion == null || served.contains(tokenRegion);
    }

    public Set<String> served() {
        return served;
    }
}
