package org.duban.platform.event;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads the topics named in {@code duban.events.consume.topics} and hands each record to the
 * {@link Inbox}. Offsets are committed only after the inbox has applied (or recorded) a record,
 * so a crash means redelivery, never loss; a record that keeps failing is retried a few times and
 * then kept in the inbox as FAILED so that the partition does not stall.
 */
@ApplicationScoped
public class EventConsumer {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final int ATTEMPTS = 5;

    private final Inbox inbox;
    private final Optional<List<String>> topics;
    private final String group;
    private final String bootstrapServers;
    private volatile boolean running;
    private KafkaConsumer<String, String> consumer;
    private Thread thread;

    public EventConsumer(Inbox inbox,
            @ConfigProperty(name = "duban.events.consume.topics") Optional<List<String>> topics,
            @ConfigProperty(name = "duban.events.consume.group") Optional<String> group,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.inbox = inbox;
        this.topics = topics;
        // one consumer group per service: each service reads every event once, whatever the others do
        this.group = group.filter(g -> !g.isBlank()).orElse(applicationName);
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent ignored) {
        if (topics.isEmpty() || topics.get().isEmpty()) {
            return;
        }
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        props.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5000);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(topics.get());
        running = true;
        thread = new Thread(this::loop, "duban-event-consumer");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("consuming %s as group %s", topics.get(), group);
    }

    void stop(@Observes ShutdownEvent ignored) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        try {
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> record : records) {
                    deliver(record);
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("event consumer stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void deliver(ConsumerRecord<String, String> record) {
        String fallbackId = record.topic() + ":" + record.partition() + ":" + record.offset();
        CloudEvent event;
        try {
            event = inbox.parse(record.value());
        } catch (IllegalArgumentException e) {
            inbox.recordFailure(fallbackId, null, record.value(), e);
            return;
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS && running; attempt++) {
            try {
                inbox.apply(event, record.value());
                return;
            } catch (RuntimeException e) {
                last = e;
                LOG.warnf("event %s (%s) failed, attempt %d of %d: %s", event.id(), event.type(), attempt, ATTEMPTS, e);
                backoff(attempt);
            }
        }
        if (last != null) {
            inbox.recordFailure(event.id(), event, record.value(), last);
        }
    }

    private static void backoff(int attempt) {
        try {
            Thread.sleep(100L * attempt * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
