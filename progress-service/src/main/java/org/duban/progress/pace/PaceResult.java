package org.duban.progress.pace;

import java.util.List;

/** The verdict with the reasons that led to it (Chinese / English). */
public record PaceResult(PaceStatus status, StatusLight light, double expectedPercent, Double actualPercent,
        List<String> reasons) {
}
