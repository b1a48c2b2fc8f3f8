package org.duban.tasks.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A unit's contacts (issue 18): the office or the unit's head keeps them; only they and the unit read them; every
 * change reaches the gateway's e-mail as one unit-contacts-changed event with the whole list.
 */
@QuarkusTest
class UnitContactsTest {
    private static final String REGION = "420102";

    private static String newUnit(String name) {
        return given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON)
                .body("{\"regionCode\":\"" + REGION + "\",\"name\":\"" + name + "\"}")
                .when().post("/api/tasks/units").then().statusCode(201).extract().path("id").toString();
    }

    private static int version(String unit) {
        return given().auth().oauth2(TestTokens.supervisor(REGION)).when().get("/api/tasks/units/" + unit + "/contacts")
                .then().statusCode(200).extract().path("version");
    }

    @Test
    void shouldKeepTheContactsInOrderAndTellTheGatewayTheWholeList() {
        String unit = newUnit("区联系人测试局");
        int version = given().auth().oauth2(TestTokens.supervisor(REGION)).when().get("/api/tasks/units/" + unit + "/contacts")
                .then().statusCode(200).body("contacts.size()", equalTo(0)).extract().path("version");

        given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON)
                .body("""
                        {"version":%d,"contacts":[
                          {"name":"李明","role":"REPORTER","email":"LiMing@Example.gov.cn","phone":"027-8888 1234"},
                          {"name":"王芳","role":"HEAD","email":"wangfang@example.gov.cn"}]}""".formatted(version))
                .when().put("/api/tasks/units/" + unit + "/contacts")
                .then().statusCode(200)
                .body("contacts.name", contains("李明", "王芳"))
                .body("contacts[0].email", equalTo("liming@example.gov.cn"))
                .body("version", equalTo(version + 1));

        List<KafkaTestClient.Received> read = KafkaTestClient.forTestBroker().readUntil("duban.tasks.v1",
                r -> r.key().equals(unit) && r.event().path("type").asText().equals("duban.tasks.unit-contacts-changed.v1"),
                Duration.ofSeconds(20));
        JsonNode data = read.get(read.size() - 1).event().get("data");
        assertEquals(REGION, data.get("regionCode").asText());
        assertEquals("区联系人测试局", data.get("unitName").asText());
        assertEquals(2, data.get("contacts").size());
        assertEquals("wangfang@example.gov.cn", data.get("contacts").get(1).get("email").asText());
        assertEquals("HEAD", data.get("contacts").get(1).get("role").asText());
        assertEquals(false, data.get("contacts").get(0).has("phone"), "phones stay in the directory");

        // the unit's own head reads and changes them; a stale version is refused
        String head = TestTokens.unitHead(REGION, unit);
        given().auth().oauth2(head).when().get("/api/tasks/units/" + unit + "/contacts")
                .then().statusCode(200).body("contacts.size()", equalTo(2));
        given().auth().oauth2(head).contentType(ContentType.JSON)
                .body("{\"version\":" + version + ",\"contacts\":[]}")
                .when().put("/api/tasks/units/" + unit + "/contacts")
                .then().statusCode(409);
        given().auth().oauth2(head).contentType(ContentType.JSON)
                .body("{\"version\":" + (version + 1) + ",\"contacts\":[{\"name\":\"王芳\",\"role\":\"HEAD\",\"email\":\"wangfang@example.gov.cn\"}]}")
                .when().put("/api/tasks/units/" + unit + "/contacts")
                .then().statusCode(200).body("contacts.name", contains("王芳"));
    }

    @Test
    void shouldKeepOtherUnitsAndRegionsAndTheWrongRolesOut() {
        String unit = newUnit("区联系人权限局");
        String other = newUnit("区联系人他局");
        String body = "{\"version\":" + version(unit) + ",\"contacts\":[{\"name\":\"张三\",\"role\":\"LIAISON\",\"email\":\"z3@example.gov.cn\"}]}";
        given().auth().oauth2(TestTokens.unitHead(REGION, other)).contentType(ContentType.JSON).body(body)
                .when().put("/api/tasks/units/" + unit + "/contacts").then().statusCode(403);
        given().auth().oauth2(TestTokens.unitHead(REGION, other)).when().get("/api/tasks/units/" + unit + "/contacts")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.unitReporter(REGION, unit)).contentType(ContentType.JSON).body(body)
                .when().put("/api/tasks/units/" + unit + "/contacts").then().statusCode(403);
        given().auth().oauth2(TestTokens.supervisor("110101")).when().get("/api/tasks/units/" + unit + "/contacts")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.leader(REGION, "张副区长")).when().get("/api/tasks/units/" + unit + "/contacts")
                .then().statusCode(403);
        // the unit list never shows them
        given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON).body(body)
                .when().put("/api/tasks/units/" + unit + "/contacts").then().statusCode(200);
        given().auth().oauth2(TestTokens.supervisor(REGION)).when().get("/api/tasks/units/" + unit)
                .then().statusCode(200).body(not(containsString("z3@example.gov.cn")));
    }

    @Test
    void shouldRefuseBadContactsWithTheFieldNamed() {
        String unit = newUnit("区联系人校验局");
        given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON)
                .body("{\"contacts\":[{\"name\":\"李明\",\"role\":\"REPORTER\",\"email\":\"not-an-address\"}]}")
                .when().put("/api/tasks/units/" + unit + "/contacts")
                .then().statusCode(400).contentType("application/problem+json").body(containsString("email"));
        given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON)
                .body("{\"contacts\":[{\"name\":\"李明\",\"role\":\"BOSS\"}]}")
                .when().put("/api/tasks/units/" + unit + "/contacts")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON)
                .body("{\"version\":" + version(unit) + ",\"contacts\":[{\"name\":\"李明\",\"role\":\"REPORTER\",\"email\":\"a@example.gov.cn\"},"
                        + "{\"name\":\"李明2\",\"role\":\"HEAD\",\"email\":\"A@example.gov.cn\"}]}")
                .when().put("/api/tasks/units/" + unit + "/contacts")
                .then().statusCode(400).contentType("application/problem+json").body(containsString("contacts[1].email"));
        given().auth().oauth2(TestTokens.supervisor(REGION)).when().get("/api/tasks/units/999999/contacts")
                .then().statusCode(404);
    }
}
