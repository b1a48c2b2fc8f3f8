package org.duban.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duban.gateway.console.ConsoleHeaders;
import org.junit.jupiter.api.Test;

/**
 * The web console (issue 17) is a client of the public API like any other: every call in its scripts names an
 * operation of the merged OpenAPI document (method and path template), it reaches the network only through
 * {@code api.js}, keeps no token in web storage, writes no HTML from strings, and is served with its Content Security
 * Policy. (The browser journeys in deploy/local check the calls it actually made, too.)
 */
@QuarkusTest
class ConsoleContractTest {
    private static final Path CONSOLE = Path.of("src/main/resources/META-INF/resources/console");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** api.get('/api/…'), api.post(…), api.put(…), api.del(…), api.download(…) (a GET) and call('METHOD', '/api/…'). */
    private static final Pattern HELPER = Pattern.compile("\\b(get|post|put|del|download)\\(\\s*'(/api/[^']*)'");
    private static final Pattern CALL = Pattern.compile("\\bcall\\(\\s*'([A-Z]+)',\\s*'(/api/[^']*)'");
    private static final Pattern EXPAND = Pattern.compile("\\bexpand\\(\\s*'(/api/[^']*)'");

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(CONSOLE)) {
            return files.filter(f -> f.toString().endsWith(".js")).sorted().toList();
        }
    }

    @Test
    void shouldCallOnlyOperationsOfTheMergedDocument() throws IOException {
        JsonNode gateway = JSON.readTree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        for (String service : MergedOpenApiContractTest.SERVICES) {
            sources.add(new OpenApiMerger.Source(service, MergedOpenApiContractTest.stored(service)));
        }
        JsonNode merged = OpenApiMerger.merge(gateway, sources);

        TreeSet<String> calls = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        int literals = 0;
        int recognised = 0;
        for (Path script : scripts()) {
            String code = Files.readString(script, StandardCharsets.UTF_8);
            literals += count(code, "'/api/");
            List<String[]> found = new ArrayList<>();
            Matcher m = HELPER.matcher(code);
            while (m.find()) {
                String verb = switch (m.group(1)) {
                    case "del" -> "delete";
                    case "download" -> "get";
                    default -> m.group(1);
                };
                found.add(new String[] {verb, m.group(2)});
            }
            m = CALL.matcher(code);
            while (m.find()) {
                found.add(new String[] {m.group(1).toLowerCase(Locale.ROOT), m.group(2)});
            }
            m = EXPAND.matcher(code);
            while (m.find()) {
                found.add(new String[] {"get", m.group(1)});
            }
            recognised += found.size();
            for (String[] call : found) {
                calls.add(call[0].toUpperCase(Locale.ROOT) + " " + call[1]);
                if (!merged.path("paths").path(call[1]).has(call[0])) {
                    unknown.add(script.getFileName() + ": " + call[0].toUpperCase(Locale.ROOT) + " " + call[1]);
                }
            }
        }
        System.out.println("console: " + calls.size() + " operations of the merged document: " + calls);
        assertTrue(unknown.isEmpty(), "the console calls operations the merged OpenAPI document does not have: " + unknown);
        assertEquals(literals, recognised, "every '/api/…' path in the console goes through a call the check reads");
        assertTrue(calls.size() >= 40, "the console's screens use the API: " + calls);
    }

    @Test
    void shouldReachTheNetworkOnlyThroughItsClientAndKeepNoTokenInStorage() throws IOException {
        for (Path script : scripts()) {
            String code = Files.readString(script, StandardCharsets.UTF_8);
            String name = script.getFileName().toString();
            if (!name.equals("api.js")) {
                assertEquals(0, count(code, "fetch("), name + " calls fetch itself");
            }
            assertEquals(0, count(code, "localStorage"), name + " uses localStorage");
            assertEquals(0, count(code, "innerHTML") + count(code, "outerHTML") + count(code, "insertAdjacentHTML")
                    + count(code, "document.write"), name + " writes HTML from strings");
            assertEquals(0, count(code, "eval(") + count(code, "new Function"), name + " evaluates strings");
        }
        String api = Files.readString(CONSOLE.resolve("api.js"), StandardCharsets.UTF_8);
        assertEquals(0, count(api, "sessionStorage"), "the token is never stored");
    }

    @Test
    void shouldServeTheConsoleWithItsSecurityHeadersAndNoInlineScript() {
        String index = given().when().get("/").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(ConsoleHeaders.POLICY))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .body(containsString("/console/app.js")).extract().asString();
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(index);
        while (scripts.find()) {
            assertTrue(scripts.group(1).contains("src="), "an inline script: " + scripts.group());
        }
        for (String file : List.of("app.js", "api.js", "dom.js", "i18n.js", "ui.js", "office.js", "people.js", "app.css")) {
            given().when().get("/console/" + file).then().statusCode(200)
                    .header("Content-Security-Policy", equalTo(ConsoleHeaders.POLICY));
        }
        // the API keeps the platform's own headers (no framing), not the console's policy
        given().when().get("/q/health/live").then().header("Content-Security-Policy",
                org.hamcrest.Matchers.not(equalTo(ConsoleHeaders.POLICY)));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
