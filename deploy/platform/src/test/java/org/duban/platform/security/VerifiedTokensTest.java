package org.duban.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final AtomicInteger verifications = new AtomicInteger();
    private final Map<String, Long> expiry = new HashMap<>();

    /** Verifies "good-…" tokens (expiring as {@link #expiry} says) and refuses every other. */
    private final DefaultJWTParser verifier = new DefaultJWTParser() {
        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verifications.incrementAndGet();
            if (!token.startsWith("good-") || now.get() >= expiry.getOrDefault(token, Long.MAX_VALUE)) {
                throw new ParseException("refused " + token);
            }
            return token(expiry.getOrDefault(token, now.get() + 3600));
        }
    };
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, now::get);

    private static JsonWebToken token(long exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claim) {
                return "exp".equals(claim) ? (T) Long.valueOf(exp) : null;
            }
        };
    }

    @Test
    void shouldVerifyAGoodTokenOnceAMinute() throws ParseException {
        JsonWebToken first = tokens.parse("good-a");
        now.addAndGet(59);
        assertSame(first, tokens.parse("good-a"));
        assertEquals(1, verifications.get(), "the second request within the minute is not verified again");
        now.addAndGet(1);
        tokens.parse("good-a");
        assertEquals(2, verifications.get(), "a minute after, it is verified again");
    }

    @Test
    void shouldNeverTakeATokenPastItsExpiry() throws ParseException {
        expiry.put("good-b", now.get() + 10);
        tokens.parse("good-b");
        now.addAndGet(10);
        assertThrows(ParseException.class, () -> tokens.parse("good-b"), "expired: verified again, and refused");
        assertEquals(2, verifications.get());
    }

    @Test
    void shouldRememberOnlyWhatVerified() {
        for (int i = 0; i < 3; i++) {
            assertThrows(ParseException.class, () -> tokens.parse("forged"));
        }
        assertEquals(3, verifications.get(), "a refused token is verified (and refused) every time");
        assertEquals(0, tokens.size());
    }

    @Test
    void shouldKeepABoundedNumberOfTokens() throws ParseException {
        for (int i = 0; i < VerifiedTokens.MAX_ENTRIES + 10; i++) {
            tokens.parse("good-" + i);
        }
        assertTrue(tokens.size() <= VerifiedTokens.MAX_ENTRIES, "size " + tokens.size());
    }
}
