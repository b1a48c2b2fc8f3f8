package org.duban.indicators.observation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duban.indicators.IndicatorEventsProbe;
import org.duban.indicators.Seeds;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObservationResourceTest {
    private static final String REGION = "421223";

    @Test
    void shouldRecordAFigureEvaluateItAndEmitBothEvents() {
        statistician().body(Map.of("regionCode", REGION, "year", 2019, "text", "地区生产总值增长7.8%左右,达到300亿元"))
                .when().post("/api/indicators/targets").then().statusCode(201);

        String id = statistician().body(figure("GDP", 2019, "Q1", "70.5", "7.6"))
                .when().post("/api/indicators/observations")
                .then().statusCode(201)
                .body("revision", equalTo(1)).body("current", equalTo(true))
                .body("verdict", equalTo("BEHIND_PACE"))
                .body("rule", containsString("23.5%"))
                .body("targetText", equalTo("增长7.8%左右,达到300亿元"))
                .extract().path("id");

        JsonNode recorded = IndicatorEventsProbe.await(IndicatorEventsProbe.RECORDED, "GDP:" + REGION,
                d -> id.equals(d.path("observationId").asText()));
        assertEquals("1.0", recorded.path("specversion").asText());
        assertEquals("GDP:" + REGION, recorded.path("subject").asText());
        JsonNode data = recorded.path("data");
        assertEquals(70.5, data.path("value").asDouble());
        assertEquals("亿元", data.path("unit").asText());
        assertEquals(7.6, data.path("growthRate").asDouble());
        assertEquals("Q1", data.path("period").asText());
        assertEquals(2019, data.path("year").asInt());
        assertEquals(1, data.path("revision").asInt());
        assertTrue(data.path("estimate").asBoolean());
        assertEquals("区统计局", data.path("source").asText());

        JsonNode evaluated = IndicatorEventsProbe.await(IndicatorEventsProbe.EVALUATED, "GDP:" + REGION,
                d -> id.equals(d.path("observationId").asText())).path("data");
        assertEquals("BEHIND_PACE", evaluated.path("verdict").asText());
        assertEquals("增长7.8%左右,达到300亿元", evaluated.path("targetText").asText());
        assertEquals(70.5, evaluated.path("actualValue").asDouble());
        assertTrue(evaluated.path("rule").asText().contains("增速"));
    }

    /**
     * A figure whose caller has stopped waiting by the time its transaction commits is rolled back there (platform
     * DeadlineGuard): 503 deadline-passed, nothing stored, and the retry records it once — a commit stored after the
     * gateway's 504 made the retry answer 409 (break-it trial, 2026-12-04).
     */
    @Test
    void shouldRollBackAFigureWhoseCallerHasStoppedWaiting() {
        statistician().header("X-Duban-Timeout-Ms", "0").body(figure("EXPORTS", 2019, "Q3", "12.5", "3.1"))
                .when().post("/api/indicators/observations")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("deadline-passed")).header("Retry-After", "1");
        statistician().queryParam("regionCode", REGION).queryParam("year", 2019).queryParam("indicator", "EXPORTS")
                .when().get("/api/indicators/observations")
                .then().statusCode(200).body("pager.total", equalTo(0));
        statistician().header("X-Duban-Timeout-Ms", "60000").body(figure("EXPORTS", 2019, "Q3", "12.5", "3.1"))
                .when().post("/api/indicators/observations").then().statusCode(201);
        statistician().queryParam("regionCode", REGION).queryParam("year", 2019).queryParam("indicator", "EXPORTS")
                .when().get("/api/indicators/observations")
                .then().statusCode(200).body("pager.total", equalTo(1));
    }

    @Test
    void shouldKeepHistoryWhenAFigureIsRevisedAndRefuseDuplicates() {
        statistician().body(figure("RETAIL_SALES", 2019, "H1", "120", "9.1")).when()
                .post("/api/indicators/observations").then().statusCode(201);
        statistician().body(figure("RETAIL_SALES", 2019, "H1", "121", "9.3")).when()
                .post("/api/indicators/observations")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("revision"));

        Map<String, Object> revised = figure("RETAIL_SALES", 2019, "H1", "121.4", "9.3");
        revised.put("revision", true);
        revised.put("estimate", false);
        revised.put("expectedRevision", 1);
        statistician().body(revised).when().post("/api/indicators/observations")
                .then().statusCode(201).body("revision", equalTo(2)).body("estimate", equalTo(false));
        // a second statistician who also saw revision 1 is told the figure moved on
        statistician().body(revised).when().post("/api/indicators/observations")
                .then().statusCode(409).body("detail", containsString("revision 2"));

        given().auth().oauth2(TestTokens.supervisor(REGION)).queryParam("regionCode", REGION)
                .queryParam("indicator", "RETAIL_SALES").queryParam("year", 2019)
                .when().get("/api/indicators/observations")
                .then().statusCode(200).body("pager.total", equalTo(1)).body("items[0].value", equalTo(121.4f));
        given().auth().oauth2(TestTokens.supervisor(REGION)).queryParam("regionCode", REGION)
                .queryParam("indicator", "RETAIL_SALES").queryParam("history", true)
                .when().get("/api/indicators/observations")
                .then().statusCode(200).body("pager.total", equalTo(2))
                .body("items.revision", equalTo(java.util.List.of(2, 1)))
                .body("items.current", equalTo(java.util.List.of(true, false)));
        IndicatorEventsProbe.await(IndicatorEventsProbe.RECORDED, "RETAIL_SALES:" + REGION,
                d -> d.path("revision").asInt() == 2 && !d.path("estimate").asBoolean());
    }

    @Test
    void shouldAnswer4xxProblemsForBadFigures() {
        statistician().body(figure("NO_SUCH_INDICATOR", 2019, "Q1", "1", null)).when()
                .post("/api/indicators/observations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("indicator"));
        Map<String, Object> wrongUnit = figure("GDP", 2019, "Q3", "1", null);
        wrongUnit.put("unit", "万人");
        statistician().body(wrongUnit).when().post("/api/indicators/observations")
                .then().statusCode(400).body("violations.field", hasItem("unit"));
        statistician().body(figure("GDP", 2019, "M13", "1", null)).when().post("/api/indicators/observations")
                .then().statusCode(400).body("violations.field", hasItem(containsString("period")));
        statistician().body("{\"indicator\":\"GDP\",\"regionCode\":\"" + REGION
                + "\",\"year\":2019,\"period\":\"Q3\",\"value\":NaN}")
                .when().post("/api/indicators/observations")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
        statistician().body("{\"indicator\":\"GDP\",\"regionCode\":\"" + REGION
                + "\",\"year\":2019,\"period\":\"Q3\",\"value\":\"NaN\"}")
                .when().post("/api/indicators/observations")
                .then().statusCode(400).contentType("application/problem+json");
        // a figure no report holds, by the readers' own bound: 10^15 亿元 is 10^23 元 (it was accepted), a growth of 1001 %
        Map<String, Object> huge = figure("GDP", 2019, "Q3", "1000000000000000", null);
        huge.put("unit", "亿元");
        statistician().body(huge).when().post("/api/indicators/observations")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("value"));
        statistician().body(figure("GDP", 2019, "Q3", null, "1001")).when().post("/api/indicators/observations")
                .then().statusCode(400).body("violations.field", hasItem("growthRate"));
        // …and one the indicator cannot take: a GDP below zero, an unemployment rate of 150 % (both were stored)
        statistician().body(figure("GDP", 2019, "Q1", "-50", null)).when().post("/api/indicators/observations")
                .then().statusCode(400).body("violations.field", hasItem("value"));
        statistician().body(figure("URBAN_UNEMPLOYMENT_RATE", 2019, "Q1", "150", null)).when()
                .post("/api/indicators/observations")
                .then().statusCode(400).body("violations.field", hasItem("value"));
        Map<String, Object> early = figure("GDP", 2019, "Q3", "1", null);
        early.put("releaseDate", "2019-05-01");
        statistician().body(early).when().post("/api/indicators/observations")
                .then().statusCode(400).body("violations.field", hasItem("releaseDate"));
        statistician().body(figure("GDP", 2019, "Q3", null, null)).when().post("/api/indicators/observations")
                .then().statusCode(400).body("violations.field", hasItem("value"));
        given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON)
                .body(figure("GDP", 2019, "Q3", "1", null)).when().post("/api/indicators/observations")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.supervisor(REGION)).queryParam("regionCode", REGION)
                .queryParam("year", 2019).queryParam("period", "Q3").queryParam("indicator", "GDP")
                .when().get("/api/indicators/observations")
                .then().statusCode(200).body("pager.total", equalTo(0));
    }

    @Test
    void shouldImportACsvFileAllOrNothing() {
        String region = "421202";
        String good = Seeds.fixture("county-observations.csv").replace("421202", region);
        given().auth().oauth2(TestTokens.statistician(region)).contentType("text/csv; charset=UTF-8")
                .body(good)
                .when().post("/api/indicators/observations/import/csv")
                .then().statusCode(201).body("imported", equalTo(4))
                .body("observations.find { it.indicatorCode == 'URBAN_PER_CAPITA_INCOME' }.value", equalTo(12600));

        given().auth().oauth2(TestTokens.statistician(region)).contentType("text/csv; charset=UTF-8")
                .body(Seeds.fixture("county-observations-bad.csv").replace("421202", region))
                .when().post("/api/indicators/observations/import/csv")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("line 2: value"))
                .body("violations.field", hasItem("line 3: releaseDate"));

        // the second row repeats a figure already recorded: the first, new row is not kept either
        String withDuplicate = """
                indicator,regionCode,year,period,value,unit,growthRate
                RETAIL_SALES,%1$s,2021,Q1,30.1,亿元,8.8
                GDP,%1$s,2021,Q1,1000,亿元,8.0
                """.formatted(region);
        given().auth().oauth2(TestTokens.statistician(region)).contentType("text/csv; charset=UTF-8").body(withDuplicate)
                .when().post("/api/indicators/observations/import/csv")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.statistician(region)).queryParam("regionCode", region)
                .queryParam("indicator", "RETAIL_SALES").queryParam("year", 2021)
                .when().get("/api/indicators/observations")
                .then().statusCode(200).body("pager.total", equalTo(0));
    }

    @Test
    void shouldImportTheSeedNoticeParagraphWithTargetsAndFindAllEightMet() {
        String region = "421200";
        String paragraph = Seeds.lineContaining("city-2018-q1-completion-notice.txt", "预期目标8%");
        Map<String, Object> request = Map.of("regionCode", region, "year", 2018, "text", paragraph,
                "source", "咸宁市政府督查室通报");

        given().auth().oauth2(TestTokens.statistician(region)).contentType(ContentType.JSON).body(request)
                .when().post("/api/indicators/observations/import/notice/preview")
                .then().statusCode(200).body("observations", hasSize(8)).body("observations.verdict", everyItem(
                        equalTo("MET")));
        given().auth().oauth2(TestTokens.statistician(region)).contentType(ContentType.JSON).body(request)
                .when().post("/api/indicators/observations/import/notice")
                .then().statusCode(201)
                .body("imported", equalTo(8)).body("targetsCreated", equalTo(8))
                .body("observations.verdict", everyItem(equalTo("MET")))
                .body("observations.period", everyItem(equalTo("Q1")))
                .body("observations.find { it.indicatorCode == 'CPI' }.rule", containsString("2.9% < 3.5% (要求 required ≤"));

        JsonNode cpi = IndicatorEventsProbe.await(IndicatorEventsProbe.EVALUATED, "CPI:" + region, d -> true);
        assertEquals("MET", cpi.path("data").path("verdict").asText());
        assertEquals(2.9, cpi.path("data").path("actualValue").asDouble());

        given().auth().oauth2(TestTokens.statistician(region)).contentType(ContentType.JSON).body(request)
                .when().post("/api/indicators/observations/import/notice")
                .then().statusCode(409);
    }

    /**
     * A notice of 40,000 characters with no sentence punctuation ("全镇"×20,000, a hostile-input trial of 2026-12-02) is
     * previewed as nothing, answered 200 — the gateway had answered 504 after its timeout while the reader backtracked.
     */
    @Test
    void shouldPreviewALongTextWithoutPunctuationAsNothing() {
        String region = "420108";
        for (String text : java.util.List.of("全镇".repeat(20_000), "一、".repeat(20_000))) {
            statistician(region).body(Map.of("regionCode", region, "year", 2024, "text", text))
                    .when().post("/api/indicators/observations/import/notice/preview")
                    .then().statusCode(200).body("observations", hasSize(0));
        }
    }

    /**
     * A notice of another year than the request's is said, and not imported without acceptWarnings: 2025's figures sent
     * for 2026 were recorded as 2026's (break-it trial of 2026-12-05).
     */
    @Test
    void shouldSayANoticeIsOfAnotherYearThanTheRequests() {
        String region = "420109";
        String text = "2025年工作回顾\n2025年,全区地区生产总值增长5.9%,一般公共预算收入增长5.1%。";
        statistician(region).body(Map.of("regionCode", region, "year", 2026, "text", text))
                .when().post("/api/indicators/observations/import/notice/preview")
                .then().statusCode(200).body("warnings.message", hasItem(containsString("2025年的数据,与所选年度2026年不符")));
        statistician(region).body(Map.of("regionCode", region, "year", 2026, "text", text))
                .when().post("/api/indicators/observations/import/notice")
                .then().statusCode(422).contentType("application/problem+json");
        statistician(region).body(Map.of("regionCode", region, "year", 2025, "text", text))
                .when().post("/api/indicators/observations/import/notice/preview")
                .then().statusCode(200).body("warnings.message", not(hasItem(containsString("不符"))));
    }

    /**
     * A notice of another period than the request's is said, recorded as the text has it, and not imported without
     * acceptWarnings: 1-9月 sent as Q1 was recorded as Q3 without a word (break-it trial of 2026-12-05, D17).
     */
    @Test
    void shouldSayANoticeIsOfAnotherPeriodThanTheRequests() {
        String region = "420110";
        String text = "2026年1-9月,全区地区生产总值增长5.9%,一般公共预算收入增长5.1%。";
        statistician(region).body(Map.of("regionCode", region, "year", 2026, "period", "Q1", "text", text))
                .when().post("/api/indicators/observations/import/notice/preview")
                .then().statusCode(200).body("observations.period", everyItem(is("Q3")))
                .body("warnings.message", hasItem(containsString("原文的报告期为Q3,与所选报告期Q1不同")));
        statistician(region).body(Map.of("regionCode", region, "year", 2026, "period", "Q1", "text", text))
                .when().post("/api/indicators/observations/import/notice")
                .then().statusCode(422).contentType("application/problem+json");
        statistician(region).body(Map.of("regionCode", region, "year", 2026, "period", "Q3", "text", text))
                .when().post("/api/indicators/observations/import/notice/preview")
                .then().statusCode(200).body("warnings.message", not(hasItem(containsString("报告期"))));
    }

    /** Issue 11: a notice with "低于目标x个百分点" gives the figure and its implied target; completion and pace kept. */
    @Test
    void shouldPreviewTheImpliedTargetCompletionAndPaceOfANotice() {
        String region = "420107";
        statistician(region).body(Map.of("regionCode", region, "year", 2024, "text",
                        "一季度,全县地区生产总值完成121.9亿元,增长6.1%,低于目标0.9个百分点;固定资产投资完成58.6亿元,增长9.5%,"
                                + "完成年度目标的21.3%,滞后序时进度3.7个百分点。"))
                .when().post("/api/indicators/observations/import/notice/preview")
                .then().statusCode(200).body("observations", hasSize(2))
                .body("observations[0].value", equalTo(121.9f))
                .body("observations[0].targetImplied", equalTo(true))
                .body("observations[0].target.growth.value", equalTo(7))
                .body("observations[1].completionPercent", equalTo(21.3f))
                .body("observations[1].paceGapPoints", equalTo(-3.7f));
    }

    /**
     * A notice whose printed or implied target is not the region's stored one says so: the verdict is the stored
     * target's (a notice implying 7 % was judged against a stored 7.8 % without a word — break-it trial after round 39).
     */
    @Test
    void shouldSayANoticesTargetIsNotTheStoredOne() {
        String region = "420113";
        statistician(region).body(Map.of("regionCode", region, "year", 2025, "text", "主要预期目标:地区生产总值增长7.8%左右。"))
                .when().post("/api/indicators/targets").then().statusCode(201);
        statistician(region).body(Map.of("regionCode", region, "year", 2025,
                        "text", "1-9月,全县地区生产总值增长6.1%,低于目标0.9个百分点。"))
                .when().post("/api/indicators/observations/import/notice/preview")
                .then().statusCode(200).body("observations[0].target.growth.value", equalTo(7))
                .body("warnings.message", hasItem(containsString("与已保存的2025年目标(增长7.8%左右)不同")));
        // …and says nothing when they agree
        statistician(region).body(Map.of("regionCode", region, "year", 2025,
                        "text", "1-9月,全县地区生产总值增长6.1%,低于目标1.7个百分点。"))
                .when().post("/api/indicators/observations/import/notice/preview")
                .then().statusCode(200).body("warnings", hasSize(0));
    }

    @Test
    void shouldShowTheTableTaskOneGdpEstimateOnceRecorded() {
        String region = "420106";
        statistician(region).body(Map.of("regionCode", region, "year", 2018, "text", "地区生产总值达到678亿元,增长9.5%"))
                .when().post("/api/indicators/targets").then().statusCode(201);
        statistician(region).body(Map.of("regionCode", region, "year", 2018, "period", "Q1",
                "text", "完成地区生产总值121.9亿元(预计数),同比增长8%。"))
                .when().post("/api/indicators/observations/import/notice")
                .then().statusCode(201).body("observations[0].estimate", equalTo(true))
                .body("observations[0].verdict", equalTo("BEHIND_PACE"));

        JsonNode data = IndicatorEventsProbe.await(IndicatorEventsProbe.RECORDED, "GDP:" + region, d -> true)
                .path("data");
        assertEquals(121.9, data.path("value").asDouble());
        assertEquals(8, data.path("growthRate").asInt());
        assertTrue(data.path("estimate").asBoolean());
    }

    @Test
    void shouldRefuseNoticeTextWithUnreadableFragmentsUnlessAccepted() {
        String region = "421281";
        Map<String, Object> request = new HashMap<>(Map.of("regionCode", region, "year", 2021,
                "text", Seeds.fixture("county-q3-notice.txt")));
        statistician(region).body(request).when().post("/api/indicators/observations/import/notice")
                .then().statusCode(422).body("violations", hasSize(1));
        request.put("acceptWarnings", true);
        statistician(region).body(request).when().post("/api/indicators/observations/import/notice")
                .then().statusCode(201).body("imported", equalTo(5))
                .body("observations.find { it.indicatorCode == 'ENERGY_INTENSITY' }.verdict", equalTo("BEHIND_PACE"))
                .body("observations.find { it.indicatorCode == 'RETAIL_SALES' }.period", equalTo("M08"));
    }

    @Test
    void shouldEvaluateInStepTargetsAgainWhenTheReferenceArrives() {
        String region = "421222";
        statistician(region).body(Map.of("regionCode", region, "year", 2019,
                "text", "城镇居民人均可支配收入与经济发展同步增长")).when().post("/api/indicators/targets")
                .then().statusCode(201);
        String income = statistician(region).body(figure("URBAN_PER_CAPITA_INCOME", 2019, "H1", null, "8.1", region))
                .when().post("/api/indicators/observations")
                .then().statusCode(201).body("verdict", equalTo("NO_TARGET")).extract().path("id");
        statistician(region).body(figure("GDP", 2019, "H1", null, "7.9", region))
                .when().post("/api/indicators/observations").then().statusCode(201);
        given().auth().oauth2(TestTokens.supervisor(region)).when().get("/api/indicators/observations/" + income)
                .then().statusCode(200).body("verdict", equalTo("MET")).body("rule", containsString("GDP 7.9%"));
    }

    /**
     * Two statisticians recording the same period's first figure at the same instant: one is recorded, the other is 409 —
     * and no unique-key error reaches the log (both had inserted revision 1).
     */
    @Test
    void shouldRecordOneOfTwoFirstFiguresArrivingAtOnce() {
        java.util.function.IntSupplier record = () -> statistician().header("X-Duban-Timeout-Ms", "60000")
                .body(figure("RETAIL_SALES", 2017, "H1", "81.5", "9.2")).when().post("/api/indicators/observations")
                .then().extract().statusCode();
        List<Integer> codes = new java.util.ArrayList<>();
        List<String> sqlErrors = org.duban.testing.SqlErrorLog.during(() -> codes.addAll(
                org.duban.testing.Races.together(record, record)));
        assertEquals(List.of(201, 409), codes);
        assertEquals(List.of(), sqlErrors);
    }

    private static io.restassured.specification.RequestSpecification statistician() {
        return statistician(REGION);
    }

    private static io.restassured.specification.RequestSpecification statistician(String region) {
        return given().auth().oauth2(TestTokens.statistician(region)).contentType(ContentType.JSON);
    }

    private static Map<String, Object> figure(String indicator, int year, String period, String value,
            String growth) {
        return figure(indicator, year, period, value, growth, REGION);
    }

    private static Map<String, Object> figure(String indicator, int year, String period, String value,
            String growth, String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("indicator", indicator);
        body.put("regionCode", region);
        body.put("year", year);
        body.put("period", period);
        if (value != null) {
            body.put("value", new java.math.BigDecimal(value));
        }
        if (growth != null) {
            body.put("growthRate", new java.math.BigDecimal(growth));
        }
        body.put("estimate", true);
        body.put("source", "区统计局");
        return body;
    }
}
