package org.duban.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;

/** What comes in and goes out of the user endpoints. Passwords go in only. */
public final class UserDtos {
    private UserDtos() {}

    public record CreateUserRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "letters, digits and . _ @ - only / 仅限字母数字及._@-") String login,
            @NotBlank @Size(min = 10, max = 200, message = "must be 10 to 200 characters / 密码长度须为10至200位") String password,
            @NotEmpty @Size(max = 7) Set<@NotBlank @Size(max = 20) String> roles,
            @Pattern(regexp = "\\d{6}", message = "must be a 6-digit region code / 须为6位行政区划代码") String regionCode,
            @Size(max = 40) String unitId,
            @Size(max = 100) String name) {}

    public record UserView(String login, Set<String> roles, String regionCode, String unitId, String name, boolean enabled,
            OffsetDateTime createdAt) {
        static UserView of(GatewayUser user) {
            return new UserView(user.login, RoleList.parse(user.roles), user.regionCode, user.unitId, user.displayName,
                    user.enabled, user.createdAt);
        }
    }
}
