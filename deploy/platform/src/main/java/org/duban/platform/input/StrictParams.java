package org.duban.platform.input;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.duban.platform.problem.Problem;
import org.duban.platform.problem.ProblemResponses;

/**
 * Query parameters of every service read strictly: an unknown enum value ({@code ?format=BOGUS}), a number that
 * is not one ({@code ?year=abc}) or a boolean that is neither true nor false ({@code ?current=yes}) answers
 * 400 problem+json naming the parameter and what it takes, instead of the 404 JAX-RS gives a query parameter
 * it cannot convert, or {@code Boolean.valueOf}'s silent false. An empty value counts as not given.
 * Path parameters keep JAX-RS' 404: {@code /units/abc} names no unit.
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            String allowed = String.join(", ", names);
            return (ParamConverter<T>) new Strict<>(name, false, text -> {
                if (!names.contains(text)) {
                    throw new IllegalArgumentException("must be one of " + allowed + " / 取值应为 " + allowed + " 之一");
                }
                return Enum.valueOf(type, text);
            });
        }
        Function<String, ?> parse = parser(rawType);
        return parse == null ? null : (ParamConverter<T>) new Strict<>(name, rawType.isPrimitive(), parse);
    }

    private static Function<String, ?> parser(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return text -> whole(text, Integer::valueOf);
        }
        if (type == Long.class || type == long.class) {
            return text -> whole(text, Long::valueOf);
        }
        if (type == Short.class || type == short.class) {
            return text -> whole(text, Short::valueOf);
        }
        if (type == Boolean.class || type == boolean.class) {
            return text -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("must be true or false / 应为 true 或 false");
            };
        }
        return null;
    }

    private static <N> N whole(String text, Function<String, N> parse) {
        try {
            return parse.apply(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number within range / 应为范围内的整数");
        }
    }

    private static String queryName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        return Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
    }

    private static final class Strict<T> implements ParamConverter<T> {
        private final String name;
        private final boolean primitive;
        private final Function<String, T> parse;

        Strict(String name, boolean primitive, Function<String, T> parse) {
            this.name = name;
            this.primitive = primitive;
            this.parse = parse;
        }

        @Override
        public T fromString(String value) {
            if (value == null || (value.isEmpty() && !primitive)) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                // a WebApplicationException with an entity is answered as it is (JAX-RS 3.3.4), not turned into 404
                throw new WebApplicationException(ProblemResponses.response(ProblemResponses.problem(400, "validation",
                        name + ": " + e.getMessage(), null, null, List.of(new Problem.Violation(name, e.getMessage())))));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }
}
