package org.duban.progress.publication;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.duban.progress.fixtures.SeedTableRow;
import org.duban.progress.fixtures.SeedTableText;
import org.duban.progress.support.TestClock;
import org.duban.testing.Csv;
import org.junit.jupiter.api.Test;

/**
 * The office's own document back out (issue 15 item 4): the seed completion table
 * ({@code district-2018-q1-completion-table.txt}) imported by tasks-service (its recorded events) and exported by this
 * service as the Q1 table shows, cell by cell, what the seed shows in its eight columns — groups such as 各乡、街道办事处
 * as written (not their members), notes such as (数据统计评估牵头单位) kept, both lead units of a row, names as the
 * table prints them (徐  平). List separators are compared as one (the seed wraps a cell with ",", "," or "、" at
 * the line ends, and joins two units with 及 once; the table joins with 、). The count of cells as the seed has them is
 * printed before the assertion (558 of 768 before the table printed units as written; 767 now, the one left explained
 * at {@link #ALIAS_UNDER_ITS_NAME}).
 */
@QuarkusTest
@TestClock("2018-04-11T09:00")
class SeedTableFidelityTest {

    @Test
    void shouldGiveBackTheSeedTablesCellsInItsEightColumns() throws IOException {
        SeedTableText.Parsed seed = SeedTableText.parse(SeedTableText.seedTable());
        CompletionTableExportTest.Imported t = CompletionTableExportTest.replayTable("completion-table-seed");
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                rows(t).size() == 96 && rows(t).stream().noneMatch(r -> r.get(7).isEmpty()));
        List<List<String>> csv = rows(t);
        List<String> headers = Csv.parse(CompletionTableExportTest.download(t, "csv")).get(0);
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (int i = 0; i < 96; i++) {
            SeedTableRow s = seed.rows().get(i);
            List<String> expected = List.of(String.valueOf(s.number()), s.task(), String.join("、", s.leaders()),
                    s.coordinator(), s.leadUnit(), String.join("、", s.leadPersons()), s.relatedUnits(), s.progress());
            List<String> actual = csv.get(i);
            for (int c = 0; c < 8; c++) {
                cells++;
                String column = CompletionTable.HEADERS.get(c);
                String got = actual.get(headers.indexOf(column));
                if (!same(expected.get(c), got)) {
                    mismatches.add("row " + (i + 1) + " " + column + ": seed «" + expected.get(c) + "» table «" + got + "»");
                }
            }
        }
        System.out.println("Seed table fidelity: " + (cells - mismatches.size()) + "/" + cells + " cells as the seed has them");
        mismatches.forEach(m -> System.out.println("  " + m));
        assertEquals(List.of(ALIAS_UNDER_ITS_NAME), mismatches);
    }

    private static List<List<String>> rows(CompletionTableExportTest.Imported t) {
        List<List<String>> all = Csv.parse(CompletionTableExportTest.download(t, "csv"));
        List<String> headers = all.get(0);
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : all.subList(1, all.size())) {
            if (r.size() == headers.size() && r.get(0).matches("\\d+")) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The one cell that differs, and why: row 18 writes the group without its 、 (各乡街道办事处); the directory resolves
     * that spelling to the group 各乡、街道办事处 (one group, as DESIGN.md's aliases say), and the task keeps the
     * group, not the spelling, so the table prints the group's name.
     */
    private static final String ALIAS_UNDER_ITS_NAME = "row 18 相关单位: seed «区法制办、区发改局、区商务粮食局、区贸促会、各乡街道办事处»"
            + " table «区法制办、区发改局、区商务粮食局、区贸促会、各乡、街道办事处»";

    /**
     * An advertisement the scraped page has inside three cells (rows 27, 31, 35); tasks-service's importer takes it
     * out and warns, so no table of the plan prints it.
     */
    private static final String INJECTED_AD = "买足球的软件";

    /**
     * Equal once the list separators a wrapped cell ends its lines with are read as one, a no-break space as a space,
     * and the seed's injected advertisement left out.
     */
    static boolean same(String seed, String table) {
        return norm(seed.replace(INJECTED_AD, "")).equals(norm(table));
    }

    private static String norm(String s) {
        // 及 joins the last two units of a list as 、 does (row 87: 岳阳楼公安分局及区直相关单位)
        return s.replaceAll("[,,、及]", "、").replace('\u00a0', ' ').strip();
    }
}
