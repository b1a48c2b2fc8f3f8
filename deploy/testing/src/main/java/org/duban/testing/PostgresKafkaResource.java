package org.duban.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a service under test at the JVM's real PostgreSQL (its own database, named by the
 * {@code database} argument) and Kafka. Register it once per service module:
 * {@code @QuarkusTestResource(value = PostgresKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))}.
 */
public class PostgresKafkaResource implements QuarkusTestResourceLifecycleManager {
    private String database = "duban";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure.ensureStarted();
        TestInfrastructure.postgres().ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", TestInfrastructure.postgres().jdbcUrl(database),
                "quarkus.datasource.username", TestInfrastructure.postgres().username(),
                "kafka.bootstrap.servers", TestInfrastructure.kafka().bootstrapServers(),
                "mp.jwt.verify.publickey.location", TestInfrastructure.jwtKeys().publicKeyFile().toString(),
                "smallrye.jwt.sign.key.location", TestInfrastructure.jwtKeys().privateKeyFile().toString());
    }

    @Override
    public void stop() {
        // PostgreSQL and Kafka live for the whole test JVM; TestInfrastructure stops them at exit.
    }
}
