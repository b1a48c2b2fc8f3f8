package org.duban.platform.journal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the journal finds the region of an entity that has no {@code regionCode} field of its own (a section
 * belongs to its plan's region): a query with one parameter, the value of the field {@link #from()}. Run on the
 * transaction's connection when the journal row is written. Entities with neither a {@code regionCode} nor this
 * annotation are region-free (the indicator catalog): every office may read their journal.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JournalRegion {
    /** SQL answering one region code for one parameter, e.g. {@code select region_code from plan where id = ?}. */
    String query();

    /** The entity's field whose value is the query's parameter, e.g. {@code planId}. */
    String from();
}
