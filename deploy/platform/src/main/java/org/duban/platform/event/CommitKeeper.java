package org.duban.platform.event;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the group's committed offsets up with the records this instance has applied.
 *
 * <p>SmallRye's throttled commit strategy forgets the offsets of a commit that fails (a broker restart,
 * the group coordinator moving) and commits again only when further records are processed. On a quiet
 * topic the group's offsets would then stay behind for good: the lag and readiness would report records
 * waiting that were applied long ago, and a restart would read them again. Every
 * {@code duban.events.consume.commit-check} (default 5 s) this re-commits, on each consumer's own polling
 * thread, the offset after the last record applied on each partition that consumer holds, when the group's
 * offset is behind it and that record was applied at least one check interval ago (the strategy's own
 * commit, every {@code auto.commit.interval.ms}, had its chance). It only ever moves an offset forward:
 * records of one partition are applied in order, so everything before that offset was applied.
 */
@ApplicationScoped
public class CommitKeeper {
    private static final Logger LOG = Logger.getLogger(CommitKeeper.class);

    /** The last record applied on a partition, and when. */
    record Applied(long offset, Instant at) {}

    private final Map<TopicPartition, Applied> applied = new ConcurrentHashMap<>();
    private final KafkaClientService clients;
    private final boolean enabled;
    private final Duration interval;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "duban-commit-keeper");
        thread.setDaemon(true);
        return thread;
    });

    public CommitKeeper(KafkaClientService clients,
            @ConfigProperty(name = "duban.events.consume.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "duban.events.consume.commit-check", defaultValue = "5s") Duration interval) {
        this.clients = clients;
        this.enabled = enabled;
        this.interval = interval;
    }

    void start(@Observes StartupEvent ignored) {
        if (enabled) {
            long millis = Math.max(100, interval.toMillis());
            worker.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent ignored) {
        worker.shutdownNow();
    }

    /** The record at {@code offset} of {@code topic}/{@code partition} was applied (or kept as a dead letter). */
    void applied(String topic, int partition, long offset) {
        applied.merge(new TopicPartition(topic, partition), new Applied(offset, clock.instant()),
                (before, now) -> now.offset() >= before.offset() ? now : before);
    }

    /** One pass over the channel's consumers; a consumer that cannot commit now is tried again on the next pass. */
    void check() {
        for (String channel : clients.getConsumerChannels()) {
            if (!channel.equals(EventConsumer.CHANNEL) && !channel.startsWith(EventConsumer.CHANNEL + "$")) {
                continue;
            }
            for (KafkaConsumer<Object, Object> consumer : clients.<Object, Object>getConsumers(channel)) {
                try {
                    consumer.runOnPollingThread((Consumer<Object, Object> c) -> catchUp(c))
                            .await().atMost(interval.plusSeconds(10));
                } catch (RuntimeException e) {
                    LOG.debugf("committed offsets not checked on %s: %s", channel, Inbox.describe(e));
                }
            }
        }
    }

    private void catchUp(Consumer<Object, Object> consumer) {
        Set<TopicPartition> held = consumer.assignment();
        if (held.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(held, Duration.ofSeconds(5));
        Map<TopicPartition, OffsetAndMetadata> behind = behind(held, committed, applied, clock.instant().minus(interval));
        if (!behind.isEmpty()) {
            consumer.commitSync(behind, Duration.ofSeconds(5));
            LOG.infof("committed offsets the commit strategy left behind: %s", behind);
        }
    }

    /**
     * The offsets to commit: for each held partition whose last applied record (applied no later than
     * {@code settledBefore}) lies at or beyond the group's committed offset, the offset after that record.
     * Partitions not held, never applied here, applied too recently or already committed that far are left out.
     */
    static Map<TopicPartition, OffsetAndMetadata> behind(Set<TopicPartition> held, Map<TopicPartition, OffsetAndMetadata> committed,
            Map<TopicPartition, Applied> applied, Instant settledBefore) {
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        for (TopicPartition tp : held) {
            Applied last = applied.get(tp);
            if (last == null || last.at().isAfter(settledBefore)) {
                continue;
            }
            OffsetAndMetadata done = committed.get(tp);
            if (done == null || done.offset() <= last.offset()) {
                out.put(tp, new OffsetAndMetadata(last.offset() + 1));
            }
        }
        return out;
    }
}
