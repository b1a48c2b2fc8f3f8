package org.duban.tasks.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duban.tasks.importer.ImportCorpus.Document;
import org.duban.tasks.importer.ImportCorpus.Expected;
import org.duban.tasks.importer.document.DocumentReader;
import org.duban.tasks.unit.KnownUnits;
import org.junit.jupiter.api.Test;

/**
 * Scores the importer on the whole fidelity corpus the way the office would: a task is right only when its number,
 * text, leaders, lead, responsible and related units are all what a careful person re-keying the document would type;
 * a wrong, missing or invented task is a silent miss unless the preview raised a warning on its lines. Prints figures
 * per layout and file type and the line {@code import fidelity: tasks exact N/M (P %), silent misses K}. The bar
 * (issue 10): at least 98 % exact and no silent miss.
 */
class ImportFidelityTest {

    /** Tasks, exact ones and silent misses of one group of documents. */
    private static final class Score {
        int tasks;
        int exact;
        int silent;

        void add(Score s) {
            tasks += s.tasks;
            exact += s.exact;
            silent += s.silent;
        }

        String line() {
            return String.format("%d/%d (%.1f %%), silent misses %d", exact, tasks, tasks == 0 ? 100.0 : 100.0 * exact / tasks, silent);
        }
    }

    @Test
    void shouldImportTheCorpusAtLeast98PercentExactWithNoSilentMiss() {
        List<Document> docs = ImportCorpus.documents();
        assertTrue(docs.size() >= 40, "the corpus holds " + docs.size() + " documents; issue 10 asks for at least 40");
        Map<String, Score> byLayout = new TreeMap<>();
        Map<String, Score> byType = new TreeMap<>();
        Score total = new Score();
        List<String> misses = new ArrayList<>();
        for (Document d : docs) {
            Score s = score(d, misses);
            byLayout.computeIfAbsent(d.layout(), k -> new Score()).add(s);
            byType.computeIfAbsent(d.fileType(), k -> new Score()).add(s);
            total.add(s);
        }
        byLayout.forEach((k, v) -> System.out.println("import fidelity by layout    " + String.format("%-16s", k) + v.line()));
        byType.forEach((k, v) -> System.out.println("import fidelity by file type " + String.format("%-16s", k) + v.line()));
        misses.forEach(m -> System.out.println("  miss " + m));
        System.out.printf("import fidelity: tasks exact %d/%d (%.1f %%), silent misses %d%n", total.exact, total.tasks,
                100.0 * total.exact / total.tasks, total.silent);
        assertTrue(total.exact * 100.0 / total.tasks >= 98.0, "exact " + total.line());
        assertEquals(0, total.silent, "silent misses: " + String.join("\n", misses.stream().filter(m -> m.contains("SILENT")).toList()));
    }

    /** Pairs expected and parsed tasks in document order by number; scores each pair. */
    static Score score(Document d, List<String> misses) {
        ParsedPlan plan = new PlanParser(new KnownUnits(d.directory().stream()
                .map(n -> new KnownUnits.Known(n, List.of())).toList())).parse(DocumentReader.read(d.bytes(), d.fileName(), null));
        List<ParsedTask> parsed = plan.allTasks();
        List<Expected> expected = ImportCorpus.expectedTasks(d);
        Score s = new Score();
        boolean[] used = new boolean[parsed.size()];
        int cursor = 0;
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            s.tasks++;
            int match = -1;
            for (int j = cursor; j < Math.min(parsed.size(), cursor + 4); j++) {
                if (parsed.get(j).number().equals(e.number())) {
                    match = j;
                    break;
                }
            }
            if (match >= 0) {
                used[match] = true;
                cursor = match + 1;
                Expected a = ImportCorpus.actual(parsed.get(match));
                Expected comparable = new Expected(a.number(), a.text(), a.leaders(), a.leadUnits(), a.responsibleUnits(),
                        a.relatedUnits(), e.warn());
                if (comparable.equals(e)) {
                    s.exact++;
                    continue;
                }
                boolean warned = warned(plan, parsed, match);
                if (!warned) {
                    s.silent++;
                }
                misses.add(d.name() + " task " + e.number() + (warned ? " (warned)" : " SILENT") + "\n      expected " + e
                        + "\n      parsed   " + comparable);
            } else {
                int from = cursor == 0 ? 0 : parsed.get(cursor - 1).line();
                int to = cursor < parsed.size() ? parsed.get(cursor).line() : Integer.MAX_VALUE;
                boolean warned = plan.warnings().stream().anyMatch(w -> w.line() >= from && w.line() <= to);
                if (!warned) {
                    s.silent++;
                }
                misses.add(d.name() + " task " + e.number() + (warned ? " (warned)" : " SILENT") + " missing: expected " + e);
            }
        }
        for (int j = 0; j < parsed.size(); j++) {
            if (!used[j]) {
                boolean warned = warned(plan, parsed, j);
                if (!warned) {
                    s.silent++;
                }
                misses.add(d.name() + " invented task " + parsed.get(j).number() + (warned ? " (warned)" : " SILENT") + ": "
                        + ImportCorpus.actual(parsed.get(j)));
            }
        }
        return s;
    }

    /** Whether a warning points into the lines of parsed task {@code j} (its line up to the next task's). */
    private static boolean warned(ParsedPlan plan, List<ParsedTask> parsed, int j) {
        int from = parsed.get(j).line();
        int to = j + 1 < parsed.size() ? parsed.get(j + 1).line() - 1 : Integer.MAX_VALUE;
        return plan.warnings().stream().anyMatch(w -> w.code() != WarningCode.UNKNOWN_UNIT && w.line() >= from && w.line() <= Math.max(from, to));
    }
}
