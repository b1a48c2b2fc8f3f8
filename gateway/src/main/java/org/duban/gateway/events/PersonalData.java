package org.duban.gateway.events;

import java.util.Set;

/**
 * Event types that carry personal data (a unit's contacts: names, roles, e-mail addresses) for the gateway's own use —
 * e-mail. They never leave it: no webhook delivery, no live stream, whatever a subscription or a role would match.
 */
public final class PersonalData {
    private static final Set<String> TYPES = Set.of("duban.tasks.unit-contacts-changed.v1");

    private PersonalData() {
    }

    /** True for an event type that must not be forwarded to anyone. */
    public static boolean carriedBy(String type) {
        return type != null && TYPES.contains(type);
    }
}
