package org.duban.indicators.observation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.duban.indicators.catalog.Indicator;
import org.duban.indicators.catalog.IndicatorCatalog;
import org.duban.indicators.catalog.IndicatorKind;
import org.duban.indicators.catalog.IndicatorMatch;
import org.duban.indicators.catalog.Units;
import org.duban.indicators.target.ParseWarning;
import org.duban.indicators.target.Statement;
import org.duban.indicators.target.StatementSplitter;
import org.duban.indicators.target.Target;
import org.duban.indicators.target.TargetParser;
import org.duban.indicators.text.ChineseText;
import org.duban.indicators.text.QuantityReader;
import org.duban.indicators.text.QuantityReader.Quantity;

/**
 * Reads observed figures from notice and report text: "一季度,我市实现地区生产总值增长8.5%(预期目标8%)",
 * "居民消费价格涨幅控制在2.9%(预期目标3.5%以内)", "完成地区生产总值121.9亿元(预计数),同比增长8%".
 *
 * <p>The period comes from the sentence (一季度, 上半年, 1-5月) and holds for the sentences after it until another
 * is named. A bracket that mentions 目标 is the target; one that says 预计 marks an estimate.
 */
public final class NoticeObservationParser {

    private static final Pattern TARGET_WORDS = Pattern.compile("^.*?目标(任务)?(为|是)?[::]?");
    private static final Pattern ESTIMATE = Pattern.compile("预计");

    private final IndicatorCatalog catalog;
    private final StatementSplitter splitter;
    private final TargetParser targetParser;

    public NoticeObservationParser(IndicatorCatalog catalog, TargetParser targetParser) {
        this.catalog = catalog;
        this.splitter = new StatementSplitter(catalog);
        this.targetParser = targetParser;
    }

    /** @param defaultPeriod the period when the text names none; may be null (then such figures are warnings) */
    public NoticeParseResult parse(String text, ReportingPeriod defaultPeriod) {
        List<ParseWarning> warnings = new ArrayList<>();
        List<ParsedObservation> observations = new ArrayList<>();
        ReportingPeriod period = defaultPeriod;
        String lastSource = null;
        for (Statement statement : splitter.split(text, warnings)) {
            if (!statement.source().equals(lastSource)) {
                lastSource = statement.source();
                Optional<ReportingPeriod> named = ReportingPeriod.detect(statement.source());
                if (named.isPresent()) {
                    period = named.get();
                }
            }
            if (!statement.isKnown()) {
                if (!QuantityReader.read(ChineseText.extractBrackets(statement.predicateText()).outside()).isEmpty()) {
                    warnings.add(new ParseWarning(statement.subjectText() + statement.predicateText(),
                            "指标“" + statement.subjectText() + "”不在指标目录中 / indicator not in the catalog"));
                }
                continue;
            }
            if (period == null) {
                warnings.add(new ParseWarning(statement.source(), "无法确定报告期 / no reporting period named"));
                continue;
            }
            if (statement.distributed()) {
                observations.addAll(distributed(statement, period, warnings));
            } else {
                read(statement, period, warnings).ifPresent(observations::add);
            }
        }
        return new NoticeParseResult(observations, warnings);
    }

    private Optional<ParsedObservation> read(Statement statement, ReportingPeriod period,
            List<ParseWarning> warnings) {
        IndicatorMatch match = statement.subjects().get(0);
        Indicator indicator = match.indicator();
        List<String> notes = new ArrayList<>();
        catalog.choiceNote(indicator, match.matchedName()).ifPresent(notes::add);
        boolean estimate = ESTIMATE.matcher(statement.prefix()).find();
        Target target = null;
        BigDecimal value = null;
        BigDecimal growth = null;
        for (String predicate : statement.predicates()) {
            ChineseText.Bracketed bracketed = ChineseText.extractBrackets(predicate);
            estimate |= ESTIMATE.matcher(bracketed.outside()).find();
            for (String group : bracketed.groups()) {
                if (group.contains("目标")) {
                    String targetText = TARGET_WORDS.matcher(group).replaceFirst("");
                    target = targetParser.targetFor(indicator, match.matchedName(), targetText, statement.source(),
                            warnings).orElse(target);
                } else if (ESTIMATE.matcher(group).find()) {
                    estimate = true;
                }
            }
            for (Quantity q : QuantityReader.read(bracketed.outside())) {
                Figure figure = figure(indicator, q, q.isDecrease(), warnings);
                if (figure == null) {
                    continue;
                }
                if (figure.isGrowth()) {
                    if (growth != null) {
                        warnings.add(new ParseWarning(q.text(), "同一指标有两个增速 / a second growth rate"));
                    } else {
                        growth = figure.number();
                    }
                } else if (value != null) {
                    warnings.add(new ParseWarning(q.text(), "同一指标有两个数值 / a second value"));
                } else {
                    value = figure.number();
                }
            }
        }
        if (value == null && growth == null) {
            warnings.add(new ParseWarning(statement.source(), "没有读到" + indicator.nameZh() + "的数值 / no figure read"));
            return Optional.empty();
        }
        return Optional.of(new ParsedObservation(indicator.code(), match.matchedName(), period, value,
                indicator.unit(), growth, estimate, target, statement.source(), notes));
    }

    /** "同比分别增长16.8%和18.2%" style lists: the i-th figure belongs to the i-th indicator. */
    private List<ParsedObservation> distributed(Statement statement, ReportingPeriod period,
            List<ParseWarning> warnings) {
        String outside = ChineseText.extractBrackets(statement.predicateText()).outside();
        List<Quantity> quantities = QuantityReader.read(outside);
        if (quantities.size() != statement.subjects().size()) {
            warnings.add(new ParseWarning(statement.source(),
                    "“分别”后的数值个数与指标个数不符 / 分别: number of values does not match number of indicators"));
            return List.of();
        }
        boolean decrease = quantities.get(0).isDecrease();
        boolean estimate = ESTIMATE.matcher(statement.source()).find();
        List<ParsedObservation> observations = new ArrayList<>();
        for (int i = 0; i < quantities.size(); i++) {
            IndicatorMatch match = statement.subjects().get(i);
            Figure figure = figure(match.indicator(), quantities.get(i), decrease, warnings);
            if (figure != null) {
                observations.add(new ParsedObservation(match.indicator().code(), match.matchedName(), period,
                        figure.isGrowth() ? null : figure.number(), match.indicator().unit(),
                        figure.isGrowth() ? figure.number() : null, estimate, null, statement.source(), List.of()));
            }
        }
        return observations;
    }

    private record Figure(BigDecimal number, boolean isGrowth) {
    }

    private static Figure figure(Indicator indicator, Quantity q, boolean decrease, List<ParseWarning> warnings) {
        if (q.isRange()) {
            warnings.add(new ParseWarning(q.text(), "区间不是实际数值 / a range is not an observed figure"));
            return null;
        }
        if (q.isPercent() && indicator.kind() != IndicatorKind.RATE) {
            return new Figure(Units.strip(decrease ? q.number().negate() : q.number()), true);
        }
        Optional<BigDecimal> converted = q.isPercent() == "%".equals(indicator.unit())
                ? Units.convert(q.number(), q.unit(), indicator.unit())
                : Optional.empty();
        if (converted.isEmpty()) {
            warnings.add(new ParseWarning(q.text(), "单位与指标" + indicator.nameZh() + "(" + indicator.unit()
                    + ")不符 / unit does not match the indicator's unit"));
            return null;
        }
        return new Figure(converted.get(), false);
    }
}
