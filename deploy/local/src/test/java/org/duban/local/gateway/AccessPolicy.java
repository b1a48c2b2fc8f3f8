package org.duban.local.gateway;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the security model says about a call, stated as rules rather than per endpoint so that
 * a new endpoint in a service is covered the day it appears in the merged OpenAPI:
 * tokens that are expired, signed by another key or of another region never get in; nobody without
 * a token gets past anything but login, the documents and published reads; a leader never writes; unit
 * roles do not do the office's work; only unit heads approve; only administrators manage keys and users; the journal
 * of changes is read by the office (supervisor, leader) and by administrators and the system only.
 * Where the rules say nothing the answer is {@link Expect#EITHER}: scope checks inside the services decide.
 */
final class AccessPolicy {
    enum Expect { ALLOW, DENY, EITHER }

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<Pattern> PUBLIC_READS = patterns(
            "/api/tasks/plans.*", "/api/progress/publications.*", "/api/indicators/catalog.*", "/api/indicators/board",
            "/api/gateway/openapi\\.json", "/api/gateway/asyncapi\\.yaml");
    private static final List<Pattern> OFFICE_WRITES = patterns(
            "/api/tasks/plans.*", "/api/tasks/tasks", "/api/tasks/tasks/\\{[^}]+}", "/api/tasks/tasks/\\{[^}]+}/status",
            "/api/tasks/imports.*", "/api/progress/reports/\\{[^}]+}/(accept|return)", "/api/progress/publications.*",
            "/api/progress/supervision/.*", "/api/progress/plans/.*", "/api/indicators/.*");
    private static final List<Pattern> UNIT_REPORT_WRITES = patterns("/api/progress/reports", "/api/progress/reports/\\{[^}]+}",
            "/api/progress/reports/\\{[^}]+}/revise");
    private static final Pattern APPROVE = Pattern.compile("/api/progress/reports/\\{[^}]+}/approve");
    private static final Pattern ADMIN_ONLY = Pattern.compile("/api/gateway/(api-keys|users).*");
    /** Webhook subscriptions and their delivery log: administrators and machine clients (SYSTEM). */
    private static final Pattern WEBHOOKS = Pattern.compile("/api/gateway/webhooks.*");
    /** The national working-day schedule: read by everyone signed in, changed by administrators only. */
    private static final Pattern ADMIN_WRITES = Pattern.compile("/api/progress/working-days.*");
    private static final Pattern AUDIT = Pattern.compile("/api/gateway/audit");
    /** A person's own notifications and read marks: every signed-in role has them (a leader's read mark is no write). */
    private static final Pattern NOTIFICATIONS = Pattern.compile("/api/gateway/notifications.*");
    /** A unit's contacts (personal data): the office, administrators and the unit itself; only the head changes them. */
    private static final Pattern CONTACTS = Pattern.compile("/api/tasks/units/\\{[^}]+}/contacts");
    private static final Pattern LOGIN = Pattern.compile("/api/auth/login");
    private static final Pattern JOURNAL = Pattern.compile("/api/(tasks|progress|indicators)/journal");

    private AccessPolicy() {}

    static Expect expect(Principal who, String method, String path) {
        boolean write = WRITES.contains(method);
        if (LOGIN.matcher(path).matches()) {
            return who.invalid() ? Expect.EITHER : Expect.ALLOW; // login ignores a token it is sent
        }
        if (who.invalid()) {
            return Expect.DENY;
        }
        if (who == Principal.ANONYMOUS) {
            return !write && any(PUBLIC_READS, path) ? Expect.EITHER : Expect.DENY;
        }
        if (ADMIN_ONLY.matcher(path).matches()) {
            return who == Principal.ADMIN ? Expect.ALLOW : Expect.DENY;
        }
        if (WEBHOOKS.matcher(path).matches()) {
            return who == Principal.ADMIN || who == Principal.SYSTEM ? Expect.ALLOW : Expect.DENY;
        }
        if (write && ADMIN_WRITES.matcher(path).matches()) {
            return who == Principal.ADMIN ? Expect.ALLOW : Expect.DENY;
        }
        if (AUDIT.matcher(path).matches()) {
            return who == Principal.ADMIN || who == Principal.SUPERVISOR ? Expect.ALLOW : Expect.DENY;
        }
        if (path.equals("/api/auth/me")) {
            return Expect.ALLOW;
        }
        if (path.equals("/api/auth/me/password")) {
            // every signed-in person may change their own password; whether one is kept here is decided inside (404)
            return Expect.EITHER;
        }
        if (NOTIFICATIONS.matcher(path).matches()) {
            return Expect.EITHER; // scoped to the person inside: their unit's and region's, their own marks
        }
        if (CONTACTS.matcher(path).matches()) {
            return switch (who) {
                case LEADER, STATISTICIAN -> Expect.DENY;
                case UNIT_REPORTER -> write ? Expect.DENY : Expect.EITHER;
                case SUPERVISOR, ADMIN -> Expect.ALLOW;
                default -> Expect.EITHER; // a unit head: their own unit only, decided inside
            };
        }
        if (!write && JOURNAL.matcher(path).matches()) {
            return switch (who) {
                case SUPERVISOR, LEADER, ADMIN, SYSTEM -> Expect.ALLOW;
                case UNIT_REPORTER, UNIT_HEAD, STATISTICIAN -> Expect.DENY;
                default -> Expect.EITHER;
            };
        }
        if (!write) {
            if (who == Principal.SUPERVISOR && Set.of("/api/tasks/tasks", "/api/progress/obligations", "/api/progress/reports")
                    .contains(path)) {
                return Expect.ALLOW;
            }
            return Expect.EITHER;
        }
        switch (who) {
            case LEADER:
                return Expect.DENY;
            case UNIT_REPORTER:
            case UNIT_HEAD:
                if (any(OFFICE_WRITES, path)) {
                    return Expect.DENY;
                }
                if (who == Principal.UNIT_REPORTER && APPROVE.matcher(path).matches()) {
                    return Expect.DENY;
                }
                if (who == Principal.UNIT_HEAD && any(UNIT_REPORT_WRITES, path)) {
                    return Expect.DENY;
                }
                return Expect.EITHER;
            case STATISTICIAN:
                return path.startsWith("/api/tasks/") || path.startsWith("/api/progress/") ? Expect.DENY : Expect.EITHER;
            case SUPERVISOR:
                return APPROVE.matcher(path).matches() || any(UNIT_REPORT_WRITES, path) ? Expect.DENY : Expect.EITHER;
            default:
                return Expect.EITHER;
        }
    }

    private static boolean any(List<Pattern> patterns, String path) {
        return patterns.stream().anyMatch(pattern -> pattern.matcher(path).matches());
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
