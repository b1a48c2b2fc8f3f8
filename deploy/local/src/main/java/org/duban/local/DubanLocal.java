package org.duban.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.duban.infra.JwtKeys;
import org.duban.infra.JwtSigner;
import org.duban.infra.Suite;

/**
 * The run command: PostgreSQL, Kafka and the four services on their embedded defaults, demo data
 * loaded, until Ctrl-C stops everything. Data stays in {@code duban.data.dir} between runs.
 */
public final class DubanLocal {
    private DubanLocal() {}

    public static void main(String[] args) throws InterruptedException {
        Path repoRoot = Path.of(System.getProperty("duban.repo.root", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(System.getProperty("duban.data.dir", repoRoot.resolve("deploy/local/target/duban-data").toString()))
                .toAbsolutePath().normalize();
        JwtKeys keys = JwtKeys.loadOrCreate(dataDir.resolve("jwt"));
        Map<String, String> config = Map.of(
                "mp.jwt.verify.publickey.location", keys.publicKeyFile().toString(),
                "smallrye.jwt.sign.key.location", keys.privateKeyFile().toString());

        Suite suite = Suite.start(repoRoot, dataDir, true, false, config, line -> System.out.println("[duban] " + line));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[duban] stopping the suite…");
            suite.close();
            stopped.countDown();
        }, "duban-stop"));

        String gateway = suite.service("gateway").baseUrl();
        String token = JwtSigner.sign(keys.keyPair().getPrivate(), "demo-loader", List.of("ADMIN", "SYSTEM"), null, null);
        try {
            new DemoData(repoRoot, gateway, token, line -> System.out.println("[duban] " + line)).load();
        } catch (java.io.IOException | RuntimeException e) {
            System.out.println("[duban] demo data not (fully) loaded: " + e.getMessage());
        }

        System.out.println();
        System.out.println("  Duban is running. Ctrl-C stops everything.");
        System.out.println("  Gateway      " + gateway);
        System.out.println("  Swagger UI   " + gateway + "/q/swagger-ui");
        suite.services().forEach(s -> System.out.printf("  %-18s %s  (health %s/q/health/ready)%n", s.name(), s.baseUrl(), s.baseUrl()));
        System.out.println("  Data         " + dataDir);
        DemoLogins.print(System.out, gateway);
        stopped.await();
    }
}
