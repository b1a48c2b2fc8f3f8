package org.duban.tasks.unit;

import java.util.List;

/** The units of a region's directory as an import sees them: names and aliases, nothing else. */
public record KnownUnits(List<Known> units) {

    public static final KnownUnits NONE = new KnownUnits(List.of());

    public record Known(String name, List<String> aliases) {
        public Known {
            aliases = List.copyOf(aliases);
        }
    }

    public KnownUnits {
        units = List.copyOf(units);
    }

    public static KnownUnits of(String... names) {
        return new KnownUnits(java.util.Arrays.stream(names).map(UnitNames::parse)
                .map(r -> new Known(r.name(), r.aliases())).toList());
    }

    public UnitRegistry toRegistry() {
        UnitRegistry registry = new UnitRegistry();
        for (Known k : units) {
            registry.addKnown(k.name(), k.aliases());
        }
        return registry;
    }
}
