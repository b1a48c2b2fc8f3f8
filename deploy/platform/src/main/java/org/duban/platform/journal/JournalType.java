package org.duban.platform.journal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable name an entity's journal rows carry as {@code objectType} (and that {@code ?objectType=} takes).
 * Without it the name comes from the class: {@code WorkPlan} → {@code work-plan}, {@code TargetEntity} →
 * {@code target}. Set it when the class name is not the name users know, so renaming a class never splits
 * an object's history.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JournalType {
    /** e.g. {@code urging}. */
    String value();
}
