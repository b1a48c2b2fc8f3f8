package org.duban.local.gateway;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/** An open SSE stream of the gateway, as a browser's EventSource would open it (token in the query). */
final class LiveStream implements AutoCloseable {
    private final Queue<String> lines = new ConcurrentLinkedQueue<>();
    private final Stream<String> body;

    LiveStream(String gateway, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/gateway/events?access_token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8))).header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("event stream answered " + response.statusCode());
        }
        body = response.body();
        Thread reader = new Thread(() -> {
            try {
                body.forEach(lines::add);
            } catch (RuntimeException closed) {
                // closed by the test
            }
        }, "live-stream-reader");
        reader.setDaemon(true);
        reader.start();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> saw("stream-opened"));
    }

    boolean saw(String text) {
        return lines.stream().anyMatch(line -> line.contains(text));
    }

    @Override
    public void close() {
        body.close();
    }
}
