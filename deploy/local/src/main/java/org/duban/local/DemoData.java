package org.duban.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads the demo data through the gateway's public API, as a client would, so the demo exercises
 * the same paths as real use. Loading twice changes nothing: each step first asks whether its data
 * is there.
 */
final class DemoData {
    static final String REGION = "420102";

    private final String gateway;
    private final String token;
    private final Consumer<String> log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoData(String gateway, String token, Consumer<String> log) {
        this.gateway = gateway;
        this.token = token;
        this.log = log;
    }

    void load() {
        try {
            loadTasks();
        } catch (IOException | RuntimeException e) {
            log.accept("demo data not loaded: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loadTasks() throws IOException, InterruptedException {
        HttpResponse<String> existing = send("GET", "/api/tasks/tasks?regionCode=" + REGION + "&pageSize=1", null);
        if (existing.statusCode() == 200 && !existing.body().contains("\"total\":0")) {
            log.accept("demo tasks already loaded");
            return;
        }
        List<String> tasks = List.of(
                task("1", "地区生产总值增长7.8%左右", "区发改局", "区统计局"),
                task("2", "全年招商引资到位资金增长10%", "区商务局", "区发改局\",\"区财政局"),
                task("3", "完成老旧小区改造20个", "区房管局", "各街道办事处"));
        for (String body : tasks) {
            HttpResponse<String> created = send("POST", "/api/tasks/tasks", body);
            if (created.statusCode() != 201) {
                throw new IllegalStateException("POST /api/tasks/tasks answered " + created.statusCode() + ": " + created.body());
            }
        }
        log.accept("demo tasks loaded: " + tasks.size());
    }

    private static String task(String number, String title, String lead, String responsible) {
        return """
                {"regionCode":"%s","year":2019,"number":"%s","title":"%s","leadUnit":"%s","responsibleUnits":["%s"]}"""
                .formatted(REGION, number, title, lead, responsible);
    }

    private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
