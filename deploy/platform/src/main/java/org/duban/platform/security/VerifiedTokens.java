package org.duban.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser every service and the gateway use (it takes the place of SmallRye JWT's own for
 * {@code JWTParser} injection points): a token verified once (signature, issuer, expiry — SmallRye JWT's
 * {@link DefaultJWTParser} with the configured key) is remembered for at most {@value #MAX_AGE_SECONDS} s and never past
 * its own {@code exp}, so a client's next requests skip the RSA verification, which under the production JVM flags
 * (C1 only) costs about 0.2 ms of CPU per request — more than the rest of a one-row read (issue 14's measurement).
 * Only what verified is remembered; a token that fails is verified again on each request and fails again. The cache
 * keeps at most {@value #MAX_ENTRIES} tokens (it is emptied when full), keyed by the whole token string. The platform's
 * {@link TokenTimes} checks still run on every request.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {
    /** How long a verified token is taken without verifying it again, in seconds. */
    static final long MAX_AGE_SECONDS = 60;
    /** How many verified tokens are remembered at most. */
    static final int MAX_ENTRIES = 2_000;

    private record Verified(JsonWebToken token, long expiresAt, long verifiedAt) {}

    private final JWTParser verifier;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier) {
        this(verifier, () -> System.currentTimeMillis() / 1000);
    }

    /** For tests: another verifier and clock (epoch seconds). */
    VerifiedTokens(JWTParser verifier, LongSupplier clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    /**
     * The verified token: from memory when it verified less than {@value #MAX_AGE_SECONDS} s ago and has not expired,
     * else verified now.
     *
     * @throws ParseException as SmallRye JWT's parser: a bad signature, another issuer, an expired token …
     */
    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.getAsLong();
        Verified known = verified.get(token);
        if (known != null && now < known.expiresAt() && now - known.verifiedAt() < MAX_AGE_SECONDS) {
            return known.token();
        }
        JsonWebToken fresh = verifier.parse(token);
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(token, new Verified(fresh, fresh.getExpirationTime(), now));
        return fresh;
    }

    /** How many verified tokens are remembered now. */
    int size() {
        return verified.size();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
