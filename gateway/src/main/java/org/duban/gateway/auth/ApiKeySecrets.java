package org.duban.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Generates key secrets and hashes them. A secret has 256 random bits, so a plain SHA-256 is enough
 * to keep it safe at rest (no dictionary to attack) and lets the gateway find the key by its hash.
 */
public final class ApiKeySecrets {
    public static final String PREFIX = "dbk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {}

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Cheap shape check before touching the database. */
    public static boolean plausible(String secret) {
        return secret != null && secret.startsWith(PREFIX) && secret.length() >= 40 && secret.length() <= 100;
    }
}
