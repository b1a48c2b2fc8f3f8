package org.duban.gateway.auth;

import java.time.Instant;
import java.util.Set;

/** The bearer token to send as {@code Authorization: Bearer …}, and what it says about the caller. */
public record LoginResponse(String accessToken, String tokenType, long expiresIn, Instant expiresAt, String login,
        Set<String> roles, String regionCode, String unitId, String name) {}
