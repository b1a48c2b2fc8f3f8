package org.duban.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                OffsetDateTime.now(clock), "application/json", mapper.valueToTree(data));
        if (topic.equals(this.topic)) {
            contract.check(type, event.data()); // the service's own events keep to its AsyncAPI document
        }
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.topic = topic;
        row.key = subject;
        row.type = type;
        row.createdAt = event.time();
        try {
            row.payload = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON: " + type, e);
        }
        row.persist();
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
        return event;
    }
}
