package org.duban.platform.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Hibernate;

/**
 * Turns a field's value into the JSON a journal row shows: text, numbers and booleans as themselves, enums by
 * name, dates and times as ISO text, another entity by its id, an embeddable as an object of its non-null fields,
 * a collection as an array (a set sorted, so the same members always read the same). Plain Java, no framework.
 */
final class JournalValues {
    /** The longest value kept; a longer one is cut and its change marked {@code "truncated": true}. */
    static final int MAX_CHARS = 4000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private JournalValues() {}

    /** The JSON of {@code value}; an uninitialised lazy value (never loaded, so never changed here) is null. */
    static JsonNode render(Object value) {
        if (value == null || !Hibernate.isInitialized(value)) {
            return NullNode.instance;
        }
        if (value instanceof String s) {
            return TextNode.valueOf(s);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Enum<?> e) {
            return TextNode.valueOf(e.name());
        }
        if (value instanceof TemporalAccessor || value instanceof UUID || value instanceof Character) {
            return TextNode.valueOf(value.toString());
        }
        if (value instanceof Map<?, ?> map) {
            return MAPPER.valueToTree(map);
        }
        if (value instanceof Collection<?> collection) {
            return array(collection, value instanceof java.util.Set<?>);
        }
        if (value.getClass().isArray()) {
            return MAPPER.valueToTree(value);
        }
        JournalModel model = JournalModel.of(value.getClass());
        if (value.getClass().isAnnotationPresent(Entity.class) || model.type.isAnnotationPresent(Entity.class)) {
            return render(model.idOf(value));
        }
        return MAPPER.valueToTree(value);
    }

    /** The elements of a collection (or of a Hibernate snapshot: a list, or a set's map) as an array. */
    static JsonNode array(Collection<?> elements, boolean unordered) {
        List<JsonNode> rendered = new ArrayList<>();
        for (Object element : elements) {
            rendered.add(render(element));
        }
        if (unordered) {
            rendered.sort((a, b) -> a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue())
                    : a.toString().compareTo(b.toString()));
        }
        ArrayNode array = NODES.arrayNode();
        rendered.forEach(array::add);
        return array;
    }

    /** One field's change, its values cut to {@link #MAX_CHARS} characters. */
    static JsonNode change(String field, JsonNode before, JsonNode after) {
        var node = NODES.objectNode();
        node.put("field", field);
        JsonNode b = cap(before);
        JsonNode a = cap(after);
        node.set("before", b);
        node.set("after", a);
        if (b != before || a != after) {
            node.put("truncated", true);
        }
        return node;
    }

    /** The value itself when short enough; otherwise its text cut to {@link #MAX_CHARS} characters with a mark. */
    static JsonNode cap(JsonNode value) {
        String text = value.isTextual() ? value.textValue() : value.isContainerNode() ? value.toString() : null;
        if (text == null || text.length() <= MAX_CHARS) {
            return value;
        }
        return TextNode.valueOf(text.substring(0, MAX_CHARS) + "…[" + text.length() + " chars]");
    }

    static String write(JsonNode node) {
        return node.toString();
    }
}
