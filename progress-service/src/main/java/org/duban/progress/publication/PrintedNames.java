package org.duban.progress.publication;

import java.util.List;

/**
 * Names of people as Chinese official tables print them: a two-character name is spread to the width of a
 * three-character one with two spaces between its characters (徐平 → "徐  平", 陈曦 → "陈  曦"), as the seed completion
 * table (district-2018-q1-completion-table.txt) prints every one of its two-character names; other names as they are.
 */
public final class PrintedNames {

    private PrintedNames() {
    }

    /** One person's name as printed; null and blank stay empty. */
    public static String person(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String bare = name.replaceAll("[\\s\\u00a0\\u3000]+", "");
        if (bare.codePointCount(0, bare.length()) == 2 && bare.codePoints().allMatch(Character::isIdeographic)) {
            int second = bare.offsetByCodePoints(0, 1);
            return bare.substring(0, second) + "  " + bare.substring(second);
        }
        return name.strip();
    }

    /** Several names, each as printed, joined with 、. */
    public static String people(List<String> names) {
        return String.join("、", names.stream().map(PrintedNames::person).filter(n -> !n.isEmpty()).toList());
    }
}
