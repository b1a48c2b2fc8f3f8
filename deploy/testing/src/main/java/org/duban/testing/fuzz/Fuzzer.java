package org.duban.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.duban.testing.TestInfrastructure;
import org.duban.testing.TestTokens;
import org.duban.testing.fuzz.ApiOperations.Operation;
import org.duban.testing.fuzz.RequestGenerator.FuzzRequest;

/**
 * Fuzzes one running service through its own OpenAPI document: sends {@code -Dduban.fuzz.requests} (default 120 per
 * operation) generated requests (see {@link RequestGenerator}) with seed {@code -Dduban.fuzz.seed} (default 42), one after the
 * other, and checks every answer:
 * <ul>
 * <li>no 5xx;</li>
 * <li>every error (4xx, 5xx) is {@code application/problem+json} with a JSON object body whose {@code status} is the
 * answer's status and whose {@code title} is text;</li>
 * <li>nothing stored by a failed request: around every request that is not a GET, a {@link DatabaseFingerprint} is
 * taken before and after (read again only when the server's write-ahead-log position moved), and an error answer
 * with a changed fingerprint names the tables it changed.</li>
 * </ul>
 * It prints its counts and returns a {@link FuzzReport} whose {@link FuzzReport#assertClean()} fails listing the first
 * offending requests.
 *
 * <p>Not generated: requests the HTTP codec refuses before any handler runs (a malformed request line, more than 64 KB
 * of address or headers) get an empty answer from Vert.x (Quarkus issue 55082), a known limit, not a bug of ours.
 */
public final class Fuzzer {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** How long the write-ahead-log position must hold still after {@link #quietDuring}'s pause. */
    static final Duration SETTLED = Duration.ofMillis(500);
    /** The longest wait for it. */
    static final Duration SETTLE_LIMIT = Duration.ofSeconds(15);

    private final String service;
    private final URI base;
    private final DataSource dataSource;
    private String region = "420102";
    private RequestGenerator.Tokens tokens = Fuzzer::testToken;
    private final Map<String, Predicate<Operation>> skipped = new LinkedHashMap<>();
    private final Map<String, Predicate<Operation>> rare = new LinkedHashMap<>();
    private final Map<String, String> excludedTables = new LinkedHashMap<>();
    private final Set<String> spared = new java.util.HashSet<>();
    private final Map<String, List<String>> columnsOnly = new LinkedHashMap<>(
            Map.of("duban_outbox", DatabaseFingerprint.OUTBOX_STABLE_COLUMNS));
    private Runnable pause = () -> { };
    private Runnable resume = () -> { };

    private Fuzzer(String service, URI base, DataSource dataSource) {
        this.service = service;
        this.base = base;
        this.dataSource = dataSource;
    }

    /**
     * A fuzzer for the service at {@code base} (the test's HTTP root, e.g. {@code http://localhost:41234/}) whose
     * database {@code dataSource} reaches.
     */
    public static Fuzzer of(String service, URI base, DataSource dataSource) {
        return new Fuzzer(service, URI.create(base.toString().replaceFirst("/$", "")), dataSource);
    }

    /** The callers' region (default 420102), also written into region fields. */
    public Fuzzer region(String regionCode) {
        this.region = regionCode;
        return this;
    }

    /** Leaves out the operations {@code which} matches, for the reason given (printed). */
    public Fuzzer skip(String reason, Predicate<Operation> which) {
        skipped.put(reason, which);
        return this;
    }

    /**
     * Picks the operations {@code which} matches a quarter as often as the others, for the reason given (printed):
     * for operations slow by design, such as a password hash on every call, so that the run stays short.
     */
    public Fuzzer rarely(String reason, Predicate<Operation> which) {
        rare.put(reason, which);
        return this;
    }

    /**
     * Never uses these values as identifiers, for the reason given (printed): rows other tests of the module rely on,
     * such as the demo users they log in as.
     */
    public Fuzzer spare(String reason, String... values) {
        spared.addAll(List.of(values));
        System.out.printf("fuzz %s: %s spared: %s%n", service, String.join(", ", values), reason);
        return this;
    }

    /** Leaves {@code table} out of the fingerprint, for the reason given (printed). */
    public Fuzzer excludeTable(String table, String reason) {
        excludedTables.put(table, reason);
        return this;
    }

    /**
     * Fingerprints only these columns of {@code table}, for the reason given (printed): for a table where a refused
     * request rightly writes something, such as the failed-login count of the account tried.
     */
    public Fuzzer onlyColumns(String table, String reason, String... columns) {
        columnsOnly.put(table, List.of(columns));
        System.out.printf("fuzz %s: only %s of %s compared: %s%n", service, String.join(", ", columns), table, reason);
        return this;
    }

    /**
     * Calls {@code pause} before the first request and {@code resume} after the last, for the reason given (printed):
     * for background work that writes while the requests run (a scheduler's jobs: mail and webhook dispatchers
     * advancing their deliveries), which would otherwise read as stored by whichever refused request it ran beside.
     * After {@code pause}, the first request waits until the database has stood still for {@link #SETTLED} (work
     * already running finishes), at most {@link #SETTLE_LIMIT}.
     */
    public Fuzzer quietDuring(String reason, Runnable pause, Runnable resume) {
        this.pause = pause;
        this.resume = resume;
        System.out.printf("fuzz %s: background work paused while fuzzing: %s%n", service, reason);
        return this;
    }

    /**
     * The request count: {@code -Dduban.fuzz.requests}; by default {@code -Dduban.fuzz.per-operation} (120) for each
     * operation fuzzed, so that a service with few operations is not fuzzed for longer than its surface calls for.
     */
    public static int requests(int operations) {
        Integer fixed = Integer.getInteger("duban.fuzz.requests");
        return fixed != null ? fixed : operations * Integer.getInteger("duban.fuzz.per-operation", 120);
    }

    /** The seed: {@code -Dduban.fuzz.seed}, default 42. */
    public static long seed() {
        return Long.getLong("duban.fuzz.seed", 42L);
    }

    private static String testToken(String role, String login, String regionCode, String unitId) {
        return TestTokens.builder(Set.of(role), regionCode, unitId, login).claim("name", login)
                .sign(TestInfrastructure.jwtKeys().keyPair().getPrivate());
    }

    /** Runs the fuzz and prints its counts. */
    public FuzzReport run() {
        long started = System.nanoTime();
        long seed = seed();
        Random random = new Random(seed);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<Operation> all = ApiOperations.read(get(http, "/q/openapi?format=json"));
        List<Operation> operations = new ArrayList<>();
        for (Operation op : all) {
            String reason = skipped.entrySet().stream().filter(s -> s.getValue().test(op)).map(Map.Entry::getKey).findFirst().orElse(null);
            String rarely = rare.entrySet().stream().filter(s -> s.getValue().test(op)).map(Map.Entry::getKey).findFirst().orElse(null);
            if (reason == null) {
                operations.add(op);
                if (rarely != null) {
                    System.out.printf("fuzz %s: %s picked a quarter as often: %s%n", service, op, rarely);
                }
            } else {
                System.out.printf("fuzz %s: %s not fuzzed: %s%n", service, op, reason);
            }
        }
        if (operations.isEmpty()) {
            throw new IllegalStateException(service + "'s OpenAPI document lists no operation to fuzz");
        }
        excludedTables.forEach((table, why) -> System.out.printf("fuzz %s: table %s not fingerprinted: %s%n", service, table, why));
        int count = requests(operations.size());

        KnownValues known = new KnownValues(region, spared);
        RequestGenerator generator = new RequestGenerator(random, region, tokens, known);
        FuzzReport report = new FuzzReport(service, seed, operations.size());
        pause.run();
        try (DatabaseFingerprint fingerprint = DatabaseFingerprint.of(dataSource, excludedTables, columnsOnly)) {
            settle(fingerprint);
            // the fingerprint as of the write-ahead-log position currentAt; retaken only when the position moved
            Map<String, String> current = null;
            String currentAt = null;
            for (int i = 0; i < count; i++) {
                Operation op = pick(operations, random);
                FuzzRequest request = generator.next(op);
                boolean write = !request.method().equals("GET");
                long t0 = System.nanoTime();
                if (write) {
                    String at = fingerprint.walPosition();
                    if (current == null || !at.equals(currentAt)) {
                        currentAt = at;
                        current = fingerprint.take();
                    }
                }
                Map<String, String> before = current;
                long t1 = System.nanoTime();
                HttpResponse<byte[]> response = send(http, request, report);
                long t2 = System.nanoTime();
                Map<String, String> after = null;
                if (write) {
                    String at = fingerprint.walPosition();
                    if (!at.equals(currentAt)) {
                        currentAt = at;
                        current = fingerprint.take();
                    }
                    after = current;
                }
                report.time(request, t2 - t1);
                report.fingerprintTime(System.nanoTime() - t2 + t1 - t0);
                if (response == null) {
                    continue;
                }
                int status = response.statusCode();
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                report.count(request, status);
                check(report, request, response, contentType);
                if (write && status >= 400) {
                    Map<String, String> changed = DatabaseFingerprint.changes(before, after);
                    if (!changed.isEmpty()) {
                        report.fail(FuzzReport.Kind.STORED, request, response, "stored although refused: " + changed);
                    }
                }
                if (status / 100 == 2 && contentType.contains("json")) {
                    learn(known, random, op, response.body());
                }
            }
        } finally {
            resume.run();
        }
        report.finish(Duration.ofNanos(System.nanoTime() - started));
        System.out.println(report.summary());
        if (Boolean.getBoolean("duban.fuzz.timing")) {
            System.out.println("  slowest:\n  " + report.slowest(25));
        }
        return report;
    }

    /** Waits until the write-ahead-log position holds still for {@link #SETTLED}, at most {@link #SETTLE_LIMIT}. */
    private void settle(DatabaseFingerprint fingerprint) {
        long limit = System.nanoTime() + SETTLE_LIMIT.toNanos();
        String at = fingerprint.walPosition();
        long stillSince = System.nanoTime();
        while (System.nanoTime() - stillSince < SETTLED.toNanos() && System.nanoTime() < limit) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            String now = fingerprint.walPosition();
            if (!now.equals(at)) {
                at = now;
                stillSince = System.nanoTime();
            }
        }
    }

    private Operation pick(List<Operation> operations, Random random) {
        while (true) {
            Operation op = operations.get(random.nextInt(operations.size()));
            // writes are picked twice as often as reads: they are where input is parsed and stored
            if (op.method().equals("GET") && random.nextBoolean()) {
                continue;
            }
            boolean seldom = rare.values().stream().anyMatch(r -> r.test(op));
            if (seldom && random.nextInt(4) != 0) {
                continue;
            }
            return op;
        }
    }

    private void check(FuzzReport report, FuzzRequest request, HttpResponse<byte[]> response, String contentType) {
        int status = response.statusCode();
        if (status < 400) {
            return;
        }
        if (status >= 500) {
            report.fail(FuzzReport.Kind.SERVER_ERROR, request, response, "server error");
            return;
        }
        if (!contentType.toLowerCase().startsWith("application/problem+json")) {
            report.fail(FuzzReport.Kind.NOT_PROBLEM, request, response, "Content-Type " + (contentType.isEmpty() ? "(none)" : contentType));
            return;
        }
        JsonNode body;
        try {
            body = MAPPER.readTree(response.body());
        } catch (IOException e) {
            report.fail(FuzzReport.Kind.NOT_PROBLEM, request, response, "body is not JSON");
            return;
        }
        if (body == null || !body.isObject() || body.path("status").asInt(-1) != status || !body.path("title").isTextual()
                || body.path("title").asText().isBlank()) {
            report.fail(FuzzReport.Kind.NOT_PROBLEM, request, response, "no status " + status + " and title in the body");
        }
    }

    private void learn(KnownValues known, Random random, Operation op, byte[] body) {
        try {
            JsonNode answer = MAPPER.readTree(body);
            if (answer != null) {
                known.learn(random, op.path(), answer);
            }
        } catch (IOException e) {
            // a 2xx answer that claims JSON but is not is the service's business, not this check's
        }
    }

    private HttpResponse<byte[]> send(HttpClient http, FuzzRequest request, FuzzReport report) {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(base + request.target())).timeout(TIMEOUT)
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(builder::header);
        } catch (IllegalArgumentException e) {
            report.unsendable(request, e.getMessage());
            return null;
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            report.fail(FuzzReport.Kind.NO_ANSWER, request, null, "no answer: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private String get(HttpClient http, String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
