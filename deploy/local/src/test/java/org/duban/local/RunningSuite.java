package org.duban.local;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.duban.infra.JwtKeys;
import org.duban.infra.Suite;
import org.duban.testing.TestTokens;

/**
 * The packaged suite, started once for all end-to-end test classes of this JVM (on free ports,
 * fresh data under target/e2e-data) and stopped when the JVM exits.
 */
public final class RunningSuite {
    public static final String REGION = "420102";
    private static Suite suite;
    private static JwtKeys keys;
    private static GreenMail smtp;

    private RunningSuite() {}

    public static synchronized Suite get() {
        if (suite == null) {
            Path repoRoot = Path.of(System.getProperty("duban.repo.root", "../..")).toAbsolutePath().normalize();
            Path dataDir = Path.of("target", "e2e-data").toAbsolutePath();
            keys = JwtKeys.loadOrCreate(dataDir.resolve("jwt"));
            // a real SMTP server in this JVM for the gateway's e-mail, sent at any hour (the tests run at any time)
            smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            smtp.start();
            Map<String, String> config = new java.util.HashMap<>(Map.of(
                    "mp.jwt.verify.publickey.location", keys.publicKeyFile().toString(),
                    "smallrye.jwt.sign.key.location", keys.privateKeyFile().toString(),
                    // a killed instance's partitions move to the others within seconds, not the default 45 s
                    "mp.messaging.incoming.duban-events.session.timeout.ms", "8000",
                    "mp.messaging.incoming.duban-events.heartbeat.interval.ms", "2000"));
            config.putAll(Map.of("duban.gateway.mail.enabled", "true", "duban.gateway.mail.quiet-hours", "false",
                    "duban.gateway.mail.batch-window", "PT5S", "duban.gateway.mail.poll", "1s",
                    "quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort()),
                    "quarkus.mailer.start-tls", "DISABLED", "quarkus.mailer.from", "duban@example.gov.cn"));
            suite = Suite.start(repoRoot, dataDir, false, true, 0, config, System.out::println);
            // as the run command does: a service whose JVM ends on its own is started again
            suite.superviseRestarts(java.time.Duration.ofSeconds(1), System.out::println);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                suite.close();
                smtp.stop();
            }, "e2e-suite-stop"));
        }
        return suite;
    }

    /** True once a test has started the suite (the event guard checks only a suite that runs). */
    public static synchronized boolean started() {
        return suite != null;
    }

    /** The SMTP server the suite's gateway sends its e-mail to. */
    public static GreenMail smtp() {
        get();
        return smtp;
    }

    public static String gateway() {
        return get().service("gateway").baseUrl();
    }

    /** The key the suite's services trust, for tokens a test signs itself. */
    public static PrivateKey signingKey() {
        get();
        return keys.keyPair().getPrivate();
    }

    public static String token(List<String> roles, String regionCode, String unitId) {
        return TestTokens.builder(new LinkedHashSet<>(roles), regionCode, unitId, "e2e-" + String.join("-", roles).toLowerCase())
                .expiresAt(Instant.now().plus(Duration.ofHours(8))).sign(signingKey());
    }
}
