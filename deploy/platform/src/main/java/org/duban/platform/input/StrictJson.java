package org.duban.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * The one JSON reading policy of every service: a request says exactly what it means or is refused with
 * 400 problem+json naming the field ({@code JsonProblems} words the answer).
 * <ul>
 * <li>a key twice in one object ({@code {"reason":"a","reason":"b"}}) and anything after the value are refused;</li>
 * <li>no scalar coercion: a number is not text, text is not a number or a boolean, 1 is not true, 2.5 is not 2,
 *     {@code ""} is not null, an enum is named, never given by its ordinal;</li>
 * <li>{@code null} for a primitive is refused instead of becoming 0 or false (an absent one keeps its default);</li>
 * <li>dates and times are ISO text (never epoch numbers or arrays) with a year in {@link YearRange};</li>
 * <li>floating-point numbers are finite; decimals have at most {@value #MAX_INTEGER_DIGITS} digits before and
 *     {@value #MAX_SCALE} after the point.</li>
 * </ul>
 * Event payloads are read with the same mapper: they come from our own services, which write nothing else.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    static final int MAX_INTEGER_DIGITS = 30;
    static final int MAX_SCALE = 30;

    private static final Map<Class<?>, String> TEMPORAL = Map.of(
            LocalDate.class, "must be a date written as text, e.g. \"2026-03-31\" / 应为日期文本,如 \"2026-03-31\"",
            LocalDateTime.class, "must be a date and time written as text, e.g. \"2026-03-31T09:00:00\" / 应为日期时间文本",
            OffsetDateTime.class, "must be a date and time written as text, e.g. \"2026-03-31T09:00:00+08:00\" / 应为日期时间文本",
            ZonedDateTime.class, "must be a date and time written as text, e.g. \"2026-03-31T09:00:00+08:00\" / 应为日期时间文本",
            Instant.class, "must be an instant written as text, e.g. \"2026-03-31T01:00:00Z\" / 应为时间文本",
            YearMonth.class, "must be a month written as text, e.g. \"2026-03\" / 应为年月文本,如 \"2026-03\"",
            LocalTime.class, "must be a time written as text, e.g. \"09:00\" / 应为时间文本",
            OffsetTime.class, "must be a time written as text, e.g. \"09:00+08:00\" / 应为时间文本");

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // not FAIL_ON_NULL_FOR_PRIMITIVES: it also refuses an absent primitive; Guarded refuses only an explicit null
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS, DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT, DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
        // dates: no epoch numbers, no "2026-03-31T10:00" cut down to a date, no "" read as null
        mapper.setDefaultLeniency(Boolean.FALSE);

        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(Boolean.FALSE);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean);
        // an integer is a valid JSON spelling of a floating-point number (1 for 1.0): that one stays
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer, CoercionInputShape.Float);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float);
        refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float);

        mapper.registerModule(new SimpleModule("duban-strict-json").setDeserializerModifier(new Guards()));
    }

    /** A value of type {@code type} written in one of {@code shapes} is an error, not converted. */
    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Wraps the deserializers of dates, numbers and primitives, whichever module supplies them, in {@link Guarded}. */
    static final class Guards extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (TEMPORAL.containsKey(type) || type == Year.class) {
                return new Guarded(deserializer, Check.TEMPORAL, false);
            }
            if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
                return new Guarded(deserializer, Check.FINITE, type.isPrimitive());
            }
            if (type == BigDecimal.class) {
                return new Guarded(deserializer, Check.DECIMAL, false);
            }
            if (type.isPrimitive()) {
                return new Guarded(deserializer, Check.NONE, true);
            }
            return deserializer;
        }
    }

    enum Check { NONE, TEMPORAL, FINITE, DECIMAL }

    static final class Guarded extends DelegatingDeserializer {
        private final Check check;
        private final boolean primitive;

        Guarded(JsonDeserializer<?> delegate, Check check, boolean primitive) {
            super(delegate);
            this.check = check;
            this.primitive = primitive;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Guarded(delegate, check, primitive);
        }

        /** An explicit {@code null}: refused for a primitive, which would otherwise silently become 0 or false. */
        @Override
        public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            if (primitive) {
                throw new RejectedInput(ctxt.getParser(), "must not be null / 不能为空", handledType());
            }
            return super.getNullValue(ctxt);
        }

        /** An absent property keeps the type's default, as before. */
        @Override
        public Object getAbsentValue(DeserializationContext ctxt) throws JsonMappingException {
            return primitive ? _delegatee.getNullValue(ctxt) : super.getAbsentValue(ctxt);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Class<?> type = handledType();
            if (check == Check.TEMPORAL && type != Year.class && !p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RejectedInput(p, TEMPORAL.get(type), type);
            }
            Object value = super.deserialize(p, ctxt);
            String problem = switch (check) {
                case NONE -> null;
                case TEMPORAL -> year(value) == null || YearRange.contains(year(value)) ? null : YearRange.MESSAGE;
                case FINITE -> finite(value) ? null : "must be a finite number / 数值超出范围";
                case DECIMAL -> decimal((BigDecimal) value);
            };
            if (problem != null) {
                throw new RejectedInput(p, problem, type);
            }
            return value;
        }

        private static Integer year(Object value) {
            if (value instanceof LocalDate d) {
                return d.getYear();
            } else if (value instanceof LocalDateTime d) {
                return d.getYear();
            } else if (value instanceof OffsetDateTime d) {
                return d.getYear();
            } else if (value instanceof ZonedDateTime d) {
                return d.getYear();
            } else if (value instanceof YearMonth d) {
                return d.getYear();
            } else if (value instanceof Year d) {
                return d.getValue();
            } else if (value instanceof Instant i) {
                try {
                    return i.atOffset(ZoneOffset.UTC).getYear();
                } catch (DateTimeException beyondAnyCalendar) {
                    return Integer.MIN_VALUE;
                }
            }
            return null;
        }

        private static boolean finite(Object value) {
            if (value instanceof Double d) {
                return Double.isFinite(d);
            }
            if (value instanceof Float f) {
                return Float.isFinite(f);
            }
            return true;
        }

        private static String decimal(BigDecimal value) {
            if (value == null) {
                return null;
            }
            BigDecimal stripped = value.stripTrailingZeros();
            if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
                return "is too large: at most " + MAX_INTEGER_DIGITS + " digits before the point / 数值过大";
            }
            if (stripped.scale() > MAX_SCALE) {
                return "has too many decimals: at most " + MAX_SCALE + " / 小数位数过多";
            }
            return null;
        }
    }
}
