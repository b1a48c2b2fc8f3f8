package org.duban.local;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Marks an end-to-end test class that starts suites of its own and never touches the shared one
 * ({@link RunningSuite}): it runs beside the other classes, which run one after another
 * (junit-platform.properties: classes run in the same thread unless they say otherwise), and
 * {@link EventGuard} does not judge it by the shared suite's events, which the class beside it may be
 * disturbing on purpose (Kafka stopped, a service killed). Its own methods still run one at a time.
 *
 * <p>Why: the run command's tests wait on two whole start-ups of their own (about two minutes) while the
 * machine has a core to spare — the module's tests alone use about one of the two.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
public @interface OwnSuite {
}
