package org.duban.infra;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stops child processes politely, then firmly, children first. */
public final class ProcessControl {
    private ProcessControl() {}

    public static void terminate(Process process, Duration grace) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
