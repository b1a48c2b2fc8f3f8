package org.duban.tasks.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names and aliases of units, resolved by {@link UnitNames#key}: 区商务局, 商务局 and its alias 招商局 all
 * find the one entry 区商务局. Plain Java so the importer and the directory service share one rule.
 */
public final class UnitRegistry {
    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    /** One unit: its canonical name and every other name it is known by. */
    public static final class Entry {
        private String name;
        private final List<String> aliases = new ArrayList<>();
        private final boolean known;

        private Entry(String name, boolean known) {
            this.name = name;
            this.known = known;
        }

        public String name() {
            return name;
        }

        public List<String> aliases() {
            return List.copyOf(aliases);
        }

        /** True when the unit came from the directory, false when a document introduced it. */
        public boolean known() {
            return known;
        }
    }

    /** Adds a unit already in the directory; its spelling of the name wins over any document's. */
    public Entry addKnown(String name, Collection<String> aliases) {
        return add(name, aliases, true);
    }

    /** Adds a unit a document names; merges into an existing entry when the name or an alias matches. */
    public Entry addMentioned(String name, Collection<String> aliases) {
        return add(name, aliases, false);
    }

    private Entry add(String name, Collection<String> aliases, boolean known) {
        String key = UnitNames.key(name);
        Entry entry = byKey.get(key);
        if (entry == null) {
            for (String alias : aliases) {
                entry = byKey.get(UnitNames.key(alias));
                if (entry != null) {
                    break;
                }
            }
        }
        if (entry == null) {
            entry = new Entry(UnitNames.parse(name).name(), known);
            entries.add(entry);
        } else if (!entry.known && !known && preferAsName(name, entry.name)) {
            // "区商务局" is the fuller spelling of "商务局": show the fuller one
            entry.aliases.remove(name);
            entry.name = UnitNames.parse(name).name();
        }
        byKey.putIfAbsent(key, entry);
        for (String alias : aliases) {
            String clean = UnitNames.clean(alias);
            if (clean.isEmpty()) {
                continue;
            }
            byKey.putIfAbsent(UnitNames.key(clean), entry);
            if (!entry.aliases.contains(clean) && !clean.equals(entry.name)) {
                entry.aliases.add(clean);
            }
        }
        return entry;
    }

    private static boolean preferAsName(String candidate, String current) {
        String c = UnitNames.parse(candidate).name();
        return UnitNames.key(c).equals(UnitNames.key(current)) && c.length() > current.length();
    }

    public Optional<Entry> find(String nameOrAlias) {
        return Optional.ofNullable(byKey.get(UnitNames.key(nameOrAlias)));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public List<String> knownNames() {
        List<String> names = new ArrayList<>();
        for (Entry e : entries) {
            if (e.known) {
                names.add(e.name);
                names.addAll(e.aliases);
            }
        }
        return names;
    }
}
