package org.duban.testing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.regex.Pattern;

/** Assertions on problem+json answers that every service's tests share. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * What an answer to a caller must never contain: Java packages, Java and Duban type names, Jackson's backquoted
     * types, inner-class dollars. ("JSON String" in a syntax message is JSON's word, not Java's.)
     */
    private static final Pattern JAVA = Pattern.compile("java\\.|javax\\.|jakarta\\.|org\\.duban|com\\.fasterxml|io\\.quarkus"
            + "|\\b(LocalDate|LocalDateTime|OffsetDateTime|ZonedDateTime|BigDecimal|BigInteger|Enum|Record|Exception"
            + "|ReportStatus|ReportDraft|ReportDtos|CalendarDtos|GroupSelector|UnitDtos|ImportDtos|ImportRequest|TaskDtos|PlanDtos"
            + "|ObservationRequest|LoginRequest|UserDtos|ApiKeyDtos|PaceStatus|Page|Pager)\\b|`|\\$");

    private Problems() {}

    /** Status and problem+json, and the body names no Java type. */
    public static ValidatableResponse problem(ValidatableResponse response, int status) {
        response.statusCode(status).contentType(MEDIA_TYPE).body("status", org.hamcrest.Matchers.equalTo(status));
        String body = response.extract().asString();
        assertFalse(JAVA.matcher(body).find(), "the answer names a Java type: " + body);
        return response;
    }

    /** As {@link #problem(ValidatableResponse, int)}, and a violation names {@code field}. */
    public static ValidatableResponse invalid(ValidatableResponse response, int status, String field) {
        return problem(response, status).body("violations.field", hasItem(field)).body("detail", containsString(field));
    }

    /** As {@link #problem(ValidatableResponse, int)}, and the detail says each of {@code words}. */
    public static ValidatableResponse saying(ValidatableResponse response, int status, String... words) {
        problem(response, status);
        for (String word : List.of(words)) {
            response.body("detail", containsString(word));
        }
        return response;
    }
}
