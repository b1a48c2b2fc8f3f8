package org.duban.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value the platform's strict reader refuses, with a reason written for the caller (English / 中文).
 * Jackson adds the field path on the way out; {@code JsonProblems} answers the reason as it is, since it
 * names no Java type.
 */
public final class RejectedInput extends MismatchedInputException {

    public RejectedInput(JsonParser parser, String reason, Class<?> target) {
        super(parser, reason, target);
    }

    /** What is wrong with the value, without the location Jackson appends to the message. */
    public String reason() {
        return getOriginalMessage();
    }
}
