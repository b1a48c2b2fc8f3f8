package org.duban.indicators.fuzz;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import org.duban.testing.fuzz.Fuzzer;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, fuzz: every operation of indicators-service's OpenAPI document gets generated requests (hostile bodies,
 * fields, parameters, callers, CSV uploads); no answer is a 5xx, every error is problem+json, and no refused write
 * leaves anything in the database. Count and seed: {@code -Dduban.fuzz.requests}, {@code -Dduban.fuzz.seed}.
 */
@QuarkusTest
class FuzzTest {
    @TestHTTPResource("/")
    URI root;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldAnswerEveryGeneratedRequestWithoutA5xxAsProblemJsonAndStoreNothingWhenRefused() {
        // a region of its own, so the rows the valid requests create meet no other test's
        Fuzzer.of("indicators-service", root, dataSource).region("429901").run().assertClean();
    }
}
