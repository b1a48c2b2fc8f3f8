package org.duban.gateway.access;

import java.util.Set;

/** Who a request came from, as far as the gateway verified it; kept on the routing context for audit and limits. */
public record CallerInfo(String login, Set<String> roles, String regionCode, String unitId, String rateKey) {
    public static final String KEY = "duban.caller";

    public static CallerInfo anonymous(String address) {
        return new CallerInfo("anonymous", Set.of(), null, null, "ip:" + address);
    }
}
