package org.duban.progress.events;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The group's committed offsets catch up with the records applied even when the connector's commit
 * strategy does not commit them (here it is told to wait an hour, as it effectively does after a commit
 * that failed during a broker restart on a quiet topic): the platform's CommitKeeper commits them, so the
 * consumer's lag, read from Kafka through the operator API, returns to 0.
 */
@QuarkusTest
@TestProfile(CommittedOffsetsTest.StrategyNeverCommits.class)
class CommittedOffsetsTest {
    /** The throttled strategy's own commit never comes within the test; the keeper checks every second. */
    public static class StrategyNeverCommits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.duban-events.auto.commit.interval.ms", "3600000",
                    "duban.events.consume.commit-check", "1s",
                    "duban.events.consume.lag-cache", "0s");
        }
    }

    private static long lag() {
        return given().auth().oauth2(TestTokens.admin()).when().get("/api/progress/events/status")
                .then().statusCode(200).extract().jsonPath().getLong("consumer.lag");
    }

    private static int obligations(String unitId) {
        return given().auth().oauth2(Api.supervisor()).queryParam("unitId", unitId)
                .when().get("/api/progress/obligations").then().statusCode(200).extract().path("pager.total");
    }

    @Test
    void shouldCommitEveryAppliedRecordWhenTheStrategyLeavesThemUncommitted() {
        String t = "commit-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            Events.assigned(new Events.Task("plan-" + t, t + "-" + i, String.valueOf(i + 1), "任务").lead("L-" + t, "牵头单位"));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> obligations("L-" + t) == 5);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> lag() == 0);
    }
}
