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

    /**
     * Makes today — China's date, the services' calendar day — a working day, as a weekend day worked (调休上班) when it
     * is a Saturday or a Sunday and as no holiday when the year's schedule has it as one. A sweep dates no reminder or
     * urging on a rest day (progress-service's SupervisionService), and the tests that sweep run whenever CI runs: on
     * 2026-12-05 00:04 in Beijing (a Saturday) three of them found nothing urged. Idempotent; call it before a sweep.
     */
    public static void todayIsAWorkingDay() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String progress = get().service("progress-service").baseUrl();
        String admin = token(List.of("ADMIN"), null, null);
        io.restassured.response.Response current = io.restassured.RestAssured.given().baseUri(progress).auth().oauth2(admin)
                .when().get("/api/progress/working-days/" + today.getYear());
        List<String> holidays = new java.util.ArrayList<>();
        List<String> makeUp = new java.util.ArrayList<>();
        Long version = null;
        if (current.statusCode() == 200) {
            holidays.addAll(current.jsonPath().getList("holidays", String.class));
            makeUp.addAll(current.jsonPath().getList("makeUpWorkdays", String.class));
            version = current.jsonPath().getLong("lockVersion");
        }
        boolean weekend = today.getDayOfWeek().getValue() >= 6;
        boolean changed = holidays.remove(today.toString());
        if (weekend && !makeUp.contains(today.toString())) {
            makeUp.add(today.toString());
            changed = true;
        }
        if (!changed) {
            return;
        }
        Map<String, Object> body = new java.util.HashMap<>(Map.of("holidays", holidays, "makeUpWorkdays", makeUp,
                "source", "端到端测试:今天按工作日 / end-to-end tests: today worked"));
        if (version != null) {
            body.put("lockVersion", version);
        }
        io.restassured.RestAssured.given().baseUri(progress).auth().oauth2(admin).contentType("application/json").body(body)
                .when().put("/api/progress/working-days/" + today.getYear()).then().statusCode(200);
    }

    public static String token(List<String> roles, String regionCode, String unitId) {
        return TestTokens.builder(new LinkedHashSet<>(roles), regionCode, unitId, "e2e-" + String.join("-", roles).toLowerCase())
                .expiresAt(Instant.now().plus(Duration.ofHours(8))).sign(signingKey());
    }
}
