package org.duban.gateway.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.duban.gateway.audit.AuditRecord;
import org.duban.gateway.audit.AuditTrail;
import org.duban.gateway.auth.ApiKeySecrets;
import org.duban.gateway.auth.ApiKeyService;
import org.duban.platform.problem.ProblemResponses;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The first thing every {@code /api/**} request meets, before routing: it gets a request id; an
 * {@code X-API-Key} is exchanged for a short-lived token; a bearer token is verified (signature, issuer,
 * expiry) and its region checked against the regions served, so a bad token never reaches a service;
 * the client's rate limit is applied; and a write is audited once its answer is out. A request without
 * credentials passes anonymously: the resource (here or in a service) decides whether that is enough.
 */
@ApplicationScoped
public class FrontDoor {
    private static final Logger LOG = Logger.getLogger(FrontDoor.class);
    public static final String REQUEST_ID = "X-Request-Id";
    private static final java.util.regex.Pattern SAFE_REQUEST_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    public static final String API_KEY = "X-API-Key";
    static final String EVENTS_PATH = "/api/gateway/events";
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final JWTParser parser;
    private final ApiKeyService apiKeys;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final RegionPolicy regions;
    private final RateLimiter limiter;
    private final boolean limiting;

    public FrontDoor(JWTParser parser, ApiKeyService apiKeys, AuditTrail audit, ObjectMapper json,
            RegionPolicy regions,
            @ConfigProperty(name = "duban.gateway.rate-limit.enabled", defaultValue = "true") boolean limiting,
            @ConfigProperty(name = "duban.gateway.rate-limit.capacity", defaultValue = "120") int capacity,
            @ConfigProperty(name = "duban.gateway.rate-limit.refill-per-second", defaultValue = "20") double refill) {
        this.parser = parser;
        this.apiKeys = apiKeys;
        this.audit = audit;
        this.json = json;
        this.regions = regions;
        this.limiting = limiting;
        this.limiter = new RateLimiter(capacity, refill, System::nanoTime);
    }

    void install(@Observes Router router) {
        // negative order: before the REST layer; Quarkus' CORS filter sits earlier still, so refusals carry CORS headers
        router.route().order(-10).handler(this::handle);
    }

    @Scheduled(every = "60s")
    void forgetIdleClients() {
        limiter.evictIdle();
    }

    private void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!path.startsWith("/api/") || rc.request().method() == HttpMethod.OPTIONS) {
            rc.next();
            return;
        }
        long started = System.nanoTime();
        // echoed and audited: only a short token of safe characters is kept, anything else is replaced
        String requestId = Optional.ofNullable(rc.request().getHeader(REQUEST_ID)).filter(id -> SAFE_REQUEST_ID.matcher(id).matches())
                .orElseGet(() -> UUID.randomUUID().toString());
        rc.request().headers().set(REQUEST_ID, requestId);
        rc.addHeadersEndHandler(v -> rc.response().headers().set(REQUEST_ID, requestId));
        if (WRITES.contains(rc.request().method())) {
            // registered first so that writes refused at the door (bad token, rate limit) are audited too
            String method = rc.request().method().name();
            String client = clientAddress(rc);
            rc.addEndHandler(done -> {
                CallerInfo caller = rc.get(CallerInfo.KEY);
                CallerInfo who = caller != null ? caller : new CallerInfo("unauthenticated", Set.of(), null, null, null);
                audit.record(new AuditRecord(OffsetDateTime.now(), method, path, rc.response().getStatusCode(), who.login(),
                        String.join(",", who.roles()), who.regionCode(), who.unitId(), client, requestId,
                        (System.nanoTime() - started) / 1_000_000));
            });
        }

        if (path.equals(EVENTS_PATH) && rc.request().getHeader("Authorization") == null) {
            // EventSource cannot send headers: the stream alone takes its token from the query
            String queryToken = rc.request().getParam("access_token");
            if (queryToken != null) {
                rc.request().headers().set("Authorization", "Bearer " + queryToken);
            }
        }
        String apiKey = rc.request().getHeader(API_KEY);
        if (apiKey != null) {
            rc.request().pause();
            rc.vertx().<Optional<String>>executeBlocking(() -> apiKeys.exchange(apiKey.trim()), false).onComplete(result -> {
                rc.request().resume();
                if (result.failed() || result.result().isEmpty()) {
                    if (result.failed()) {
                        LOG.errorf(result.cause(), "API key exchange failed for request %s", requestId);
                    }
                    refuse(rc, 401, "unauthorized", "the API key is unknown or revoked / 接口密钥无效或已吊销");
                    return;
                }
                rc.request().headers().remove(API_KEY);
                rc.request().headers().set("Authorization", "Bearer " + result.result().get());
                proceed(rc, path, requestId, started, "key:" + ApiKeySecrets.hash(apiKey.trim()).substring(0, 16));
            });
            return;
        }
        proceed(rc, path, requestId, started, null);
    }

    private void proceed(RoutingContext rc, String path, String requestId, long started, String rateKeyOverride) {
        CallerInfo caller;
        String authorization = rc.request().getHeader("Authorization");
        if (authorization != null && !path.equals("/api/auth/login")) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                refuse(rc, 401, "unauthorized", "only bearer tokens and API keys are accepted / 仅接受Bearer令牌或接口密钥");
                return;
            }
            JsonWebToken token;
            try {
                token = parser.parse(authorization.substring(7).trim());
            } catch (ParseException e) {
                refuse(rc, 401, "unauthorized", "the token is invalid, expired or not signed by a trusted key / 登录凭证无效或已过期");
                return;
            } catch (RuntimeException e) {
                LOG.warnf("token of request %s not verifiable: %s", requestId, e.toString());
                refuse(rc, 401, "unauthorized", "the token is invalid or expired / 登录凭证无效或已过期");
                return;
            }
            String region = claim(token, "region");
            if (!regions.admits(region)) {
                refuse(rc, 403, "region-not-served", "region " + region + " is not served by this gateway / 该行政区划不在本系统范围内");
                return;
            }
            String login = token.getName() != null ? token.getName() : token.getSubject();
            caller = new CallerInfo(login, token.getGroups(), region, claim(token, "unit"),
                    rateKeyOverride != null ? rateKeyOverride : "sub:" + login);
        } else {
            caller = CallerInfo.anonymous(clientAddress(rc));
        }
        rc.put(CallerInfo.KEY, caller);
        if (limiting) {
            RateLimiter.Decision decision = limiter.tryAcquire(caller.rateKey());
            // what the client has left, on every limited answer (IETF draft-ietf-httpapi-ratelimit-headers)
            rc.response().putHeader("RateLimit-Limit", String.valueOf(decision.limit()))
                    .putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()))
                    .putHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
            if (!decision.allowed()) {
                rc.response().putHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
                refuse(rc, 429, "rate-limited", "too many requests from this client; retry after " + decision.retryAfterSeconds()
                        + " s / 请求过于频繁,请" + decision.retryAfterSeconds() + "秒后重试");
                return;
            }
        }
        rc.next();
    }

    private void refuse(RoutingContext rc, int status, String slug, String detail) {
        String body;
        try {
            body = json.writeValueAsString(ProblemResponses.problem(status, slug, detail, rc.normalizedPath(), null, List.of()));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json").end(body);
    }

    private static String clientAddress(RoutingContext rc) {
        return rc.request().remoteAddress() != null ? rc.request().remoteAddress().host() : "unknown";
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
