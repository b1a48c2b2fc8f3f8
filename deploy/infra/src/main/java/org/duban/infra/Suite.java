package org.duban.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The whole suite as processes: PostgreSQL (one database per service), a Kafka broker, and the
 * four services from their built jars. Used by the local run command and by the end-to-end tests.
 */
public final class Suite implements AutoCloseable {

    /** A service of the suite: its module folder, database (null for none) and HTTP port. */
    public record ServiceSpec(String name, String module, String database, int port) {
        Path jar(Path repoRoot) {
            return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    public static final List<ServiceSpec> SERVICES = List.of(
            new ServiceSpec("tasks-service", "tasks-service", "tasks", 8081),
            new ServiceSpec("progress-service", "progress-service", "progress", 8082),
            new ServiceSpec("indicators-service", "indicators-service", "indicators", 8083),
            new ServiceSpec("gateway", "gateway", "gateway", 8080));

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;
    private final Map<String, ServiceProcess> services;

    private Suite(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka, Map<String, ServiceProcess> services) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.services = services;
    }

    /**
     * Starts everything.
     *
     * @param repoRoot the checkout, where each module's target/quarkus-app lives
     * @param dataDir where PostgreSQL and Kafka keep their data and the services their logs
     * @param keepData keep the data of an earlier run
     * @param freePorts true to put every service on a free port instead of 8080–8083
     * @param extraConfig more system properties for every service
     */
    public static Suite start(Path repoRoot, Path dataDir, boolean keepData, boolean freePorts,
            Map<String, String> extraConfig, Consumer<String> log) {
        long started = System.nanoTime();
        CompletableFuture<EmbeddedKafkaBroker> kafkaStart = CompletableFuture.supplyAsync(
                () -> EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), freePorts ? 0 : 9092));
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), keepData, freePorts ? 0 : 5433);
        log.accept("PostgreSQL ready on port " + postgres.port());
        EmbeddedKafkaBroker kafka = kafkaStart.join();
        log.accept("Kafka ready on " + kafka.bootstrapServers());

        Map<String, Integer> ports = new LinkedHashMap<>();
        SERVICES.forEach(spec -> ports.put(spec.name(), freePorts ? Ports.free() : spec.port()));
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        for (ServiceSpec spec : SERVICES) {
            Map<String, String> config = new LinkedHashMap<>();
            if (spec.database() != null) {
                postgres.ensureDatabase(spec.database());
                config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(spec.database()));
                config.put("quarkus.datasource.username", postgres.username());
            }
            config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
            ports.forEach((name, port) -> config.put("duban.services." + name + ".url", "http://127.0.0.1:" + port));
            config.putAll(extraConfig);
            services.put(spec.name(), new ServiceProcess(spec.name(), spec.jar(repoRoot), ports.get(spec.name()), config,
                    dataDir.resolve("logs").resolve(spec.name() + ".log")));
        }
        Suite suite = new Suite(postgres, kafka, services);
        try {
            services.values().forEach(ServiceProcess::start);
            List<CompletableFuture<Void>> ready = new ArrayList<>();
            for (ServiceProcess service : services.values()) {
                ready.add(CompletableFuture.runAsync(() -> {
                    service.awaitReady(Duration.ofSeconds(120));
                    log.accept(service.name() + " ready at " + service.baseUrl());
                }));
            }
            CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
        log.accept(String.format("suite up in %.1f s", (System.nanoTime() - started) / 1e9));
        return suite;
    }

    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name);
        }
        return service;
    }

    public java.util.Collection<ServiceProcess> services() {
        return services.values();
    }

    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    @Override
    public void close() {
        List<ServiceProcess> reversed = new ArrayList<>(services.values());
        java.util.Collections.reverse(reversed);
        reversed.parallelStream().forEach(ServiceProcess::stop);
        kafka.stop();
        postgres.close();
    }
}
