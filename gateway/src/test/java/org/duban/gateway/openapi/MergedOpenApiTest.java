package org.duban.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The merged document at the gateway, with the services down in this test: the gateway's own paths and the schemes. */
@QuarkusTest
class MergedOpenApiTest {
    @Test
    void shouldServeTheMergedDocumentWithSecuritySchemesAndNameServicesThatAreDown() {
        given().when().get("/api/gateway/openapi.json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/auth/login"))
                .body("paths", hasKey("/api/gateway/events"))
                .body("paths", hasKey("/api/gateway/audit"))
                .body("paths", not(hasKey("/api/{prefix}{rest}")))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"))
                .body("'x-duban-services'.'tasks-service'", equalTo("unavailable"))
                .body("components.schemas.LoginRequest.properties.login.examples[0]", equalTo("supervisor"));

    }

    /** With the services down here, the merged AsyncAPI says so (their parts: AsyncApiMergerTest, the e2e suite). */
    @Test
    void shouldServeTheEventTypesAsAsyncApiAndNameServicesThatAreDown() {
        given().when().get("/api/gateway/asyncapi.yaml")
                .then().statusCode(200)
                .body(containsString("asyncapi: 3.0.0"))
                .body(containsString("tasks-service: unavailable"));
    }

    @Test
    void shouldPointSwaggerUiAtTheMergedDocument() {
        given().when().get("/q/swagger-ui/index.html").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/api/gateway/openapi.json"));
    }
}
