package org.duban.indicators.evaluation;

import java.util.Map;
import java.util.TreeMap;
import org.duban.indicators.observation.ReportingPeriod;

/**
 * How much of an annual amount is normally done by the end of each period. Linear by default (Q1 = 25 %); GDP and
 * investment are seasonal, so a region can configure e.g. {@code Q1:0.2,H1:0.45,Q3:0.7}. Months not listed
 * are interpolated linearly between the listed points.
 */
public final class PaceProfile {

    private final TreeMap<Integer, Double> shareByEndMonth = new TreeMap<>();

    private PaceProfile(Map<Integer, Double> points) {
        shareByEndMonth.put(0, 0.0);
        shareByEndMonth.putAll(points);
        shareByEndMonth.put(12, 1.0);
    }

    public static PaceProfile linear() {
        return new PaceProfile(Map.of());
    }

    /** Parses "Q1:0.2,H1:0.45,Q3:0.7,M05:0.38"; shares must grow with the months and stay within 0..1. */
    public static PaceProfile parse(String spec) {
        Map<Integer, Double> points = new TreeMap<>();
        if (spec != null && !spec.isBlank()) {
            for (String item : spec.split(",")) {
                String[] kv = item.trim().split(":");
                if (kv.length != 2) {
                    throw new IllegalArgumentException("profile item must be PERIOD:share, got " + item);
                }
                double share = Double.parseDouble(kv[1].trim());
                if (!(share > 0 && share <= 1)) {
                    throw new IllegalArgumentException("share must be in (0, 1]: " + item);
                }
                points.put(ReportingPeriod.parse(kv[0]).endMonth(), share);
            }
        }
        double previous = 0;
        for (double share : points.values()) {
            if (share < previous) {
                throw new IllegalArgumentException("shares must not decrease over the year: " + spec);
            }
            previous = share;
        }
        return new PaceProfile(points);
    }

    /** The expected share of the annual amount done by the end of {@code period}. */
    public double expectedShare(ReportingPeriod period) {
        int month = period.endMonth();
        Map.Entry<Integer, Double> floor = shareByEndMonth.floorEntry(month);
        if (floor.getKey() == month) {
            return floor.getValue();
        }
        Map.Entry<Integer, Double> ceiling = shareByEndMonth.ceilingEntry(month);
        double fraction = (month - floor.getKey()) / (double) (ceiling.getKey() - floor.getKey());
        return floor.getValue() + fraction * (ceiling.getValue() - floor.getValue());
    }
}
