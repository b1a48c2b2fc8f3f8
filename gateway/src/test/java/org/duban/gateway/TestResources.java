package org.duban.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.duban.testing.PostgresKafkaResource;

/** Every @QuarkusTest of this module runs against real PostgreSQL (database "gateway") and Kafka. */
@QuarkusTestResource(value = PostgresKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
public final class TestResources {
    private TestResources() {}
}
