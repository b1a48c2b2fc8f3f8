package org.duban.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.duban.testing.KafkaTestClient;

/** Waits for this service's events on its topic, as progress-service would read them. */
public final class IndicatorEventsProbe {
    public static final String TOPIC = "duban.indicators.v1";
    public static final String RECORDED = "duban.indicators.observation-recorded.v1";
    public static final String EVALUATED = "duban.indicators.indicator-evaluated.v1";

    private IndicatorEventsProbe() {
    }

    /** The first event of {@code type} with key {@code key} whose data matches. */
    public static JsonNode await(String type, String key, Predicate<JsonNode> data) {
        List<KafkaTestClient.Received> read = KafkaTestClient.forTestBroker().readUntil(TOPIC,
                r -> key.equals(r.key()) && type.equals(r.event().path("type").asText())
                        && data.test(r.event().path("data")),
                Duration.ofSeconds(30));
        return read.get(read.size() - 1).event();
    }
}
