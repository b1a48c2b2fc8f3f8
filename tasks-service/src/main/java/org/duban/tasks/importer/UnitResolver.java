package org.duban.tasks.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.tasks.unit.KnownUnits;
import org.duban.tasks.unit.UnitNames;
import org.duban.tasks.unit.UnitRef;
import org.duban.tasks.unit.UnitRegistry;

/**
 * Gives every unit a document names one canonical name: the directory's spelling when the directory knows
 * it, else the fullest spelling the document uses; aliases declared anywhere in the document
 * (区商务局〈招商局〉) resolve bare mentions elsewhere (招商局). Units the directory does not know get an
 * UNKNOWN_UNIT warning (once per unit) with the closest known name.
 */
final class UnitResolver {
    private final UnitRegistry registry;
    private final List<String> knownNames;
    private final Warnings warnings;
    private final Set<UnitRegistry.Entry> reported = new HashSet<>();
    private final Set<String> abbreviations = new HashSet<>();

    UnitResolver(KnownUnits directory, Warnings warnings) {
        this.registry = directory.toRegistry();
        this.knownNames = registry.knownNames();
        this.warnings = warnings;
    }

    List<ParsedSection> resolve(List<ParsedSection> sections) {
        List<ParsedTask> all = new ArrayList<>();
        for (ParsedSection s : sections) {
            all.addAll(s.allTasks());
        }
        // units written with an alias first, so that a bare alias elsewhere joins them instead of becoming a unit
        for (boolean withAliases : new boolean[] {true, false}) {
            for (ParsedTask t : all) {
                for (UnitRef r : refs(t)) {
                    if (!r.group() && !r.aliases().isEmpty() == withAliases) {
                        registry.addMentioned(r.name(), r.aliases());
                    }
                }
            }
        }
        return sections.stream().map(this::resolveSection).toList();
    }

    private ParsedSection resolveSection(ParsedSection s) {
        List<ParsedTask> tasks = s.tasks().stream().map(this::resolveTask).toList();
        List<ParsedSection> children = s.children().stream().map(this::resolveSection).toList();
        return new ParsedSection(s.label(), s.title(), s.level(), s.kind(), s.declaredCount(), s.line(),
                new ArrayList<>(children), new ArrayList<>(tasks));
    }

    private ParsedTask resolveTask(ParsedTask t) {
        List<UnitRef> leads = resolveAll(t.leadUnits(), t.line());
        List<UnitRef> responsible = resolveAll(t.responsibleUnits(), t.line());
        responsible.removeIf(r -> leads.stream().anyMatch(l -> l.name().equals(r.name())));
        return t.withUnits(leads, responsible, resolveAll(t.relatedUnits(), t.line()));
    }

    private List<UnitRef> resolveAll(List<UnitRef> refs, int line) {
        Map<String, UnitRef> distinct = new LinkedHashMap<>();
        for (UnitRef r : refs) {
            UnitRef resolved = resolve(r, line);
            distinct.putIfAbsent(resolved.name(), resolved);
        }
        return new ArrayList<>(distinct.values());
    }

    private UnitRef resolve(UnitRef ref, int line) {
        if (ref.group()) {
            return ref;
        }
        UnitRegistry.Entry entry = registry.find(ref.name()).orElse(null);
        if (entry == null) {
            return ref;
        }
        UnitRegistry.Entry full = abbreviated(ref.name(), entry);
        if (full != null) {
            if (abbreviations.add(ref.name())) {
                warnings.add(WarningCode.ABBREVIATED_UNIT, line,
                        "“" + ref.name() + "”按本地区单位“" + full.name() + "”理解",
                        "'" + ref.name() + "' read as the region's unit '" + full.name() + "'",
                        "如不是同一单位请在预览中更正 / correct it in the preview if it is another unit");
            }
            entry = full;
        }
        if (!entry.known() && reported.add(entry)) {
            String closest = UnitNames.closest(entry.name(), knownNames);
            warnings.add(WarningCode.UNKNOWN_UNIT, line,
                    "单位“" + entry.name() + "”不在单位名录中" + (closest == null ? "" : ",最接近的是“" + closest + "”"),
                    "unit '" + entry.name() + "' is not in the unit directory"
                            + (closest == null ? "" : "; closest known: '" + closest + "'"),
                    closest == null ? "提交时将新建该单位 / it will be added to the directory on commit"
                            : "如为同一单位请改为“" + closest + "”,否则提交时将新建 / use '" + closest
                                    + "' if it is the same unit, otherwise it will be added on commit");
        }
        List<String> aliases = new ArrayList<>(entry.aliases());
        return new UnitRef(ref.raw(), entry.name(), aliases, ref.note(), false, UnitNames.kindOf(entry.name()));
    }

    /**
     * "国土房管局" written after "市发改委" in a city whose directory (or this document) has "市国土房管局": documents drop
     * the level prefix after the first name of a list. The fuller entry, or null when there is none or the written
     * name is itself in the directory.
     */
    private UnitRegistry.Entry abbreviated(String name, UnitRegistry.Entry entry) {
        if (entry.known()) {
            return null;
        }
        // "市场监管局" starts with 市 but is no 市 unit: where the region has 市市场监管局, that is the one meant
        for (String prefix : new String[] {"市", "县", "区", "州", "旗"}) {
            UnitRegistry.Entry fuller = registry.find(prefix + name).orElse(null);
            if (fuller != null && fuller != entry && fuller.known()) {
                return fuller;
            }
        }
        return null;
    }

    private static List<UnitRef> refs(ParsedTask t) {
        List<UnitRef> refs = new ArrayList<>();
        refs.addAll(t.leadUnits());
        refs.addAll(t.responsibleUnits());
        refs.addAll(t.relatedUnits());
        return refs;
    }
}
