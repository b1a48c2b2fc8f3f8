package org.duban.platform.journal;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the journal needs to know about one entity class, read once from its annotations: whether it is journaled,
 * its stable type name, its id field, the fields never journaled (the {@code @Version} counter, {@code updatedAt},
 * fields marked {@link NotJournaled}) and where its region comes from.
 */
final class JournalModel {
    /** Bookkeeping that changes with every write and says nothing a reader needs. */
    private static final Set<String> NOISE = Set.of("updatedAt");
    private static final Map<Class<?>, JournalModel> MODELS = new ConcurrentHashMap<>();

    final Class<?> type;
    final boolean journaled;
    final String name;
    final Field id;
    final Field regionCode;
    final JournalRegion regionQuery;
    /** The path to the region query's parameter: one field, or a field of the embedded id ({@code key.planId}). */
    final Field[] regionFrom;
    private final Set<String> ignored;

    private JournalModel(Class<?> type) {
        this.type = type;
        this.journaled = type.isAnnotationPresent(Entity.class) && !type.isAnnotationPresent(NotJournaled.class);
        this.name = name(type);
        Field idField = null;
        Field region = null;
        Set<String> skip = new HashSet<>(NOISE);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                if (f.isAnnotationPresent(Id.class) || f.isAnnotationPresent(EmbeddedId.class)) {
                    idField = accessible(f);
                }
                if (f.getName().equals("regionCode") && f.getType() == String.class) {
                    region = accessible(f);
                }
                if (f.isAnnotationPresent(Version.class) || f.isAnnotationPresent(NotJournaled.class)) {
                    skip.add(f.getName());
                }
            }
        }
        this.id = idField;
        this.regionCode = region;
        this.regionQuery = type.getAnnotation(JournalRegion.class);
        this.regionFrom = regionQuery == null ? null : path(type, regionQuery.from());
        this.ignored = Set.copyOf(skip);
    }

    /** The model of an entity's class (a Hibernate proxy's superclass is the entity). */
    static JournalModel of(Class<?> type) {
        Class<?> entity = type;
        while (entity != null && !entity.isAnnotationPresent(Entity.class)) {
            entity = entity.getSuperclass();
        }
        return MODELS.computeIfAbsent(entity == null ? type : entity, JournalModel::new);
    }

    /** True when a field's changes go into the journal. */
    boolean journals(String field) {
        return !ignored.contains(field);
    }

    /** True when rows of this type belong to a region (and only that region's office may read them). */
    boolean regional() {
        return regionCode != null || regionQuery != null;
    }

    Object idOf(Object entity) {
        return read(id, entity);
    }

    static Object read(Field field, Object entity) {
        try {
            return field == null ? null : field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    /** {@code WorkPlan} → {@code work-plan}; {@code TargetEntity} → {@code target}; or the {@link JournalType}. */
    static String name(Class<?> type) {
        JournalType declared = type.getAnnotation(JournalType.class);
        if (declared != null) {
            return declared.value();
        }
        String simple = type.getSimpleName();
        if (simple.endsWith("Entity") && simple.length() > "Entity".length()) {
            simple = simple.substring(0, simple.length() - "Entity".length());
        }
        return simple.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The value at the region query's parameter path, or null. */
    Object regionKey(Object entity) {
        Object value = entity;
        for (Field f : regionFrom) {
            value = value == null ? null : read(f, value);
        }
        return value;
    }

    private static Field[] path(Class<?> type, String dotted) {
        String[] names = dotted.split("\\.");
        Field[] fields = new Field[names.length];
        Class<?> owner = type;
        for (int i = 0; i < names.length; i++) {
            fields[i] = accessible(field(owner, names[i]));
            owner = fields[i].getType();
        }
        return fields;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException(type.getName() + " has no field " + name + " named by @JournalRegion");
    }

    private static Field accessible(Field f) {
        f.setAccessible(true);
        return f;
    }
}
