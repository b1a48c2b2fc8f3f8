package org.duban.platform.event;

/**
 * Applies events of other services to this service's own read model. Implementations are CDI
 * beans; the inbox calls them inside the transaction that records the event as applied.
 */
public interface EventHandler {
    /** True if this handler applies events of this type. */
    boolean handles(String type);

    void handle(CloudEvent event);
}
