package org.duban.local;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's acceptance on the packaged suite: the office keeps a unit's contacts in the directory, a sweep finds the
 * unit's report years late and urges it; every person of the unit has the urging in-app once, the SMTP server receives
 * one e-mail (the unit's notifications of the sweep as one digest), and an OA system's webhook receiver gets each urging
 * once, signed as Standard Webhooks says (the receiver checks the HMAC); running the sweep again adds nothing anywhere.
 */
class NotificationsEndToEndTest {
    private static final String REGION = RunningSuite.REGION;
    private static final Duration WAIT = Duration.ofSeconds(90);

    record Hook(String id, String timestamp, String signature, String body) {
    }

    /** Verifies a Standard Webhooks signature ("v1,<base64 HMAC-SHA256 of id.timestamp.body>") as a receiver would. */
    private static boolean verify(String secret, Hook h) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((h.id() + "." + h.timestamp() + "." + h.body()).getBytes(StandardCharsets.UTF_8)));
        return List.of(h.signature().split(" ")).contains(expected);
    }

    private static String person(String role, String unit, String login) {
        return TestTokens.builder(java.util.Set.of(role), REGION, unit, login).sign(RunningSuite.signingKey());
    }

    private static List<String> urgingsOf(String token, String taskId) {
        return given().baseUri(RunningSuite.gateway()).auth().oauth2(token).queryParam("pageSize", 100)
                .when().get("/api/gateway/notifications").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.kind == 'URGED' && it.taskId == '" + taskId + "' }.id");
    }

    private static int urgedLines(String office, String unit) {
        return given().baseUri(RunningSuite.gateway()).auth().oauth2(office).queryParam("unitId", unit).queryParam("kind", "URGED")
                .when().get("/api/progress/supervision/ledger").then().statusCode(200).extract().path("pager.total");
    }

    private static boolean settled(String statusUrl, String admin) {
        JsonPath s = given().auth().oauth2(admin).when().get(statusUrl).then().statusCode(200).extract().jsonPath();
        return s.getLong("outboxPending") == 0 && s.getLong("consumer.lag") == 0;
    }

    @Test
    void aSweepThatUrgesALateUnitReachesItsPeopleItsMailboxAndTheOaSystemOnce() throws Exception {
        String gateway = RunningSuite.gateway();
        String office = RunningSuite.token(List.of("SUPERVISOR"), REGION, null);
        String admin = RunningSuite.token(List.of("ADMIN"), null, null);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String unitName = "区通知测试局" + run;
        String address = "tz-" + run + "@example.gov.cn";
        GreenMail smtp = RunningSuite.smtp();

        // the office keeps the unit and its contacts in the directory
        String unit = given().baseUri(gateway).auth().oauth2(office).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "name", unitName)).when().post("/api/tasks/units")
                .then().statusCode(201).extract().path("id").toString();
        int version = given().baseUri(gateway).auth().oauth2(office).when().get("/api/tasks/units/" + unit + "/contacts")
                .then().statusCode(200).extract().path("version");
        given().baseUri(gateway).auth().oauth2(office).contentType(ContentType.JSON)
                .body(Map.of("version", version, "contacts", List.of(
                        Map.of("name", "刘填报", "role", "REPORTER", "email", address),
                        Map.of("name", "陈局长", "role", "HEAD"))))
                .when().put("/api/tasks/units/" + unit + "/contacts").then().statusCode(200);

        // the OA system subscribes to urgings
        List<Hook> hooks = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/oa", exchange -> {
            hooks.add(new Hook(exchange.getRequestHeaders().getFirst("webhook-id"), exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String secret = given().baseUri(gateway).auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("name", "OA-" + run, "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/oa",
                            "regionCode", REGION, "eventTypes", List.of("duban.progress.unit-urged.v1")))
                    .when().post("/api/gateway/webhooks").then().statusCode(201).extract().path("secret");

            // a task of 2017 led by the unit: every period's report is years late
            String task = given().baseUri(gateway).auth().oauth2(office).contentType(ContentType.JSON)
                    .body(Map.of("regionCode", REGION, "year", 2017, "number", "N" + run, "title", "通知验收任务" + run,
                            "leadUnit", unitName))
                    .when().post("/api/tasks/tasks").then().statusCode(201).extract().path("id").toString();
            Awaitility.await().atMost(WAIT).until(() -> given().baseUri(gateway).auth().oauth2(office).queryParam("unitId", unit)
                    .when().get("/api/progress/obligations").then().extract().<Integer>path("pager.total") > 0);

            RunningSuite.todayIsAWorkingDay();
            given().baseUri(gateway).auth().oauth2(office).when().post("/api/progress/supervision/sweeps").then().statusCode(200);
            int urged = urgedLines(office, unit);
            assertTrue(urged >= 1, "the sweep urged the unit");

            String reporter = person("UNIT_REPORTER", unit, "reporter-" + run);
            String head = person("UNIT_HEAD", unit, "head-" + run);
            Awaitility.await().atMost(WAIT).until(() -> urgingsOf(reporter, task).size() == urged
                    && hooks.size() == urged && smtp.findReceivedMessages(u -> u.getEmail().equals(address), m -> true).count() == 1);
            // the e-mail digest has gathered everything of the sweep (urgings and overdue notices) before it is checked
            Awaitility.await().atMost(WAIT).until(() -> given().baseUri(gateway).auth().oauth2(office).queryParam("unitId", unit)
                    .when().get("/api/gateway/emails").then().extract().jsonPath()
                    .getList("items.findAll { it.status != 'SENT' }").isEmpty());

            // run the sweep again: nothing new anywhere
            given().baseUri(gateway).auth().oauth2(office).when().post("/api/progress/supervision/sweeps").then().statusCode(200);
            assertEquals(urged, urgedLines(office, unit), "no urging twice");
            // whatever a second sweep wrote has reached the gateway once both sides have settled: progress-service's
            // outbox empty, the gateway's consumer without lag (notifications, e-mail and webhook rows are written in
            // the gateway's inbox transaction of each event)
            Awaitility.await().atMost(WAIT).until(() -> settled(RunningSuite.get().service("progress-service").baseUrl()
                    + "/api/progress/events/status", admin) && settled(gateway + "/api/gateway/inbox/status", admin));

            assertEquals(urged, urgingsOf(reporter, task).size(), "each urging once in-app for the reporter");
            assertEquals(urged, urgingsOf(head, task).size(), "and once for the head");
            List<MimeMessage> mails = smtp.findReceivedMessages(u -> u.getEmail().equals(address), m -> true).toList();
            assertEquals(1, mails.size(), "one e-mail for the sweep");
            assertTrue(mails.get(0).getSubject().startsWith("【督办提醒】"), mails.get(0).getSubject());
            JsonPath log = given().baseUri(gateway).auth().oauth2(office).queryParam("unitId", unit)
                    .when().get("/api/gateway/emails").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("t***@example.gov.cn"), log.getList("items.recipients").stream().distinct().toList());
            List<Integer> digest = log.getList("items.digestSize");
            assertEquals(digest.size(), digest.get(0), "every notification of the sweep in the one message");
            System.out.printf("[notify] sweep urged the unit %d time(s): in-app %d per person (reporter, head), e-mail 1 with %d "
                    + "notification(s), webhook deliveries %d, all signatures verified; second sweep added nothing%n",
                    urged, urged, digest.get(0), hooks.size());

            assertEquals(urged, hooks.size(), "each urging delivered to the OA system once");
            assertEquals(urged, hooks.stream().map(Hook::id).distinct().count());
            for (Hook h : hooks) {
                assertTrue(verify(secret, h), "the receiver verifies the signature");
                assertTrue(!verify(secret, new Hook(h.id(), h.timestamp(), h.signature(), h.body() + " ")),
                        "a changed body fails the check");
                assertTrue(h.body().contains("\"unit-urged\"") || h.body().contains("duban.progress.unit-urged.v1"));
            }
        } finally {
            receiver.stop(0);
        }
    }
}
