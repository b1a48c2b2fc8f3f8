package org.duban.tasks.unit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.paging.Sorting;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.concurrency.Versions;
import org.duban.platform.security.WriteScope;
import org.duban.tasks.unit.UnitDtos.CreateUnit;
import org.duban.tasks.unit.UnitDtos.UnitView;
import org.duban.tasks.unit.UnitDtos.UpdateUnit;

/**
 * The region's unit directory: one unit per name, however a document spells it (区商务局, 商务局, 招商局).
 * Names and aliases are unique per region by {@link UnitNames#key}, so two spellings never become two units.
 */
@ApplicationScoped
@Transactional
public class UnitService {
    private static final Map<String, String> SORTS = Map.of("id", "id", "name", "name", "kind", "kind");

    private final EntityManager em;

    public UnitService(EntityManager em) {
        this.em = em;
    }

    public UnitView create(CreateUnit request) {
        Unit unit = newUnit(request.regionCode(), request.name(), request.kind(), request.aliases());
        unit.shortName = blankToNull(request.shortName());
        unit.parentId = parent(request.parentId(), request.regionCode());
        unit.persistAndFlush();
        return UnitView.of(unit);
    }

    /** A new unit for {@code name}, checked against the directory; not yet persisted. */
    Unit newUnit(String regionCode, String name, UnitKind kind, List<String> aliases) {
        UnitRef parsed = UnitNames.parse(name);
        if (parsed.name().isBlank()) {
            throw ProblemException.invalid("name", "must not be blank / 名称不能为空");
        }
        if (parsed.name().length() > 200) {
            throw ProblemException.invalid("name", "must be at most 200 characters / 名称过长");
        }
        if (parsed.group()) {
            throw ProblemException.invalid("name", "'" + parsed.name() + "' names a group of units, create it as a group / 这是单位组,请作为单位组创建");
        }
        Unit unit = new Unit();
        unit.regionCode = regionCode;
        unit.rename(parsed.name());
        unit.kind = kind != null ? kind : UnitNames.kindOf(parsed.name());
        List<String> all = new ArrayList<>(parsed.aliases());
        if (aliases != null) {
            all.addAll(aliases);
        }
        unit.aliases = cleanAliases(all, unit.name);
        unit.createdAt = OffsetDateTime.now();
        unit.updatedAt = unit.createdAt;
        checkNamesFree(regionCode, unit.name, unit.aliases, null);
        return unit;
    }

    public UnitView update(long id, UpdateUnit request, WriteScope scope) {
        Unit unit = live(id);
        scope.requireRegion(unit.regionCode);
        Versions.check(unit.version, request.version(), "unit " + id);
        UnitRef parsed = UnitNames.parse(request.name());
        Long parentId = parent(request.parentId(), unit.regionCode);
        if (parentId != null && parentId.equals(unit.id)) {
            throw ProblemException.invalid("parentId", "a unit cannot be its own parent / 上级单位不能是自身");
        }
        List<String> aliases = new ArrayList<>(parsed.aliases());
        if (request.aliases() != null) {
            aliases.addAll(request.aliases());
        }
        List<String> cleaned = cleanAliases(aliases, parsed.name());
        // check before changing the entity: the check queries, and a query flushes (one change, one version)
        checkNamesFree(unit.regionCode, parsed.name(), cleaned, unit.id);
        unit.rename(parsed.name());
        unit.shortName = blankToNull(request.shortName());
        if (request.kind() != null) {
            unit.kind = request.kind();
        }
        unit.parentId = parentId;
        if (!unit.aliases.equals(cleaned)) {
            unit.aliases.clear();
            unit.aliases.addAll(cleaned);
        }
        unit.updatedAt = OffsetDateTime.now();
        em.flush();
        return UnitView.of(unit);
    }

    /**
     * Merges {@code sourceId} into {@code targetId}: the source's name and aliases become aliases of the target,
     * every task, work plan, person and group that named the source names the target, and the source is kept
     * (marked merged) so that old ids still resolve. Returns the ids of tasks whose responsibility changed.
     */
    public MergeResult merge(long targetId, long sourceId, WriteScope scope) {
        if (targetId == sourceId) {
            throw ProblemException.invalid("sourceId", "cannot merge a unit into itself / 不能与自身合并");
        }
        Unit target = live(targetId);
        scope.requireRegion(target.regionCode);
        Unit source = live(sourceId);
        if (!target.regionCode.equals(source.regionCode)) {
            throw ProblemException.unprocessable("units of different regions cannot be merged / 不同地区的单位不能合并");
        }
        List<String> moved = new ArrayList<>(source.aliases);
        moved.add(0, source.name);
        source.mergedInto = target.id;
        source.aliases.clear();
        source.updatedAt = OffsetDateTime.now();
        em.flush();
        for (String alias : cleanAliases(moved, target.name)) {
            if (!target.aliases.contains(alias)) {
                target.aliases.add(alias);
            }
        }
        target.updatedAt = OffsetDateTime.now();
        @SuppressWarnings("unchecked")
        List<Number> taskIds = em.createNativeQuery("select id from task where lead_unit_id = :s "
                + "union select task_id from task_unit where unit_id = :s").setParameter("s", sourceId).getResultList();
        em.createNativeQuery("update task set lead_unit_id = :t where lead_unit_id = :s")
                .setParameter("t", targetId).setParameter("s", sourceId).executeUpdate();
        em.createNativeQuery("update task_unit set unit_id = :t where unit_id = :s")
                .setParameter("t", targetId).setParameter("s", sourceId).executeUpdate();
        em.createNativeQuery("update person set unit_id = :t where unit_id = :s")
                .setParameter("t", targetId).setParameter("s", sourceId).executeUpdate();
        em.createNativeQuery("update unit set parent_id = :t where parent_id = :s")
                .setParameter("t", targetId).setParameter("s", sourceId).executeUpdate();
        em.createNativeQuery("insert into unit_group_member (group_id, unit_id) select group_id, :t from unit_group_member "
                + "where unit_id = :s on conflict do nothing").setParameter("t", targetId).setParameter("s", sourceId)
                .executeUpdate();
        em.createNativeQuery("delete from unit_group_member where unit_id = :s").setParameter("s", sourceId).executeUpdate();
        long clash = ((Number) em.createNativeQuery("select count(*) from work_plan a join work_plan b on a.task_id = b.task_id "
                + "where a.unit_id = :s and b.unit_id = :t").setParameter("s", sourceId).setParameter("t", targetId)
                .getSingleResult()).longValue();
        if (clash > 0) {
            throw ProblemException.conflict("both units have a work plan for the same task; resolve them first / 两个单位对同一任务都有办理方案");
        }
        em.createNativeQuery("update work_plan set unit_id = :t where unit_id = :s")
                .setParameter("t", targetId).setParameter("s", sourceId).executeUpdate();
        em.flush();
        em.clear();
        return new MergeResult(UnitView.of(Unit.findById(targetId)), taskIds.stream().map(Number::longValue).toList());
    }

    public record MergeResult(UnitView unit, List<Long> affectedTaskIds) {}

    public void delete(long id, WriteScope scope) {
        Unit unit = live(id);
        scope.requireRegion(unit.regionCode);
        long uses = ((Number) em.createNativeQuery("select (select count(*) from task where lead_unit_id = :u) "
                + "+ (select count(*) from task_unit where unit_id = :u) + (select count(*) from work_plan where unit_id = :u)")
                .setParameter("u", id).getSingleResult()).longValue();
        if (uses > 0) {
            throw ProblemException.conflict("unit " + id + " is named by " + uses
                    + " tasks or work plans; merge it into another unit instead / 该单位已被任务引用,请改为合并");
        }
        em.createNativeQuery("delete from unit_group_member where unit_id = :u").setParameter("u", id).executeUpdate();
        em.createNativeQuery("update person set unit_id = null where unit_id = :u").setParameter("u", id).executeUpdate();
        unit.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitView get(long id) {
        Unit unit = Unit.findById(id);
        if (unit == null) {
            throw ProblemException.notFound("unit", id);
        }
        return UnitView.of(unit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UnitView> list(String regionCode, String q, UnitKind kind, boolean includeMerged, PageQuery page) {
        Sort sort = Sorting.parse(page.sort, SORTS, Sort.by("id"));
        StringBuilder where = new StringBuilder("regionCode = :region");
        Map<String, Object> params = new HashMap<>();
        params.put("region", regionCode);
        if (!includeMerged) {
            where.append(" and mergedInto is null");
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (name like :q or nameKey like :q or id in (select u2.id from Unit u2 join u2.aliases a "
                    + "where a like :q))");
            params.put("q", "%" + UnitNames.clean(q) + "%");
        }
        return Page.of(Unit.find(where.toString(), sort, params), page, UnitView::of);
    }

    /** The live unit a name or alias means in the region, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Unit> resolve(String regionCode, String nameOrAlias) {
        return Optional.ofNullable(registry(regionCode).find(nameOrAlias).orElse(null))
                .flatMap(e -> Unit.<Unit>find("regionCode = ?1 and name = ?2 and mergedInto is null", regionCode, e.name())
                        .firstResultOptional());
    }

    /** The region's directory as the parsers see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KnownUnits known(String regionCode) {
        List<Unit> units = Unit.list("regionCode = ?1 and mergedInto is null", regionCode);
        return new KnownUnits(units.stream().map(u -> new KnownUnits.Known(u.name, u.aliases)).toList());
    }

    UnitRegistry registry(String regionCode) {
        return known(regionCode).toRegistry();
    }

    /**
     * Finds or creates the units and groups a document names, for one region, remembering what it created
     * so a long import resolves every name with one directory read.
     */
    public Resolver resolver(String regionCode) {
        return new Resolver(regionCode);
    }

    public final class Resolver {
        private final String regionCode;
        /** The directory's names and aliases by key, to unit ids: read once, as plain rows (no entity is loaded). */
        private Map<String, Long> idByKey;
        /** The units this resolver has loaded or created, by id. */
        private final Map<Long, Unit> loaded = new HashMap<>();
        private Map<String, UnitGroup> groups;
        private final List<Unit> created = new ArrayList<>();
        private boolean locked;

        Resolver(String regionCode) {
            this.regionCode = regionCode;
        }

        /**
         * The region's live names and aliases, read on first use as (id, name, alias) rows: a task edit naming four units
         * no longer loads the whole directory as entities, which every later query of the request then dirty-checked
         * (issue 14: a task PUT spent a third of its time there).
         */
        private Map<String, Long> directory() {
            if (idByKey == null) {
                idByKey = new LinkedHashMap<>();
                Unit.getEntityManager().createQuery("select u.id, u.name, a from Unit u left join u.aliases a "
                        + "where u.regionCode = :region and u.mergedInto is null order by u.id", Object[].class)
                        .setParameter("region", regionCode).setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                        .getResultList().forEach(r -> {
                            idByKey.putIfAbsent(UnitNames.key((String) r[1]), (Long) r[0]);
                            if (r[2] != null) {
                                idByKey.putIfAbsent(UnitNames.key((String) r[2]), (Long) r[0]);
                            }
                        });
            }
            return idByKey;
        }

        private void index(Unit u) {
            loaded.put(u.id, u);
            directory().putIfAbsent(UnitNames.key(u.name), u.id);
            for (String a : u.aliases) {
                directory().putIfAbsent(UnitNames.key(a), u.id);
            }
        }

        private Long known(String name, List<String> aliases) {
            Long id = directory().get(UnitNames.key(name));
            if (id == null && aliases != null) {
                for (String a : aliases) {
                    id = directory().get(UnitNames.key(a));
                    if (id != null) {
                        break;
                    }
                }
            }
            return id;
        }

        private Unit load(Long id) {
            return loaded.computeIfAbsent(id, k -> Unit.findById(k));
        }

        /**
         * The id of the unit a name means, as {@link #unit} resolves it; without loading the unit when the directory
         * knows it and every alias given (the usual case of a task edit).
         */
        public Long unitId(String name, List<String> aliases) {
            Long id = known(name, aliases);
            if (id != null && (aliases == null || cleanAliases(aliases, UnitNames.clean(name)).stream()
                    .allMatch(a -> directory().containsKey(UnitNames.key(a))))) {
                return id;
            }
            return unit(name, aliases).id;
        }

        /** The unit a name means, created when the directory has none; aliases given are added to it. */
        public Unit unit(String name, List<String> aliases) {
            Long id = known(name, aliases);
            Unit unit = id == null ? null : load(id);
            if (unit == null) {
                unit = committedByAnother(name);
            }
            if (unit == null) {
                unit = newUnit(regionCode, name, null, aliases);
                unit.persist();
                created.add(unit);
            } else if (aliases != null) {
                for (String a : cleanAliases(aliases, unit.name)) {
                    Long other = directory().get(UnitNames.key(a));
                    if (other == null && !unit.aliases.contains(a)) {
                        unit.aliases.add(a);
                        unit.updatedAt = OffsetDateTime.now();
                    }
                }
            }
            index(unit);
            return unit;
        }

        /**
         * Before a name is added to the directory, waits for the region's directory lock (held until this
         * transaction ends) and looks again: two requests naming the same new unit at once (two imports,
         * two tasks) then share one unit instead of the second failing on the unique name.
         */
        private Unit committedByAnother(String name) {
            lockDirectory();
            return Unit.<Unit>find("regionCode = ?1 and nameKey = ?2 and mergedInto is null", regionCode, UnitNames.key(name))
                    .firstResultOptional().orElse(null);
        }

        private void lockDirectory() {
            if (!locked) {
                org.duban.platform.lock.AdvisoryLocks.lock(Unit.getEntityManager(), "duban-unit-directory:" + regionCode);
                locked = true;
            }
        }

        public UnitGroup group(String name) {
            if (groups == null) {
                groups = new HashMap<>();
                for (UnitGroup g : UnitGroup.<UnitGroup>list("regionCode", regionCode)) {
                    groups.put(UnitNames.clean(g.name), g);
                }
            }
            String clean = UnitNames.clean(name);
            if (!groups.containsKey(clean)) {
                lockDirectory();
                UnitGroup.<UnitGroup>find("regionCode = ?1 and name = ?2", regionCode, clean).firstResultOptional()
                        .ifPresent(g -> groups.put(clean, g));
            }
            return groups.computeIfAbsent(clean, n -> {
                UnitGroup g = new UnitGroup();
                g.regionCode = regionCode;
                g.name = n;
                g.selector = GroupSelector.fromName(n);
                g.createdAt = OffsetDateTime.now();
                g.persist();
                return g;
            });
        }

        public int createdCount() {
            return created.size();
        }
    }

    private void checkNamesFree(String regionCode, String name, List<String> aliases, Long self) {
        List<Unit> others = Unit.list("regionCode = ?1 and mergedInto is null", regionCode);
        List<String> mine = new ArrayList<>(aliases);
        mine.add(0, name);
        for (Unit other : others) {
            if (self != null && other.id.equals(self)) {
                continue;
            }
            List<String> theirs = new ArrayList<>(other.aliases);
            theirs.add(0, other.name);
            for (String m : mine) {
                for (String t : theirs) {
                    if (UnitNames.key(m).equals(UnitNames.key(t))) {
                        throw ProblemException.conflict("'" + m + "' already names unit " + other.id + " (" + other.name
                                + ") / 名称“" + m + "”已属于单位“" + other.name + "”");
                    }
                }
            }
        }
    }

    private static List<String> cleanAliases(List<String> aliases, String name) {
        List<String> out = new ArrayList<>();
        for (String a : aliases) {
            String c = UnitNames.clean(a);
            if (!c.isEmpty() && !UnitNames.key(c).equals(UnitNames.key(name)) && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private Long parent(Long parentId, String regionCode) {
        if (parentId == null) {
            return null;
        }
        Unit p = Unit.findById(parentId);
        if (p == null || !p.regionCode.equals(regionCode)) {
            throw ProblemException.invalid("parentId", "unit " + parentId + " does not exist in region " + regionCode
                    + " / 上级单位不存在");
        }
        return parentId;
    }

    private static Unit live(long id) {
        Unit unit = Unit.findById(id);
        if (unit == null) {
            throw ProblemException.notFound("unit", id);
        }
        if (unit.mergedInto != null) {
            throw ProblemException.conflict("unit " + id + " was merged into unit " + unit.mergedInto + " / 该单位已合并");
        }
        return unit;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
