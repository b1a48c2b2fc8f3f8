package org.duban.bench.harness;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * HTTP load with HdrHistogram latencies (microseconds, 3 significant digits).
 *
 * <ul>
 * <li>{@link #closed}: N threads, each sending its next request as soon as the last one answered (keep-alive,
 * HTTP/1.1): the most requests per second the target serves. Latency percentiles of a closed loop understate what
 * a queue of users would see, so they are printed only beside the throughput.</li>
 * <li>{@link #open}: requests sent at a fixed rate whether or not earlier ones answered, each latency measured from
 * the moment the request was due, not sent (no coordinated omission).</li>
 * </ul>
 */
final class Load {
    /** One step of a closed loop: sends request number {@code i} and answers true when it succeeded. */
    interface Step {
        boolean run(int i) throws Exception;
    }

    /** A measured figure: requests/s, latency percentiles in milliseconds, successes and failures. */
    record Result(String name, double perSecond, double p50, double p99, double max, long ok, long failed) {
        static Result of(String name, Histogram h, double seconds, long ok, long failed) {
            return new Result(name, ok / seconds, h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                    h.getMaxValue() / 1000.0, ok, failed);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(16, r -> {
                Thread t = new Thread(r, "bench-http");
                t.setDaemon(true);
                return t;
            })).build();

    private Load() {}

    /** Sends one request and answers its status (and body as text). */
    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends one request and answers its status, reading and discarding the body. */
    static int status(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** {@code threads} closed loops for {@code duration}; step numbers are unique across the threads. */
    static Result closed(String name, int threads, Duration duration, Step step) throws Exception {
        Histogram h = new ConcurrentHistogram(3_600_000_000L, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    boolean success;
                    try {
                        success = step.run((int) next.getAndIncrement());
                    } catch (Exception e) {
                        success = false;
                    }
                    h.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                    (success ? ok : failed).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        return Result.of(name, h, (System.nanoTime() - started) / 1e9, ok.get(), failed.get());
    }

    /**
     * Requests at {@code perSecond} for {@code duration}, request number {@code i} built by {@code requests}; waits up
     * to 30 s for the last answers. A request not answered counts as failed with its latency up to then.
     */
    static Result open(String name, double perSecond, Duration duration, IntFunction<HttpRequest> requests) throws Exception {
        Histogram h = new ConcurrentHistogram(3_600_000_000L, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long intervalNanos = (long) (1e9 / perSecond);
        int count = (int) (duration.toNanos() / intervalNanos);
        List<CompletableFuture<?>> sent = new ArrayList<>(count);
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = started + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            sent.add(CLIENT.sendAsync(requests.apply(i), HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
                h.recordValue(Math.max(1, (System.nanoTime() - due) / 1000));
                (error == null && response.statusCode() < 300 ? ok : failed).incrementAndGet();
                return null;
            }));
        }
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // the unanswered ones stay out of the histogram and count as failed below
        }
        long answered = ok.get() + failed.get();
        return Result.of(name, h, duration.toNanos() / 1e9, ok.get(), failed.get() + (count - answered));
    }

    /** Latencies already measured elsewhere (microseconds), e.g. event propagation read from the databases. */
    static Result of(String name, List<Long> micros, double seconds) {
        Histogram h = new Histogram(3_600_000_000L, 3);
        micros.forEach(m -> h.recordValue(Math.max(1, m)));
        return Result.of(name, h, seconds, micros.size(), 0);
    }
}
