package org.duban.progress.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.TestInfrastructure;
import org.duban.testing.TestTokens;

/**
 * progress-service's own topic as a consumer sees it. {@link KafkaTestClient#readUntil} stops at the first
 * match, which cannot show that nothing else was sent; {@link #everythingSent()} waits until the outbox
 * has relayed every row (so every event of what the test did is on the topic) and then reads every
 * partition from the beginning to its end.
 */
public final class ProgressTopic {

    public static final String TOPIC = "duban.progress.v1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProgressTopic() {
    }

    /** Waits until the outbox has nothing left to send ({@code GET /events/status} → outboxPending 0). */
    public static void awaitOutboxDrained() {
        Awaitility.await("progress-service's outbox relayed every event").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(TestTokens.admin()).when().get("/api/progress/events/status")
                        .then().statusCode(200).extract().<Number>path("outboxPending").longValue() == 0);
    }

    /** Every record on the topic once the outbox is drained, partition by partition in offset order. */
    public static List<KafkaTestClient.Received> everythingSent() {
        awaitOutboxDrained();
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<KafkaTestClient.Received> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(15)).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(15));
            Awaitility.await("reading " + TOPIC + " to its end " + ends).atMost(Duration.ofSeconds(30))
                    .pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).until(() -> {
                        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                            read.add(new KafkaTestClient.Received(r.key(), parse(r.value()), r.value()));
                        }
                        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
                    });
        }
        return read;
    }

    /** The events about one aggregate (record key or {@code data.reportId}), in the order they were read. */
    public static List<KafkaTestClient.Received> about(List<KafkaTestClient.Received> read, String id) {
        return read.stream().filter(r -> id.equals(r.key()) || id.equals(r.event().path("data").path("reportId").asText(null)))
                .collect(Collectors.toList());
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String value) {
        try {
            return value == null ? MissingNode.getInstance() : MAPPER.readTree(value);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
