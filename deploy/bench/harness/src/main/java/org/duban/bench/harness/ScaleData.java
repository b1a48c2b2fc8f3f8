package org.duban.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.duban.bench.harness.Load.Result;
import org.duban.infra.ServiceProcess;

/**
 * Issue 14 item 2, the scale generator ({@code -Dduban.bench.scale=true}): national-scale data in tasks-service's and
 * progress-service's databases, and the list, table and dashboard reads measured on it with {@code EXPLAIN}.
 *
 * <p>How the data is made. One region, the <em>template</em> (region {@value #TEMPLATE_REGION}), is made entirely
 * through the services' own write paths: its eight street offices are created (the group 各街道 covers them), its
 * plans are imported and published through tasks-service (the 2019 seed
 * plan, 96 tasks in parts, subsections, units and the unit group 各街道; and a generated plan of
 * {@code duban.bench.scale.plan-tasks} tasks, 264 by default, with 分管/责任区领导, a lead unit, one to three responsible
 * units, related units and groups), progress-service builds its read models from the events (task_view, plan_view,
 * assignment, assignment_span, the reporting calendar), and 4 reports per task are filed through progress-service
 * (one per period, by the owing units in turn: drafted and approved, every 20th left a draft, every 20th approved and
 * then returned by the office). Then bulk SQL copies the template's rows, server-side with {@code generate_series},
 * into regions 500001 … (one statement per table per {@code duban.bench.scale.chunk} regions): every id is shifted by a
 * per-table stride (row ids of tasks-service, and the same ids as text in progress-service), report and span ids are
 * re-derived ({@code md5(id || region)::uuid}), region codes replaced; names, texts, statuses and timestamps stay the
 * template's. So each generated region holds exactly the rows the write paths made for the template, and the
 * services answer their normal APIs on them (checked below, against the template's answers).
 *
 * <p>Not copied: the outbox, inbox and journal rows of the template's writes (read by none of the measured APIs; their
 * size per region is printed), the gateway's notifications and the indicators service (no figures for the regions).
 *
 * <p>System properties: {@code duban.bench.scale.regions} (2800, including the template),
 * {@code duban.bench.scale.plan-tasks} (264), {@code duban.bench.scale.chunk} (50 regions per statement),
 * {@code duban.bench.scale.threads} (2 closed loops per read), {@code duban.bench.seconds}, {@code duban.bench.warmup}.
 */
final class ScaleData {
    static final String TEMPLATE_REGION = "500000";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PERIODS = {"Q1", "H1", "Q3", "ANNUAL"};
    private static final int SAMPLES = 200;
    private static final int STREETS = 8;
    /** id columns that stay the template's on purpose: they name nothing of the template region (null there) */
    private static final Set<String> KEPT = Set.of("report.import_id", "indicator_figure.observation_id");

    /** tasks-service's tables the template's rows are copied from, parents first, and how to find those rows. */
    private static final Map<String, String> TASK_TABLES = new LinkedHashMap<>();
    /** progress-service's tables, likewise. */
    private static final Map<String, String> PROGRESS_TABLES = new LinkedHashMap<>();

    static {
        String t = "'" + TEMPLATE_REGION + "'";
        TASK_TABLES.put("region", "code = " + t);
        TASK_TABLES.put("unit", "region_code = " + t);
        TASK_TABLES.put("unit_alias", "unit_id in (select id from unit where region_code = " + t + ")");
        TASK_TABLES.put("unit_contact", "unit_id in (select id from unit where region_code = " + t + ")");
        TASK_TABLES.put("unit_group", "region_code = " + t);
        TASK_TABLES.put("unit_group_member", "group_id in (select id from unit_group where region_code = " + t + ")");
        TASK_TABLES.put("person", "region_code = " + t);
        TASK_TABLES.put("plan", "region_code = " + t);
        TASK_TABLES.put("section", "plan_id in (select id from plan where region_code = " + t + ")");
        TASK_TABLES.put("task", "region_code = " + t);
        TASK_TABLES.put("task_leader", "task_id in (select id from task where region_code = " + t + ")");
        TASK_TABLES.put("task_unit", "task_id in (select id from task where region_code = " + t + ")");
        TASK_TABLES.put("task_quant_target", "task_id in (select id from task where region_code = " + t + ")");
        TASK_TABLES.put("import_record", "region_code = " + t);
        TASK_TABLES.put("import_job", "region_code = " + t);
        String plans = "plan_id in (select plan_id from plan_view where region_code = " + t + ")";
        PROGRESS_TABLES.put("plan_view", "region_code = " + t);
        PROGRESS_TABLES.put("reporting_calendar", plans);
        PROGRESS_TABLES.put("calendar_period", plans);
        PROGRESS_TABLES.put("counting_rule", plans);
        PROGRESS_TABLES.put("late_grant", plans);
        PROGRESS_TABLES.put("task_view", "region_code = " + t);
        PROGRESS_TABLES.put("assignment", "region_code = " + t);
        PROGRESS_TABLES.put("assignment_span", "region_code = " + t);
        PROGRESS_TABLES.put("report", "region_code = " + t);
        PROGRESS_TABLES.put("report_transition", "report_id in (select id from report where region_code = " + t + ")");
        PROGRESS_TABLES.put("urging", plans);
        PROGRESS_TABLES.put("task_classification", plans);
        PROGRESS_TABLES.put("publication", plans);
    }

    private final Harness h;
    private final double startup;
    private final int regions = Integer.getInteger("duban.bench.scale.regions", 2800);
    private final int planTasks = Integer.getInteger("duban.bench.scale.plan-tasks", 264);
    private final int chunk = Integer.getInteger("duban.bench.scale.chunk", 50);
    private final int loops = Integer.getInteger("duban.bench.scale.threads", 2);
    /** stride of each tasks-service table's ids: region k's copy of row id is id + k × stride */
    private final Map<String, Long> strides = new TreeMap<>();
    private final List<String> out = new ArrayList<>();
    private String tasks;
    private String progress;
    private String gateway;

    ScaleData(Harness h, double startup) {
        this.h = h;
        this.startup = startup;
    }

    static String region(int k) {
        return String.valueOf(Integer.parseInt(TEMPLATE_REGION) + k);
    }

    void run() throws Exception {
        tasks = h.suite.service("tasks-service").baseUrl();
        progress = h.suite.service("progress-service").baseUrl();
        gateway = h.suite.service("gateway").baseUrl();
        System.out.printf("Scale data: %d regions (1 template + %d generated), stack up in %.1f s%n", regions, regions - 1, startup);

        long t0 = System.nanoTime();
        Template template = template();
        double templateSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("template region %s through the APIs: %d tasks, %d reports in %.1f s%n", TEMPLATE_REGION,
                template.taskCount, template.reportCount, templateSeconds);

        long c0 = System.nanoTime();
        Map<String, Long> rows = copy();
        double copySeconds = (System.nanoTime() - c0) / 1e9;
        long v0 = System.nanoTime();
        for (String db : List.of("tasks", "progress")) {
            try (Connection c = h.connect(db); Statement s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
        }
        double vacuumSeconds = (System.nanoTime() - v0) / 1e9;
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        long taskRows = count("tasks", "select count(*) from task");
        long reportRows = count("progress", "select count(*) from report");
        out.add(String.format("| loaded | %,d tasks, %,d reports in %d regions (%,d rows in all, template included) | |",
                taskRows, reportRows, regions, total));
        out.add(String.format("| template through the APIs (2 imports + %,d reports drafted/approved/returned) | %.1f s | |",
                template.reportCount, templateSeconds));
        out.add(String.format("| bulk copy of %d regions (SQL, generate_series, 2 databases in parallel) | %.1f s (%.2f s per 100,000 rows) | |",
                regions - 1, copySeconds, copySeconds / (total / 1e5)));
        out.add(String.format("| vacuum analyze | %.1f s | |", vacuumSeconds));
        rows.forEach((table, n) -> System.out.printf("  %-32s %,12d rows copied%n", table, n));
        sizes(template);

        int k = regions - 1;
        verify(template, k);
        measure(template);
        explain(template, k / 2);

        System.out.println();
        System.out.println("| scale figure | value | target |");
        System.out.println("| --- | --- | --- |");
        out.forEach(System.out::println);
        for (ServiceProcess s : h.suite.services()) {
            System.out.printf("| RSS of %s after the load | %d MB | |%n", s.name(), Harness.rssMegabytes(s.pid()));
        }
    }

    /** What the template region holds, as the services made it. */
    private record Template(long seedPlan, long bigPlan, int taskCount, int reportCount, long busyUnit, int busyUnitTasks,
            long sampleTask, String sampleReport) {}

    private Template template() throws Exception {
        String admin = h.token(Set.of("ADMIN", "SYSTEM"), null, null, "bench-admin");
        String office = h.token(Set.of("SUPERVISOR"), TEMPLATE_REGION, null, "scale-office");
        // the region's street offices first: the group 各街道 the plans name covers them (its selector, STREET_OFFICES)
        for (int i = 1; i <= STREETS; i++) {
            HttpResponse<String> r = Load.send(Harness.post(tasks + "/api/tasks/units", admin, JSON.writeValueAsString(Map.of(
                    "regionCode", TEMPLATE_REGION, "name", "第" + i + "街道办事处", "kind", "STREET_OFFICE"))));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("street office answered " + r.statusCode() + ": " + r.body());
            }
        }
        long seedPlan = Harness.importPlan(tasks, admin, TEMPLATE_REGION, Files.readString(
                h.seed("district-2019-task-decomposition-plan.txt")).replace("2019", "2026"), "PLAN_TEXT", null);
        long bigPlan = Harness.importPlan(tasks, admin, TEMPLATE_REGION, PlanText.detailed(2026, planTasks, 3, 22),
                "PLAN_TEXT", null);
        int count = 0;
        for (long plan : List.of(seedPlan, bigPlan)) {
            int planCount = (int) count("tasks", "select count(*) from task where plan_id = " + plan);
            long held = h.awaitTaskViews(String.valueOf(plan), planCount, java.time.Duration.ofSeconds(120));
            if (held < planCount) {
                throw new IllegalStateException("progress-service knows " + held + " of plan " + plan + "'s " + planCount + " tasks");
            }
            count += planCount;
        }
        Thread.sleep(2000); // the last assignments of the last task events

        // who owes each task's reports (progress-service's matrix), in plan order
        Map<String, List<String>> owing = new LinkedHashMap<>();
        try (Connection c = h.connect("progress"); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select a.task_id, a.unit_id from assignment a join task_view t on t.task_id = a.task_id"
                        + " where a.region_code = '" + TEMPLATE_REGION + "' order by t.plan_id, t.plan_order, a.task_id,"
                        + " a.role, a.unit_id")) {
            while (rs.next()) {
                owing.computeIfAbsent(rs.getString(1), x -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        // 4 reports per task, one per period, by its owing units in turn
        record Filing(String task, String unit, String period, int n) {}
        List<Filing> filings = new ArrayList<>();
        int n = 0;
        int i = 0;
        for (Map.Entry<String, List<String>> e : owing.entrySet()) {
            for (int p = 0; p < PERIODS.length; p++) {
                filings.add(new Filing(e.getKey(), e.getValue().get((i + p) % e.getValue().size()), PERIODS[p], n++));
            }
            i++;
        }
        Map<String, String> reporters = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String> heads = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (Filing f : filings) {
            done.add(pool.submit(() -> {
                String reporter = reporters.computeIfAbsent(f.unit(), u -> h.token(Set.of("UNIT_REPORTER"), TEMPLATE_REGION, u, "reporter-" + u));
                String head = heads.computeIfAbsent(f.unit(), u -> h.token(Set.of("UNIT_HEAD"), TEMPLATE_REGION, u, "head-" + u));
                int percent = switch (f.period()) { case "Q1" -> 25; case "H1" -> 50; case "Q3" -> 75; default -> 100; };
                percent -= f.n() % 9 == 0 ? 10 : 0;
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("taskId", f.task());
                body.put("unitId", f.unit());
                body.put("period", f.period());
                body.put("narrative", "截至" + f.period() + ",已完成全年目标任务的" + percent + "%。按照责任分解方案,细化工作措施,"
                        + "加强统筹调度,各项工作有序推进;下一步将继续压实责任,确保按期完成。");
                body.put("percentOfAnnual", percent);
                HttpResponse<String> r = Load.send(Harness.post(progress + "/api/progress/reports", reporter, JSON.writeValueAsString(body)));
                if (r.statusCode() != 201) {
                    failed.incrementAndGet();
                    System.out.println("draft answered " + r.statusCode() + ": " + r.body());
                    return null;
                }
                String id = JSON.readTree(r.body()).path("id").asText();
                ids.add(id);
                if (f.n() % 20 == 0) {
                    return null; // a draft, not yet approved
                }
                int approved = Load.status(Harness.post(progress + "/api/progress/reports/" + id + "/approve", head, null));
                if (approved != 200) {
                    failed.incrementAndGet();
                    return null;
                }
                if (f.n() % 20 == 1) {
                    int returned = Load.status(Harness.post(progress + "/api/progress/reports/" + id + "/return", office,
                            "{\"reason\":\"请补充量化指标完成情况。\"}"));
                    if (returned != 200) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        if (failed.get() > 0) {
            System.out.println("template: " + failed.get() + " report requests failed");
        }
        // the busiest unit of the template (lead, responsible or related, directly or through a group)
        long busy;
        int busyTasks;
        long sampleTask;
        try (Connection c = h.connect("tasks"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select u.id, count(distinct x.task_id) from unit u join ("
                    + " select id as task_id, lead_unit_id as unit_id from task union all select task_id, unit_id from task_unit"
                    + " union all select tu.task_id, m.unit_id from task_unit tu join unit_group_member m on m.group_id = tu.group_id"
                    + ") x on x.unit_id = u.id where u.region_code = '" + TEMPLATE_REGION + "' group by u.id order by 2 desc, 1 limit 1")) {
                rs.next();
                busy = rs.getLong(1);
                busyTasks = rs.getInt(2);
            }
            try (ResultSet rs = s.executeQuery("select id from task where plan_id = " + bigPlan + " order by position offset 50 limit 1")) {
                rs.next();
                sampleTask = rs.getLong(1);
            }
        }
        System.out.printf("template: busiest unit %d on %d tasks; %d reports filed (%d owing units on %d tasks)%n", busy,
                busyTasks, ids.size(), owing.values().stream().mapToInt(List::size).sum(), owing.size());
        return new Template(seedPlan, bigPlan, count, ids.size(), busy, busyTasks, sampleTask, ids.get(ids.size() / 2));
    }

    private long count(String db, String sql) throws Exception {
        try (Connection c = h.connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---------------------------------------------------------------------------------------------------- the copy

    private Map<String, Long> copy() throws Exception {
        try (Connection c = h.connect("tasks"); Statement s = c.createStatement()) {
            for (String table : TASK_TABLES.keySet()) {
                if (columns(c, table).contains("id")) {
                    try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                        rs.next();
                        strides.put(table, rs.getLong(1));
                    }
                }
            }
        }
        System.out.println("id strides: " + strides);
        Map<String, Long> rows = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> t = pool.submit(() -> copyDatabase("tasks", TASK_TABLES, this::taskColumn, rows));
        Future<?> p = pool.submit(() -> copyDatabase("progress", PROGRESS_TABLES, this::progressColumn, rows));
        t.get();
        p.get();
        pool.shutdown();
        try (Connection c = h.connect("tasks"); Statement s = c.createStatement()) {
            for (String table : strides.keySet()) {
                s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), greatest(1, (select max(id) from " + table + ")))");
            }
        }
        return new TreeMap<>(rows);
    }

    private interface ColumnRule {
        /** The column's value in region {@code k}'s copy (SQL over the template row and k), null to leave it out. */
        String expression(String table, String column, String type);
    }

    private Void copyDatabase(String db, Map<String, String> tables, ColumnRule rule, Map<String, Long> rows) throws Exception {
        try (Connection c = h.connect(db); Statement s = c.createStatement()) {
            s.execute("create function pg_temp.shift(v text, d bigint) returns text language sql immutable as"
                    + " $$ select case when v ~ '^[0-9]{1,15}$' then (v::bigint + d)::text else v end $$");
            Map<String, String> inserts = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : tables.entrySet()) {
                String table = e.getKey();
                Map<String, String> types = columnTypes(c, table);
                if (types.isEmpty()) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                List<String> values = new ArrayList<>();
                List<String> kept = new ArrayList<>();
                types.forEach((col, type) -> {
                    String x = rule.expression(table, col, type);
                    if (x != null) {
                        names.add(col);
                        values.add(x);
                        if (x.equals(col) && (col.endsWith("_id") || col.equals("id")) && !KEPT.contains(table + "." + col)) {
                            kept.add(col);
                        }
                    }
                });
                if (!kept.isEmpty()) {
                    throw new IllegalStateException(db + "." + table + ": no rule for " + kept);
                }
                inserts.put(table, "insert into " + table + " (" + String.join(", ", names) + ") select "
                        + String.join(", ", values) + " from " + table + " x, generate_series(?, ?) k where " + e.getValue());
            }
            long started = System.nanoTime();
            for (int from = 1; from < regions; from += chunk) {
                int to = Math.min(regions - 1, from + chunk - 1);
                for (Map.Entry<String, String> e : inserts.entrySet()) {
                    try (var q = c.prepareStatement(e.getValue())) {
                        q.setInt(1, from);
                        q.setInt(2, to);
                        rows.merge(db + "." + e.getKey(), (long) q.executeUpdate(), Long::sum);
                    }
                }
                if ((to / chunk) % Math.max(1, regions / chunk / 10) == 0 || to == regions - 1) {
                    System.out.printf("  %s: %d of %d regions copied, %.0f s%n", db, to, regions - 1, (System.nanoTime() - started) / 1e9);
                }
            }
        }
        return null;
    }

    private String taskColumn(String table, String column, String type) {
        String region = "(" + TEMPLATE_REGION + " + k)::text";
        return switch (column) {
            case "id" -> "id + k * " + strides.get(table);
            case "code" -> table.equals("region") ? region : column;
            case "region_code" -> region;
            case "unit_id", "lead_unit_id", "merged_into" -> shifted(column, "unit");
            case "parent_id" -> shifted(column, table.equals("unit") ? "unit" : "section");
            case "group_id" -> shifted(column, "unit_group");
            case "plan_id" -> shifted(column, "plan");
            case "section_id" -> shifted(column, "section");
            case "task_id", "carried_from_task_id" -> shifted(column, "task");
            case "import_id" -> shifted(column, "import_record");
            default -> column;
        };
    }

    private String shifted(String column, String table) {
        Long stride = strides.get(table);
        if (stride == null) {
            throw new IllegalStateException("no stride for " + table);
        }
        return column + " + k * " + stride;
    }

    private String progressColumn(String table, String column, String type) {
        return switch (column) {
            case "id" -> type.startsWith("character") ? "md5(id || ':' || k)::uuid::text" : null; // bigserial: its own
            case "report_id" -> "md5(report_id || ':' || k)::uuid::text";
            case "region_code" -> "(" + TEMPLATE_REGION + " + k)::text";
            case "task_id" -> "pg_temp.shift(task_id, k * " + strides.get("task") + ")";
            case "plan_id" -> "pg_temp.shift(plan_id, k * " + strides.get("plan") + ")";
            case "unit_id", "lead_unit_id" -> "pg_temp.shift(" + column + ", k * " + strides.get("unit") + ")";
            default -> column;
        };
    }

    private static List<String> columns(Connection c, String table) throws Exception {
        return new ArrayList<>(columnTypes(c, table).keySet());
    }

    private static Map<String, String> columnTypes(Connection c, String table) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (var q = c.prepareStatement("select column_name, data_type from information_schema.columns"
                + " where table_schema = 'public' and table_name = ? order by ordinal_position")) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- sizes and checks

    private void sizes(Template template) throws Exception {
        StringBuilder dbs = new StringBuilder();
        for (String db : List.of("tasks", "progress", "indicators", "gateway")) {
            try (Connection c = h.connect(db); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select pg_database_size(current_database())")) {
                    rs.next();
                    dbs.append(dbs.isEmpty() ? "" : ", ").append(db).append(' ').append(rs.getLong(1) / (1024 * 1024)).append(" MB");
                }
                if (db.equals("tasks") || db.equals("progress")) {
                    try (ResultSet rs = s.executeQuery("select c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid),"
                            + " pg_indexes_size(c.oid) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                            + " where n.nspname = 'public' and c.relkind = 'r' order by 3 desc limit 8")) {
                        while (rs.next()) {
                            System.out.printf("  %-9s %-22s %,12d rows %,8d MB (indexes %,d MB)%n", db, rs.getString(1),
                                    rs.getLong(2), rs.getLong(3) >> 20, rs.getLong(4) >> 20);
                        }
                    }
                    // the template's outbox and journal rows, not copied: what they would add per region
                    if (columns(c, "duban_journal").isEmpty()) {
                        continue;
                    }
                    try (ResultSet rs = s.executeQuery("select (select count(*) from duban_outbox), coalesce((select"
                            + " sum(pg_column_size(o.*)) from duban_outbox o), 0), (select count(*) from duban_journal),"
                            + " coalesce((select sum(pg_column_size(j.*)) from duban_journal j), 0)")) {
                        rs.next();
                        System.out.printf("  %-9s not copied: %,d outbox rows (%,d kB), %,d journal rows (%,d kB) of the template%n",
                                db, rs.getLong(1), rs.getLong(2) >> 10, rs.getLong(3), rs.getLong(4) >> 10);
                        out.add(String.format("| %s: the template's outbox / journal rows, not copied | %,d (%,d kB) / %,d (%,d kB) per region | |",
                                db, rs.getLong(1), rs.getLong(2) >> 10, rs.getLong(3), rs.getLong(4) >> 10));
                    }
                }
            }
        }
        out.add("| database sizes (pg_database_size) | " + dbs + " | |");
    }

    private String officeOf(int k) {
        return h.token(Set.of("SUPERVISOR"), region(k), null, "scale-office-" + k);
    }

    /** A generated region answers what the template answers, with its own ids. */
    private void verify(Template t, int k) throws Exception {
        String templateOffice = officeOf(0);
        String office = officeOf(k);
        List<String> checks = new ArrayList<>();
        long task = t.sampleTask() + k * strides.get("task");
        JsonNode a = Harness.json(tasks + "/api/tasks/tasks/" + t.sampleTask(), templateOffice);
        JsonNode b = Harness.json(tasks + "/api/tasks/tasks/" + task, office);
        check(checks, "GET task " + task, b.path("title").equals(a.path("title")) && b.path("regionCode").asText().equals(region(k))
                && b.path("leadUnit").path("name").equals(a.path("leadUnit").path("name"))
                && b.path("responsibleUnits").size() == a.path("responsibleUnits").size(), b.path("title").asText());
        long unit = t.busyUnit() + k * strides.get("unit");
        JsonNode la = Harness.json(tasks + "/api/tasks/units/" + t.busyUnit() + "/tasks?pageSize=50", templateOffice);
        JsonNode lb = Harness.json(tasks + "/api/tasks/units/" + unit + "/tasks?pageSize=50", office);
        check(checks, "unit " + unit + "'s task list", lb.path("pager").path("total").equals(la.path("pager").path("total"))
                && lb.path("items").size() == la.path("items").size()
                && lb.path("items").path(0).path("task").path("title").equals(la.path("items").path(0).path("task").path("title")),
                lb.path("pager").path("total").asText() + " tasks");
        long plan = t.seedPlan() + k * strides.get("plan");
        for (String format : List.of("csv", "xlsx")) {
            HttpResponse<String> ta = Load.send(Harness.get(progress + "/api/progress/plans/" + t.seedPlan()
                    + "/completion-table?period=Q1&format=" + format, templateOffice));
            HttpResponse<String> tb = Load.send(Harness.get(progress + "/api/progress/plans/" + plan
                    + "/completion-table?period=Q1&format=" + format, office));
            boolean same = format.equals("csv") ? tb.body().equals(ta.body()) : Math.abs(tb.body().length() - ta.body().length()) < 64;
            check(checks, "completion table of plan " + plan + " (" + format + ")", tb.statusCode() == 200 && same,
                    tb.statusCode() + ", " + tb.body().length() + " chars" + (format.equals("csv") ? ", "
                            + tb.body().lines().count() + " lines, " + (same ? "identical to the template's" : "DIFFERS from the template's") : ""));
        }
        String report = md5Uuid(t.sampleReport() + ":" + k);
        JsonNode ra = Harness.json(progress + "/api/progress/reports/" + t.sampleReport(), templateOffice);
        JsonNode rb = Harness.json(progress + "/api/progress/reports/" + report, office);
        check(checks, "GET report " + report, rb.path("status").equals(ra.path("status")) && rb.path("narrative").equals(ra.path("narrative"))
                && rb.path("taskId").asLong() == ra.path("taskId").asLong() + k * strides.get("task"), rb.path("status").asText());
        HttpResponse<String> d = Load.send(Harness.get(gateway + "/api/gateway/dashboards/plans/" + plan, office));
        // each part of the dashboard carries how its service answered: ok, unavailable, forbidden, not-found or error
        Map<String, Integer> parts = new TreeMap<>();
        if (d.statusCode() == 200) {
            JSON.readTree(d.body()).findValues("status").stream().map(JsonNode::asText)
                    .filter(x -> Set.of("ok", "unavailable", "forbidden", "not-found", "error").contains(x))
                    .forEach(x -> parts.merge(x, 1, Integer::sum));
        }
        check(checks, "plan dashboard of plan " + plan + " (gateway)", d.statusCode() == 200 && parts.keySet().equals(Set.of("ok")),
                d.statusCode() + ", " + d.body().length() + " chars, parts " + parts);
        out.add("| checks on generated region " + region(k) + " (the last) | " + String.join("; ", checks) + " | all 200, as the template |");
    }

    private static void check(List<String> checks, String what, boolean ok, String detail) {
        System.out.printf("  check %-50s %s (%s)%n", what, ok ? "ok" : "FAILED", detail);
        checks.add(what + ": " + (ok ? "ok" : "FAILED") + " (" + detail + ")");
    }

    static String md5Uuid(String text) throws Exception {
        byte[] d = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder();
        for (byte b : d) {
            hex.append(String.format("%02x", b));
        }
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-"
                + hex.substring(20);
    }

    // ------------------------------------------------------------------------------------------------ the reads

    private void measure(Template t) throws Exception {
        // requests spread over SAMPLES regions spread over the whole data, each with its region's office token
        int[] ks = new int[SAMPLES];
        String[] offices = new String[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            ks[i] = (int) ((long) i * (regions - 1) / SAMPLES) + 1;
            offices[i] = officeOf(ks[i]);
        }
        long su = strides.get("unit");
        long sp = strides.get("plan");
        Result list = h.measure("a unit's task list (page of 50), " + t.busyUnitTasks() + " tasks", loops, i -> {
            int s = i % SAMPLES;
            return Load.status(Harness.get(tasks + "/api/tasks/units/" + (t.busyUnit() + ks[s] * su) + "/tasks?pageSize=50&page="
                    + (1 + (i / SAMPLES) % 2), offices[s])) == 200;
        });
        line(list, "p99 ≤ 30 ms at 1 M tasks");
        for (String format : List.of("csv", "xlsx")) {
            Result table = h.measure("completion table, 96 tasks, Q1, " + format.toUpperCase(), loops, i -> {
                int s = i % SAMPLES;
                return Load.status(Harness.get(progress + "/api/progress/plans/" + (t.seedPlan() + ks[s] * sp)
                        + "/completion-table?period=Q1&format=" + format, offices[s])) == 200;
            });
            line(table, "≤ 50 ms at 1 M tasks / 4 M reports");
        }
        Result dashboard = h.measure("plan dashboard (96 tasks), through the gateway", loops, i -> {
            int s = i % SAMPLES;
            return Load.status(Harness.get(gateway + "/api/gateway/dashboards/plans/" + (t.seedPlan() + ks[s] * sp), offices[s])) == 200;
        });
        line(dashboard, "");
    }

    private void line(Result r, String target) {
        out.add(String.format("| %s%s | %.0f req/s with %d loops; p50 %.2f ms, p99 %.2f ms, max %.2f ms | %s |", r.name(),
                r.failed() > 0 ? " (" + r.failed() + " failed)" : "", r.perSecond(), loops, r.p50(), r.p99(), r.max(), target));
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the statements the measured reads run, as the code writes them, on region k. */
    private void explain(Template t, int k) throws Exception {
        long unit = t.busyUnit() + k * strides.get("unit");
        long plan = t.seedPlan() + k * strides.get("plan");
        String region = region(k);
        List<Long> groups = new ArrayList<>();
        try (Connection c = h.connect("tasks"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select group_id from unit_group_member where unit_id = " + unit)) {
            while (rs.next()) {
                groups.add(rs.getLong(1));
            }
        }
        // TaskQueries.forUnit, as it builds its SQL (no filter, the office's scope)
        String rank = "case tu.role when 'LEAD' then 0 when 'RESPONSIBLE' then 1 when 'RELATED' then 2 end";
        String roles = "select t.id as task_id, 0 as rank, cast(null as varchar) as via from task t where t.lead_unit_id = " + unit
                + " union all select tu.task_id, " + rank + ", cast(null as varchar) from task_unit tu where tu.unit_id = " + unit
                + (groups.isEmpty() ? "" : " union all select tu.task_id, " + rank + ", g.name from task_unit tu"
                        + " join unit_group g on g.id = tu.group_id where tu.group_id in (" + join(groups) + ")");
        String from = " from (select distinct on (task_id) task_id, rank, via from (" + roles + ") r"
                + " order by task_id, rank, via is not null) b join task t on t.id = b.task_id left join plan p on p.id = t.plan_id"
                + " where 1 = 1";
        Map<String, String> tasksSql = new LinkedHashMap<>();
        tasksSql.put("unit's task list: count", "select count(*)" + from);
        tasksSql.put("unit's task list: page of 50", "select t.id, b.rank, b.via" + from + " order by coalesce(t.plan_id, 0), t.position, t.id limit 50");
        tasksSql.put("unit's task list, filtered by year and status (API filters)", "select t.id, b.rank, b.via" + from
                + " and t.year = 2026 and t.status = 'ASSIGNED' order by coalesce(t.plan_id, 0), t.position, t.id limit 50");
        tasksSql.put("a plan's tasks (dashboard: /plans/{id}/tasks)", "select * from task where plan_id = " + plan + " order by position, id limit 1000");
        tasksSql.put("tasks by leader (GET /tasks?leader=, gateway leader dashboard)", "select * from task t where t.region_code = '" + region
                + "' and t.id in (select l.task_id from task_leader l where l.name = '副区长王某某') order by t.id limit 50");
        tasksSql.put("tasks of a region and year (GET /tasks?regionCode=&year=)", "select * from task where region_code = '" + region
                + "' and year = 2026 order by id limit 50");
        Map<String, String> progressSql = new LinkedHashMap<>();
        String p = "'" + plan + "'";
        progressSql.put("table: the plan's tasks (task_view)", "select * from task_view where plan_id = " + p + " and cancelled = false");
        progressSql.put("table: who owed (assignment_span by plan)", "select * from assignment_span where plan_id = " + p);
        progressSql.put("table: the period's reports", "select * from report where plan_id = " + p + " and period = 'Q1'");
        progressSql.put("table: late grants", "select * from late_grant where plan_id = " + p);
        progressSql.put("table: calendar", "select * from calendar_period where plan_id = " + p);
        String unitText = "'" + unit + "'";
        progressSql.put("reports of a region, default order (GET /reports, office)", "select * from report r where r.region_code = '"
                + region + "' order by r.task_id, r.unit_id, r.period, r.version limit 20");
        progressSql.put("reports of a region, the page's count (GET /reports, office)", "select count(*) from report r where r.region_code = '"
                + region + "'");
        progressSql.put("a unit's reports (GET /reports?unitId=, unit dashboard)", "select * from report r where r.region_code = '" + region
                + "' and r.unit_id in (" + unitText + ") order by r.task_id, r.unit_id, r.period, r.version limit 1000");
        progressSql.put("a unit's reports as the unit sees them (GET /reports, unit scope)", "select * from report r where r.region_code = '"
                + region + "' and (r.unit_id = " + unitText + " or (r.status <> 'DRAFT' and r.task_id in (select a.task_id from assignment a"
                + " where a.unit_id = " + unitText + " and a.role = 'LEAD'))) order by r.task_id, r.unit_id, r.period, r.version limit 20");
        progressSql.put("a unit's obligations (GET /obligations?unitId=&year=)", "select * from assignment_span where assigned_until is null"
                + " and unit_id = " + unitText + " and year = 2026 order by year, task_id, unit_id, id limit 1000");
        progressSql.put("obligations of a region (GET /obligations?regionCode=)", "select * from assignment_span where assigned_until is null"
                + " and region_code = '" + region + "' order by year, task_id, unit_id, id limit 20");
        System.out.println();
        System.out.println("EXPLAIN (ANALYZE, BUFFERS) on region " + region + " (unit " + unit + ", plan " + plan + ")");
        for (var db : List.of(Map.entry("tasks", tasksSql), Map.entry("progress", progressSql))) {
            try (Connection c = h.connect(db.getKey()); Statement s = c.createStatement()) {
                for (Map.Entry<String, String> e : db.getValue().entrySet()) {
                    System.out.println();
                    System.out.println("-- " + db.getKey() + ": " + e.getKey());
                    System.out.println("-- " + e.getValue());
                    s.executeQuery("select 1").close();
                    try (ResultSet rs = s.executeQuery("explain (analyze, buffers) " + e.getValue())) {
                        String last = "";
                        while (rs.next()) {
                            last = rs.getString(1);
                            System.out.println(last);
                        }
                    }
                }
            }
        }
    }

    private static String join(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }
}
