package org.duban.gateway.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;

/**
 * A person's notifications: those of their unit (unit reporters and heads) and those of their whole region; ADMIN and
 * SYSTEM see every region's. Read marks are the person's own (by login). The scope is the caller's token, checked in
 * the one query every read goes through ({@link #audience}).
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    /** A notification as its reader sees it. */
    public record NotificationView(UUID id, String kind, String level, String title, String body, String taskId, String planId,
            String period, String unitId, OffsetDateTime createdAt, boolean read) {
    }

    private final EntityManager em;

    public NotificationService(EntityManager em) {
        this.em = em;
    }

    /** Newest first; {@code unreadOnly} leaves out what the caller has read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationView> list(Caller caller, boolean unreadOnly, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = audience(caller, params) + (unreadOnly ? unread(caller, params) : "");
        long total = count(where, params);
        Query q = em.createNativeQuery("select id, kind, level, title, body, task_id, plan_id, period, unit_id, created_at"
                + " from notification n where " + where + " order by created_at desc, id", Object[].class);
        params.forEach(q::setParameter);
        q.setFirstResult(page.offset()).setMaxResults(page.pageSize);
        List<Object[]> rows = q.getResultList();
        Set<UUID> read = readAmong(caller.login(), rows.stream().map(r -> (UUID) r[0]).toList());
        List<NotificationView> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new NotificationView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], (String) r[8], time(r[9]), read.contains((UUID) r[0])));
        }
        return new Page<>(Page.Pager.of(page, total), items);
    }

    /** How many of the caller's notifications they have not read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread(Caller caller) {
        Map<String, Object> params = new HashMap<>();
        return count(audience(caller, params) + unread(caller, params), params);
    }

    /** Marks one notification read for the caller; 404 when it is not one of theirs. Marking twice is harmless. */
    public void markRead(Caller caller, UUID id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        if (count(audience(caller, params) + " and n.id = :id", params) == 0) {
            throw ProblemException.notFound("notification", id);
        }
        em.createNativeQuery("insert into notification_read (notification_id, login, read_at) values (:id, :login, now())"
                + " on conflict do nothing").setParameter("id", id).setParameter("login", caller.login()).executeUpdate();
    }

    /** Marks every notification of the caller's read; answers how many were unread. */
    public int markAllRead(Caller caller) {
        Map<String, Object> params = new HashMap<>();
        String where = audience(caller, params) + unread(caller, params);
        Query q = em.createNativeQuery("insert into notification_read (notification_id, login, read_at)"
                + " select n.id, :login, now() from notification n where " + where + " on conflict do nothing");
        params.forEach(q::setParameter);
        return q.executeUpdate();
    }

    /** The condition "not read by the caller" (and its parameter). */
    private static String unread(Caller caller, Map<String, Object> params) {
        params.put("login", caller.login());
        return " and not exists (select 1 from notification_read r where r.notification_id = n.id and r.login = :login)";
    }

    /** The caller's notifications: their region's (all for ADMIN/SYSTEM), of their unit or of no unit. */
    private static String audience(Caller caller, Map<String, Object> params) {
        if (caller.login() == null) {
            throw ProblemException.forbidden("notifications are a person's / 通知须登录查看");
        }
        StringBuilder where = new StringBuilder("1 = 1");
        if (!caller.hasAny(Roles.ADMIN, Roles.SYSTEM) || caller.regionCode() != null) {
            if (caller.regionCode() == null) {
                return "1 = 0";
            }
            where.append(" and n.region_code = :region");
            params.put("region", caller.regionCode());
        }
        boolean unitRole = caller.hasAny(Roles.UNIT_REPORTER, Roles.UNIT_HEAD) && caller.unitId() != null;
        if (unitRole) {
            where.append(" and (n.unit_id is null or n.unit_id = :unit)");
            params.put("unit", caller.unitId());
        } else if (!caller.hasAny(Roles.ADMIN, Roles.SYSTEM)) {
            where.append(" and n.unit_id is null");
        }
        return where.toString();
    }

    private long count(String where, Map<String, Object> params) {
        Query q = em.createNativeQuery("select count(*) from notification n where " + where);
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    private Set<UUID> readAmong(String login, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("select notification_id from notification_read where login = :login and notification_id in (:ids)")
                .setParameter("login", login).setParameter("ids", ids).getResultList();
        Set<UUID> out = new HashSet<>();
        rows.forEach(r -> out.add((UUID) r));
        return out;
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return null;
    }
}
