package org.duban.indicators.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.duban.indicators.target.TargetParser;

/**
 * {@code duban.indicators.*}: the tolerance of 左右 targets and the seasonal pace profiles. A profile is given per
 * indicator code, {@code DEFAULT} for all others, e.g. {@code duban.indicators.pace-profile.GDP=Q1:0.22,H1:0.47}.
 */
@ConfigMapping(prefix = "duban.indicators")
public interface EvaluationSettings {

    /** Percentage points below (or above, when lower is better) an ABOUT growth or rate target that still count. */
    @WithDefault("0.5")
    BigDecimal aboutGrowthPoints();

    /** Percent of an ABOUT amount target that still counts. */
    @WithDefault("1")
    BigDecimal aboutLevelPercent();

    Map<String, String> paceProfile();

    default TargetParser.Options parserOptions() {
        return new TargetParser.Options(aboutGrowthPoints(), aboutLevelPercent());
    }

    default Evaluator.Options evaluatorOptions() {
        Map<String, PaceProfile> profiles = new HashMap<>();
        paceProfile().forEach((code, spec) -> profiles.put(code, PaceProfile.parse(spec)));
        PaceProfile fallback = profiles.getOrDefault("DEFAULT", PaceProfile.linear());
        return new Evaluator.Options(aboutGrowthPoints(), aboutLevelPercent(), fallback, profiles);
    }
}
