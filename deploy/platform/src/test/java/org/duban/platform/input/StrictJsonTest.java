package org.duban.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.duban.platform.problem.JsonProblems;
import org.duban.platform.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * The strict reader on a plain ObjectMapper (the same customizers Quarkus applies), and the answer each refusal
 * gets: the field's path, and no Java type name anywhere.
 */
class StrictJsonTest {
    enum Selector { STREET_OFFICES, ALL_UNITS, EXPLICIT }

    record Deadline(String period, LocalDate deadline) {}

    record Body(String reason, Integer version, Boolean publish, BigDecimal value, Double share, Selector selector,
            LocalDate due, OffsetDateTime at, List<Deadline> periods, Map<String, LocalDate> deadlines, boolean consolidated,
            int count) {}

    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictStrings().customize(mapper);
        new StrictJson().customize(mapper);
        return mapper;
    }

    private static Body read(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Body.class);
    }

    /** Refused, with the problem naming {@code field} and no Java type. */
    private static Problem refused(String json, String field) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> read(json), json);
        Problem problem = JsonProblems.problem(e, "/test");
        String text = problem.toString();
        assertEquals(400, problem.status(), text);
        if (field != null) {
            assertEquals(field, problem.violations().get(0).field(), text);
            assertTrue(problem.detail().startsWith(field + ": "), text);
        }
        for (String leak : List.of("java.", "org.duban", "com.fasterxml", "LocalDate", "OffsetDateTime", "Selector", "Body",
                "Deadline", "BigDecimal", "Double", "Integer", "Boolean", "`")) {
            assertFalse(problem.detail().contains(leak) || (problem.violations() != null
                    && problem.violations().stream().anyMatch(v -> v.message().contains(leak))), leak + " in " + text);
        }
        return problem;
    }

    @Test
    void shouldReadAStrictlyWrittenBody() throws JsonProcessingException {
        Body body = read("{\"reason\":\"退回\",\"version\":3,\"publish\":true,\"value\":1234.5,\"share\":0.25,\"selector\":\"EXPLICIT\","
                + "\"due\":\"2026-03-31\",\"at\":\"2026-03-31T09:00:00+08:00\",\"periods\":[{\"period\":\"Q1\",\"deadline\":\"2026-04-10\"}],"
                + "\"deadlines\":{\"Q1\":\"2026-04-10\"},\"consolidated\":true,\"count\":2}");
        assertEquals(Selector.EXPLICIT, body.selector());
        assertEquals(LocalDate.of(2026, 3, 31), body.due());
        assertEquals(1.0, read("{\"share\":1}").share(), "an integer is a valid spelling of a number");
        Body minimal = read("{}");
        assertFalse(minimal.consolidated(), "an absent primitive keeps its default");
        assertEquals(0, minimal.count());
    }

    @Test
    void shouldRefuseADuplicateKeyNamingItsPath() {
        Problem p = refused("{\"reason\":\"a\",\"reason\":\"b\"}", "reason");
        assertTrue(p.violations().get(0).message().contains("twice"));
        refused("{\"periods\":[{\"period\":\"Q1\"},{\"period\":\"Q1\",\"period\":\"H1\"}]}", "periods[1].period");
    }

    @Test
    void shouldRefuseAnythingAfterTheValue() {
        Problem p = refused("{\"reason\":\"a\"} {\"reason\":\"b\"}", null);
        assertTrue(p.detail().contains("exactly one JSON value"), p.detail());
        refused("{\"reason\":\"a\"} xyz", null);
    }

    @Test
    void shouldRefuseScalarCoercionsNamingTheField() {
        assertEquals("must be text / 应为文本", refused("{\"reason\":12}", "reason").violations().get(0).message());
        refused("{\"reason\":true}", "reason");
        refused("{\"version\":\"3\"}", "version");
        refused("{\"version\":2.5}", "version");
        refused("{\"version\":3.0}", "version");
        refused("{\"publish\":\"true\"}", "publish");
        refused("{\"publish\":1}", "publish");
        refused("{\"value\":\"12\"}", "value");
        refused("{\"share\":\"0.5\"}", "share");
        refused("{\"selector\":\"\"}", "selector");
        refused("{\"periods\":\"\"}", "periods");
        refused("{\"periods\":[\"\"]}", "periods[0]");
        refused("{\"periods\":{\"period\":\"Q1\"}}", "periods");
        refused("{\"consolidated\":null}", "consolidated");
        refused("{\"count\":null}", "count");
        refused("{\"count\":99999999999}", "count");
    }

    @Test
    void shouldRefuseAnEnumOrdinalAndNameTheAllowedValues() {
        Problem p = refused("{\"selector\":3}", "selector");
        assertTrue(p.violations().get(0).message().contains("STREET_OFFICES, ALL_UNITS, EXPLICIT"), p.toString());
        refused("{\"selector\":\"2\"}", "selector");
        refused("{\"selector\":\"explicit\"}", "selector");
    }

    @Test
    void shouldRefuseDatesThatAreNotIsoTextInASaneYear() {
        refused("{\"due\":20260101}", "due");
        refused("{\"due\":[2026,1,1]}", "due");
        refused("{\"due\":\"\"}", "due");
        refused("{\"due\":\"2026-02-30\"}", "due");
        refused("{\"due\":\"2026-03-31T10:00:00\"}", "due");
        Problem p = refused("{\"due\":\"+999999999-12-31\"}", "due");
        assertTrue(p.violations().get(0).message().contains("1900"), p.toString());
        refused("{\"due\":\"1899-12-31\"}", "due");
        refused("{\"due\":\"2201-01-01\"}", "due");
        refused("{\"periods\":[{\"period\":\"Q1\",\"deadline\":\"+999999999-12-31\"}]}", "periods[0].deadline");
        refused("{\"deadlines\":{\"Q1\":20260101}}", "deadlines.Q1");
        refused("{\"at\":1774915200}", "at");
        refused("{\"at\":\"+999999999-12-31T00:00:00Z\"}", "at");
    }

    @Test
    void shouldRefuseNumbersBeyondRange() {
        refused("{\"share\":1e400}", "share");
        refused("{\"share\":-1e400}", "share");
        refused("{\"share\":\"NaN\"}", "share");
        refused("{\"value\":1e400}", "value");
        refused("{\"value\":1e-400}", "value");
    }

    @Test
    void shouldNameTheFieldOfAControlCharacter() {
        Problem p = refused("{\"reason\":\"a\\u0000b\"}", "reason");
        assertTrue(p.violations().get(0).message().contains("control characters"));
    }

    @Test
    void shouldDescribeAWrongBodyWithoutNamingItsClass() {
        refused("\"x\"", null);
        refused("[]", null);
        Problem broken = refused("{\"reason\":", null);
        assertTrue(broken.detail().contains("not valid JSON"), broken.detail());
    }
}
