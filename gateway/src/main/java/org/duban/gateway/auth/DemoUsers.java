package org.duban.gateway.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Seeds one demo user per role from {@code duban.auth.demo.users.*} at start-up, when absent. Existing
 * users are left alone, so a changed password survives restarts. Production switches this off.
 */
@ApplicationScoped
public class DemoUsers {
    private static final Logger LOG = Logger.getLogger(DemoUsers.class);

    private final AuthConfig config;

    public DemoUsers(AuthConfig config) {
        this.config = config;
    }

    void seed(@Observes StartupEvent start) {
        if (!config.demo().enabled()) {
            return;
        }
        int added = 0;
        for (Map.Entry<String, AuthConfig.DemoUser> entry : config.demo().users().entrySet()) {
            if (QuarkusTransaction.requiringNew().call(() -> addIfAbsent(entry.getKey(), entry.getValue()))) {
                added++;
            }
        }
        if (added > 0) {
            LOG.infof("seeded %d demo users (demo passwords: see gateway/README.md; never use them in production)", added);
        }
    }

    private boolean addIfAbsent(String login, AuthConfig.DemoUser demo) {
        if (GatewayUser.findById(login) != null) {
            return false;
        }
        String unknown = RoleList.unknown(RoleList.parse(demo.roles()));
        if (unknown != null) {
            throw new IllegalStateException("demo user " + login + " has unknown role " + unknown);
        }
        GatewayUser user = new GatewayUser();
        user.login = login;
        user.passwordHash = BcryptUtil.bcryptHash(demo.password().orElse(config.demo().password()));
        user.roles = RoleList.format(RoleList.parse(demo.roles()));
        user.regionCode = demo.region().orElse(null);
        user.unitId = demo.unit().orElse(null);
        user.displayName = demo.name().orElse(null);
        user.persist();
        return true;
    }
}
