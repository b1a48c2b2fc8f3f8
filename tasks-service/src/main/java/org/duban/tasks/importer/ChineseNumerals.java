package org.duban.tasks.importer;

/** 一 .. 九十九 as used for section and target numbers. */
final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    /** The value of a numeral like 三, 十, 十二, 二十七; -1 if it is not one. */
    static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digit(s.charAt(0)) : -1;
        int units = ten == s.length() - 1 ? 0 : ten == s.length() - 2 ? digit(s.charAt(ten + 1)) : -1;
        return tens < 1 || units < 0 ? -1 : tens * 10 + units;
    }

    private static int digit(char c) {
        int i = DIGITS.indexOf(c);
        return i <= 0 ? (i == 0 ? 0 : -1) : i;
    }
}
