package org.duban.tasks.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.duban.tasks.importer.ImportCorpus.Document;
import org.duban.tasks.importer.ImportCorpus.Expected;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every layout and every file type of the fidelity corpus through HTTP (issue 10): the file uploaded as a browser
 * form sends it (multipart, its name and type), previewed — nothing stored, every task counted — then committed,
 * and the stored tasks read back through the task API must carry the expected matrix: lead units (co-leads too),
 * responsible and related units, leaders and text.
 */
@QuarkusTest
class ImportLayoutsHttpTest {

    /** The first corpus document of each layout and of each file type. */
    static List<Document> chosen() {
        Map<String, Document> byKey = new LinkedHashMap<>();
        for (Document d : ImportCorpus.documents()) {
            byKey.putIfAbsent("layout:" + d.layout(), d);
        }
        List<Document> out = new ArrayList<>(new LinkedHashMap<>(byKey).values());
        for (Document d : ImportCorpus.documents()) {
            if (out.stream().noneMatch(o -> o.fileType().equals(d.fileType()))) {
                out.add(d);
            }
        }
        return out.stream().distinct().toList();
    }

    @TestFactory
    Stream<DynamicTest> shouldPreviewAndCommitEveryLayoutAndFileType() {
        List<Document> docs = chosen();
        return docs.stream().map(d -> DynamicTest.dynamicTest(d.layout() + " / " + d.fileType() + " / " + d.name(),
                () -> importAndCheck(d, String.format("53%04d", docs.indexOf(d) + 1))));
    }

    private static void importAndCheck(Document d, String region) {
        String token = TestTokens.supervisor(region);
        for (String unit : d.directory()) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("regionCode", region, "name", unit))
                    .when().post("/api/tasks/units").then().statusCode(201);
        }
        List<Expected> expected = ImportCorpus.expectedTasks(d);
        given().auth().oauth2(token)
                .multiPart("file", d.fileName(), d.bytes(), "application/octet-stream")
                .multiPart("regionCode", region)
                .when().post("/api/tasks/imports/preview")
                .then().statusCode(200)
                .body("format", equalTo("DOCUMENT"))
                .body("taskCount", equalTo(expected.size()));
        int planId = given().auth().oauth2(token)
                .multiPart("file", d.fileName(), d.bytes(), "application/octet-stream")
                .multiPart("regionCode", region)
                .multiPart("year", "2024")
                .when().post("/api/tasks/imports")
                .then().statusCode(201).extract().path("planId");
        JsonPath tasks = given().auth().oauth2(token).queryParam("planId", planId).queryParam("pageSize", 1000)
                .when().get("/api/tasks/tasks").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = tasks.getList("items");
        assertEquals(expected.size(), items.size(), d.name() + ": tasks stored");
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            if (e.warn()) {
                continue;
            }
            Map<String, Object> t = items.get(i);
            String where = d.name() + " task " + e.number();
            assertEquals(e.number(), t.get("number"), where);
            assertEquals(e.text(), ImportCorpus.text((String) t.get("title")), where + " text");
            assertEquals(e.leaders(), names(t.get("leaders"), false), where + " leaders");
            assertEquals(e.leadUnits(), units(t.get("leadUnits")), where + " lead units");
            assertEquals(e.responsibleUnits(), units(t.get("responsibleUnits")), where + " responsible units");
            assertEquals(e.relatedUnits(), units(t.get("relatedUnits")), where + " related units");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> units(Object links) {
        return ((List<Map<String, Object>>) links).stream().map(l -> ImportCorpus.unit((String) l.get("name"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Object list, boolean units) {
        return ((List<String>) list).stream().map(n -> units ? ImportCorpus.unit(n) : ImportCorpus.text(n)).toList();
    }
}
