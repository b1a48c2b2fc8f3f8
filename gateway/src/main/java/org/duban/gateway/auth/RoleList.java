package org.duban.gateway.auth;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.duban.platform.security.Roles;

/** Roles as stored (comma-separated) and checked against the roles the suite knows. */
public final class RoleList {
    public static final Set<String> KNOWN = Set.of(Roles.SUPERVISOR, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.LEADER,
            Roles.STATISTICIAN, Roles.ADMIN, Roles.SYSTEM);

    private RoleList() {}

    public static Set<String> parse(String stored) {
        return Arrays.stream(stored.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static String format(Set<String> roles) {
        return String.join(",", roles);
    }

    /** The first role that is not one of the suite's, or null when all are known. */
    public static String unknown(Set<String> roles) {
        return roles.stream().filter(role -> !KNOWN.contains(role)).findFirst().orElse(null);
    }
}
