package org.duban.platform.journal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves an entity, or one field of it, out of the journal. Every entity is journaled unless it says so
 * (opt-out, so a new business entity cannot be forgotten); say why in {@link #value()}: technical tables
 * (outbox, inbox), read models copied from another service's events, rows that are themselves an audit record,
 * or a field too large or too secret to copy.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface NotJournaled {
    /** Why it is not journaled. */
    String value();
}
