package org.duban.tasks.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * indicators-service as the importer asks it, over HTTP with the caller's own token (indicators-service decides what
 * the caller may read, as the gateway's dashboards do): its catalog ({@code GET /api/indicators/catalog}) and its
 * target grammar ({@code POST /api/indicators/targets/preview}, which stores nothing). The URL is
 * {@code duban.services.indicators-service.url}, the key the run command, the end-to-end suite and the gateway use.
 * Each call waits at most {@code duban.tasks.indicator-link.timeout} (2 s) and one import's calls together at most
 * {@code duban.tasks.indicator-link.budget} (10 s); anything else than a 200 in time is {@link Unavailable}, never an
 * error of the import.
 */
@ApplicationScoped
public class IndicatorsClient implements IndicatorLinker.Grammar {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The most texts in flight at once: indicators-service is one small instance beside this one. */
    private static final int IN_FLIGHT = 8;

    private final WebClient client;
    private final String baseUrl;
    private final Duration timeout;
    private final Duration budget;

    @Inject
    public IndicatorsClient(Vertx vertx, @ConfigProperty(name = "duban.services.indicators-service.url") String baseUrl,
            @ConfigProperty(name = "duban.tasks.indicator-link.timeout", defaultValue = "2s") Duration timeout,
            @ConfigProperty(name = "duban.tasks.indicator-link.budget", defaultValue = "10s") Duration budget) {
        this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout((int) Math.min(timeout.toMillis(), 2000))
                .setKeepAlive(true).setMaxPoolSize(IN_FLIGHT));
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.timeout = timeout;
        this.budget = budget;
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Why indicators-service gave no answer: down, slow, or an answer other than 200 (its status then). */
    public static final class Unavailable extends Exception {
        public Unavailable(String message) {
            super(message);
        }
    }

    /**
     * The whole catalog: each indicator's code, Chinese name, unit and synonyms.
     *
     * @throws Unavailable when indicators-service does not answer 200 within the timeout
     */
    @Override
    public List<IndicatorLinker.Indicator> catalog(String authorization) throws Unavailable {
        JsonNode page = await(send(client.getAbs(baseUrl + "/api/indicators/catalog?pageSize=1000"), authorization, null),
                timeout.toMillis());
        List<IndicatorLinker.Indicator> out = new ArrayList<>();
        for (JsonNode i : page.path("items")) {
            List<String> synonyms = new ArrayList<>();
            i.path("synonyms").forEach(s -> synonyms.add(s.asText()));
            out.add(new IndicatorLinker.Indicator(i.path("code").asText(), i.path("nameZh").asText(null),
                    i.path("unit").asText(null), synonyms));
        }
        return out;
    }

    /**
     * Each text as the target grammar reads it, one request per text ({@code {regionCode, year, text}}), at most
     * {@value #IN_FLIGHT} at once; texts not answered within the budget are missing from the answer.
     *
     * @param texts by the caller's key (the task's 1-based position in the preview)
     * @throws Unavailable when no text was answered at all
     */
    @Override
    public IndicatorLinker.Readings read(String regionCode, int year, Map<Integer, String> texts, String authorization)
            throws Unavailable {
        Map<Integer, IndicatorLinker.Reading> read = new LinkedHashMap<>();
        String failure = null;
        long deadline = System.nanoTime() + budget.toNanos();
        List<Map.Entry<Integer, String>> all = new ArrayList<>(texts.entrySet());
        for (int from = 0; from < all.size(); from += IN_FLIGHT) {
            List<Map.Entry<Integer, String>> batch = all.subList(from, Math.min(all.size(), from + IN_FLIGHT));
            Map<Integer, CompletableFuture<JsonNode>> calls = new LinkedHashMap<>();
            for (Map.Entry<Integer, String> e : batch) {
                JsonObject body = new JsonObject().put("regionCode", regionCode).put("year", year).put("text", e.getValue());
                calls.put(e.getKey(), send(client.postAbs(baseUrl + "/api/indicators/targets/preview"), authorization, body)
                        .subscribeAsCompletionStage());
            }
            for (Map.Entry<Integer, CompletableFuture<JsonNode>> call : calls.entrySet()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                try {
                    read.put(call.getKey(), reading(await(call.getValue(), Math.max(left, 1))));
                } catch (Unavailable e) {
                    failure = e.getMessage();
                }
            }
            if (failure != null && read.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
        }
        if (read.isEmpty() && !texts.isEmpty()) {
            throw new Unavailable(failure == null ? "no answer within " + budget.toMillis() + " ms" : failure);
        }
        return new IndicatorLinker.Readings(read, texts.size() - read.size());
    }

    private Uni<JsonNode> send(HttpRequest<Buffer> request, String authorization, JsonObject body) {
        request.timeout(timeout.toMillis()).putHeader("Accept", "application/json");
        if (authorization != null) {
            request.putHeader("Authorization", "Bearer " + authorization);
        }
        Uni<HttpResponse<Buffer>> sent = body == null ? request.send() : request.sendJsonObject(body);
        return sent.map(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("indicators-service answered " + response.statusCode());
            }
            try {
                return JSON.readTree(response.bodyAsString());
            } catch (IOException e) {
                throw new IllegalStateException("indicators-service answered no JSON");
            }
        });
    }

    private static JsonNode await(Uni<JsonNode> call, long millis) throws Unavailable {
        return await(call.subscribeAsCompletionStage(), millis);
    }

    private static JsonNode await(CompletableFuture<JsonNode> call, long millis) throws Unavailable {
        try {
            return call.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new Unavailable("no answer within " + millis + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new Unavailable(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }

    /** A preview's answer, {@code {targets:[TargetView], warnings:[{fragment, message}]}}, read tolerantly. */
    static IndicatorLinker.Reading reading(JsonNode preview) {
        List<IndicatorLink.IndicatorTarget> targets = new ArrayList<>();
        for (JsonNode t : preview.path("targets")) {
            List<String> notes = new ArrayList<>();
            t.path("notes").forEach(n -> notes.add(n.asText()));
            targets.add(new IndicatorLink.IndicatorTarget(t.path("indicatorCode").asText(null), t.path("subject").asText(null),
                    t.path("comparator").asText(null), figure(t.path("level")), figure(t.path("growth")),
                    t.path("qualitative").asBoolean(false), t.path("aboveReference").asText(null), t.path("text").asText(null),
                    notes));
        }
        List<String> warnings = new ArrayList<>();
        preview.path("warnings").forEach(w -> warnings.add(w.path("fragment").asText("") + ": " + w.path("message").asText("")));
        return new IndicatorLinker.Reading(targets, warnings);
    }

    private static IndicatorLink.IndicatorFigure figure(JsonNode b) {
        if (b.isMissingNode() || b.isNull()) {
            return null;
        }
        return new IndicatorLink.IndicatorFigure(b.path("comparator").asText(null), decimal(b.path("value")), b.path("unit").asText(null),
                b.path("referenceCode").asText(null), decimal(b.path("from")));
    }

    private static BigDecimal decimal(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : null;
    }
}
