package org.duban.gateway.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** How the gateway issues tokens and which demo users it seeds. */
@ConfigMapping(prefix = "duban.auth")
public interface AuthConfig {
    /** Lifetime of a token issued at login. */
    @WithDefault("8h")
    Duration tokenLifetime();

    /** Lifetime of the token an API key is exchanged for (a fresh one is minted before it runs out). */
    @WithDefault("5m")
    Duration apiKeyTokenLifetime();

    /** The issuer written into tokens; the services verify it (mp.jwt.verify.issuer). */
    @WithDefault("duban")
    String issuer();

    Demo demo();

    Lockout lockout();

    /** Per-account protection against password guessing (OWASP ASVS 2.2.1). */
    interface Lockout {
        /** Consecutive failed logins that lock the account. */
        @WithDefault("5")
        int maxFailures();

        /** How long a locked account refuses every login. */
        @WithDefault("15m")
        Duration duration();
    }

    interface Demo {
        /** Seeds the users below at start-up when absent: only when asked for (the run command does). */
        @WithDefault("false")
        boolean enabled();

        /** The password of every demo user that sets none of its own. Demo only. */
        @WithDefault("duban-demo")
        String password();

        /** login → roles, region, unit, name. */
        Map<String, DemoUser> users();
    }

    interface DemoUser {
        /** Comma-separated roles. */
        String roles();

        Optional<String> region();

        Optional<String> unit();

        Optional<String> name();

        Optional<String> password();
    }
}
