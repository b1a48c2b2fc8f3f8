package org.duban.indicators.board;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BoardResourceTest {
    private static final int YEAR = 2023;

    @Test
    void shouldShowTargetActualVerdictAndTrendOnThePublicBoard() {
        String region = "421224";
        statistician(region).body(Map.of("regionCode", region, "year", YEAR,
                "text", "地区生产总值增长7%,达到200亿元;城镇登记失业率控制在4.5%以内;全面完成节能减排任务"))
                .when().post("/api/indicators/targets").then().statusCode(201);
        String csv = """
                indicator,regionCode,year,period,value,unit,growthRate,estimate
                GDP,%1$s,%2$d,Q1,46,亿元,7.2,false
                GDP,%1$s,%2$d,H1,101,亿元,7.4,true
                GDP,%1$s,%2$d,Q3,160,亿元,7.1,false
                URBAN_UNEMPLOYMENT_RATE,%1$s,%2$d,H1,3.1,%%,,false
                EXPORTS,%1$s,%2$d,H1,12,亿元,-2.5,false
                """.formatted(region, YEAR);
        statistician(region).contentType("text/csv; charset=UTF-8").body(csv).when().post("/api/indicators/observations/import/csv")
                .then().statusCode(201).body("imported", equalTo(5));

        given().queryParam("regionCode", region).queryParam("year", YEAR).queryParam("period", "H1")
                .when().get("/api/indicators/board")
                .then().statusCode(200)
                .body("pager.total", equalTo(4))
                .body("items.indicatorCode", equalTo(java.util.Arrays.asList("GDP", "EXPORTS",
                        "URBAN_UNEMPLOYMENT_RATE", null)))
                .body("items[0].target.text", equalTo("增长7%,达到200亿元"))
                .body("items[0].actual.value", equalTo(101))
                .body("items[0].actual.estimate", equalTo(true))
                .body("items[0].verdict", equalTo("ON_PACE"))
                .body("items[0].trend.period", equalTo(List.of("Q1", "H1")))
                .body("items[0].trend.verdict", equalTo(List.of("BEHIND_PACE", "ON_PACE")))
                .body("items[1].target", nullValue())
                .body("items[1].verdict", equalTo("NO_TARGET"))
                .body("items[2].verdict", equalTo("MET"))
                .body("items[3].nameZh", equalTo("全面完成节能减排任务"))
                .body("items[3].verdict", equalTo("NO_TARGET"));
        given().queryParam("regionCode", region).queryParam("year", YEAR).queryParam("period", "Q1")
                .queryParam("pageSize", 1)
                .when().get("/api/indicators/board")
                .then().statusCode(200).body("items", hasSize(1)).body("pager.pageCount", equalTo(3))
                .body("items[0].actual.period", equalTo("Q1"));
        given().queryParam("regionCode", region).queryParam("year", YEAR).queryParam("period", "Q5")
                .when().get("/api/indicators/board")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldCompareOneIndicatorAcrossTheChildRegionsOfACity() {
        String csv = """
                indicator,regionCode,year,period,value,unit,growthRate
                FIXED_ASSET_INVESTMENT,431002,%1$d,Q1,20,亿元,9.5
                FIXED_ASSET_INVESTMENT,431003,%1$d,Q1,25,亿元,12.0
                FIXED_ASSET_INVESTMENT,431081,%1$d,Q1,18,亿元,6.4
                FIXED_ASSET_INVESTMENT,431000,%1$d,Q1,90,亿元,9.9
                FIXED_ASSET_INVESTMENT,431102,%1$d,Q1,30,亿元,11.1
                FIXED_ASSET_INVESTMENT,431003,%1$d,H1,50,亿元,12.2
                """.formatted(YEAR);
        given().auth().oauth2(TestTokens.statistician("430000")).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/indicators/observations/import/csv").then().statusCode(201);

        given().auth().oauth2(TestTokens.supervisor("431000")).queryParam("parentRegion", "431000")
                .queryParam("indicator", "FIXED_ASSET_INVESTMENT").queryParam("year", YEAR).queryParam("period", "Q1")
                .queryParam("sort", "-growthRate")
                .when().get("/api/indicators/comparison")
                .then().statusCode(200)
                .body("pager.total", equalTo(3))
                .body("items.regionCode", equalTo(List.of("431003", "431002", "431081")));
        given().auth().oauth2(TestTokens.supervisor("430000")).queryParam("parentRegion", "430000")
                .queryParam("indicator", "FIXED_ASSET_INVESTMENT").queryParam("year", YEAR).queryParam("period", "Q1")
                .when().get("/api/indicators/comparison")
                .then().statusCode(200).body("items.regionCode", equalTo(List.of("431000")));
        given().auth().oauth2(TestTokens.supervisor("431002")).queryParam("parentRegion", "431000")
                .queryParam("indicator", "FIXED_ASSET_INVESTMENT").queryParam("year", YEAR).queryParam("period", "Q1")
                .when().get("/api/indicators/comparison")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).queryParam("parentRegion", "431002")
                .queryParam("indicator", "FIXED_ASSET_INVESTMENT").queryParam("year", YEAR).queryParam("period", "Q1")
                .when().get("/api/indicators/comparison")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("parentRegion", "431000").queryParam("indicator", "GDP").queryParam("year", YEAR)
                .queryParam("period", "Q1").when().get("/api/indicators/comparison")
                .then().statusCode(401);
    }

    private static io.restassured.specification.RequestSpecification statistician(String region) {
        return given().auth().oauth2(TestTokens.statistician(region)).contentType(ContentType.JSON);
    }
}
