package org.duban.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Loads the demo data that ships with the services (their {@code src/main/resources/demo} folders,
 * written for the demo, not the seeds) through the gateway's public API, as a client would. Loading
 * twice changes nothing: the plan import is idempotent, and the indicator figures are skipped when
 * the region already has some.
 */
final class DemoData {
    static final String REGION = "420102";

    private final Path repoRoot;
    private final String gateway;
    private final String token;
    private final Consumer<String> log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoData(Path repoRoot, String gateway, String token, Consumer<String> log) {
        this.repoRoot = repoRoot;
        this.gateway = gateway;
        this.token = token;
        this.log = log;
    }

    /** Loads everything; throws when a step is refused, naming the call and the answer. */
    void load() throws IOException, InterruptedException {
        loadPlan();
        loadIndicators();
    }

    private void loadPlan() throws IOException, InterruptedException {
        HttpResponse<String> imported = send("POST", "/api/tasks/imports?regionCode=" + REGION + "&format=PLAN_TEXT&publish=true",
                "text/plain; charset=UTF-8", demo("tasks-service", "plan-2024-demo.txt"));
        expect(imported, 200, 201);
        log.accept(imported.statusCode() == 201 ? "demo plan imported and published" : "demo plan already there");
    }

    private void loadIndicators() throws IOException, InterruptedException {
        HttpResponse<String> existing = send("GET", "/api/indicators/observations?regionCode=" + REGION + "&year=2019&pageSize=1", null, null);
        expect(existing, 200);
        if (!existing.body().contains("\"total\":0")) {
            log.accept("demo indicators already there");
            return;
        }
        expect(send("POST", "/api/indicators/targets", "application/json", demo("indicators-service", "targets-2019.json")), 201);
        expect(send("POST", "/api/indicators/observations/import/csv", "text/csv; charset=UTF-8",
                demo("indicators-service", "observations-2019.csv")), 200, 201);
        expect(send("POST", "/api/indicators/observations/import/notice", "application/json",
                demo("indicators-service", "notice-2019-q3.json")), 200, 201);
        log.accept("demo indicator targets and figures loaded");
    }

    private String demo(String module, String file) {
        try {
            return Files.readString(repoRoot.resolve(module).resolve("src/main/resources/demo").resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return;
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.request().uri().getPath() + " answered "
                + response.statusCode() + ": " + response.body());
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
