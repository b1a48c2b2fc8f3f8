package org.duban.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Records an event in the outbox table inside the caller's transaction; {@link OutboxRelay}
 * sends it to Kafka after the commit. An event of the service's own topic is first checked against the service's
 * event contract ({@link EventContract}). So a change and its event are stored together or not at all,
 * and nothing is lost while Kafka is down.
 */
@ApplicationScoped
public class Outbox {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ObjectMapper mapper;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;
    private final String topic;
    private final String source;
    private final Clock clock = Clock.system(SHANGHAI);

    private final EventContract contract;

    public Outbox(ObjectMapper mapper, OutboxRelay relay, TransactionSynchronizationRegistry transactions, EventContract contract,
            @ConfigProperty(name = "duban.events.topic") String topic,
            @ConfigProperty(name = "duban.events.source") String source) {
        this.contract = contract;
        this.mapper = mapper;
        this.relay = relay;
        this.transactions = transactions;
        this.topic = topic;
        this.source = source;
    }

    /**
     * @param type the full event type, e.g. {@code duban.tasks.task-assigned.v1}
     * @param subject the aggregate id; also the Kafka key, so one aggregate's events stay in order
     * @param data the event's data, serialised as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String type, String subject, Object data) {
        return publishTo(topic, type, subject, data);
    }

    /** As {@link #publish}, to another topic than the service's own (e.g. its dead-letter topic). */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publishTo(String topic, String type, String subject, Object data) {
        CloudEvent event = event(topic, type, subject, data);
        row(topic, event).persist();
        wakeRelayAfterCommit();
        return event;
    }

    /** One event of {@link #publishAll}: the aggregate id (also the Kafka key) and the event's data. */
    public record Entry(String subject, Object data) {
    }

    private static final String INSERT = "insert into duban_outbox (event_id, topic, event_key, type, payload, created_at)"
            + " values (?, ?, ?, ?, ?, ?)";

    /**
     * As {@link #publish} for many events of one type at once (a plan's publication: one event per task, a thousand for
     * a large plan): the rows are written in one JDBC batch, in the order given, instead of one round trip each — an
     * identity column makes each entity insert wait for its id (issue 14). The relay sends them in that order.
     *
     * @return the events, in the order of {@code entries}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CloudEvent> publishAll(String type, List<Entry> entries) {
        if (entries.size() <= 1) {
            return entries.stream().map(e -> publish(type, e.subject(), e.data())).toList();
        }
        List<CloudEvent> events = new ArrayList<>(entries.size());
        List<OutboxEvent> rows = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            CloudEvent event = event(topic, type, e.subject(), e.data());
            events.add(event);
            rows.add(row(topic, event));
        }
        OutboxEvent.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (OutboxEvent row : rows) {
                    insert.setString(1, row.eventId);
                    insert.setString(2, row.topic);
                    insert.setString(3, row.key);
                    insert.setString(4, row.type);
                    insert.setString(5, row.payload);
                    insert.setObject(6, row.createdAt);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        wakeRelayAfterCommit();
        return events;
    }

    private CloudEvent event(String topic, String type, String subject, Object data) {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                OffsetDateTime.now(clock), "application/json", mapper.valueToTree(data));
        if (topic.equals(this.topic)) {
            contract.check(type, event.data()); // the service's own events keep to its AsyncAPI document
        }
        return event;
    }

    private OutboxEvent row(String topic, CloudEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.topic = topic;
        row.key = event.subject();
        row.type = event.type();
        row.createdAt = event.time();
        try {
            row.payload = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON: " + event.type(), e);
        }
        return row;
    }

    private void wakeRelayAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
