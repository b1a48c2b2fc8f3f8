package org.duban.infra;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

/** The embedded broker creates the suite's event topics up front, and again without harm. */
class EmbeddedKafkaBrokerTest {

    @Test
    void shouldCreateTheSuitesEventTopicsBeforeAnyServiceWritesOne() throws Exception {
        Path dir = Files.createTempDirectory("duban-kafka-topics");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, 0);
        try {
            broker.createTopics(Suite.EVENT_TOPICS);
            broker.createTopics(Suite.EVENT_TOPICS); // a restart of the run command finds them there
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            try (Admin admin = Admin.create(props)) {
                Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
                assertTrue(names.containsAll(Suite.EVENT_TOPICS), names::toString);
            }
        } finally {
            broker.close();
        }
    }
}
