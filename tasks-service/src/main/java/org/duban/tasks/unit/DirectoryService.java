package org.duban.tasks.unit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.paging.Sorting;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.concurrency.Versions;
import org.duban.platform.security.WriteScope;
import org.duban.tasks.unit.UnitDtos.CreateGroup;
import org.duban.tasks.unit.UnitDtos.CreatePerson;
import org.duban.tasks.unit.UnitDtos.GroupView;
import org.duban.tasks.unit.UnitDtos.MemberView;
import org.duban.tasks.unit.UnitDtos.PersonView;
import org.duban.tasks.unit.UnitDtos.UpdateGroup;
import org.duban.tasks.unit.UnitDtos.UpdatePerson;

/** Unit groups and people of the directory. */
@ApplicationScoped
@Transactional
public class DirectoryService {

    public GroupView createGroup(CreateGroup request) {
        String name = UnitNames.clean(request.name());
        if (UnitGroup.count("regionCode = ?1 and name = ?2", request.regionCode(), name) > 0) {
            throw ProblemException.conflict("group '" + name + "' already exists / 单位组已存在");
        }
        UnitGroup g = new UnitGroup();
        g.regionCode = request.regionCode();
        g.name = name;
        g.selector = request.selector() != null ? request.selector() : GroupSelector.fromName(name);
        g.memberIds = members(request.memberIds(), g.regionCode);
        g.createdAt = OffsetDateTime.now();
        g.persistAndFlush();
        return view(g);
    }

    public GroupView updateGroup(long id, UpdateGroup request, WriteScope scope) {
        UnitGroup g = group(id);
        scope.requireRegion(g.regionCode);
        Versions.check(g.version, request.version(), "group " + id);
        if (request.selector() != null) {
            g.selector = request.selector();
        }
        if (request.memberIds() != null) {
            g.memberIds.clear();
            g.memberIds.addAll(members(request.memberIds(), g.regionCode));
        }
        UnitGroup.getEntityManager().flush();
        return view(g);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GroupView getGroup(long id) {
        return view(group(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<GroupView> listGroups(String regionCode, PageQuery page) {
        Sort sort = Sorting.parse(page.sort, Map.of("id", "id", "name", "name"), Sort.by("id"));
        return Page.of(UnitGroup.<UnitGroup>find("regionCode", sort, regionCode), page, this::view);
    }

    /** The units a group stands for now: its explicit members plus every live unit its selector covers, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemberView> membersOf(UnitGroup g) {
        return membersOf(List.of(g)).get(g.id);
    }

    /**
     * As {@link #membersOf(UnitGroup)} for several groups: each region's live units read once, as (id, name, kind)
     * scalars (a task edit naming a group loaded the region's units as entities for every group, which the rest of the
     * transaction then dirty-checked; issue 14). Answers group id → its members; every group given has an entry.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<MemberView>> membersOf(Collection<UnitGroup> groups) {
        Map<Long, List<MemberView>> out = new LinkedHashMap<>();
        Map<String, List<MemberView>> unitsOf = new HashMap<>();
        for (UnitGroup g : groups) {
            List<MemberView> live = unitsOf.computeIfAbsent(g.regionCode, region -> Unit.getEntityManager()
                    .createQuery("select u.id, u.name, u.kind from Unit u where u.regionCode = :region"
                            + " and u.mergedInto is null order by u.id", Object[].class)
                    .setParameter("region", region).getResultStream()
                    .map(r -> new MemberView((Long) r[0], (String) r[1], (UnitKind) r[2])).toList());
            out.put(g.id, live.stream().filter(u -> g.covers(u.id(), u.kind())).toList());
        }
        return out;
    }

    /** The groups of the region that include this unit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitGroup> groupsOf(Unit unit) {
        return UnitGroup.<UnitGroup>list("regionCode", unit.regionCode).stream()
                .filter(g -> g.covers(unit.id, unit.kind)).toList();
    }

    GroupView view(UnitGroup g) {
        return new GroupView(g.id, g.regionCode, g.name, g.selector,
                membersOf(g), g.version);
    }

    /**
     * The person of that name (in that unit, or in none) in the region, created once when the directory does not know
     * them yet: how people named by an imported table join the directory. Names longer than 100 characters are not
     * names (a misread cell) and are left out: answers null.
     */
    public Person ensurePerson(String regionCode, String name, Long unitId, String title) {
        String clean = UnitNames.clean(name);
        if (clean.isEmpty() || clean.length() > 100) {
            return null;
        }
        Person known = unitId == null
                ? Person.<Person>find("regionCode = ?1 and name = ?2 and unitId is null", regionCode, clean).firstResult()
                : Person.<Person>find("regionCode = ?1 and name = ?2 and unitId = ?3", regionCode, clean, unitId).firstResult();
        if (known != null) {
            return known;
        }
        Person p = new Person();
        p.regionCode = regionCode;
        p.name = clean;
        p.unitId = unitId;
        p.title = title;
        p.createdAt = OffsetDateTime.now();
        p.persist();
        return p;
    }

    public PersonView createPerson(CreatePerson request) {
        Person p = new Person();
        p.regionCode = request.regionCode();
        p.name = UnitNames.clean(request.name());
        p.unitId = unitOf(request.unitId(), p.regionCode);
        p.title = request.title();
        p.createdAt = OffsetDateTime.now();
        p.persistAndFlush();
        return view(p);
    }

    public PersonView updatePerson(long id, UpdatePerson request, WriteScope scope) {
        Person p = person(id);
        scope.requireRegion(p.regionCode);
        Versions.check(p.version, request.version(), "person " + id);
        p.name = UnitNames.clean(request.name());
        p.unitId = unitOf(request.unitId(), p.regionCode);
        p.title = request.title();
        Person.getEntityManager().flush();
        return view(p);
    }

    public void deletePerson(long id, WriteScope scope) {
        Person p = person(id);
        scope.requireRegion(p.regionCode);
        p.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonView getPerson(long id) {
        return view(person(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PersonView> listPeople(String regionCode, Long unitId, String name, PageQuery page) {
        Sort sort = Sorting.parse(page.sort, Map.of("id", "id", "name", "name"), Sort.by("id"));
        StringBuilder where = new StringBuilder("regionCode = :region");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("region", regionCode);
        if (unitId != null) {
            where.append(" and unitId = :unit");
            params.put("unit", unitId);
        }
        if (name != null && !name.isBlank()) {
            where.append(" and name = :name");
            params.put("name", UnitNames.clean(name));
        }
        return Page.of(Person.<Person>find(where.toString(), sort, params), page, this::view);
    }

    PersonView view(Person p) {
        Unit u = p.unitId == null ? null : Unit.findById(p.unitId);
        return new PersonView(p.id, p.regionCode, p.name, p.unitId, u == null ? null : u.name, p.title, p.version);
    }

    private static Set<Long> members(List<Long> ids, String regionCode) {
        Set<Long> out = new LinkedHashSet<>();
        if (ids != null) {
            for (Long id : ids) {
                out.add(unitOf(id, regionCode));
            }
        }
        return out;
    }

    private static Long unitOf(Long id, String regionCode) {
        if (id == null) {
            return null;
        }
        Unit u = Unit.findById(id);
        if (u == null || !u.regionCode.equals(regionCode)) {
            throw ProblemException.invalid("unitId", "unit " + id + " does not exist in region " + regionCode + " / 单位不存在");
        }
        return id;
    }

    private static UnitGroup group(long id) {
        UnitGroup g = UnitGroup.findById(id);
        if (g == null) {
            throw ProblemException.notFound("unit group", id);
        }
        return g;
    }

    private static Person person(long id) {
        Person p = Person.findById(id);
        if (p == null) {
            throw ProblemException.notFound("person", id);
        }
        return p;
    }
}
