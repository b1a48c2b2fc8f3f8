package org.duban.tasks.importer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.mutiny.core.Vertx;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * indicators-service down or slow, over real sockets: the importer's client gives up within its timeout and says it is
 * unavailable (the preview then carries INDICATOR_LINK_UNAVAILABLE), never hangs the import and never throws anything
 * else.
 */
class IndicatorsClientTest {
    private Vertx vertx;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() {
        vertx.closeAndAwait();
    }

    @Test
    void shouldGiveUpWithinTheTimeoutWhenIndicatorsServiceAcceptsButNeverAnswers() throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            IndicatorsClient client = new IndicatorsClient(vertx, "http://127.0.0.1:" + silent.getLocalPort(),
                    Duration.ofMillis(400), Duration.ofMillis(1500));
            long started = System.nanoTime();
            assertThrows(IndicatorsClient.Unavailable.class, () -> client.catalog("token"));
            assertThrows(IndicatorsClient.Unavailable.class, () -> client.read("420102", 2016,
                    Map.of(1, "地区生产总值增长10%", 2, "财政总收入增长7%"), "token"));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < 4000, "gave up after " + millis + " ms, not within the 400 ms timeout and 1.5 s budget");
            client.close();
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void shouldSayUnavailableWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        IndicatorsClient client = new IndicatorsClient(vertx, "http://127.0.0.1:" + port, Duration.ofSeconds(2),
                Duration.ofSeconds(10));
        long started = System.nanoTime();
        assertThrows(IndicatorsClient.Unavailable.class, () -> client.catalog(null));
        assertTrue((System.nanoTime() - started) / 1_000_000 < 2500, "a refused connection is told at once");
        client.close();
    }
}
