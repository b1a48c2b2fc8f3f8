package org.duban.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The merged document a client generator reads: the gateway's own (served live) merged with the services' documents as
 * stored under {@code src/test/resources/openapi/services} (the services do not run here). The stored copies are what
 * each service's build writes to {@code target/openapi/openapi.json}; {@link #shouldStoreEachServicesCurrentDocument()}
 * fails when a copy is older than its service's last build. With Node.js on the machine, the document is also turned
 * into a TypeScript client (openapi-typescript) that must type every answer, and linted (Redocly, recommended rules) to
 * zero errors; without Node.js those two are skipped, and say so.
 */
@QuarkusTest
class MergedOpenApiContractTest {
    static final List<String> SERVICES = List.of("tasks-service", "progress-service", "indicators-service");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPENAPI_TYPESCRIPT = "openapi-typescript@7.13.0";
    private static final String REDOCLY = "@redocly/cli@2.77.0";
    /**
     * Where {@code unknown} is right: a journal change's value before and after (any JSON value by nature), the merged
     * OpenAPI document itself (an object of anything, the one {@code additionalProperties: true} {@link OpenApiContract}
     * allows), and the response headers openapi-typescript declares open on every answer.
     */
    private static final List<String> ANY_VALUE = List.of("before?: unknown;", "after?: unknown;", "before: unknown;",
            "after: unknown;", "[key: string]: unknown;", "[name: string]: unknown;");

    static JsonNode stored(String service) throws IOException {
        try (InputStream in = MergedOpenApiContractTest.class.getResourceAsStream("/openapi/services/" + service + ".json")) {
            return JSON.readTree(in);
        }
    }

    private JsonNode merged() throws IOException {
        JsonNode gateway = JSON.readTree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        for (String service : SERVICES) {
            sources.add(new OpenApiMerger.Source(service, stored(service)));
        }
        return OpenApiMerger.merge(gateway, sources);
    }

    @Test
    void shouldGiveEveryOperationAnIdSummaryTypedAnswersAndProblemErrors() throws IOException {
        JsonNode merged = merged();
        OpenApiContract.Counts counts = OpenApiContract.count(merged);
        List<String> wrong = OpenApiContract.violations(merged);
        System.out.printf("merged OpenAPI: %d operations, %d parameters, %d responses, %d schemas: %d problems%n",
                counts.operations(), counts.parameters(), counts.responses(), counts.schemas(), wrong.size());
        assertTrue(counts.operations() > 130, "every service's operations are merged: " + counts);
        assertTrue(wrong.isEmpty(), wrong.size() + " problems:\n" + String.join("\n", wrong));
    }

    @Test
    void shouldStoreEachServicesCurrentDocument() throws IOException {
        List<String> stale = new ArrayList<>();
        int compared = 0;
        for (String service : SERVICES) {
            Path built = Path.of("..", service, "target", "openapi", "openapi.json");
            if (!Files.isRegularFile(built)) {
                continue;
            }
            compared++;
            if (!JSON.readTree(built.toFile()).equals(stored(service))) {
                stale.add(service + ": cp " + built + " gateway/src/test/resources/openapi/services/" + service + ".json");
            }
        }
        Assumptions.assumeTrue(compared > 0, "no service has been built here: nothing to compare the stored documents with");
        assertTrue(stale.isEmpty(), "stored OpenAPI documents older than their service's build; copy them:\n"
                + String.join("\n", stale));
    }

    @Test
    void shouldGenerateATypeScriptClientThatTypesEveryAnswer() throws Exception {
        Path dir = write(merged());
        Run run = npx(dir, OPENAPI_TYPESCRIPT, "merged.json", "-o", "merged.ts");
        assertEquals(0, run.exit(), run.output());
        List<String> unknown = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve("merged.ts"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean comment = line.startsWith("*") || line.startsWith("/*");
            if (!comment && line.matches(".*\\bunknown\\b.*") && !ANY_VALUE.contains(line)) {
                unknown.add((i + 1) + ": " + line);
            }
        }
        System.out.printf("openapi-typescript: %d lines, %d untyped%n", lines.size(), unknown.size());
        assertTrue(unknown.isEmpty(), unknown.size() + " untyped places in the client (" + dir.resolve("merged.ts") + "):\n"
                + String.join("\n", unknown.subList(0, Math.min(40, unknown.size()))));
    }

    @Test
    void shouldPassRedoclysRecommendedRulesWithoutErrors() throws Exception {
        Path dir = write(merged());
        Run run = npx(dir, REDOCLY, "lint", "--extends=recommended", "merged.json");
        System.out.println("redocly: " + run.output().lines().filter(l -> l.contains("Validation") || l.contains("valid"))
                .reduce("", (a, b) -> a + b.strip() + " "));
        if (run.exit() != 0) {
            fail("redocly lint found errors:\n" + run.output().lines().filter(l -> !l.isBlank()).limit(200)
                    .reduce("", (a, b) -> a + b + "\n"));
        }
    }

    private static Path write(JsonNode merged) throws IOException {
        Path dir = Path.of("target", "openapi-contract");
        Files.createDirectories(dir);
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("merged.json").toFile(), merged);
        return dir;
    }

    private record Run(int exit, String output) {}

    /** Runs a pinned npm tool; skipped (not failed) when Node.js is missing or the tool cannot be fetched. */
    private static Run npx(Path dir, String tool, String... args) throws Exception {
        Assumptions.assumeTrue(available(), "Node.js (npx) is not installed: the generated-client and lint checks are skipped");
        List<String> command = new ArrayList<>(List.of("npx", "--yes", tool));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("npx", ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            Assumptions.abort(tool + " did not finish in 180 s (fetching it?): skipped");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        Assumptions.assumeFalse(output.contains("npm error code E") && output.contains("npm error"),
                () -> tool + " could not be fetched from the npm registry: skipped\n" + output);
        return new Run(process.exitValue(), output);
    }

    private static boolean available() {
        try {
            Process process = new ProcessBuilder("npx", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
