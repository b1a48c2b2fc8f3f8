package org.duban.local;

import io.smallrye.jwt.build.Jwt;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.duban.infra.JwtKeys;
import org.duban.infra.Suite;

/**
 * The run command: PostgreSQL, Kafka and the four services on their embedded defaults, demo data
 * loaded, until Ctrl-C (SIGINT) or SIGTERM stops everything. Data stays in {@code duban.data.dir}
 * between runs; {@code duban.port.offset} moves every fixed port (8080–8083, 5433, 9092) by N.
 *
 * <p>Exit codes: 0 after a stop; 2 when a port is taken (the message names it); 1 when the suite or
 * the demo data could not be started or loaded (everything started is stopped first). If this JVM is
 * killed outright, the suite's {@link org.duban.infra.Watchdog} stops every child.
 */
public final class DubanLocal {
    /** Straight to the file descriptor: Maven's decorated console stream can throw inside a shutdown hook. */
    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    private DubanLocal() {}

    private static void say(String line) {
        OUT.println("[duban] " + line);
    }

    public static void main(String[] args) throws InterruptedException {
        Path repoRoot = Path.of(System.getProperty("duban.repo.root", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(System.getProperty("duban.data.dir", repoRoot.resolve("deploy/local/target/duban-data").toString()))
                .toAbsolutePath().normalize();
        int portOffset = Integer.getInteger("duban.port.offset", 0);
        JwtKeys keys = JwtKeys.loadOrCreate(dataDir.resolve("jwt"));
        Map<String, String> config = Map.of(
                "mp.jwt.verify.publickey.location", keys.publicKeyFile().toString(),
                "smallrye.jwt.sign.key.location", keys.privateKeyFile().toString(),
                // the run command is the demo: it asks the gateway for its demo users (off by default)
                "duban.auth.demo.enabled", "true");

        Suite suite;
        try {
            suite = Suite.start(repoRoot, dataDir, true, false, portOffset, config, DubanLocal::say);
        } catch (Suite.PortInUseException e) {
            say("cannot start: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            say("cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                say("stopping the suite…");
                suite.stop().forEach(error -> say("while stopping: " + error));
            } finally {
                stopped.countDown();
            }
        }, "duban-stop"));

        suite.superviseRestarts(Duration.ofSeconds(2), DubanLocal::say);
        String gateway = suite.service("gateway").baseUrl();
        // the demo-data loader's tokens, signed by SmallRye JWT Build with the key the services trust
        DemoData.Tokens tokens = (roles, unitId) -> {
            Instant now = Instant.now();
            var claims = Jwt.issuer("duban").subject("demo-loader").upn("demo-loader").groups(Set.copyOf(roles))
                    .claim("region", DemoData.REGION);
            if (unitId != null) {
                claims.claim("unit", unitId);
            }
            return claims.issuedAt(now).expiresAt(now.plus(Duration.ofHours(8))).sign(keys.keyPair().getPrivate());
        };
        try {
            new DemoData(repoRoot, gateway, tokens, DemoData.currentYear(), DemoData.REGION, DubanLocal::say).load();
        } catch (java.io.IOException | RuntimeException e) {
            say("cannot start: the demo data could not be loaded: " + e.getMessage());
            System.exit(1); // the shutdown hook stops the suite
            return;
        }

        OUT.println();
        OUT.println("  Duban is running. Ctrl-C stops everything.");
        OUT.println("  Console      " + gateway + "/   (控制台: sign in with a demo login below)");
        OUT.println("  Gateway      " + gateway);
        OUT.println("  Swagger UI   " + gateway + "/q/swagger-ui");
        suite.services().forEach(s -> OUT.printf("  %-18s %s  (health %s/q/health/ready)%n", s.name(), s.baseUrl(), s.baseUrl()));
        OUT.println("  Data         " + dataDir);
        DemoLogins.print(OUT, gateway);
        stopped.await();
    }
}
