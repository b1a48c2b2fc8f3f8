package org.duban.platform.event;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.sql.DataSource;
import org.duban.platform.journal.SystemActor;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes the other services' events from the {@value #CHANNEL} channel of SmallRye Reactive
 * Messaging's Kafka connector (topics, group and concurrency in the platform's configuration) and
 * hands them to the {@link Inbox}: the records of one poll together, in one transaction, or — when
 * that fails — each on its own. Records of one partition are processed in order; the connector keeps
 * polling and pauses the partitions while a batch waits, so a slow one never exceeds
 * {@code max.poll.interval.ms}. The offset is committed once the record is acknowledged (by the
 * connector's throttled strategy; {@link CommitKeeper} commits what a failed commit of that strategy left behind).
 *
 * <ul>
 * <li>An infrastructure fault ({@link Faults#isInfrastructure}, or the database not answering) is
 * never the event's fault: the record is retried with backoff, without limit, until the database is
 * back; meanwhile {@link ConsumerStatus} reports the consumer stalled and readiness is DOWN.</li>
 * <li>A record that is not a CloudEvent, or that a handler rejects three times, is a dead letter: kept
 * in the inbox (status DEAD_LETTER, replayable through {@code EventOperations}) and, in the same
 * transaction, put in the outbox for the dead-letter topic; then it is acknowledged and the next record
 * follows. Nothing a handler throws (an {@link Error} included) escapes to end the channel.</li>
 * <li>On shutdown a waiting record is neither acknowledged nor dead-lettered: it is read again on restart.</li>
 * </ul>
 */
@ApplicationScoped
public class EventConsumer {
    /** The channel name in {@code mp.messaging.incoming.*} configuration. */
    public static final String CHANNEL = "duban-events";
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    /** Attempts for an error that is the event's own fault before it becomes a dead letter. */
    static final int ATTEMPTS = 3;
    private static final long MAX_BACKOFF_MS = 5_000;

    private final Inbox inbox;
    private final ConsumerStatus status;
    private final DataSource dataSource;
    private final MeterRegistry registry;
    private final CommitKeeper commits;
    private volatile boolean running = true;

    public EventConsumer(Inbox inbox, ConsumerStatus status, DataSource dataSource, MeterRegistry registry,
            CommitKeeper commits) {
        this.inbox = inbox;
        this.status = status;
        this.dataSource = dataSource;
        this.registry = registry;
        this.commits = commits;
    }

    void stop(@Observes ShutdownEvent ignored) {
        running = false;
    }

    /**
     * Called by the connector with the records of one poll ({@code max.poll.records} at most), on a worker thread, one
     * batch at a time per copy of the channel. The batch is applied in one transaction ({@link Inbox#applyAll}); when
     * that fails — one record a handler rejects, a record that is no CloudEvent, the database away — nothing of it is
     * committed and each record is delivered on its own, with the retries and dead letters described above, so a batch
     * never does less than its records one by one would.
     */
    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        if (!records.isEmpty() && !applyTogether(records)) {
            for (KafkaRecord<String, String> record : records) {
                if (!consumeOne(record)) {
                    return new CompletableFuture<>(); // shutting down: left uncommitted, read again after the restart
                }
            }
        }
        return batch.ack();
    }

    /** The batch in one transaction; false when it could not be (then nothing of it was committed). */
    private boolean applyTogether(List<KafkaRecord<String, String>> records) {
        if (records.size() == 1 || !running) {
            return false;
        }
        try {
            List<Inbox.Delivery> deliveries = new ArrayList<>(records.size());
            for (KafkaRecord<String, String> r : records) {
                String payload = text(r.getPayload());
                deliveries.add(new Inbox.Delivery(inbox.parse(payload), payload, originOf(r)));
            }
            SystemActor.run("events", () -> inbox.applyAll(deliveries));
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            registry.counter("duban.events.consumer.batch.fallbacks").increment();
            LOG.infof("a batch of %d records fell back to one at a time: %s", records.size(), Inbox.describe(e));
            return false;
        }
        registry.summary("duban.events.consumer.batch.size").record(records.size());
        for (KafkaRecord<String, String> r : records) {
            status.progressed(partitionOf(originOf(r)));
            commits.applied(r.getTopic(), r.getPartition(), offsetOf(r));
        }
        return true;
    }

    /** One record: applied, a duplicate or kept as a dead letter; false only when shutdown came first. */
    private boolean consumeOne(KafkaRecord<String, String> record) {
        String origin = originOf(record);
        boolean done;
        try {
            done = deliver(text(record.getPayload()), origin);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // nothing may escape: an exception here would end this copy of the channel for good
            done = recordDeadLetter(fallbackId(origin), null, String.valueOf(record.getPayload()), origin, e);
        }
        if (done) {
            // applied, duplicate or kept as a dead letter (inbox row and dead-letter topic, through the outbox)
            commits.applied(record.getTopic(), record.getPartition(), offsetOf(record));
        }
        return done;
    }

    private static String originOf(KafkaRecord<?, ?> record) {
        return record.getTopic() + "/" + record.getPartition() + "@" + offsetOf(record);
    }

    private static long offsetOf(KafkaRecord<?, ?> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset).orElse(-1L);
    }

    private static String fallbackId(String origin) {
        return origin.replace('/', ':').replace('@', ':');
    }

    private static String partitionOf(String origin) {
        int at = origin.lastIndexOf('@');
        return at < 0 ? origin : origin.substring(0, at);
    }

    /** The record's value as text, whatever the connector was configured to hand over. */
    private static String text(Object payload) {
        if (payload == null || payload instanceof String) {
            return (String) payload;
        }
        if (payload instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        return payload.toString();
    }

    /** Applies the record or keeps it as a dead letter; false only when shutdown came first. */
    boolean deliver(String payload, String origin) {
        CloudEvent event;
        try {
            event = inbox.parse(payload);
        } catch (IllegalArgumentException e) {
            // no id of its own: named after where it was read (topic:partition:offset)
            return recordDeadLetter(fallbackId(origin), null, payload, origin, e);
        }
        int attempts = 0;
        int stalls = 0;
        while (running) {
            try {
                SystemActor.run("event " + event.type(), () -> inbox.apply(event, payload, origin));
                status.progressed(partitionOf(origin));
                return true;
            } catch (RuntimeException e) {
                if (infrastructure(e)) {
                    status.stalled(partitionOf(origin), e);
                    registry.counter("duban.events.consumer.infrastructure.retries").increment();
                    sleep(Math.min(MAX_BACKOFF_MS, 100L << Math.min(stalls++, 6)));
                    continue;
                }
                if (safelyApplied(event.id())) {
                    status.progressed(partitionOf(origin));
                    return true; // another instance applied it while we tried
                }
                attempts++;
                LOG.warnf("event %s (%s) from %s failed, attempt %d of %d: %s", event.id(), event.type(), origin, attempts,
                        ATTEMPTS, Inbox.describe(e));
                if (attempts >= ATTEMPTS) {
                    return recordDeadLetter(event.id(), event, payload, origin, e);
                }
                sleep(100L * attempts);
            }
        }
        return false;
    }

    private boolean safelyApplied(String eventId) {
        try {
            return inbox.isApplied(eventId);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Records the dead letter in the inbox, waiting out a database outage; false if shutdown came first.
     * If the inbox refuses the row for another reason, the record still goes to the dead-letter topic.
     */
    private boolean recordDeadLetter(String eventId, CloudEvent event, String payload, String origin, Throwable error) {
        int stalls = 0;
        while (running) {
            try {
                inbox.recordDeadLetter(eventId, event, payload, origin, error);
                status.progressed(partitionOf(origin));
                return true;
            } catch (RuntimeException e) {
                if (!infrastructure(e)) {
                    // the inbox refuses even the row (it is stored sanitised): say so loudly, move on
                    LOG.errorf(e, "dead letter %s from %s could not be kept in the inbox: %s", eventId, origin, error);
                    registry.counter("duban.inbox.dead.letters.unrecorded").increment();
                    status.progressed(partitionOf(origin));
                    return true;
                }
                status.stalled(partitionOf(origin), e);
                sleep(Math.min(MAX_BACKOFF_MS, 100L << Math.min(stalls++, 6)));
            }
        }
        return false;
    }

    /** An infrastructure fault by its kind, or any error while the database does not answer. */
    private boolean infrastructure(RuntimeException e) {
        return Faults.isInfrastructure(e) || !databaseAnswers();
    }

    private boolean databaseAnswers() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
