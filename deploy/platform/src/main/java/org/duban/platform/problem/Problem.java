package org.duban.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code titleZh} carries the title in Chinese for people;
 * {@code errorId} ties an unexpected error to its log line; {@code violations} lists each invalid field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        String titleZh,
        int status,
        String detail,
        String instance,
        String errorId,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input field. */
    public record Violation(String field, String message) {}
}
