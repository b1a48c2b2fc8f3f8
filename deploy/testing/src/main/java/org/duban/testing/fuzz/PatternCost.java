package org.duban.testing.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How the work of a service's regular expressions grows with their input: every {@code static final Pattern} of the
 * classes under the given packages is run ({@code find()} to the end, as the readers do) over long runs of hostile
 * fillers — the fragments a notice or a plan is made of, repeated with no sentence punctuation (the preview of
 * "一、"×5,000 that held a worker for 60 s, 2026-12-02) — at two lengths, counting the characters the matcher reads
 * through a counting {@link CharSequence}. A pattern whose reads grow more than {@link #MAX_GROWTH} times when the
 * input grows {@link #SCALE} times (linear: about 4×, quadratic: 16×) or that passes {@link #BUDGET} reads is reported.
 * Counting reads, not time, makes the check exact on a noisy machine.
 */
public final class PatternCost {
    /** The shorter input's length in characters; the longer is {@link #SCALE} times it. */
    static final int LENGTH = 600;
    static final int SCALE = 4;
    /** Growth of reads beyond which a pattern is superlinear on the filler (linear ≈ {@link #SCALE}). */
    static final double MAX_GROWTH = 8.0;
    /** Reads after which a run is stopped and reported (a cubic pattern would otherwise run for hours). */
    static final long BUDGET = 40_000_000L;

    /** The fragments hostile text is made of: document numbering, region words, figures, units and reader keywords. */
    public static final List<String> FILLERS = List.of(
            "一、", "(一)", "(一)工业完成情况\n", "1.", "第1项", "全镇", "园区", "高新区", "今年以来,", "全县", "其中", "分别",
            "增长", "增长5%", "下降", "完成", "实现", "达到", "滞后", "序时进度", "时间进度", "百分点", "个百分点", "目标",
            "预期目标", "年度目标", "同比", "比上年", "占", "比重", "亿元", "万元", "万人", "%", "‰", "左右", "以上", "以内",
            "1.5", "12", "1-2月", "1—9月", "月", "年", "规模以上工业", "工业增加值", "地区生产总值", "固定资产投资",
            "社会消费品零售总额", "一般公共预算收入", "城乡居民", "收入", "主要预期目标", "为:", "建议", "等", "和", "、",
            " ", "\n", "\t", "·", "——", "(", ")", "\"", "牵头单位", "责任单位", "配合单位", "负责人", "序号", "任务",
            "x", "1", "a1", "一是", "二是",
            // (and the runs the readers were slow on in the second hostile trial: numerals, lists of figures, headings)
            "一二三四五六七八九十", "(一二三四五六七八九十", "8%、", "增长8%、", "、推进9", "一、工业运行情况 ", "全旗52户规上企业完成",
            "增 长 ",
            // (and a forum's anti-copy noise, ASCII tokens a space apart: the third hostile trial)
            "ab ", "a+ {* ", "7 M& T\" ",
            // (and lists of bare numbers before a shared unit, a sentence of 限上 sales, a running series: 2026-12-03)
            "1、", "4.5、", "限额以上销售额,", "一季度为1%,");

    private PatternCost() {}

    /** One superlinear pattern on one filler: where it is declared, the filler, and the growth of reads (or budget). */
    public record Finding(String pattern, String filler, long shortReads, long longReads) {
        @Override
        public String toString() {
            return pattern + " on \"" + filler.replace("\n", "\\n") + "\"×n: " + shortReads + " → " + longReads
                    + (longReads >= BUDGET ? " reads (over budget)" : " reads (×" + String.format("%.1f",
                    (double) longReads / Math.max(1, shortReads)) + " for ×" + SCALE + " input)");
        }
    }

    /**
     * The superlinear patterns among the {@code static final Pattern} fields of the classes in {@code packages}
     * (package names, e.g. {@code "org.duban.indicators.observation"}) found beside {@code anchor} on the class path.
     *
     * @return the findings, worst first; empty when every pattern reads each filler in linear work
     */
    public static List<Finding> superlinear(Class<?> anchor, String... packages) {
        List<Finding> findings = new ArrayList<>();
        for (Field field : patternFields(anchor, packages)) {
            Pattern pattern;
            try {
                field.setAccessible(true);
                pattern = (Pattern) field.get(null);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot read " + field, e);
            }
            String name = field.getDeclaringClass().getSimpleName() + "." + field.getName();
            for (String filler : FILLERS) {
                long shortReads = reads(pattern, filler, LENGTH);
                long longReads = shortReads >= BUDGET ? BUDGET : reads(pattern, filler, LENGTH * SCALE);
                if (longReads >= BUDGET || longReads > MAX_GROWTH * Math.max(shortReads, LENGTH)) {
                    findings.add(new Finding(name, filler, shortReads, longReads));
                    break; // one filler is enough to show the pattern
                }
            }
        }
        findings.sort((a, b) -> Long.compare(b.longReads(), a.longReads()));
        return findings;
    }

    /**
     * The {@code static final Pattern}s among the classes in {@code packages} that repeat a group of alternatives or of
     * variable length without a bound and without possession: {@code (?:[^。]|;(?=实现))*?}. {@link java.util.regex}
     * matches such a repetition by one nested call per iteration, so a long enough run of text that enters it overflows
     * the stack — "全旗52户规上企业完成"×300 did (the hostile-input trial of 2026-12-02). A bound ({@code {0,200}?}) or
     * a possessive quantifier ({@code *+}) keeps the depth fixed.
     *
     * @return "Class.FIELD: the repeated group" for each, in class order; empty when none
     */
    public static List<String> unboundedRecursion(Class<?> anchor, String... packages) {
        List<String> found = new ArrayList<>();
        for (Field field : patternFields(anchor, packages)) {
            try {
                field.setAccessible(true);
                String group = recursiveRepetition(((Pattern) field.get(null)).pattern());
                if (group != null) {
                    found.add(field.getDeclaringClass().getSimpleName() + "." + field.getName() + ": " + group);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + field, e);
            }
        }
        return found;
    }

    /**
     * The first group of {@code regex} repeated by {@code *}, {@code +} or {@code {n,}} (greedy or lazy) whose body has
     * an alternative ({@code |}) or a quantifier of its own outside character classes, else null.
     */
    public static String recursiveRepetition(String regex) {
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>(); // {start, variable (0/1)}
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            switch (c) {
                case '[' -> {
                    inClass = true;
                    if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                        i++;
                    }
                }
                case '(' -> open.push(new int[] {i, 0});
                case '|', '*', '+', '?', '{' -> {
                    boolean groupSyntax = c == '?' && i > 0 && regex.charAt(i - 1) == '(';
                    boolean fixedCount = c == '{' && regex.substring(i).matches("(?s)\\{\\d+}.*");
                    if (!groupSyntax && !fixedCount && !open.isEmpty()) {
                        open.peek()[1] = 1;
                    }
                }
                case ')' -> {
                    if (open.isEmpty()) {
                        break;
                    }
                    int[] group = open.pop();
                    String body = regex.substring(group[0], i + 1);
                    boolean lookaround = body.startsWith("(?=") || body.startsWith("(?!") || body.startsWith("(?<=")
                            || body.startsWith("(?<!");
                    if (group[1] == 1 && !open.isEmpty() && !lookaround) {
                        open.peek()[1] = 1;
                    }
                    String after = regex.substring(i + 1);
                    boolean unbounded = after.startsWith("*") || after.startsWith("+") || after.matches("(?s)\\{\\d+,}.*");
                    if (group[1] == 1 && !lookaround && unbounded) {
                        int end = after.startsWith("{") ? after.indexOf('}') + 1 : 1;
                        if (after.length() <= end || after.charAt(end) != '+') {
                            boolean lazy = after.length() > end && after.charAt(end) == '?';
                            return body + after.substring(0, lazy ? end + 1 : end);
                        }
                    }
                }
                default -> { }
            }
        }
        return null;
    }

    /** The reads of {@code find()} to the end over {@code filler} repeated to {@code length} characters. */
    static long reads(Pattern pattern, String filler, int length) {
        String text = filler.repeat(length / filler.length() + 1).substring(0, length);
        long[] counter = {0};
        Matcher matcher = pattern.matcher(new Counting(text, 0, text.length(), counter));
        try {
            while (matcher.find()) {
                if (matcher.end() == matcher.start() && matcher.end() >= text.length()) {
                    break;
                }
            }
        } catch (OverBudget e) {
            return BUDGET;
        }
        return counter[0];
    }

    private static List<Field> patternFields(Class<?> anchor, String... packages) {
        Path root;
        try {
            root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Field> fields = new ArrayList<>();
        for (String pkg : packages) {
            Path dir = root.resolve(pkg.replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("no classes for package " + pkg + " under " + root);
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String className = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> type = Class.forName(className, true, anchor.getClassLoader());
                    for (Field field : type.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
                            fields.add(field);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }

    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    /** A view of a string that counts every character read (shared by its subsequences) and stops over budget. */
    private record Counting(String text, int from, int to, long[] counter) implements CharSequence {
        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            if (++counter[0] >= BUDGET) {
                throw new OverBudget();
            }
            return text.charAt(from + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Counting(text, from + start, from + end, counter);
        }

        @Override
        public String toString() {
            counter[0] += length();
            return text.substring(from, to);
        }
    }
}
