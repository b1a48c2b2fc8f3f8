package org.duban.indicators.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.indicators.catalog.IndicatorCatalog;
import org.duban.indicators.catalog.IndicatorMatch;
import org.duban.indicators.text.ChineseText;
import org.duban.indicators.text.QuantityReader;

/**
 * Cuts report text into statements: sentences at 。;; and line ends, phrases at ,, (never inside brackets). A
 * phrase that names an indicator, or that starts with a subject of its own, opens a statement; a phrase that only
 * says "达到581亿元" continues the one before.
 */
public final class StatementSplitter {

    /** Who is responsible, after each task of a plan: not part of the target. Unclosed brackets run to line end. */
    private static final Pattern RESPONSIBILITY =
            Pattern.compile("\\((牵头单位|责任单位|责任领导|配合单位|协办单位)[::][^)\\n]*\\)?");
    private static final Pattern ENUMERATOR =
            Pattern.compile("^\\s*(\\([一二三四五六七八九十\\d]+\\)|[一二三四五六七八九十]+、|\\d+[.、.](?!\\d)|[①-⑳])\\s*");
    private static final Pattern HEADING = Pattern.compile("^\\s*[一二三四五六七八九十]+、");
    /** An introduction that ends in a colon: "2016年全区经济社会发展的预期目标是:". */
    private static final Pattern INTRO = Pattern.compile("^[^::]*(目标|如下|是)[::]");
    /** Words that carry no subject of their own: what remains after removing them decides if a phrase has one. */
    private static final Pattern FILLER = Pattern.compile("同比|比上年|较上年|比去年同期|其中|全区|全市|我市|我区|全县|"
            + "本区|本市|累计|预计|实现|完成|达到|达|增长|增幅|增速|增|提高|上涨|下降|减少|降低|回落|控制在|力争|确保|"
            + "左右|以上|以内|以下|不低于|不超过|分别|为|约|共|和|及|、|\\s|[一二三四]季度|上半年|下半年|前三季度|全年");
    private static final Pattern TRAILING_VERB = Pattern.compile("(达到|实现|完成|增长|控制在|提高|下降|为|达|增)+$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、和及]");

    private final IndicatorCatalog catalog;

    public StatementSplitter(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    /** The statements of {@code text}; phrases that cannot belong to any statement become warnings. */
    public List<Statement> split(String text, List<ParseWarning> warnings) {
        List<Statement> statements = new ArrayList<>();
        String normalised = RESPONSIBILITY.matcher(ChineseText.normalise(text)).replaceAll("");
        for (String line : normalised.split("\\R")) {
            if (isHeading(line)) {
                continue;
            }
            for (String sentence : ChineseText.splitOutsideBrackets(line, "。;;")) {
                String clause = stripIntro(ENUMERATOR.matcher(sentence.trim()).replaceFirst("").trim());
                clause = ENUMERATOR.matcher(clause).replaceFirst("").trim();
                if (!clause.isEmpty()) {
                    splitSentence(clause, statements, warnings);
                }
            }
        }
        return statements;
    }

    private boolean isHeading(String line) {
        if (!HEADING.matcher(line).find()) {
            return false;
        }
        String rest = HEADING.matcher(line).replaceFirst("");
        return !rest.contains("%") && catalog.findFirst(rest).isEmpty() && !rest.matches(".*[。;;].*");
    }

    /**
     * "今年经济社会发展的主要预期目标是:" introduces the targets: what a report says before it (last year's results, the
     * year's significance) is narrative, not targets, and is left out. Text without such an introduction is read whole.
     */
    public static String afterIntroduction(String text) {
        Matcher m = TARGETS_INTRODUCED.matcher(ChineseText.normalise(text));
        return m.find() ? ChineseText.normalise(text).substring(m.end()) : text;
    }

    /** "主要预期目标是:", "主要预期目标为:", "预期目标调整为:", "主要目标是:" — the colon or 是/为 ends the introduction. */
    private static final Pattern TARGETS_INTRODUCED =
            Pattern.compile("(?:主要预期目标|主要目标|预期目标)(?:调整)?(?:是|为)?[::]|(?:主要预期目标|主要目标)(?:调整)?(?:是|为)");

    private static String stripIntro(String clause) {
        Matcher m = INTRO.matcher(clause);
        return m.find() ? clause.substring(m.end()).trim() : clause;
    }

    private void splitSentence(String sentence, List<Statement> out, List<ParseWarning> warnings) {
        Builder current = null;
        for (String rawPart : ChineseText.splitOutsideBrackets(sentence, ",,")) {
            String part = rawPart.trim();
            if (part.isEmpty()) {
                continue;
            }
            int headEnd = firstDigitOutsideBrackets(part);
            String head = part.substring(0, headEnd);
            Optional<IndicatorMatch> match = catalog.findFirst(head);
            if (part.contains("分别") && part.indexOf("分别") <= headEnd) {
                Builder distributed = distributed(part, sentence, warnings);
                if (distributed != null) {
                    current = flush(current, out);
                    current = distributed;
                    continue;
                }
            }
            if (match.isPresent()) {
                current = flush(current, out);
                IndicatorMatch m = match.get();
                current = new Builder(List.of(m), m.matchedName(), part.substring(0, m.start()), false, sentence);
                current.predicates.add(part.substring(m.end()));
            } else if (hasOwnSubject(head)) {
                current = flush(current, out);
                String subject = TRAILING_VERB.matcher(head.trim()).replaceFirst("").trim();
                current = new Builder(List.of(), subject, "", false, sentence);
                current.predicates.add(part.substring(head.indexOf(subject) + subject.length()));
            } else if (current != null) {
                current.predicates.add(part);
            } else if (!QuantityReader.read(ChineseText.extractBrackets(part).outside()).isEmpty()) {
                warnings.add(new ParseWarning(part, "数字前没有指标名称 / a figure without an indicator name"));
            }
        }
        flush(current, out);
    }

    /** "城镇居民、农村居民人均可支配收入分别达到3.1万元、1.7万": the names share the tail of the last one. */
    private Builder distributed(String part, String sentence, List<ParseWarning> warnings) {
        int at = part.indexOf("分别");
        String subjectPhrase = part.substring(0, at);
        String[] items = LIST_SEPARATOR.split(subjectPhrase);
        if (items.length < 2) {
            return null;
        }
        String last = items[items.length - 1].trim();
        Optional<IndicatorMatch> lastMatch = catalog.findFirst(last);
        if (lastMatch.isEmpty()) {
            warnings.add(new ParseWarning(part, "“分别”前的指标无法识别 / indicators before 分别 not recognised"));
            return null;
        }
        List<IndicatorMatch> subjects = new ArrayList<>();
        for (int i = 0; i < items.length - 1; i++) {
            Optional<IndicatorMatch> resolved = resolveWithSharedTail(items[i].trim(), last);
            if (resolved.isEmpty()) {
                warnings.add(new ParseWarning(items[i], "“分别”前的指标无法识别 / indicator before 分别 not recognised"));
                return null;
            }
            subjects.add(resolved.get());
        }
        subjects.add(lastMatch.get());
        Builder builder = new Builder(subjects, subjectPhrase.trim(), "", true, sentence);
        builder.predicates.add(part.substring(at + 2));
        return builder;
    }

    private Optional<IndicatorMatch> resolveWithSharedTail(String item, String last) {
        Optional<IndicatorMatch> own = catalog.findFirst(item);
        if (own.isPresent()) {
            return own;
        }
        for (int cut = 1; cut < last.length(); cut++) {
            String candidate = item + last.substring(cut);
            var exact = catalog.byExactName(candidate);
            if (exact.isPresent()) {
                return Optional.of(new IndicatorMatch(exact.get(), candidate, 0, candidate.length()));
            }
        }
        return Optional.empty();
    }

    private static boolean hasOwnSubject(String head) {
        return ChineseText.countCjk(FILLER.matcher(head).replaceAll("")) >= 2;
    }

    static int firstDigitOutsideBrackets(String part) {
        int depth = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0 && Character.isDigit(c)) {
                return i;
            }
        }
        return part.length();
    }

    private static Builder flush(Builder builder, List<Statement> out) {
        if (builder != null) {
            out.add(new Statement(builder.subjects, builder.subjectText, builder.prefix, builder.predicates,
                    builder.distributed, builder.source));
        }
        return null;
    }

    private static final class Builder {
        final List<IndicatorMatch> subjects;
        final String subjectText;
        final String prefix;
        final boolean distributed;
        final String source;
        final List<String> predicates = new ArrayList<>();

        Builder(List<IndicatorMatch> subjects, String subjectText, String prefix, boolean distributed, String source) {
            this.subjects = subjects;
            this.subjectText = subjectText;
            this.prefix = prefix;
            this.distributed = distributed;
            this.source = source;
        }
    }
}
