package org.duban.progress.support;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Resets the shared test clock ({@link TestClockProducer#clock()}) to the instant the test declares with
 * {@link TestClock} (method, else class or an enclosing class, else {@link TestClock#DEFAULT}) before each
 * test class and before each test. Registered for every test of the module by
 * {@code src/test/resources/META-INF/services/org.junit.jupiter.api.extension.Extension} (quarkus-junit
 * turns on JUnit's extension auto-detection), so a new test class cannot forget it.
 *
 * <p>A {@code @QuarkusTest} class and the application it drives are loaded by Quarkus's class loader,
 * not by the one that loaded this extension; the clock is therefore set through the test class's own
 * loader, and the annotation is matched by name, so the clock changed is the one the service reads.
 */
public final class TestClockExtension implements BeforeAllCallback, BeforeEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        reset(testClass, declaredOnClass(testClass).orElse(TestClock.DEFAULT));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        String instant = declared(context.getRequiredTestMethod())
                .or(() -> declaredOnClass(testClass))
                .orElse(TestClock.DEFAULT);
        reset(testClass, instant);
    }

    private static Optional<String> declaredOnClass(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            Optional<String> found = declared(c);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> declared(AnnotatedElement element) {
        for (Annotation a : element.getAnnotations()) {
            if (a.annotationType().getName().equals(TestClock.class.getName())) {
                try {
                    return Optional.of((String) a.annotationType().getMethod("value").invoke(a));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + a, e);
                }
            }
        }
        return Optional.empty();
    }

    private static void reset(Class<?> testClass, String shanghaiLocalDateTime) {
        try {
            Class<?> producer = Class.forName(TestClockProducer.class.getName(), true, testClass.getClassLoader());
            producer.getMethod("reset", String.class).invoke(null, shanghaiLocalDateTime);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("@TestClock(\"" + shanghaiLocalDateTime + "\") on " + testClass.getName()
                    + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set the test clock of " + testClass.getName(), e);
        }
    }
}
