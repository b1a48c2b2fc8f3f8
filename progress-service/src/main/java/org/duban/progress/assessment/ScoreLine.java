package org.duban.progress.assessment;

/** One criterion's points, with the sentence that explains them (Chinese / English). */
public record ScoreLine(String criterion, double points, double maxPoints, String explanation) {
}
