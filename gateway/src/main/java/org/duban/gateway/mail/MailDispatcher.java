package org.duban.gateway.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.duban.gateway.notify.Notification;
import org.jboss.logging.Logger;

/**
 * Sends the queued e-mail (issue 18 item 2). Every poll it claims the due deliveries ({@code for update skip locked},
 * with a lease, so several gateway instances never send one twice) of the units whose oldest due delivery has waited
 * the batch window (an urgent one too: urgency lifts the quiet hours, not the gathering), and sends each unit ONE message to all its contacts' addresses: the
 * notification itself when it is alone, a digest when there are several (a sweep that urges a unit for five tasks
 * sends one e-mail, not five). A failure is retried after {@code backoff-base × 2^(attempt−1)} up to
 * {@code max-attempts} (a retry of what is not urgent waits for office hours too); a unit whose contacts have no address
 * is recorded NO_RECIPIENT, one whose contacts the directory has not announced yet is retried the same way. Before
 * sending, the lease is renewed only if it is still this claim's, so a lease that ran out is never sent twice by two
 * instances (delivery stays at least once: a crash between sending and recording sends again). Addresses are never
 * logged: the log says how many recipients, the delivery record keeps them masked.
 */
@ApplicationScoped
public class MailDispatcher {
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    private static final int BATCH = 200;
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final String DUE = "status in ('PENDING', 'RETRYING') and not_before <= :now"
            + " and (next_attempt_at is null or next_attempt_at <= :now)";

    private final EntityManager em;
    private final Mailer mailer;
    private final MailComposer composer;
    private final MailSettings settings;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final MailQueue queue;
    private volatile boolean stopping;

    public MailDispatcher(EntityManager em, Mailer mailer, MailComposer composer, MailSettings settings, Clock clock,
            ObjectMapper mapper, MailQueue queue) {
        this.queue = queue;
        this.em = em;
        this.mailer = mailer;
        this.composer = composer;
        this.settings = settings;
        this.clock = clock;
        this.mapper = mapper;
    }

    void announce(@Observes StartupEvent start) {
        LOG.infof(settings.enabled() ? "e-mail on: unit reminders, overdue notices, urgings and returns are e-mailed in office hours %s"
                : "e-mail off (duban.gateway.mail.enabled=false; set it and quarkus.mailer.host to send the units' reminders)%s",
                settings.enabled() ? settings.officeHours() : "");
    }

    @Scheduled(every = "${duban.gateway.mail.poll:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!settings.enabled() || stopping) {
            return;
        }
        try {
            dispatch();
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.warnf("e-mail dispatch: %s (tried again at the next poll)", Addresses.maskAll(e.toString()));
            }
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        stopping = true;
    }

    /** Claims and sends what is due; returns how many messages were attempted. */
    public int dispatch() {
        Instant now = clock.instant();
        OffsetDateTime lease = MailQueue.at(now.plus(LEASE)).truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        Map<String, List<UUID>> byUnit = QuarkusTransaction.requiringNew().call(() -> claim(now, lease));
        for (List<UUID> ids : byUnit.values()) {
            try {
                send(ids, lease);
            } catch (RuntimeException e) {
                LOG.warnf("e-mail of %d notification(s): %s", ids.size(), Addresses.maskAll(e.toString()));
            }
        }
        return byUnit.size();
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<UUID>> claim(Instant now, OffsetDateTime lease) {
        OffsetDateTime at = MailQueue.at(now);
        List<Object[]> rows = em.createNativeQuery("select d.id, d.region_code, d.unit_id from email_delivery d where " + DUE
                + " and (d.region_code, d.unit_id) in (select region_code, unit_id from email_delivery where " + DUE
                + " group by region_code, unit_id having min(created_at) <= :settled)"
                + " order by d.created_at limit " + BATCH + " for update of d skip locked", Object[].class)
                .setParameter("now", at).setParameter("settled", MailQueue.at(now.minus(settings.batchWindow())))
                .getResultList();
        Map<String, List<UUID>> byUnit = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byUnit.computeIfAbsent(r[1] + "/" + r[2], k -> new ArrayList<>()).add((UUID) r[0]);
        }
        if (!rows.isEmpty()) {
            em.createNativeQuery("update email_delivery set next_attempt_at = :lease where id in (:ids)")
                    .setParameter("lease", lease)
                    .setParameter("ids", rows.stream().map(r -> (UUID) r[0]).toList()).executeUpdate();
        }
        return byUnit;
    }

    private void send(List<UUID> ids, OffsetDateTime lease) {
        record Outgoing(List<String> to, MailComposer.Message message, String unitId) { }
        Outgoing out = QuarkusTransaction.requiringNew().call(() -> {
            // still ours? a lease that ran out (a long batch) may have been taken by another instance: then it sends
            int renewed = em.createNativeQuery("update email_delivery set next_attempt_at = :renewed where id in (:ids)"
                    + " and status in ('PENDING', 'RETRYING') and next_attempt_at = :lease")
                    .setParameter("renewed", MailQueue.at(clock.instant().plus(LEASE)).truncatedTo(ChronoUnit.MICROS))
                    .setParameter("ids", ids).setParameter("lease", lease).executeUpdate();
            if (renewed != ids.size()) {
                return null;
            }
            List<EmailDelivery> deliveries = EmailDelivery.list("id in ?1", ids);
            if (deliveries.isEmpty()) {
                return null;
            }
            EmailDelivery first = deliveries.get(0);
            UnitContacts contacts = UnitContacts.findById(first.unitId);
            if (contacts == null || !first.regionCode.equals(contacts.regionCode)) {
                // the directory has not announced this unit's contacts (yet): try again later, up to max-attempts
                return new Outgoing(List.of(), null, first.unitId);
            }
            List<String> to = addresses(contacts);
            if (to.isEmpty()) {
                deliveries.forEach(d -> {
                    d.status = EmailDelivery.Status.NO_RECIPIENT;
                    d.nextAttemptAt = null;
                });
                LOG.infof("unit %s has no contact with an e-mail address: %d notification(s) stay in-app only", first.unitId,
                        deliveries.size());
                return null;
            }
            List<Notification> items = new ArrayList<>();
            for (EmailDelivery d : deliveries) {
                Notification n = Notification.findById(d.notificationId);
                if (n != null) {
                    items.add(n);
                }
            }
            // the urgent first, then oldest first
            items.sort(Comparator.comparing((Notification n) -> !MailQueue.urgent(n)).thenComparing(n -> n.createdAt));
            return new Outgoing(to, composer.compose(contacts.unitName, items, clock.instant().atZone(settings.zone()).toLocalDate()),
                    first.unitId);
        });
        if (out == null) {
            return;
        }
        String error = null;
        if (out.message() == null) {
            error = "no contacts of unit " + out.unitId() + " known yet / 尚未收到该单位的联系人";
        } else {
            try {
                mailer.send(new Mail().setTo(out.to()).setSubject(out.message().subject()).setText(out.message().text()));
            } catch (RuntimeException e) {
                error = Addresses.maskAll(e.getMessage() == null ? e.toString() : e.getMessage(), out.to());
            }
        }
        String failure = error;
        QuarkusTransaction.requiringNew().run(() -> record(ids, out.to(), failure));
        if (failure == null) {
            LOG.infof("e-mail to %d recipient(s) of unit %s: %d notification(s)", out.to().size(), out.unitId(), ids.size());
        } else if (out.message() == null) {
            LOG.infof("e-mail to unit %s waits: %s", out.unitId(), failure);
        } else {
            LOG.warnf("e-mail to unit %s failed: %s", out.unitId(), failure);
        }
    }

    private void record(List<UUID> ids, List<String> to, String error) {
        OffsetDateTime now = MailQueue.at(clock.instant());
        UUID messageId = UUID.randomUUID();
        String masked = String.join(", ", to.stream().map(Addresses::mask).toList());
        for (EmailDelivery d : EmailDelivery.<EmailDelivery>list("id in ?1", ids)) {
            d.attempts++;
            if (error == null) {
                d.status = EmailDelivery.Status.SENT;
                d.sentAt = now;
                d.messageId = messageId;
                d.recipients = masked.length() <= 2000 ? masked : masked.substring(0, 2000);
                d.digestSize = ids.size();
                d.nextAttemptAt = null;
                d.lastError = null;
            } else {
                d.lastError = error.length() <= 1000 ? error : error.substring(0, 1000);
                if (d.attempts >= settings.maxAttempts()) {
                    d.status = EmailDelivery.Status.GAVE_UP;
                    d.nextAttemptAt = null;
                } else {
                    d.status = EmailDelivery.Status.RETRYING;
                    OffsetDateTime next = now.plus(backoff(d.attempts));
                    // a retry of what is not urgent waits for office hours too
                    d.nextAttemptAt = d.urgent || !settings.quietHours() ? next
                            : MailQueue.at(queue.quietHours().nextOpening(next.toInstant()));
                }
            }
        }
    }

    /** {@code base × 2^(attempts−1)}, at most {@code backoff-max} ({@link org.duban.gateway.Backoff}). */
    Duration backoff(int attempts) {
        return org.duban.gateway.Backoff.after(attempts, settings.backoffBase(), settings.backoffMax());
    }

    private List<String> addresses(UnitContacts contacts) {
        Set<String> out = new LinkedHashSet<>();
        try {
            for (JsonNode c : mapper.readTree(contacts.contacts)) {
                String email = c.path("email").asText(null);
                if (email != null && !email.isBlank()) {
                    out.add(email.strip());
                }
            }
        } catch (IOException e) {
            LOG.warnf("unit %s: its contacts are unreadable (%s)", contacts.unitId, e.getClass().getSimpleName());
        }
        return new ArrayList<>(out);
    }
}
