package org.duban.progress.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.duban.progress.support.TestClock;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * What filing a report costs in SQL statements, counted by Hibernate's statistics around the real HTTP requests
 * (issue 14: a report submit ran at 6.5 % of a bare insert). Background jobs also run statements, so each figure is
 * the least over several reports.
 */
@QuarkusTest
@TestClock("2018-04-05T10:00")
class ReportWriteStatementsTest {
    @Inject
    EntityManagerFactory factory;

    @Test
    void shouldDraftAndApproveAReportInAFixedFewStatements() {
        Statistics s = factory.unwrap(SessionFactory.class).getStatistics();
        assertTrue(s.isStatisticsEnabled(), "%test.quarkus.hibernate-orm.statistics is on for this module");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String unit = "U" + suffix;
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String task = "task-" + suffix + "-" + i;
            Events.assigned(new Events.Task("plan-" + suffix, task, String.valueOf(i + 1), "推进重点项目建设").lead(unit, "区发改局"));
            tasks.add(task);
        }
        Api.awaitObligations(unit, 5);
        long draft = Long.MAX_VALUE;
        long approve = Long.MAX_VALUE;
        for (String task : tasks) {
            long before = s.getPrepareStatementCount();
            String id = Api.draftId(unit, task, "Q1", "已完成年度投资的30%。");
            long drafted = s.getPrepareStatementCount();
            Api.approve(unit, id).statusCode(200);
            draft = Math.min(draft, drafted - before);
            approve = Math.min(approve, s.getPrepareStatementCount() - drafted);
        }
        System.out.printf("report write: %d statements to draft, %d to approve%n", draft, approve);
        // counted: the request's own statements and the outbox relay's three it wakes (lock, read, mark sent).
        // Approving read the report twice and the plan's calendar twice (14 before, 8 after); a draft reads the task,
        // the unit's stretch, the calendar, the plan and the current report, then writes the report, its transition
        // and its event.
        assertTrue(approve <= 10, "approving a report made " + approve + " statements");
        assertTrue(draft <= 12, "drafting a report made " + draft + " statements");
    }
}
