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
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What the event consumer is doing, for readiness, metrics and the operator API: whether it is
 * stalled on an infrastructure fault (since when, why), when it last finished a record, and its lag
 * (records on its topics not yet committed by its group, read from Kafka with an admin client and
 * cached for {@code duban.events.consume.lag-cache}).
 *
 * <p>Metrics: {@code duban_events_consumer_stalled} (1 while waiting out a fault),
 * {@code duban_events_consumer_lag} (records; -1 when Kafka cannot be asked).
 */
@ApplicationScoped
public class ConsumerStatus {
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
    private volatile Instant stalledSince;
    private volatile String stallReason;
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
        Gauge.builder("duban.events.consumer.stalled", () -> stalledSince == null ? 0 : 1).register(registry);
        Gauge.builder("duban.events.consumer.lag", this::lag).register(registry);
    }

    /** A record was finished (applied, found duplicate or dead-lettered). */
    void progressed() {
        lastProgressAt = clock.instant();
        Instant since = stalledSince;
        if (since != null) {
            stalledSince = null;
            stallReason = null;
            LOG.infof("event consumer resumed after %d s waiting for the infrastructure",
                    Duration.between(since, clock.instant()).toSeconds());
        }
    }

    /** The consumer waits out an infrastructure fault; logged at ERROR once per stall. */
    void stalled(Throwable error) {
        stallReason = Inbox.describe(error);
        if (stalledSince == null) {
            stalledSince = clock.instant();
            LOG.errorf("event consumer stalled, retrying until the infrastructure is back: %s", stallReason);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(enabled, topics, group, enabled ? lag() : 0, stalledSince, stallReason, lastProgressAt);
    }

    /** Records not yet committed by the group on the consumed topics; -1 when Kafka does not answer. */
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
        Admin client = admin();
        Map<String, TopicDescription> described = client.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        described.values().forEach(d -> d.partitions().forEach(p -> {
            TopicPartition tp = new TopicPartition(d.name(), p.partition());
            latest.put(tp, OffsetSpec.latest());
            earliest.put(tp, OffsetSpec.earliest());
        }));
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
