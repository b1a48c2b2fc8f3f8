package org.duban.gateway.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Writes audit rows off the event loop, after the answer went out, so auditing never slows a request
 * down. A row that cannot be written is logged with everything it held.
 */
@ApplicationScoped
public class AuditTrail {
    private static final Logger LOG = Logger.getLogger(AuditTrail.class);

    private final Vertx vertx;

    public AuditTrail(Vertx vertx) {
        this.vertx = vertx;
    }

    public void record(AuditRecord record) {
        vertx.executeBlocking(() -> {
            QuarkusTransaction.requiringNew().run(() -> record.toEntity().persist());
            return null;
        }, false).onFailure(failure -> LOG.errorf(failure, "audit row not written: %s", record));
    }
}
