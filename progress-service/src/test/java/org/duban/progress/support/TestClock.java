package org.duban.progress.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The instant a test class (or one test method) starts from, as a local date-time in Asia/Shanghai:
 * {@code @TestClock("2018-04-11T09:00")}. {@link TestClockExtension} (registered for every test of this
 * module through {@code META-INF/services}) sets the service's clock to it before the class and before
 * each test, so no test inherits the time another test left behind and none runs at the machine's "now".
 * A method's annotation wins over its class's; without either the clock starts at {@link #DEFAULT}.
 * A test may still move the clock on ({@code TestClockProducer.clock().set(...)}) to play out a story.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TestClock {

    /** Where a test that declares nothing starts: the day after the 2018 Q1 deadline, 09:00 in Shanghai. */
    String DEFAULT = "2018-04-11T09:00";

    /** Local date-time in Asia/Shanghai, ISO ({@code 2018-04-05T10:00} or {@code 2018-04-05T10:00:00}). */
    String value();
}
