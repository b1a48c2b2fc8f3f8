package org.duban.tasks;

import java.util.Arrays;
import org.duban.platform.problem.ProblemException;

/**
 * Query parameters naming an enum constant. Taken as strings so that a wrong value is a 400 naming the
 * field and the allowed values, not the 404 JAX-RS gives a parameter it cannot convert.
 */
public final class Params {
    private Params() {}

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants())
                    + " / 取值无效");
        }
    }
}
