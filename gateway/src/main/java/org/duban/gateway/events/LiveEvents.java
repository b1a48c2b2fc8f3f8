package org.duban.gateway.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads the services' topics from their end and hands every event to the open streams. Each
 * gateway instance has its own consumer with a fresh group and no committed offsets: a live stream
 * shows what happens from now on, and the services' inboxes stay the place where events are applied.
 * The last events (a retention window) are kept in memory so that a stream that reconnects with
 * {@code Last-Event-ID} gets exactly what it missed ({@link #stream(String)}).
 */
@ApplicationScoped
public class LiveEvents {
    private static final Logger LOG = Logger.getLogger(LiveEvents.class);

    /** The recent events a reconnecting stream can resume from, oldest first (guarded by itself). */
    private final java.util.ArrayDeque<Recent> recent = new java.util.ArrayDeque<>();
    /** The open streams' sinks (called under {@link #recent}'s lock, so a resumed stream misses nothing). */
    private final java.util.Set<java.util.function.Consumer<LiveEvent>> listeners = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final int retentionCount;
    private final Duration retention;
    private final java.time.Clock clock = java.time.Clock.systemUTC();

    private record Recent(LiveEvent event, java.time.Instant at) {
    }

    /**
     * Events a stream may have waiting for its client; a client that falls further behind has its stream ended
     * with an error and reconnects with {@code Last-Event-ID}, resuming where it was, instead of holding memory.
     */
    static final int STREAM_BUFFER = 10_000;
    private final String bootstrapServers;
    private final List<String> topics;
    private final ObjectMapper json;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean running;
    private volatile boolean assigned;
    private Thread thread;

    public LiveEvents(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "duban.gateway.events.topics") List<String> topics, ObjectMapper json,
            @ConfigProperty(name = "duban.gateway.events.retention.count", defaultValue = "10000") int retentionCount,
            @ConfigProperty(name = "duban.gateway.events.retention.duration", defaultValue = "PT15M") Duration retention) {
        this.retentionCount = retentionCount;
        this.retention = retention;
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.json = json;
    }

    /** What a stream starts with: the events it missed (none for a new stream), or that it cannot be resumed. */
    record Resumption(List<LiveEvent> missed, boolean gap) {
    }

    /** Every event from now on. */
    public Multi<LiveEvent> stream() {
        return stream(null);
    }

    /**
     * Every event after {@code lastEventId} still kept here (the last {@code duban.gateway.events.retention.count}
     * events of at most {@code duban.gateway.events.retention.duration}), then every event from now on, with no event
     * lost or repeated between the two: the replay and the registration happen under one lock that every new event
     * also takes. When {@code lastEventId} is no longer kept, the stream starts with {@link LiveEvent#gap} instead: the
     * client reloads what it shows. A null {@code lastEventId} is a new stream: nothing replayed.
     */
    public Multi<LiveEvent> stream(String lastEventId) {
        return Multi.createFrom().emitter(emitter -> {
            java.util.function.Consumer<LiveEvent> sink = emitter::emit;
            synchronized (recent) {
                Resumption r = lastEventId == null ? new Resumption(List.of(), false) : after(lastEventId);
                if (r.gap()) {
                    emitter.emit(LiveEvent.gap(lastEventId));
                }
                r.missed().forEach(emitter::emit);
                listeners.add(sink);
            }
            emitter.onTermination(() -> listeners.remove(sink));
        }, STREAM_BUFFER);
    }

    private Resumption after(String lastEventId) {
        java.util.List<LiveEvent> missed = new java.util.ArrayList<>();
        boolean found = false;
        for (Recent r : recent) {
            if (found) {
                missed.add(r.event());
            } else if (lastEventId.equals(r.event().id())) {
                found = true;
            }
        }
        return found ? new Resumption(missed, false) : new Resumption(List.of(), true);
    }

    /** Keeps the event for resumption, drops what is past the window, and hands it to every open stream. */
    void deliver(LiveEvent live) {
        synchronized (recent) {
            java.time.Instant now = clock.instant();
            recent.addLast(new Recent(live, now));
            while (recent.size() > retentionCount || (!recent.isEmpty() && recent.peekFirst().at().isBefore(now.minus(retention)))) {
                recent.removeFirst();
            }
            for (java.util.function.Consumer<LiveEvent> listener : listeners) {
                listener.accept(live);
            }
        }
    }

    /** True once the consumer has its partitions: events sent from then on reach the streams. */
    public boolean ready() {
        return assigned;
    }

    void start(@Observes StartupEvent start) {
        running = true;
        thread = new Thread(this::run, "gateway-live-events");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        createTopics();
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "gateway-live-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000);
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer = kafka;
            kafka.subscribe(topics);
            while (running) {
                try {
                    for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(500))) {
                        publish(record);
                    }
                    assigned = !kafka.assignment().isEmpty();
                } catch (WakeupException e) {
                    break;
                } catch (RuntimeException e) {
                    LOG.warnf("live events: reading Kafka failed, trying again: %s", e.toString());
                }
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "live events stopped");
        } finally {
            consumer = null;
        }
    }

    private void publish(ConsumerRecord<String, String> record) {
        try {
            JsonNode event = json.readTree(record.value());
            LiveEvent live = PersonalData.carriedBy(event.path("type").asText(null)) ? null : LiveEvent.of(record.topic(), event);
            if (live != null) {
                deliver(live);
            }
        } catch (Exception e) {
            LOG.debugf("live events: skipped a record on %s that is not a CloudEvent: %s", record.topic(), e.toString());
        }
    }

    /** A topic created by its first event would be read from after that event: create them up front. */
    private void createTopics() {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("request.timeout.ms", 10_000);
        props.put("default.api.timeout.ms", 15_000);
        try (Admin admin = Admin.create(props)) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, java.util.Optional.empty(), java.util.Optional.empty())))
                            .all().get(15, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        LOG.warnf("live events: could not create topic %s: %s", topic, e.getCause());
                    }
                } catch (Exception e) {
                    LOG.warnf("live events: could not create topic %s: %s", topic, e.toString());
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("live events: Kafka admin unavailable: %s", e.toString());
        }
    }
}
