package org.duban.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run command's demo data loads through the gateway, and loading it again changes nothing. */
class DemoDataEndToEndTest {

    @Test
    void shouldLoadTheDemoPlanAndIndicatorsAndBeIdempotent() throws Exception {
        Path repoRoot = Path.of(System.getProperty("duban.repo.root", "../..")).toAbsolutePath().normalize();
        String admin = RunningSuite.token(List.of("ADMIN", "SYSTEM"), null, null);
        List<String> log = new ArrayList<>();
        new DemoData(repoRoot, RunningSuite.gateway(), admin, log::add).load();
        new DemoData(repoRoot, RunningSuite.gateway(), admin, log::add).load();
        org.junit.jupiter.api.Assertions.assertTrue(log.contains("demo plan already there"), log.toString());
        org.junit.jupiter.api.Assertions.assertTrue(log.contains("demo indicators already there"), log.toString());

        String supervisor = RunningSuite.token(List.of("SUPERVISOR"), DemoData.REGION, null);
        given().baseUri(RunningSuite.gateway()).auth().oauth2(supervisor)
                .queryParam("regionCode", DemoData.REGION).queryParam("year", 2024).queryParam("status", "PUBLISHED")
                .when().get("/api/tasks/plans")
                .then().statusCode(200).body("pager.total", equalTo(1));
        given().baseUri(RunningSuite.gateway()).auth().oauth2(supervisor)
                .queryParam("regionCode", DemoData.REGION).queryParam("year", 2019)
                .when().get("/api/indicators/observations")
                .then().statusCode(200).body("pager.total", greaterThan(0));
    }
}
