package org.duban.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person's own password change ({@code PUT /api/auth/me/password}): the current password and the new one, 10 to 200
 * characters like every password of the embedded login.
 */
public record PasswordChange(
        @NotBlank @Size(max = 200) String currentPassword,
        @NotBlank @Size(min = 10, max = 200, message = "must be 10 to 200 characters / 密码长度须为10至200位") String newPassword) {}
