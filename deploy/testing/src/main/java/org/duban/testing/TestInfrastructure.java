package org.duban.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.duban.infra.EmbeddedKafkaBroker;
import org.duban.infra.EmbeddedPostgresServer;
import org.duban.infra.JwtKeys;

/**
 * The real PostgreSQL and Kafka of one test JVM: started once, on free ports, with fresh data
 * under {@code target/test-infra}, and stopped when the JVM exits.
 */
public final class TestInfrastructure {
    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaBroker kafka;
    private static JwtKeys jwtKeys;

    private static final String ROOT_CLEANED = "duban.test-infra.root-cleaned";

    private TestInfrastructure() {}

    public static synchronized void ensureStarted() {
        if (postgres != null) {
            return;
        }
        // Quarkus loads this class again after a restart (a test profile), so a JVM may start the infrastructure more
        // than once: each start gets a folder of its own (deleting the one a running broker and database use made the
        // running broker fail), and the whole tree is emptied only by the JVM's first start.
        Path root = Path.of("target", "test-infra").toAbsolutePath();
        if (System.getProperty(ROOT_CLEANED) == null) {
            deleteRecursively(root);
            System.setProperty(ROOT_CLEANED, "true");
        }
        Path dir = root.resolve("start-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        CompletableFuture<EmbeddedKafkaBroker> kafkaStart =
                CompletableFuture.supplyAsync(() -> EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0));
        jwtKeys = JwtKeys.loadOrCreate(dir.resolve("jwt"));
        postgres = EmbeddedPostgresServer.start(dir.resolve("postgres"), false, 0);
        kafka = kafkaStart.join();
        Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stopAll, "test-infra-stop"));
    }

    public static EmbeddedPostgresServer postgres() {
        ensureStarted();
        return postgres;
    }

    public static JwtKeys jwtKeys() {
        ensureStarted();
        return jwtKeys;
    }

    public static EmbeddedKafkaBroker kafka() {
        ensureStarted();
        return kafka;
    }

    private static synchronized void stopAll() {
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
