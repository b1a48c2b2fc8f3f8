package org.duban.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.duban.gateway.mail.GreenMailResource;
import org.duban.testing.PostgresKafkaResource;

/**
 * Every @QuarkusTest of this module runs against real PostgreSQL (database "gateway") and Kafka, and sends its e-mail
 * to a real SMTP server in the test JVM (GreenMail).
 */
@QuarkusTestResource(value = PostgresKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(GreenMailResource.class)
public final class TestResources {
    private TestResources() {}
}
