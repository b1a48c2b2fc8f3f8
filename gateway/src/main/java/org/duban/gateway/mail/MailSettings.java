package org.duban.gateway.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The gateway's e-mail ({@code duban.gateway.mail.*}); the SMTP server itself is Quarkus Mailer's
 * {@code quarkus.mailer.*} (host, port, from, TLS, credentials).
 */
@ConfigMapping(prefix = "duban.gateway.mail")
public interface MailSettings {
    /** Off by default: a suite with no SMTP server queues no e-mail (in-app notifications and webhooks still work). */
    @WithDefault("false")
    boolean enabled();

    /** How often the dispatcher looks for due e-mail. */
    @WithDefault("5s")
    String poll();

    /**
     * True (the default): outside office hours and on rest days only urgent mail goes out. False sends at any hour (a
     * government that wants its units told at once; the end-to-end tests, which run at any time of day).
     */
    @WithDefault("true")
    boolean quietHours();

    /** Office hours in the region's zone, HH:MM-HH:MM: outside them, and on rest days, only urgent mail goes out. */
    @WithDefault("08:30-18:00")
    String officeHours();

    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /**
     * How long a unit's first due notification waits for others (a sweep urging many tasks at once) so that they go
     * out as one digest.
     */
    @WithDefault("PT1M")
    Duration batchWindow();

    @WithDefault("PT1M")
    Duration backoffBase();

    @WithDefault("PT2H")
    Duration backoffMax();

    @WithDefault("8")
    int maxAttempts();

    /** The address people open Duban at, printed in every message. */
    @WithDefault("http://localhost:8080/")
    String consoleUrl();

    /** The sender named at the end of every message (落款). */
    @WithDefault("督查室")
    String office();
}
