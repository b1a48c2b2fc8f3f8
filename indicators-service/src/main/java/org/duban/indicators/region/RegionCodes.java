package org.duban.indicators.region;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The hierarchy hidden in a 6-digit administrative division code (行政区划代码) PPCCDD: 420000 is a province, 421200
 * a prefecture-level city in it, 421202 a district of that city. In the four municipalities (北京 11, 天津 12, 上海
 * 31, 重庆 50) the districts (110101) belong directly to the province-level code.
 */
public final class RegionCodes {

    public enum Level { PROVINCE, PREFECTURE, COUNTY }

    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");

    private RegionCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches() && !code.startsWith("00");
    }

    public static Level level(String code) {
        requireValid(code);
        if (code.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return code.endsWith("00") ? Level.PREFECTURE : Level.COUNTY;
    }

    /** Whether {@code child} is one level below {@code parent}. */
    public static boolean isChildOf(String child, String parent) {
        if (!isValid(child) || !isValid(parent) || child.equals(parent)) {
            return false;
        }
        return switch (level(parent)) {
            case PROVINCE -> child.startsWith(parent.substring(0, 2)) && (level(child) == Level.PREFECTURE
                    || level(child) == Level.COUNTY && MUNICIPALITIES.contains(parent.substring(0, 2)));
            case PREFECTURE -> child.startsWith(parent.substring(0, 4)) && level(child) == Level.COUNTY;
            case COUNTY -> false;
        };
    }

    /** Whether {@code code} is {@code ancestor} itself or lies anywhere below it. */
    public static boolean isWithin(String code, String ancestor) {
        if (!isValid(code) || !isValid(ancestor)) {
            return false;
        }
        return switch (level(ancestor)) {
            case PROVINCE -> code.startsWith(ancestor.substring(0, 2));
            case PREFECTURE -> code.startsWith(ancestor.substring(0, 4));
            case COUNTY -> code.equals(ancestor);
        };
    }

    private static void requireValid(String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException("not a region code: " + code);
        }
    }
}
