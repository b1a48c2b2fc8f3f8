package org.duban.indicators.journal;

import jakarta.ws.rs.Path;
import org.duban.platform.journal.Journal;
import org.duban.platform.journal.JournalResource;
import org.duban.platform.security.Caller;

/**
 * The journal of indicators-service's objects: who changed what, when, before and after (see {@link JournalResource}).
 * Every entity of this service is journaled unless it is marked {@code @NotJournaled}. As with the figures, a region's
 * office also reads the journal of the regions below it; the indicator catalog has no region and every office reads it.
 */
@Path("/api/indicators/journal")
public class IndicatorsJournalResource extends JournalResource {
    public IndicatorsJournalResource(Journal journal, Caller caller) {
        super(journal, caller);
    }

    @Override
    protected boolean regionsBelow() {
        return true;
    }
}
