package org.duban.tasks.fuzz;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import org.duban.testing.fuzz.Fuzzer;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, fuzz: every operation of tasks-service's OpenAPI document gets generated requests (hostile bodies, fields,
 * parameters, callers, uploads of broken XLSX/DOCX/CSV/text); no answer is a 5xx, every error is problem+json, and no
 * refused write leaves anything in the database. Count and seed: {@code -Dduban.fuzz.requests}, {@code -Dduban.fuzz.seed}.
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
        Fuzzer.of("tasks-service", root, dataSource).region("469901")
                .skip("an import job writes its plan in the background after the request has been answered, so the"
                        + " fingerprint would blame whichever request came next; the synchronous import takes the same"
                        + " bodies here, and ImportLayoutsHttpTest covers the job's refusals and failures",
                        op -> op.method().equals("POST") && op.path().startsWith("/api/tasks/imports/jobs"))
                .run().assertClean();
    }
}
