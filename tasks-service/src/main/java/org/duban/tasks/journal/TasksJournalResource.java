package org.duban.tasks.journal;

import jakarta.ws.rs.Path;
import org.duban.platform.journal.Journal;
import org.duban.platform.journal.JournalResource;
import org.duban.platform.security.Caller;

/**
 * The journal of tasks-service's objects: who changed what, when, before and after (see {@link JournalResource}).
 * Every entity of this service is journaled unless it is marked {@code @NotJournaled}.
 */
@Path("/api/tasks/journal")
public class TasksJournalResource extends JournalResource {
    public TasksJournalResource(Journal journal, Caller caller) {
        super(journal, caller);
    }
}
