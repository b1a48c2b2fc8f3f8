package org.duban.indicators.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogResourceTest {

    @Test
    void shouldServeTheSeededCatalogToAnyone() {
        given().queryParam("pageSize", 100).when().get("/api/indicators/catalog")
                .then().statusCode(200)
                .body("pager.total", greaterThanOrEqualTo(13))
                .body("items.code", hasItem("GENERAL_PUBLIC_BUDGET_REVENUE"))
                .body("items.code", hasItem("FISCAL_REVENUE"));
        given().when().get("/api/indicators/catalog/fiscal_revenue")
                .then().statusCode(200)
                .body("nameZh", equalTo("财政总收入"))
                .body("synonyms", hasItem("财政收入"))
                .body("distinctFrom", hasItem("GENERAL_PUBLIC_BUDGET_REVENUE"))
                .body("builtIn", equalTo(true));
        given().queryParam("q", "失业").when().get("/api/indicators/catalog")
                .then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.containsInAnyOrder("URBAN_UNEMPLOYMENT_RATE", "SURVEYED_UNEMPLOYMENT_RATE"))
                .body("items.kind", org.hamcrest.Matchers.everyItem(equalTo("RATE")));
        given().queryParam("kind", "RATE").queryParam("sort", "-code").when().get("/api/indicators/catalog")
                .then().statusCode(200).body("items.kind", org.hamcrest.Matchers.everyItem(equalTo("RATE")))
                .body("items.code", hasItem("CPI")).body("items[-1].code", equalTo("BIRTH_RATE")); // sorted by code, descending
        given().queryParam("kind", "STOCK").when().get("/api/indicators/catalog")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("sort", "password").when().get("/api/indicators/catalog")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldShowWhichIndicatorANameStandsForAndTheLookAlikeItIsNot() {
        given().queryParam("text", "财政收入达到30亿元,增长15%").when().get("/api/indicators/catalog/match")
                .then().statusCode(200)
                .body("matchedName", equalTo("财政收入"))
                .body("indicator.code", equalTo("FISCAL_REVENUE"))
                .body("note", org.hamcrest.Matchers.containsString("GENERAL_PUBLIC_BUDGET_REVENUE"));
        given().queryParam("text", "区级一般公共预算收入增长6%以上").when().get("/api/indicators/catalog/match")
                .then().statusCode(200).body("indicator.code", equalTo("GENERAL_PUBLIC_BUDGET_REVENUE"));
        given().queryParam("text", "新签约项目").when().get("/api/indicators/catalog/match")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/indicators/catalog/match").then().statusCode(400);
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownIndicator() {
        given().when().get("/api/indicators/catalog/NO_SUCH").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @jakarta.inject.Inject
    CatalogService catalogs;

    /**
     * An administrator's own indicator holding a name a later release ships built in (规模以上工业企业利润总额 was added by
     * hand before INDUSTRIAL_PROFITS was shipped): the start-up keeps the catalog whole — the built-in is not seeded, and
     * every name still finds one indicator (two of one name refuse the whole catalog: every reading would fail).
     */
    @Test
    void shouldKeepAnAddedIndicatorsNamesWhenAReleaseShipsThem() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> IndicatorEntity.deleteById("INDUSTRIAL_PROFITS"));
        try {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                    {"code":"OWN_PROFITS","nameZh":"规模以上工业企业利润总额","nameEn":"Industrial profits","unit":"亿元",
                     "kind":"CUMULATIVE_AMOUNT","higherIsBetter":true,"synonyms":["规上工业企业实现利润"]}""")
                    .when().post("/api/indicators/catalog").then().statusCode(201);
            catalogs.seed(null); // the next release's start-up
            given().queryParam("text", "上半年规上工业企业实现利润7.59亿元").when().get("/api/indicators/catalog/match")
                    .then().statusCode(200).body("indicator.code", equalTo("OWN_PROFITS"));
            given().when().get("/api/indicators/catalog/INDUSTRIAL_PROFITS").then().statusCode(404);
        } finally {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> IndicatorEntity.deleteById("OWN_PROFITS"));
            catalogs.seed(null);
        }
        given().when().get("/api/indicators/catalog/INDUSTRIAL_PROFITS").then().statusCode(200);
    }

    @Test
    void shouldLetAnAdministratorAddAnIndicatorWithUniqueNames() {
        String body = """
                {"code":"TOURISM_REVENUE","nameZh":"旅游综合收入","nameEn":"Tourism revenue","unit":"亿元",
                 "kind":"CUMULATIVE_AMOUNT","higherIsBetter":true,"synonyms":["旅游收入"]}""";
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/indicators/catalog")
                .then().statusCode(201).body("builtIn", equalTo(false));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(body.replace("TOURISM_REVENUE", "TOURISM_REVENUE_2"))
                .when().post("/api/indicators/catalog")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(body.replace("TOURISM_REVENUE", "TOURISM_X").replace("亿元", "筐").replace("旅游", "游客"))
                .when().post("/api/indicators/catalog")
                .then().statusCode(400).body("violations.field", hasItem("unit"));
        given().auth().oauth2(TestTokens.statistician("420102")).contentType(ContentType.JSON).body(body)
                .when().post("/api/indicators/catalog")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"code\":\"lower\"}")
                .when().post("/api/indicators/catalog")
                .then().statusCode(400).body("violations.field", hasItem("nameZh"));
    }
}
