package org.duban.indicators.observation;

import java.util.List;

/** What an import stored. */
public record ImportResult(int imported, int targetsCreated, List<ObservationView> observations) {
}
