package org.duban.tasks.importer;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints how long preview, commit and publish of a generated 1,000-task plan take over HTTP
 * against the real PostgreSQL and Kafka. Excluded from the default build (tag "benchmark"); run with
 * {@code mvn -B -ntp -o -pl tasks-service verify -Dduban.excludedGroups= -Dgroups=benchmark -Dtest=ImportBenchmark}.
 * It asserts only that the calls succeed, nothing about speed.
 */
@QuarkusTest
@Tag("benchmark")
class ImportBenchmark {
    private static final int TASKS = 1000;

    /** A plan in the seed's format: 10 subsections of 10 themes with 10 tasks each, 60 units, some groups. */
    static String generatedPlan(int tasks) {
        StringBuilder sb = new StringBuilder();
        sb.append("(基准政办〔2030〕1号)区人民政府办公室关于印发2030年主要目标任务责任分解方案的通知\n\n");
        sb.append("2030年区《政府工作报告》确定的\n\n主要目标任务责任分解方案\n\n");
        sb.append("一、2030年重点工作(共").append(tasks).append("项)\n\n");
        int n = 0;
        for (int s = 1; n < tasks; s++) {
            sb.append("(").append(numeral(s)).append(")第").append(s).append("方面工作\n\n");
            for (int sub = 1; sub <= 10 && n < tasks; sub++) {
                sb.append("——第").append(s).append("方面第").append(sub).append("项重点\n\n");
                for (int k = 0; k < 10 && n < tasks; k++) {
                    n++;
                    sb.append(n).append(". 推进第").append(n).append("项重点工作,确保年内完成").append(n % 50 + 1)
                            .append("个项目。(牵头单位:区第").append(n % 60).append("局;责任单位:区第").append((n + 7) % 60)
                            .append("局、区第").append((n + 13) % 60).append("委〈第").append((n + 13) % 60).append("办〉")
                            .append(n % 5 == 0 ? "、各街道" : "").append(")\n\n");
                }
            }
        }
        return sb.toString();
    }

    private static String numeral(int i) {
        String d = "零一二三四五六七八九";
        return i <= 10 ? (i == 10 ? "十" : String.valueOf(d.charAt(i)))
                : (i < 20 ? "十" : d.charAt(i / 10) + "十") + (i % 10 == 0 ? "" : String.valueOf(d.charAt(i % 10)));
    }

    @Test
    void previewAndCommitAThousandTaskPlan() {
        String region = "990001";
        String token = TestTokens.supervisor(region);
        String text = generatedPlan(TASKS);
        Map<String, Object> body = Map.of("regionCode", region, "format", "PLAN_TEXT", "text", text);

        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/tasks/imports/preview")
                .then().statusCode(200);
        long t0 = System.nanoTime();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/tasks/imports/preview")
                .then().statusCode(200);
        long t1 = System.nanoTime();
        int planId = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/tasks/imports")
                .then().statusCode(201).extract().path("planId");
        long t2 = System.nanoTime();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/tasks/plans/" + planId + "/publish").then().statusCode(200);
        long t3 = System.nanoTime();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/tasks/imports")
                .then().statusCode(200);
        long t4 = System.nanoTime();
        System.out.printf("%nBENCHMARK %d-task plan (%d KB): preview %d ms, commit %d ms, publish %d ms, re-import %d ms%n%n",
                TASKS, text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1024, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
    }
}
