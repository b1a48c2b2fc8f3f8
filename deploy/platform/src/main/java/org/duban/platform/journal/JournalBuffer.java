package org.duban.platform.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.type.Type;

/**
 * The changes of one transaction, one entry per object in the order first touched. Several flushes of one object
 * merge into one row: a field keeps its first "before" and its last "after", and a field that came back to where it
 * was is dropped; an object created and removed in the same transaction leaves nothing.
 */
final class JournalBuffer {
    static final String CREATE = "CREATE";
    static final String UPDATE = "UPDATE";
    static final String DELETE = "DELETE";
    private static final String INSERT = "insert into duban_journal (object_type, object_id, region_code, action, actor,"
            + " actor_roles, request_id, at, changes) values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))";

    private final Instant at;
    private final Map<Object, Entry> entries = new IdentityHashMap<>();
    private final List<Entry> order = new ArrayList<>();
    private String actor;
    private String roles;
    private String requestId;

    JournalBuffer(Instant at) {
        this.at = at;
    }

    JournalBuffer by(String actor, String roles, String requestId) {
        this.actor = actor;
        this.roles = roles;
        this.requestId = requestId;
        return this;
    }

    boolean isEmpty() {
        return order.stream().allMatch(e -> e.action == null);
    }

    void created(Object entity, JournalModel model, Object[] state, String[] names) {
        Entry entry = entry(entity, model, CREATE);
        for (int i = 0; i < names.length; i++) {
            if (model.journals(names[i])) {
                entry.set(names[i], NullNode.instance, JournalValues.render(state[i]));
            }
        }
    }

    void updated(Object entity, JournalModel model, Object[] current, Object[] previous, String[] names, Type[] types) {
        Entry entry = entry(entity, model, UPDATE);
        for (int i = 0; i < names.length; i++) {
            // collections are reported by the collection callbacks, which know the stored snapshot
            if (!model.journals(names[i]) || types[i].isCollectionType()) {
                continue;
            }
            JsonNode before = previous == null ? NullNode.instance : JournalValues.render(previous[i]);
            JsonNode after = JournalValues.render(current[i]);
            if (!before.equals(after)) {
                entry.set(names[i], before, after);
            }
        }
    }

    void removed(Object entity, JournalModel model, Object[] state, String[] names) {
        Entry entry = entries.get(entity);
        if (entry != null && CREATE.equals(entry.action)) {
            entry.action = null; // created and removed in one transaction: nothing remains to tell
            return;
        }
        entry = entry(entity, model, DELETE);
        entry.action = DELETE;
        for (int i = 0; i < names.length; i++) {
            if (model.journals(names[i])) {
                entry.set(names[i], JournalValues.render(state[i]), NullNode.instance);
            }
        }
    }

    /**
     * A collection field changed: {@code snapshot} is what was stored (a list, or a set's map; null when it was
     * recreated), {@code current} what is there now (null when removed).
     */
    void collection(Object owner, JournalModel model, String field, Object snapshot, Object current, boolean known) {
        if (!known) {
            return; // never loaded, so never changed in this transaction
        }
        Entry entry = entry(owner, model, UPDATE);
        if (entry.action == null) {
            return;
        }
        boolean unordered = current instanceof Set<?> || snapshot instanceof Map<?, ?>;
        JsonNode before = snapshot == null ? empty(entry, field) : JournalValues.array(elements(snapshot), unordered);
        if (DELETE.equals(entry.action)) {
            entry.set(field, before, NullNode.instance);
            return;
        }
        JsonNode after = current == null ? JsonNodeFactory.instance.arrayNode()
                : JournalValues.array((Collection<?>) current, unordered);
        entry.set(field, before, after);
    }

    /** Writes one row per object that changed, on the transaction's own connection. */
    void writeTo(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int rows = 0;
            for (Entry entry : order) {
                ArrayNode changes = entry.changes();
                if (entry.action == null || (UPDATE.equals(entry.action) && changes.isEmpty())) {
                    continue;
                }
                Object id = entry.model.idOf(entry.entity);
                insert.setString(1, entry.model.name);
                insert.setString(2, objectId(id));
                insert.setString(3, region(connection, entry));
                insert.setString(4, entry.action);
                insert.setString(5, actor);
                insert.setString(6, roles);
                insert.setString(7, requestId);
                insert.setTimestamp(8, Timestamp.from(at));
                insert.setString(9, JournalValues.write(changes));
                insert.addBatch();
                rows++;
            }
            if (rows > 0) {
                insert.executeBatch();
            }
        }
        order.clear();
        entries.clear();
    }

    private static String region(Connection connection, Entry entry) throws SQLException {
        JournalModel model = entry.model;
        if (model.regionCode != null) {
            return (String) JournalModel.read(model.regionCode, entry.entity);
        }
        if (model.regionQuery == null) {
            return null;
        }
        Object key = model.regionKey(entry.entity);
        String region = key == null ? null : first(connection, model.regionQuery.query(), key);
        // the parent may be gone in this same transaction (a draft plan deleted with its sections): the object's
        // earlier rows still know its region
        return region != null ? region : first(connection, "select region_code from duban_journal where object_type = ?"
                + " and object_id = ? and region_code is not null order by id desc limit 1", model.name,
                objectId(model.idOf(entry.entity)));
    }

    private static String first(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The id as the journal keeps it: a number or text as itself, a composite id as its JSON. */
    static String objectId(Object id) {
        JsonNode node = JournalValues.render(id);
        return node.isTextual() ? node.textValue() : node.isNull() ? "?" : node.toString();
    }

    private static Collection<?> elements(Object snapshot) {
        if (snapshot instanceof Map<?, ?> map) {
            return map.values();
        }
        return snapshot instanceof Collection<?> c ? c : List.of(snapshot);
    }

    /** What a recreated collection held before: an earlier removal of it in this transaction, or nothing. */
    private static JsonNode empty(Entry entry, String field) {
        JsonNode[] known = entry.fields.get(field);
        return known != null ? known[0] : JsonNodeFactory.instance.arrayNode();
    }

    private Entry entry(Object entity, JournalModel model, String action) {
        Entry entry = entries.get(entity);
        if (entry == null) {
            entry = new Entry(entity, model, action);
            entries.put(entity, entry);
            order.add(entry);
        }
        return entry;
    }

    private static final class Entry {
        final Object entity;
        final JournalModel model;
        String action;
        /** field → {before, after}, in the order first changed. */
        final Map<String, JsonNode[]> fields = new LinkedHashMap<>();

        Entry(Object entity, JournalModel model, String action) {
            this.entity = entity;
            this.model = model;
            this.action = action;
        }

        /** Records a change, keeping the field's first "before" (a later flush only moves its "after"). */
        void set(String field, JsonNode before, JsonNode after) {
            JsonNode[] known = fields.get(field);
            if (known == null) {
                fields.put(field, new JsonNode[] {before, after});
            } else if (DELETE.equals(action)) {
                known[1] = NullNode.instance;
            } else {
                known[1] = after;
            }
        }

        ArrayNode changes() {
            ArrayNode changes = JsonNodeFactory.instance.arrayNode();
            for (Map.Entry<String, JsonNode[]> f : fields.entrySet()) {
                JsonNode before = f.getValue()[0];
                JsonNode after = f.getValue()[1];
                if (!before.equals(after) && !(isNothing(before) && isNothing(after))) {
                    changes.add(JournalValues.change(f.getKey(), before, after));
                }
            }
            return changes;
        }

        private static boolean isNothing(JsonNode value) {
            return value.isNull() || (value.isArray() && value.isEmpty());
        }
    }
}
