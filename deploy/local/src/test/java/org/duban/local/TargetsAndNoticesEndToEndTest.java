package org.duban.local;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Targets and notices as a statistician sends them, through the gateway of the packaged suite (issue 11
 * acceptance): a target paragraph with a share of GDP, an in-step clause, a CPI index, ‰ and a 分别 clause with
 * mixed units gives the right targets, in simplified and traditional characters alike; a notice saying "低于目标
 * 0.9个百分点" records the figure and its implied target, and the figure is judged against it.
 */
class TargetsAndNoticesEndToEndTest {
    private static final String REGION = RunningSuite.REGION;
    /** A year no other test of the suite uses. */
    private static final int YEAR = 2031;

    private static final String PARAGRAPH = "今年全区经济社会发展的主要预期目标是:研发经费投入占地区生产总值比重2.6%左右;"
            + "城乡居民收入增长与经济增长同步;居民消费价格指数控制在103以内;城镇登记失业率、人口自然增长率分别控制在4.5%、6‰以内。";
    private static final String TRADITIONAL = "今年全區經濟社會發展的主要預期目標是:研發經費投入佔地區生產總值比重2.6%左右;"
            + "城鄉居民收入增長與經濟增長同步;居民消費價格指數控制在103以內;城鎮登記失業率、人口自然增長率分別控制在4.5%、6‰以內。";

    private static io.restassured.specification.RequestSpecification statistician() {
        return given().baseUri(RunningSuite.gateway()).auth().oauth2(RunningSuite.token(List.of("STATISTICIAN"), REGION, null))
                .contentType(ContentType.JSON);
    }

    private static List<String> previewed(String text) {
        JsonPath preview = statistician().body(Map.of("regionCode", REGION, "year", YEAR, "text", text))
                .when().post("/api/indicators/targets/preview")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), preview.getList("warnings"), text);
        return preview.getList("targets", Map.class).stream()
                .map(t -> t.get("indicatorCode") + " " + t.get("text")).toList();
    }

    @Test
    void shouldReadATargetParagraphAndANoticeAsTheStatisticianMeansThem() {
        List<String> simplified = previewed(PARAGRAPH);
        assertEquals(List.of("RD_INTENSITY 达到2.6%左右", "URBAN_PER_CAPITA_INCOME 与GDP同步增长",
                "RURAL_PER_CAPITA_INCOME 与GDP同步增长", "CPI 控制在3%以内", "URBAN_UNEMPLOYMENT_RATE 控制在4.5%以内",
                "POPULATION_GROWTH_RATE 控制在6‰以内"), simplified);
        assertEquals(simplified, previewed(TRADITIONAL), "traditional characters read as the simplified paragraph");
        statistician().body(Map.of("regionCode", REGION, "year", YEAR, "text", PARAGRAPH))
                .when().post("/api/indicators/targets").then().statusCode(201);

        String body = statistician().body(Map.of("regionCode", REGION, "year", YEAR,
                        "text", "一季度,全区地区生产总值完成121.9亿元,增长6.1%,低于目标0.9个百分点;"
                                + "一般公共预算收入完成6.83亿元,增长4.6%,完成年度目标的28.4%,超序时进度3.4个百分点。",
                        "source", "区统计局通报"))
                .when().post("/api/indicators/observations/import/notice")
                .then().statusCode(201).extract().asString();
        JsonPath imported = JsonPath.from(body);
        assertTrue(body.contains("\"imported\":2"), body);
        Map<String, Object> gdp = imported.getMap("observations.find { it.indicatorCode == 'GDP' }");
        assertEquals(121.9f, ((Number) gdp.get("value")).floatValue());
        assertEquals("BEHIND_PACE", gdp.get("verdict"), "6.1 % against the implied 7 %: " + gdp.get("rule"));
        assertTrue(String.valueOf(gdp.get("rule")).contains("6.1% < 7%"), String.valueOf(gdp.get("rule")));

        JsonPath targets = given().baseUri(RunningSuite.gateway())
                .auth().oauth2(RunningSuite.token(List.of("SUPERVISOR"), REGION, null))
                .queryParam("regionCode", REGION).queryParam("year", YEAR).queryParam("indicator", "GDP")
                .when().get("/api/indicators/targets").then().statusCode(200).extract().jsonPath();
        assertEquals(7, targets.getInt("items[0].growth.value"), "the implied target is stored for GDP");
        assertTrue(targets.getList("items[0].notes", String.class).stream().anyMatch(n -> n.contains("推算")),
                targets.prettify());
    }
}
