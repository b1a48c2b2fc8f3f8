package org.duban.gateway.audit;

import java.time.OffsetDateTime;

/** What the gateway knows about a finished write. */
public record AuditRecord(OffsetDateTime at, String method, String path, int status, String caller, String roles,
        String regionCode, String unitId, String client, String requestId, long durationMs) {

    AuditEntry toEntity() {
        AuditEntry entry = new AuditEntry();
        entry.at = at;
        entry.method = method;
        entry.path = cut(path, 500);
        entry.status = status;
        entry.caller = cut(caller, 120);
        entry.roles = cut(roles, 200);
        entry.regionCode = regionCode;
        entry.unitId = cut(unitId, 40);
        entry.client = cut(client, 120);
        entry.requestId = cut(requestId, 100);
        entry.durationMs = durationMs;
        return entry;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
