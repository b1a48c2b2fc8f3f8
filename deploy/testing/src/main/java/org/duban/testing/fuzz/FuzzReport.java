package org.duban.testing.fuzz;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.duban.testing.fuzz.RequestGenerator.FuzzRequest;
import org.junit.jupiter.api.Assertions;

/** What one fuzz run sent and what it found: counts by status class and request kind, and every offending request. */
public final class FuzzReport {
    private static final int LISTED = 20;

    /** What was wrong with an answer. */
    public enum Kind {
        /** Any 5xx. */
        SERVER_ERROR,
        /** An error that is not problem+json with status and title. */
        NOT_PROBLEM,
        /** An error answer after which the database had changed. */
        STORED,
        /** No answer at all (connection closed, timeout). */
        NO_ANSWER
    }

    /** One offending request: method, target, request body and answer excerpts. */
    public record Finding(Kind kind, String request, String answer, String why) {}

    private final String service;
    private final long seed;
    private final int operations;
    private final Map<Integer, Integer> byClass = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> byKind = new TreeMap<>();
    private final Map<String, Long> nanosByKind = new TreeMap<>();
    private long fingerprintNanos;
    private final Map<String, Long> nanosByWhat = new java.util.HashMap<>();
    private final Map<Kind, Integer> failures = new EnumMap<>(Kind.class);
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> unsendable = new ArrayList<>();
    private int sent;
    private Duration took = Duration.ZERO;

    FuzzReport(String service, long seed, int operations) {
        this.service = service;
        this.seed = seed;
        this.operations = operations;
        for (Kind kind : Kind.values()) {
            failures.put(kind, 0);
        }
    }

    void count(FuzzRequest request, int status) {
        sent++;
        byClass.merge(status / 100, 1, Integer::sum);
        byKind.computeIfAbsent(request.kind(), k -> new TreeMap<>()).merge(status / 100, 1, Integer::sum);
    }

    void time(FuzzRequest request, long nanos) {
        nanosByKind.merge(request.kind(), nanos, Long::sum);
        String what = request.operation() + " [" + request.kind() + ": " + request.note() + "]";
        nanosByWhat.merge(what.replaceAll("\\d+", "N"), nanos, Long::sum);
    }

    /** The request shapes that took longest in all, for tuning the mix. */
    public String slowest(int n) {
        return nanosByWhat.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .map(e -> e.getValue() / 1_000_000 + " ms " + RequestGenerator.excerpt(e.getKey(), 120)).collect(Collectors.joining("\n  "));
    }

    void fingerprintTime(long nanos) {
        fingerprintNanos += nanos;
    }

    void unsendable(FuzzRequest request, String why) {
        unsendable.add(request.method() + " " + RequestGenerator.excerpt(request.target(), 120) + ": " + why);
    }

    void fail(Kind kind, FuzzRequest request, HttpResponse<byte[]> response, String why) {
        if (kind == Kind.NO_ANSWER) {
            sent++;
        }
        failures.merge(kind, 1, Integer::sum);
        if (findings.size() < 200) {
            String body = request.body() == null ? "" : " body " + RequestGenerator.excerpt(new String(request.body(), StandardCharsets.UTF_8), 200);
            String req = request.method() + " " + RequestGenerator.excerpt(request.target(), 160) + " [" + request.kind()
                    + (request.note().isEmpty() ? "" : ": " + request.note()) + "]" + body;
            String answer = response == null ? "-" : response.statusCode() + " "
                    + response.headers().firstValue("Content-Type").orElse("(no type)") + " "
                    + RequestGenerator.excerpt(new String(response.body(), StandardCharsets.UTF_8), 300);
            findings.add(new Finding(kind, req, answer, why));
        }
    }

    void finish(Duration took) {
        this.took = took;
    }

    /** The offending requests (the first 200). */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** Requests answered, by status class (2 → 2xx). */
    public Map<Integer, Integer> byStatusClass() {
        return Map.copyOf(byClass);
    }

    /** The one-line result, then the requests by kind with their answers and time. */
    public String summary() {
        String classes = classes(byClass);
        String kinds = byKind.entrySet().stream().map(e -> e.getKey() + " (" + classes(e.getValue()) + "; "
                + nanosByKind.getOrDefault(e.getKey(), 0L) / 1_000_000 + " ms)").collect(Collectors.joining(", "));
        return String.format("fuzz %s: %d requests over %d operations, seed %d: %d 5xx, %d non-problem errors, %d stored by failed "
                        + "requests, %d unanswered (%s) in %.1f s%n  by kind: %s; fingerprints %d ms%s",
                service, sent, operations, seed, failures.get(Kind.SERVER_ERROR), failures.get(Kind.NOT_PROBLEM),
                failures.get(Kind.STORED), failures.get(Kind.NO_ANSWER), classes,
                took.toMillis() / 1000.0, kinds, fingerprintNanos / 1_000_000,
                unsendable.isEmpty() ? "" : "\n  not sendable by the client (generator's fault): " + unsendable.size() + ", first " + unsendable.get(0));
    }

    private static String classes(Map<Integer, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + "xx " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Fails listing the first {@value #LISTED} offending requests, if any; and if any request could not be sent. */
    public void assertClean() {
        if (findings.isEmpty() && unsendable.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(summary()).append("\nfirst offending requests:");
        findings.stream().limit(LISTED).forEach(f -> message.append("\n- ").append(f.kind()).append(" (").append(f.why()).append("): ")
                .append(f.request()).append("\n    -> ").append(f.answer()));
        unsendable.stream().limit(5).forEach(u -> message.append("\n- not sendable: ").append(u));
        Assertions.fail(message.toString());
    }
}
