package org.duban.platform.event;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What the event consumer of this instance is doing, for readiness, metrics and the operator API:
 * which partitions wait out an infrastructure fault (since when, why), when it last finished a
 * record, and its lag: records on the partitions assigned to this instance (it is the channel's
 * rebalance listener) not yet committed by its group, read from Kafka with an admin client and cached
 * for {@code duban.events.consume.lag-cache}.
 *
 * <p>Metrics: {@code duban_events_consumer_stalled} (1 while waiting out a fault),
 * {@code duban_events_consumer_lag} (records; -1 when Kafka cannot be asked).
 */
@ApplicationScoped
@jakarta.enterprise.inject.Default
@Identifier(ConsumerStatus.REBALANCE_LISTENER)
public class ConsumerStatus implements KafkaConsumerRebalanceListener {
    /** Named in {@code mp.messaging.incoming.duban-events.consumer-rebalance-listener.name}. */
    public static final String REBALANCE_LISTENER = "duban-events-rebalance";
    private static final Logger LOG = Logger.getLogger(ConsumerStatus.class);

    /** The consumer's state at one moment. {@code lag} is -1 when unknown, {@code stalledSince} null when not stalled. */
    public record Snapshot(boolean enabled, List<String> topics, String group, long lag, Instant stalledSince,
            String stallReason, Instant lastProgressAt) {}

    private final boolean enabled;
    private final List<String> topics;
    private final String group;
    private final String bootstrapServers;
    private final Duration lagCache;
    private final Clock clock = Clock.systemUTC();
    /** Partitions ({@code topic/partition}) whose record waits out a fault, with since when and why. */
    private final Map<String, Stall> stalls = new ConcurrentHashMap<>();
    private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();

    private record Stall(Instant since, String reason) {}

    private volatile Instant lastProgressAt;
    private volatile long cachedLag = -1;
    private volatile Instant lagReadAt = Instant.EPOCH;
    private Admin admin;

    public ConsumerStatus(MeterRegistry registry,
            @ConfigProperty(name = "duban.events.consume.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "duban.events.consume.topics") Optional<List<String>> topics,
            @ConfigProperty(name = "mp.messaging.incoming." + EventConsumer.CHANNEL + ".group.id") Optional<String> group,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "duban.events.consume.lag-cache", defaultValue = "2s") Duration lagCache) {
        this.enabled = enabled && topics.isPresent() && !topics.get().isEmpty();
        this.topics = topics.orElse(List.of());
        this.group = group.orElse(null);
        this.bootstrapServers = bootstrapServers;
        this.lagCache = lagCache;
        Gauge.builder("duban.events.consumer.stalled", stalls::size).register(registry);
        Gauge.builder("duban.events.consumer.lag", this::lag).register(registry);
    }

    /** A record of {@code partition} ({@code topic/partition}) was finished (applied, found duplicate or dead-lettered). */
    void progressed(String partition) {
        lastProgressAt = clock.instant();
        Stall stall = stalls.remove(partition);
        if (stall != null) {
            LOG.infof("event consumer resumed %s after %d s waiting for the infrastructure", partition,
                    Duration.between(stall.since(), clock.instant()).toSeconds());
        }
    }

    /** A record of {@code partition} waits out an infrastructure fault; logged at ERROR once per stall. */
    void stalled(String partition, Throwable error) {
        String reason = Inbox.describe(error);
        Stall before = stalls.get(partition);
        stalls.put(partition, new Stall(before == null ? clock.instant() : before.since(), reason));
        if (before == null) {
            LOG.errorf("event consumer stalled on %s, retrying until the infrastructure is back: %s", partition, reason);
        }
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        assigned.addAll(partitions);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        assigned.removeAll(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        assigned.removeAll(partitions);
    }

    public Snapshot snapshot() {
        Instant since = null;
        String reason = null;
        for (Map.Entry<String, Stall> e : stalls.entrySet()) {
            if (since == null || e.getValue().since().isBefore(since)) {
                since = e.getValue().since();
                reason = e.getKey() + ": " + e.getValue().reason();
            }
        }
        return new Snapshot(enabled, topics, group, enabled ? lag() : 0, since, reason, lastProgressAt);
    }

    /** Records not yet committed by the group on the partitions this instance holds; -1 when Kafka does not answer. */
    public synchronized long lag() {
        if (!enabled) {
            return 0;
        }
        if (clock.instant().isBefore(lagReadAt.plus(lagCache))) {
            return cachedLag;
        }
        try {
            cachedLag = readLag();
        } catch (Exception e) {
            cachedLag = -1;
        }
        lagReadAt = clock.instant();
        return cachedLag;
    }

    private long readLag() throws Exception {
        Set<TopicPartition> mine = Set.copyOf(assigned);
        if (mine.isEmpty()) {
            return 0;
        }
        Admin client = admin();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        mine.forEach(tp -> {
            latest.put(tp, OffsetSpec.latest());
            earliest.put(tp, OffsetSpec.earliest());
        });
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = client.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = client.listOffsets(earliest).all().get(5, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            long position = done != null ? done.offset() : starts.get(end.getKey()).offset();
            lag += Math.max(0, end.getValue().offset() - position);
        }
        return lag;
    }

    private Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, "duban-consumer-status");
            admin = Admin.create(props);
        }
        return admin;
    }

    synchronized void close(@Observes ShutdownEvent ignored) {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }
}
