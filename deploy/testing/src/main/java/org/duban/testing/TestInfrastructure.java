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

    private TestInfrastructure() {}

    public static synchronized void ensureStarted() {
        if (postgres != null) {
            return;
        }
        Path dir = Path.of("target", "test-infra").toAbsolutePath();
        deleteRecursively(dir);
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
