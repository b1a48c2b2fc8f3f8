package org.duban.platform.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** Which offsets {@link CommitKeeper} commits after the connector's commit strategy left them behind. */
class CommitKeeperTest {
    private static final TopicPartition P0 = new TopicPartition("duban.tasks.v1", 0);
    private static final TopicPartition P1 = new TopicPartition("duban.tasks.v1", 1);
    private static final Instant NOW = Instant.parse("2026-04-10T08:00:00Z");
    private static final Instant SETTLED = NOW.minusSeconds(5);

    private static CommitKeeper.Applied applied(long offset, Instant at) {
        return new CommitKeeper.Applied(offset, at);
    }

    @Test
    void shouldCommitTheOffsetAfterTheLastAppliedRecordWhenTheGroupIsBehindIt() {
        var out = CommitKeeper.behind(Set.of(P0), Map.of(P0, new OffsetAndMetadata(40)),
                Map.of(P0, applied(93, NOW.minusSeconds(60))), SETTLED);
        assertEquals(Map.of(P0, new OffsetAndMetadata(94)), out);
    }

    @Test
    void shouldCommitAPartitionTheGroupNeverCommitted() {
        var out = CommitKeeper.behind(Set.of(P0), Map.of(), Map.of(P0, applied(0, SETTLED)), SETTLED);
        assertEquals(Map.of(P0, new OffsetAndMetadata(1)), out);
    }

    @Test
    void shouldCommitWhenTheGroupSitsOnTheLastAppliedRecordItself() {
        var out = CommitKeeper.behind(Set.of(P0), Map.of(P0, new OffsetAndMetadata(93)),
                Map.of(P0, applied(93, SETTLED)), SETTLED);
        assertEquals(Map.of(P0, new OffsetAndMetadata(94)), out);
    }

    @Test
    void shouldNeverMoveAnOffsetBackwards() {
        var out = CommitKeeper.behind(Set.of(P0), Map.of(P0, new OffsetAndMetadata(94)),
                Map.of(P0, applied(93, NOW.minusSeconds(60))), SETTLED);
        assertEquals(Map.of(), out, "already committed past the record");
        out = CommitKeeper.behind(Set.of(P0), Map.of(P0, new OffsetAndMetadata(601)),
                Map.of(P0, applied(500, NOW.minusSeconds(60))), SETTLED);
        assertEquals(Map.of(), out, "another instance went further while it held the partition");
    }

    @Test
    void shouldLeaveTheStrategyItsChanceOnARecordAppliedJustNow() {
        var out = CommitKeeper.behind(Set.of(P0), Map.of(P0, new OffsetAndMetadata(40)),
                Map.of(P0, applied(93, SETTLED.plusMillis(1))), SETTLED);
        assertEquals(Map.of(), out);
    }

    @Test
    void shouldOnlyCommitPartitionsTheConsumerHoldsAndHasApplied() {
        var out = CommitKeeper.behind(Set.of(P1), Map.of(), Map.of(P0, applied(93, NOW.minusSeconds(60))), SETTLED);
        assertEquals(Map.of(), out, "P0 is not held by this consumer; P1 was never applied here");
    }
}
