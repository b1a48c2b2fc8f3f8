package org.duban.indicators.target;

import java.util.List;
import org.duban.indicators.catalog.IndicatorMatch;

/**
 * What a report says about one subject: the indicator(s) it names, the words before them, and the phrases that
 * follow (the predicates: "增10%", "达到581亿元"). Several subjects with {@code distributed} mean "分别": the i-th
 * value of the predicates belongs to the i-th subject.
 *
 * @param subjects    the indicators named; empty when the subject is not in the catalog
 * @param subjectText the subject as written (全面小康实现程度)
 * @param prefix      the words before the subject in its phrase (完成, 预计全市)
 * @param predicates  the phrases about the subject, in order
 * @param source      the sentence the statement comes from, kept verbatim
 * @param aboveReference "全省平均水平" when a phrase of the sentence says the subject's growth must beat that average
 *                    (增速高于全省平均水平), else null
 */
public record Statement(List<IndicatorMatch> subjects, String subjectText, String prefix, List<String> predicates,
        boolean distributed, String source, String aboveReference) {

    public Statement {
        subjects = List.copyOf(subjects);
        predicates = List.copyOf(predicates);
    }

    public boolean isKnown() {
        return !subjects.isEmpty();
    }

    public String predicateText() {
        return String.join(",", predicates);
    }
}
