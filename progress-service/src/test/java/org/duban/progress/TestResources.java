package org.duban.progress;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.duban.testing.PostgresKafkaResource;

/** Every @QuarkusTest of this module runs against real PostgreSQL (database "progress") and Kafka. */
@QuarkusTestResource(value = PostgresKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "progress"))
public final class TestResources {
    private TestResources() {}
}
