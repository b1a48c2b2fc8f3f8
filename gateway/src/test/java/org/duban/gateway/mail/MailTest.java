package org.duban.gateway.mail;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.awaitility.Awaitility;
import org.duban.gateway.TestClock;
import org.duban.gateway.mail.GreenMailResource.InjectGreenMail;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 items 2 and 5, through Kafka, a real SMTP server (GreenMail) and HTTP: an urging reaches the unit's contacts
 * as one e-mail (once, however often the event arrives), many reminders to one unit as one digest, nothing at night or
 * on a holiday unless it is a 红色催办, and no address in the log.
 */
@QuarkusTest
class MailTest {
    private static final String REGION = "420102";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @InjectGreenMail
    GreenMail smtp;

    @Inject
    Clock clock;

    @Inject
    MailDispatcher dispatcher;

    @AfterEach
    void release() {
        ((TestClock) clock).release();
    }

    private static String event(String id, String source, String type, String subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","subject":"%s",
                 "time":"2026-04-11T09:00:00+08:00","datacontenttype":"application/json","data":%s}""".formatted(id, source, type,
                subject, data);
    }

    private static void contacts(String unit, String name, String... emails) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < emails.length; i++) {
            list.append(i == 0 ? "" : ",").append("{\"name\":\"联系人").append(i).append("\",\"role\":\"REPORTER\",\"email\":")
                    .append(emails[i] == null ? "null" : "\"" + emails[i] + "\"").append("}");
        }
        KafkaTestClient.forTestBroker().send("duban.tasks.v1", unit, event("contacts-" + UUID.randomUUID(), "/duban/tasks-service",
                "duban.tasks.unit-contacts-changed.v1", unit, """
                        {"unitId":"%s","regionCode":"%s","unitName":"%s","version":1,"contacts":[%s]}""".formatted(unit, REGION,
                        name, list)));
        Awaitility.await().atMost(WAIT).until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> UnitContacts.findById(unit) != null));
    }

    private static String supervision(String id, String type, String unit, String task, String level) {
        return event(id, "/duban/progress-service", type, task, """
                {"ledgerId":"l-%s","taskId":"%s","taskNumber":"7","taskTitle":"实际利用外资增长10%%","planId":"p1","regionCode":"%s",
                 "unit":{"id":"%s","name":"区商务局"},"period":"Q1","deadline":"2026-04-10",%s"daysOverdue":3,
                 "note":"请于3个工作日内补报","actor":"system"}""".formatted(id, task, REGION, unit,
                level == null ? "" : "\"level\":\"" + level + "\","));
    }

    /** What the SMTP server delivered into the mailbox of {@code address} (one copy per recipient is kept). */
    private List<MimeMessage> to(String address) {
        return smtp.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), m -> true).toList();
    }

    /** The decoded plain text of a message. */
    private static String body(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof String s) {
            return s;
        }
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
        return parts.getBodyPart(0).getContent().toString();
    }

    private static JsonPath log(String unit) {
        return given().auth().oauth2(TestTokens.supervisor(REGION)).queryParam("unitId", unit).when().get("/api/gateway/emails")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Captures what the application logs while {@code body} runs. */
    private static List<String> logged(Runnable body) {
        List<String> lines = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLoggerName() != null && record.getLoggerName().startsWith("com.icegreen")) {
                    return; // the SMTP server's own log, not the application's
                }
                synchronized (lines) {
                    lines.add(record.getLoggerName() + ": " + record.getMessage() + " " + Arrays.toString(record.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(handler);
        try {
            body.run();
        } finally {
            root.removeHandler(handler);
        }
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    @Test
    void shouldMailAnUrgingToTheUnitsContactsOnceWithoutAnAddressInTheLog() throws Exception {
        ((TestClock) clock).set("2026-04-13T10:00");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String unit = "m-" + run;
        String address = "shangwu-" + run + "@example.gov.cn";
        contacts(unit, "区商务局", address, null, "liaison-" + run + "@example.gov.cn");
        List<String> lines = logged(() -> {
            String urged = supervision("urged-" + run, "duban.progress.unit-urged.v1", unit, "t-" + run, "YELLOW");
            KafkaTestClient.forTestBroker().send("duban.progress.v1", "t-" + run, urged);
            KafkaTestClient.forTestBroker().send("duban.progress.v1", "t-" + run, urged); // delivered twice
            Awaitility.await().atMost(WAIT).until(() -> "SENT".equals(log(unit).getString("items[0].status")));
        });
        List<MimeMessage> received = to(address);
        assertEquals(1, received.size(), "one e-mail, however often the event arrived");
        MimeMessage mail = received.get(0);
        assertEquals("【督办提醒】黄色催办:第7项实际利用外资增长10% 一季度进展情况已逾期3天", mail.getSubject());
        assertEquals(2, mail.getRecipients(Message.RecipientType.TO).length, "both contacts with an address, in one message");
        String text = body(mail);
        assertTrue(text.startsWith("区商务局:"), text);
        assertTrue(text.contains("请于3个工作日内补报"), text);
        assertEquals(1, to("liaison-" + run + "@example.gov.cn").size());
        JsonPath delivery = log(unit);
        assertEquals(1, delivery.getList("items").size());
        assertEquals("s***@example.gov.cn, l***@example.gov.cn", delivery.getString("items[0].recipients"));
        assertEquals(1, delivery.getInt("items[0].digestSize"));
        assertFalse(lines.isEmpty(), "the dispatcher logged its sending");
        assertEquals(List.of(), lines.stream().filter(l -> l.contains(address)).toList(), "no address in the log");
    }

    @Test
    void shouldSendOneDigestWhenAUnitOwesManyReports() throws Exception {
        ((TestClock) clock).set("2026-04-13T10:00");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String unit = "d-" + run;
        String address = "fgw-" + run + "@example.gov.cn";
        contacts(unit, "区发改委", address);
        for (int i = 1; i <= 5; i++) {
            KafkaTestClient.forTestBroker().send("duban.progress.v1", "t" + i + "-" + run,
                    supervision("overdue-" + i + "-" + run, "duban.progress.report-overdue.v1", unit, "t" + i + "-" + run, null));
        }
        Awaitility.await().atMost(WAIT).until(() -> log(unit).getList("items.findAll { it.status == 'SENT' }").size() == 5);
        List<MimeMessage> received = to(address);
        assertEquals(1, received.size(), "one digest, not five e-mails");
        assertEquals("【督办提醒】区发改委有5项事项待办理", received.get(0).getSubject());
        String text = body(received.get(0));
        assertTrue(text.contains("你单位有5项督办事项待办理"), text);
        assertTrue(text.contains("5. 逾期未报"), text);
        assertEquals(List.of(5, 5, 5, 5, 5), log(unit).getList("items.digestSize"));
    }

    @Test
    void shouldHoldMailForTheNightAndHolidaysButNotA红色催办() throws Exception {
        ((TestClock) clock).set("2026-04-30T19:00"); // the evening before 劳动节 (5/1–5/5)
        String run = UUID.randomUUID().toString().substring(0, 8);
        String unit = "q-" + run;
        String address = "jsj-" + run + "@example.gov.cn";
        contacts(unit, "区建设局", address);
        KafkaTestClient.forTestBroker().send("duban.progress.v1", "y-" + run,
                supervision("yellow-" + run, "duban.progress.unit-urged.v1", unit, "y-" + run, "YELLOW"));
        Awaitility.await().atMost(WAIT).until(() -> log(unit).getList("items").size() == 1);
        assertEquals("PENDING", log(unit).getString("items[0].status"));
        assertEquals(java.time.OffsetDateTime.parse("2026-05-06T08:30:00+08:00").toInstant(),
                java.time.OffsetDateTime.parse(log(unit).getString("items[0].notBefore")).toInstant(), "the first working morning after");
        dispatcher.dispatch();
        assertEquals(0, to(address).size(), "nothing at night before a holiday");

        KafkaTestClient.forTestBroker().send("duban.progress.v1", "r-" + run,
                supervision("red-" + run, "duban.progress.unit-urged.v1", unit, "r-" + run, "RED"));
        Awaitility.await().atMost(WAIT).until(() -> to(address).size() == 1);
        assertTrue(to(address).get(0).getSubject().contains("红色催办"), "the urgent one went at once, alone");

        ((TestClock) clock).set("2026-05-06T08:31");
        Awaitility.await().atMost(WAIT).until(() -> to(address).size() == 2);
        assertTrue(to(address).get(1).getSubject().contains("黄色催办"));
    }

    @Test
    void shouldRecordAUnitWithoutAddressAndKeepOtherRegionsOut() {
        ((TestClock) clock).set("2026-04-13T10:00");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String unit = "x-" + run;
        contacts(unit, "区无邮箱局", (String) null);
        KafkaTestClient.forTestBroker().send("duban.progress.v1", "x-" + run,
                supervision("none-" + run, "duban.progress.report-overdue.v1", unit, "x-" + run, null));
        Awaitility.await().atMost(WAIT).until(() -> "NO_RECIPIENT".equals(log(unit).getString("items[0].status")));
        // another region's office never gets in (this gateway serves 420102); a unit does not read the office's log
        given().auth().oauth2(TestTokens.supervisor("110101")).queryParam("unitId", unit).when().get("/api/gateway/emails")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.unitHead(REGION, unit)).when().get("/api/gateway/emails").then().statusCode(403);
        // an office token naming no region passes the front door but not the log: it would read every region's
        String noRegion = TestTokens.builder(java.util.Set.of("SUPERVISOR"), null, null, "office-" + run)
                .sign(org.duban.testing.TestInfrastructure.jwtKeys().keyPair().getPrivate());
        given().auth().oauth2(noRegion).when().get("/api/gateway/emails").then().statusCode(403);
    }
}
