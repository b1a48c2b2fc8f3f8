package org.duban.platform.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows to Kafka in the order they were written, then marks them published. With several
 * instances of a service on one database, the one holding a transaction-scoped advisory lock relays a
 * batch while the others skip, so one aggregate's events are never sent out of order. A row
 * that cannot be sent (Kafka down) stays and is retried on the next tick, so events go out when
 * Kafka returns; a row sent twice (crash between send and mark) is absorbed by the consumers' inbox.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final EntityManager em;
    private final String bootstrapServers;
    private final boolean enabled;
    private final Counter published;
    private final Counter failures;
    private final java.util.concurrent.atomic.AtomicBoolean pendingWakeUp = new java.util.concurrent.atomic.AtomicBoolean();
    /** The relay's one thread: wake-ups and the periodic tick run here, never two at once. */
    private final java.util.concurrent.ScheduledExecutorService worker = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "duban-outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private Producer<String, String> producer;
    private volatile boolean stopping;
    private int databaseFailures;

    private final java.time.Duration pollInterval;

    public OutboxRelay(EntityManager em, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "duban.outbox.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "duban.outbox.poll-interval", defaultValue = "1s") java.time.Duration pollInterval) {
        this.em = em;
        this.bootstrapServers = bootstrapServers;
        this.enabled = enabled;
        this.pollInterval = pollInterval;
        this.published = registry.counter("duban.outbox.published");
        this.failures = registry.counter("duban.outbox.send.failures");
    }

    /**
     * Commits wake the relay at once (see {@link Outbox}); a tick every {@code duban.outbox.poll-interval} catches
     * what a wake-up missed, e.g. after an outage. The tick runs on the relay's own thread, which stops when
     * shutdown begins (a framework scheduler could still fire it after the container is gone).
     */
    void startTicking(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent ignored) {
        if (enabled) {
            long millis = Math.max(50, pollInterval.toMillis());
            worker.scheduleWithFixedDelay(this::tick, millis, millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    /** Asks for a relay run soon, on the relay's own thread; several requests in a row collapse into one run. */
    public void wakeUp() {
        if (enabled && !stopping && pendingWakeUp.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    pendingWakeUp.set(false);
                    tick();
                });
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                pendingWakeUp.set(false); // the rows stay in the outbox for the next start
            }
        }
    }

    /** Stops relaying when shutdown begins, before the database pool and Hibernate are closed under a running tick. */
    void stopping(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent ignored) {
        stopping = true;
        worker.shutdown();
        try {
            worker.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized void tick() {
        if (!enabled || stopping) {
            return;
        }
        int sent;
        try {
            do {
                sent = relayBatch();
            } while (sent == BATCH);
            databaseFailures = 0;
        } catch (RuntimeException e) {
            // the database is out (the rows wait in it, so nothing is lost): say so once, then every minute
            if (databaseFailures++ % 60 == 0) {
                LOG.warnf("outbox relay cannot read the outbox, retrying every tick: %s", Inbox.describe(e));
            }
        }
    }

    /** Relays one batch; answers how many rows were published (less than a batch ends the tick). */
    public int relayBatch() {
        // a bounded batch: one refused send ends it, acknowledgements take at most the delivery timeout
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            // one relay at a time across all instances on this database, so that one key's events leave in order
            if (!org.duban.platform.lock.AdvisoryLocks.tryLock(em, "duban-outbox-relay")) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<OutboxEvent> batch = em.createNativeQuery(
                    "select * from duban_outbox where published_at is null order by seq limit :n for update skip locked",
                    OutboxEvent.class).setParameter("n", BATCH).getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            // hand the whole batch to the producer, then mark every row whose send was acknowledged, even
            // after a failure: a row sent but left unmarked would be sent again (a duplicate on the topic)
            List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
            RuntimeException refused = null;
            for (OutboxEvent row : batch) {
                ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.key, row.payload);
                record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
                try {
                    sends.add(producer().send(record));
                } catch (RuntimeException e) {
                    refused = e;
                    break;
                }
            }
            int done = 0;
            boolean failedAny = refused != null;
            for (int i = 0; i < sends.size(); i++) {
                try {
                    sends.get(i).get(15, TimeUnit.SECONDS);
                    batch.get(i).publishedAt = OffsetDateTime.now();
                    done++;
                } catch (Exception e) {
                    failed(batch.get(i), e);
                    failedAny = true;
                }
            }
            if (refused != null) {
                failed(batch.get(sends.size()), refused);
                if (!(refused instanceof org.apache.kafka.common.errors.RetriableException)) {
                    resetProducer(); // a producer in a fatal state is never used again
                }
            }
            published.increment(done);
            return failedAny ? -1 : done;
        });
    }

    private int failed(OutboxEvent row, Exception e) {
        row.attempts++;
        row.lastError = String.valueOf(e.getMessage());
        failures.increment();
        if (row.attempts == 1 || row.attempts % 50 == 0) {
            LOG.warnf("outbox event %s (%s) not sent yet, attempt %d: %s", row.eventId, row.type, row.attempts, e.getMessage());
        }
        return -1;
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 6000);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
            props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @jakarta.annotation.PreDestroy
    void close() {
        worker.shutdownNow();
        closeProducer();
    }

    private synchronized void resetProducer() {
        closeProducer();
        producer = null;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            try {
                producer.close(java.time.Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                LOG.debugf("closing the outbox producer: %s", e.toString());
            }
        }
    }
}
