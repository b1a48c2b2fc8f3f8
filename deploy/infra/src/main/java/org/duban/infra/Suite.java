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

    /**
     * The topics the services write their events to (each service's duban.events.topic), created before they start so that
     * no first event waits on the broker creating its topic.
     */
    public static final List<String> EVENT_TOPICS = List.of("duban.tasks.v1", "duban.progress.v1", "duban.indicators.v1");

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;
    private final Map<String, ServiceProcess> services;
    private volatile java.util.concurrent.ScheduledExecutorService supervisor;

    private Suite(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka, Map<String, ServiceProcess> services) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.services = services;
    }

    /** PostgreSQL's and Kafka's fixed ports (the services' are in {@link #SERVICES}). */
    public static final int POSTGRES_PORT = 5433;
    public static final int KAFKA_PORT = 9092;

    /**
     * Thrown before anything starts when a fixed port is taken by a process that is not this suite's leftover,
     * or when another live run uses the same data directory.
     */
    public static final class PortInUseException extends IllegalStateException {
        PortInUseException(String message) {
            super(message);
        }
    }

    /**
     * Starts everything. Before starting, processes an earlier run left behind (listed in
     * {@code <dataDir>/run/children.pids}) are stopped, and with fixed ports every port is checked;
     * then a {@link Watchdog} stops every child should this JVM die without cleaning up.
     *
     * @param repoRoot the checkout, where each module's target/quarkus-app lives
     * @param dataDir where PostgreSQL and Kafka keep their data and the services their logs
     * @param keepData keep the data of an earlier run
     * @param freePorts true to put everything on free ports instead of the fixed ones
     * @param portOffset added to every fixed port (8080–8083, 5433, 9092), e.g. to run a second suite
     * @param extraConfig more system properties for every service
     * @throws PortInUseException naming the port and what to do, when a fixed port is taken
     */
    public static Suite start(Path repoRoot, Path dataDir, boolean keepData, boolean freePorts, int portOffset,
            Map<String, String> extraConfig, Consumer<String> log) {
        long started = System.nanoTime();
        Path pidFile = dataDir.resolve("run").resolve("children.pids");
        java.util.OptionalLong running = Watchdog.liveOwner(pidFile);
        if (running.isPresent()) {
            throw new PortInUseException("a Duban run (pid " + running.getAsLong() + ") is using " + dataDir
                    + " already: stop it first (kill " + running.getAsLong() + ") / 另一个Duban实例正在运行");
        }
        int leftovers = Watchdog.stopLeftovers(pidFile);
        if (leftovers > 0) {
            log.accept("stopped " + leftovers + " process(es) an earlier run left behind");
        }
        if (!freePorts) {
            Map<Integer, String> fixed = new LinkedHashMap<>();
            SERVICES.forEach(spec -> fixed.put(spec.port() + portOffset, spec.name()));
            fixed.put(POSTGRES_PORT + portOffset, "PostgreSQL");
            fixed.put(KAFKA_PORT + portOffset, "Kafka");
            fixed.forEach((port, what) -> {
                if (!Ports.available(port)) {
                    throw new PortInUseException("port " + port + " (" + what + ") is in use by another process: stop it "
                            + "(`ss -ltnp 'sport = :" + port + "'` shows which), or start with -Dduban.port.offset=N to move "
                            + "every port by N / 端口" + port + "已被其他进程占用");
                }
            });
        }
        Watchdog.guard(pidFile);
        CompletableFuture<EmbeddedKafkaBroker> kafkaStart = CompletableFuture.supplyAsync(
                () -> EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), freePorts ? 0 : KAFKA_PORT + portOffset));
        EmbeddedPostgresServer postgres;
        try {
            postgres = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), keepData, freePorts ? 0 : POSTGRES_PORT + portOffset);
        } catch (RuntimeException e) {
            kafkaStart.thenAccept(EmbeddedKafkaBroker::stop);
            throw e;
        }
        log.accept("PostgreSQL ready on port " + postgres.port());
        EmbeddedKafkaBroker kafka;
        try {
            kafka = kafkaStart.join();
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        kafka.createTopics(EVENT_TOPICS);
        log.accept("Kafka ready on " + kafka.bootstrapServers());

        Map<String, Integer> ports = new LinkedHashMap<>();
        SERVICES.forEach(spec -> ports.put(spec.name(), freePorts ? Ports.free() : spec.port() + portOffset));
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

    /**
     * Stops everything in order, gateway first, then the services, Kafka and PostgreSQL, each with a
     * bounded wait and a forced kill after it; a step that fails never skips the ones after it.
     *
     * @return the errors of the steps that failed (empty when all went well)
     */
    public List<Exception> stop() {
        List<Exception> errors = new ArrayList<>();
        if (supervisor != null) {
            supervisor.shutdownNow();
        }
        List<ServiceProcess> reversed = new ArrayList<>(services.values());
        java.util.Collections.reverse(reversed);
        guarded(errors, () -> reversed.get(0).stop());
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (ServiceProcess service : reversed.subList(1, reversed.size())) {
            stops.add(CompletableFuture.runAsync(() -> guarded(errors, service::stop)));
        }
        guarded(errors, () -> CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join());
        guarded(errors, kafka::stop);
        guarded(errors, postgres::close);
        return errors;
    }

    /**
     * Restarts a service whose JVM ended on its own (a crash, or {@code -XX:+ExitOnOutOfMemoryError}), as the kubelet
     * does in a cluster: checked every {@code every}, started again with its settings, port and log, and waited for
     * until ready. A service stopped or killed on purpose ({@link ServiceProcess#stop()}, {@link ServiceProcess#kill()})
     * stays stopped; {@link #stop()} ends the supervision first.
     *
     * @param log told of each exit and restart
     */
    public synchronized void superviseRestarts(Duration every, java.util.function.Consumer<String> log) {
        if (supervisor != null) {
            return;
        }
        supervisor = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "duban-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        supervisor.scheduleWithFixedDelay(() -> {
            for (ServiceProcess service : services.values()) {
                int exit = service.exitedOnItsOwn();
                if (exit < 0 || Thread.currentThread().isInterrupted()) {
                    continue;
                }
                log.accept(service.name() + " exited on its own (exit code " + exit + "); restarting it / 服务意外退出,正在重启");
                try {
                    service.start().awaitReady(Duration.ofSeconds(120));
                    log.accept(service.name() + " ready again at " + service.baseUrl());
                } catch (RuntimeException e) {
                    log.accept(service.name() + " could not be restarted: " + e.getMessage());
                }
            }
        }, every.toMillis(), every.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private static void guarded(List<Exception> errors, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            synchronized (errors) {
                errors.add(e);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
