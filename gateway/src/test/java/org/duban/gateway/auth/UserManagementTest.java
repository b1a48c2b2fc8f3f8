package org.duban.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserManagementTest {

    @Test
    void shouldLetAnAdministratorAddAUserWhoCanThenLogInUntilDisabled() {
        String login = "head-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"login\":\"%s\",\"password\":\"a-long-password\",\"roles\":[\"UNIT_HEAD\"],\"regionCode\":\"420102\",\"unitId\":\"8\",\"name\":\"王科长\"}"
                        .formatted(login))
                .when().post("/api/gateway/users").then().statusCode(201).body("unitId", equalTo("8"));
        given().contentType(ContentType.JSON).body("{\"login\":\"%s\",\"password\":\"a-long-password\"}".formatted(login))
                .when().post("/api/auth/login").then().statusCode(200).body("unitId", equalTo("8"));
        given().auth().oauth2(TestTokens.admin()).queryParam("pageSize", 1000).when().get("/api/gateway/users")
                .then().statusCode(200).body("items.login", hasItem(login));
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/gateway/users/" + login)
                .then().statusCode(200).body("enabled", equalTo(false));
        given().contentType(ContentType.JSON).body("{\"login\":\"%s\",\"password\":\"a-long-password\"}".formatted(login))
                .when().post("/api/auth/login").then().statusCode(401);
    }

    @Test
    void shouldRefuseADuplicateLoginAShortPasswordAndNonAdministrators() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"login\":\"supervisor\",\"password\":\"a-long-password\",\"roles\":[\"SUPERVISOR\"],\"regionCode\":\"420102\"}")
                .when().post("/api/gateway/users").then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"login\":\"shorty\",\"password\":\"short\",\"roles\":[\"SUPERVISOR\"],\"regionCode\":\"420102\"}")
                .when().post("/api/gateway/users").then().statusCode(400).body("violations.field", hasItem("password"));
        given().auth().oauth2(TestTokens.supervisor("420102")).when().get("/api/gateway/users").then().statusCode(403);
    }

    @Test
    void shouldRefuseAUserOrKeyForARegionTheGatewayDoesNotServe() {
        // the test gateway serves 420102: a 110101 account could log in and then be refused on every call
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"login\":\"beijing-head\",\"password\":\"a-long-password\",\"roles\":[\"SUPERVISOR\"],\"regionCode\":\"110101\"}")
                .when().post("/api/gateway/users").then().statusCode(422).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("110101"));
        given().contentType(ContentType.JSON).body("{\"login\":\"beijing-head\",\"password\":\"a-long-password\"}")
                .when().post("/api/auth/login").then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"北京接口\",\"roles\":[\"STATISTICIAN\"],\"regionCode\":\"110101\"}")
                .when().post("/api/gateway/api-keys").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void shouldLetAPersonChangeTheirOwnPasswordOnlyWithTheCurrentOne() {
        String login = "reporter-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"login\":\"%s\",\"password\":\"first-password\",\"roles\":[\"UNIT_REPORTER\"],\"regionCode\":\"420102\",\"unitId\":\"8\"}"
                        .formatted(login))
                .when().post("/api/gateway/users").then().statusCode(201);
        String token = given().contentType(ContentType.JSON).body("{\"login\":\"%s\",\"password\":\"first-password\"}".formatted(login))
                .when().post("/api/auth/login").then().statusCode(200).extract().path("accessToken");

        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"currentPassword\":\"not-my-password\",\"newPassword\":\"second-password\"}")
                .when().put("/api/auth/me/password").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("currentPassword"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"currentPassword\":\"first-password\",\"newPassword\":\"short\"}")
                .when().put("/api/auth/me/password").then().statusCode(400).body("violations.field", hasItem("newPassword"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"currentPassword\":\"first-password\",\"newPassword\":\"first-password\"}")
                .when().put("/api/auth/me/password").then().statusCode(400).body("violations.field", hasItem("newPassword"));
        given().contentType(ContentType.JSON).body("{\"currentPassword\":\"first-password\",\"newPassword\":\"second-password\"}")
                .when().put("/api/auth/me/password").then().statusCode(401);
        // a signed token for someone the embedded login does not know: nothing to change here
        given().auth().oauth2(TestTokens.supervisor("420102")).contentType(ContentType.JSON)
                .body("{\"currentPassword\":\"first-password\",\"newPassword\":\"second-password\"}")
                .when().put("/api/auth/me/password").then().statusCode(404);

        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"currentPassword\":\"first-password\",\"newPassword\":\"second-password\"}")
                .when().put("/api/auth/me/password").then().statusCode(204);
        given().contentType(ContentType.JSON).body("{\"login\":\"%s\",\"password\":\"first-password\"}".formatted(login))
                .when().post("/api/auth/login").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"login\":\"%s\",\"password\":\"second-password\"}".formatted(login))
                .when().post("/api/auth/login").then().statusCode(200);
    }

    @Test
    void shouldLockAnAccountGuessedThroughThePasswordChangeLikeALogin() {
        String login = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"login\":\"%s\",\"password\":\"first-password\",\"roles\":[\"SUPERVISOR\"],\"regionCode\":\"420102\"}".formatted(login))
                .when().post("/api/gateway/users").then().statusCode(201);
        String token = given().contentType(ContentType.JSON).body("{\"login\":\"%s\",\"password\":\"first-password\"}".formatted(login))
                .when().post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"currentPassword\":\"guess-%d\",\"newPassword\":\"second-password\"}".formatted(i))
                    .when().put("/api/auth/me/password").then().statusCode(400);
        }
        // locked now: the right current password too, and the login, until the lock ends
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"currentPassword\":\"first-password\",\"newPassword\":\"second-password\"}")
                .when().put("/api/auth/me/password").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().contentType(ContentType.JSON).body("{\"login\":\"%s\",\"password\":\"first-password\"}".formatted(login))
                .when().post("/api/auth/login").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }
}
