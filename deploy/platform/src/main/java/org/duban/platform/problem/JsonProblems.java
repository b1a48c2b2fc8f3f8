package org.duban.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.duban.platform.input.RejectedInput;

/**
 * Words a JSON reading failure for the caller: the field's path ({@code items[0].deadline}) and what the
 * value must be, in English and Chinese. Jackson's own messages are never passed on, because they name
 * Java types ({@code java.lang.String}, a record's class) that mean nothing to a caller and tell too much.
 */
public final class JsonProblems {
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class, Short.class,
            short.class, Byte.class, byte.class, BigInteger.class);

    private JsonProblems() {}

    public static Problem problem(JsonProcessingException e, String instance) {
        StreamReadException read = readFailure(e);
        if (read != null) {
            return readProblem(read, instance);
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        if (field.isEmpty()) {
            String detail = e instanceof MismatchedInputException m && String.valueOf(m.getOriginalMessage()).startsWith("Trailing token")
                    ? "the body must hold exactly one JSON value, with nothing after it / 请求体只能包含一个JSON值"
                    : "the body " + expected(e instanceof MismatchedInputException m ? m.getTargetType() : null);
            return ProblemResponses.problem(400, "malformed-json", detail, instance, null, List.of());
        }
        String message = message(e);
        return ProblemResponses.problem(400, "malformed-json", field + ": " + message, instance, null,
                List.of(new Problem.Violation(field, message)));
    }

    private static String message(JsonProcessingException e) {
        if (e instanceof RejectedInput rejected) {
            return rejected.reason();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field / 未知字段";
        }
        if (e instanceof InvalidNullException) {
            return "must not be null / 不能为空";
        }
        if (e instanceof MismatchedInputException mismatch) {
            return expected(mismatch.getTargetType());
        }
        return "has the wrong type or format / 类型或格式错误";
    }

    /** A failure of the JSON text itself (syntax, a key twice, a number out of range), however deep Jackson wrapped it. */
    private static StreamReadException readFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException read) {
                return read;
            }
        }
        return null;
    }

    private static Problem readProblem(StreamReadException e, String instance) {
        JsonParser parser = e.getProcessor();
        String field = parser == null ? "" : path(parser.getParsingContext());
        String original = String.valueOf(e.getOriginalMessage());
        String message;
        if (original.startsWith("Duplicate field")) {
            message = "appears twice in the same object / 字段重复";
            if (field.isEmpty()) {
                field = original.replaceFirst("^Duplicate field '(.*)'$", "$1");
            }
        } else if (e instanceof InputCoercionException) {
            message = "is out of range / 数值超出范围";
        } else {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            String detail = "the body is not valid JSON" + where + ": " + plain(original) + " / 请求体不是有效的JSON";
            return ProblemResponses.problem(400, "malformed-json", detail, instance, null, List.of());
        }
        return ProblemResponses.problem(400, "malformed-json", field + ": " + message, instance, null,
                List.of(new Problem.Violation(field, message)));
    }

    /** Jackson's syntax message without anything that names code (backquoted types, features, source). */
    private static String plain(String message) {
        String cleaned = message.replaceAll("\\s*\\(?\\s*start marker at \\[Source:[^]]*][^)]*\\)?", "")
                .replaceAll("\\[Source:[^]]*]", "")
                .replaceAll("`[^`]*`", "")
                .replaceAll("\\s+", " ").trim();
        if (cleaned.isEmpty() || cleaned.matches("(?s).*(java\\.|javax\\.|jakarta\\.|org\\.|com\\.|Feature|\\$).*")) {
            return "unexpected text";
        }
        return cleaned;
    }

    /** What a value of this type must look like, for someone who writes JSON, not Java. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type or format / 类型或格式错误";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "must be text / 应为文本";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false / 应为 true 或 false";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "must be a whole number / 应为整数";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
            return "must be a number / 应为数字";
        }
        if (type.isEnum()) {
            String names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            return "must be one of " + names + " / 取值应为 " + names + " 之一";
        }
        if (type == LocalDate.class) {
            return "must be a date written as text, e.g. \"2026-03-31\" / 应为日期文本,如 \"2026-03-31\"";
        }
        if (Temporal.class.isAssignableFrom(type) || TemporalAccessor.class.isAssignableFrom(type)) {
            return "must be a date and time written as text, e.g. \"2026-03-31T09:00:00+08:00\" / 应为日期时间文本";
        }
        if (type == UUID.class) {
            return "must be a UUID written as text / 应为UUID文本";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list / 应为数组";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return "must be a JSON object / 应为JSON对象";
        }
        return "has the wrong type or format / 类型或格式错误";
    }

    /** {@code items[0].deadline}, as Bean Validation names fields. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
