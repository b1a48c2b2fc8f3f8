package org.duban.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs RS256 tokens with the suite's key, for the run command's demo-data loader and the
 * end-to-end tests (people log in through the gateway instead).
 */
public final class JwtSigner {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private JwtSigner() {}

    public static String sign(PrivateKey key, String login, List<String> roles, String regionCode, String unitId) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "duban");
        claims.put("sub", login);
        claims.put("upn", login);
        claims.put("groups", roles);
        if (regionCode != null) {
            claims.put("region", regionCode);
        }
        if (unitId != null) {
            claims.put("unit", unitId);
        }
        Instant now = Instant.now();
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(Duration.ofHours(8)).getEpochSecond());
        return sign(key, claims);
    }

    public static String sign(PrivateKey key, Map<String, Object> claims) {
        try {
            String header = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = URL.encodeToString(MAPPER.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + URL.encodeToString(rsa.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }
}
