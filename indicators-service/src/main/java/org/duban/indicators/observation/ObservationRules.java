package org.duban.indicators.observation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.duban.indicators.catalog.Indicator;
import org.duban.indicators.catalog.IndicatorCatalog;
import org.duban.indicators.catalog.Units;
import org.duban.platform.input.YearRange;

/** The rules every observation must pass, whether typed, imported from CSV or read from a notice. */
public final class ObservationRules {

    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");

    private final IndicatorCatalog catalog;

    public ObservationRules(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    /** The checked observation, or empty with the reasons added to {@code errors}. */
    public Optional<CheckedObservation> check(ObservationInput in, int line, List<FieldError> errors) {
        int before = errors.size();
        Optional<Indicator> indicator = catalog.resolve(in.indicator());
        if (indicator.isEmpty()) {
            errors.add(new FieldError(line, "indicator", "未知指标 / unknown indicator: " + in.indicator()));
        }
        if (in.regionCode() == null || !REGION_CODE.matcher(in.regionCode()).matches()) {
            errors.add(new FieldError(line, "regionCode", "行政区划代码应为6位数字 / regionCode must be 6 digits"));
        }
        if (in.year() == null || in.year() < 1949 || in.year() > 2100) {
            errors.add(new FieldError(line, "year", "年份无效 / year must be between 1949 and 2100"));
        }
        ReportingPeriod period = null;
        try {
            period = ReportingPeriod.parse(in.period());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(line, "period",
                    "报告期无效,应为 Q1、H1、Q3、ANNUAL 或 M01..M12 / period outside the year: " + in.period()));
        }
        if (in.value() == null && in.growthRate() == null) {
            errors.add(new FieldError(line, "value", "数值和增速至少填一项 / value or growthRate is required"));
        }
        // (the readers' bound, Units.plausible: a growth beyond 1000 %, an amount beyond 10^15 as written or 10^17 of its
        // base unit — one rule for a figure typed, uploaded or read from a notice)
        if (!Units.plausible(in.growthRate(), "%")) {
            errors.add(new FieldError(line, "growthRate", "增速超出范围 / growthRate out of range (at most 1000 %)"));
        }
        String unit = in.unit() == null || in.unit().isBlank() ? indicator.map(Indicator::unit).orElse(null) : in.unit().trim();
        boolean valueInRange = Units.plausible(in.value(), unit);
        if (!valueInRange) {
            errors.add(new FieldError(line, "value", "数值超出范围 / value out of range (no report holds it: at most 10^15 as "
                    + "written, 10^17 in its base unit, 1000 for a rate)"));
        }
        BigDecimal value = null;
        if (valueInRange && in.value() != null && indicator.isPresent()) {
            Optional<BigDecimal> converted = Units.convert(in.value(), unit, indicator.get().unit());
            if (converted.isEmpty()) {
                errors.add(new FieldError(line, "unit", "单位" + unit + "与指标单位" + indicator.get().unit()
                        + "不符 / unit does not match the indicator's unit"));
            } else if (!Units.plausible(converted.get(), indicator.get().unit())) {
                errors.add(new FieldError(line, "value", "换算为" + indicator.get().unit() + "后数值超出范围 / value out of range once converted to "
                        + indicator.get().unit()));
            } else if (!indicator.get().admits(converted.get())) {
                errors.add(new FieldError(line, "value", indicator.get().nameZh() + "不会是" + Units.strip(converted.get())
                        .toPlainString() + indicator.get().unit() + "(比率在±100%以内,数量不为负) / " + indicator.get().code()
                        + " cannot be " + Units.strip(converted.get()).toPlainString() + " " + indicator.get().unit()
                        + " (a rate lies within ±100 %, an amount is never negative)"));
            } else {
                value = converted.get();
            }
        } else if (in.value() == null && in.unit() != null && !in.unit().isBlank() && indicator.isPresent()
                && !Units.sameDimension(in.unit(), indicator.get().unit())) {
            errors.add(new FieldError(line, "unit", "单位与指标单位不符 / unit does not match the indicator's unit"));
        }
        if (in.releaseDate() != null && !YearRange.contains(in.releaseDate().getYear())) {
            errors.add(new FieldError(line, "releaseDate", "发布日期年份应在" + YearRange.MIN + "至" + YearRange.MAX + "之间 / releaseDate: "
                    + YearRange.MESSAGE));
        } else if (in.releaseDate() != null && period != null && in.year() != null && in.year() >= 1949
                && in.year() <= 2100 && in.releaseDate().isBefore(period.endDate(in.year()).withDayOfMonth(1))) {
            // a quarter's first estimate may come out in its last month, never earlier
            errors.add(new FieldError(line, "releaseDate", "发布日期早于报告期 / released before the period"));
        }
        if (in.source() != null && in.source().length() > 200) {
            errors.add(new FieldError(line, "source", "来源过长 / source longer than 200 characters"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CheckedObservation(indicator.get(), in.regionCode(), in.year(), period, value,
                in.growthRate() == null ? null : Units.strip(in.growthRate()), in.estimate(), blankToNull(in.source()),
                in.releaseDate(), in.revision()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
