package org.duban.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** What comes in and goes out of the API-key endpoints. */
public final class ApiKeyDtos {
    private ApiKeyDtos() {}

    /** A new key's scope. */
    public record CreateApiKeyRequest(
            @Schema(example = "区统计局数据接口") @NotBlank @Size(max = 100) String name,
            @NotEmpty @Size(max = 7) Set<@NotBlank @Size(max = 20) String> roles,
            @Schema(example = "420102") @Pattern(regexp = "\\d{6}", message = "must be a 6-digit region code / 须为6位行政区划代码") String regionCode,
            @Schema(description = "tasks-service unit id, for unit roles") @Size(max = 40) String unitId) {}

    /** A key as listed: never its secret. */
    public record ApiKeyView(UUID id, String name, Set<String> roles, String regionCode, String unitId, String createdBy,
            OffsetDateTime createdAt, OffsetDateTime revokedAt, OffsetDateTime lastUsedAt, boolean active) {
        static ApiKeyView of(ApiKey key) {
            return new ApiKeyView(key.id, key.name, RoleList.parse(key.roles), key.regionCode, key.unitId, key.createdBy,
                    key.createdAt, key.revokedAt, key.lastUsedAt, key.active());
        }
    }

    /** The answer to a creation: the only time the secret is shown. */
    public record CreatedApiKey(UUID id, String name, String key, Set<String> roles, String regionCode, String unitId,
            OffsetDateTime createdAt, String note) {}
}
