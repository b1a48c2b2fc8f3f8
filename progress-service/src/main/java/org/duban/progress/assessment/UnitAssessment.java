package org.duban.progress.assessment;

import java.util.List;

public record UnitAssessment(String unitId, String unitName, double total, double maxPoints, List<ScoreLine> lines) {
}
