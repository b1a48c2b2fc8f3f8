package org.duban.platform.journal;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Interceptor;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.type.Type;

/**
 * Journals every change of every entity of the service, so that no service method can forget to (issue 12 item 7):
 * Hibernate calls it for each insert ({@link #onPersist}), each dirty entity at a flush ({@link #onFlushDirty}),
 * each removal ({@link #onRemove}) and each changed collection ({@link #onCollectionUpdate} and the like). The changes
 * of one transaction gather in a {@link JournalBuffer} kept as a resource of that JTA transaction, one per object,
 * and are written by JDBC on the transaction's own connection just before it commits
 * ({@link #beforeTransactionCompletion}, after Hibernate's last flush): a rolled-back change leaves no row, and a
 * journal that cannot be written fails the commit. Entities and fields marked {@link NotJournaled} are left out.
 * {@code duban.journal.enabled=false} turns it off for a whole application (the gateway, which keeps its own audit).
 */
@PersistenceUnitExtension
@ApplicationScoped
public class JournalInterceptor implements Interceptor {
    private static final Object KEY = JournalBuffer.class;

    private final TransactionSynchronizationRegistry transactions;
    private final Instance<Session> sessions;
    private final Instance<Clock> clocks;
    private final boolean enabled;

    public JournalInterceptor(TransactionSynchronizationRegistry transactions, Instance<Session> sessions,
            Instance<Clock> clocks, @ConfigProperty(name = "duban.journal.enabled", defaultValue = "true") boolean enabled) {
        this.transactions = transactions;
        this.sessions = sessions;
        this.clocks = clocks;
        this.enabled = enabled;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        JournalModel model = model(entity);
        if (model != null) {
            buffer().created(entity, model, state, propertyNames);
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        JournalModel model = model(entity);
        if (model != null) {
            buffer().updated(entity, model, currentState, previousState, propertyNames, types);
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        JournalModel model = model(entity);
        if (model != null) {
            buffer().removed(entity, model, state, propertyNames);
        }
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        collectionChanged(collection, false, false);
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        collectionChanged(collection, true, false);
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        collectionChanged(collection, false, true);
    }

    @Override
    public void beforeTransactionCompletion(Transaction tx) {
        if (!enabled || transactions.getTransactionKey() == null) {
            return;
        }
        JournalBuffer buffer = (JournalBuffer) transactions.getResource(KEY);
        if (buffer != null && !buffer.isEmpty()) {
            sessions.get().doWork(buffer::writeTo);
        }
    }

    private void collectionChanged(Object collection, boolean recreated, boolean removed) {
        if (!(collection instanceof PersistentCollection<?> persistent) || persistent.getOwner() == null) {
            return;
        }
        Object owner = persistent.getOwner();
        JournalModel model = model(owner);
        if (model == null) {
            return;
        }
        String role = persistent.getRole();
        String prefix = model.type.getName() + ".";
        String field = role == null ? "?" : role.startsWith(prefix) ? role.substring(prefix.length())
                : role.substring(role.lastIndexOf('.') + 1);
        if (!model.journals(field)) {
            return;
        }
        buffer().collection(owner, model, field, recreated ? null : persistent.getStoredSnapshot(),
                removed ? null : collection, persistent.wasInitialized() || recreated);
    }

    private JournalModel model(Object entity) {
        if (!enabled || entity == null) {
            return null;
        }
        JournalModel model = JournalModel.of(entity.getClass());
        return model.journaled ? model : null;
    }

    /** This transaction's buffer, started (with who, when and which request) on its first change. */
    private JournalBuffer buffer() {
        JournalBuffer buffer = (JournalBuffer) transactions.getResource(KEY);
        if (buffer == null) {
            Clock clock = clocks.isResolvable() ? clocks.get() : Clock.systemUTC();
            buffer = who(new JournalBuffer(clock.instant()));
            transactions.putResource(KEY, buffer);
        }
        return buffer;
    }

    private static JournalBuffer who(JournalBuffer buffer) {
        String system = SystemActor.current();
        if (system != null) {
            return buffer.by(system, null, null);
        }
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return buffer.by("system:background", null, null);
        }
        String requestId = null;
        var request = container.instance(CurrentVertxRequest.class);
        if (request.isAvailable()) {
            RoutingContext current = request.get().getCurrent();
            requestId = current == null ? null : current.request().getHeader("X-Request-Id");
        }
        var identity = container.instance(SecurityIdentity.class);
        if (!identity.isAvailable() || identity.get().isAnonymous()) {
            return buffer.by(requestId == null ? "system:background" : "anonymous", null, requestId);
        }
        SecurityIdentity who = identity.get();
        return buffer.by(who.getPrincipal().getName(), String.join(",", new TreeSet<>(who.getRoles())), requestId);
    }
}
