package org.duban.indicators.evaluation;

/**
 * The verdict and how it was reached.
 *
 * @param rule the comparisons made, in words ("增速 growth 8.5% ≥ 8% (EXACT, higher is better) → MET")
 */
public record Evaluation(Verdict verdict, String rule, String targetText) {
}
