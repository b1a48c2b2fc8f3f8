package org.duban.progress.supervision;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.duban.platform.journal.SystemActor;
import org.jboss.logging.Logger;

/**
 * Runs the supervision sweep of every region on {@code duban.progress.supervision.cron} (off in tests, which
 * sweep on demand). Every instance fires; the sweep's per-plan database lock makes the second find nothing to do.
 */
@ApplicationScoped
public class SupervisionScheduler {

    private static final Logger LOG = Logger.getLogger(SupervisionScheduler.class);

    private final SupervisionService supervision;

    public SupervisionScheduler(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @Scheduled(identity = "supervision-sweep", cron = "${duban.progress.supervision.cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        var result = SystemActor.run("supervision-sweep", () -> supervision.sweep("scheduler", null));
        LOG.infof("supervision sweep: %d reminders, %d overdue, %d urged", result.remindersSent(), result.overdueFlagged(),
                result.urged());
    }
}
