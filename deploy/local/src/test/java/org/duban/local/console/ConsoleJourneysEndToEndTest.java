package org.duban.local.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.duban.local.DemoFixture;
import org.duban.local.RunningSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console (issue 17) driven in headless Chromium (Debian's {@code chromium} and {@code chromedriver}, through
 * Selenium) against the packaged suite with the demo data: every role lands on a populated screen; the office imports a
 * document with its live preview and publishes it; the unit's reporter files, the head approves (审定); the office
 * returns the report with a reason, the unit revises, the head approves again and the office accepts; a sweep urges
 * the late; the office edits and freezes a notice. Screenshots of each step go to {@code target/console-screenshots}.
 * Every API call the browser made is checked against the merged OpenAPI document the gateway serves. Skipped, and
 * saying so, where Chromium is not installed ({@code .ci/run} installs it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleJourneysEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);

    private static DemoFixture demo;
    private static String gateway;
    private static ConsoleBrowser ui;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String planId;
    private static String taskId;

    /** On a failure, what the browser showed then (no checks: the failure is the news). */
    @RegisterExtension
    static final TestWatcher SHOT_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (ui != null) {
                ui.failureScreenshot(context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(ConsoleBrowser.missing() == null, ConsoleBrowser.missing());
        demo = DemoFixture.get();
        gateway = demo.gateway();
        for (String[] user : List.of(new String[] {"office", "SUPERVISOR", null, "区政府督查室"},
                new String[] {"reporter", "UNIT_REPORTER", demo.unitId(), "区发改委填报员"},
                new String[] {"head", "UNIT_HEAD", demo.unitId(), "区发改委负责人"},
                new String[] {"leader", "LEADER", null, "张副区长"},
                new String[] {"statistician", "STATISTICIAN", null, "区统计局"},
                new String[] {"admin", "ADMIN", null, "系统管理员"})) {
            demo.addUser(user[0] + "-" + SUFFIX, password(user[0]), user[1], user[2], user[3]);
        }
        ui = new ConsoleBrowser(gateway, "console-screenshots");
        browser = ui.driver();
        wait = ui.await();
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    private static String password(String who) {
        return "console-" + who + "-" + SUFFIX;
    }

    private static void signIn(String who) {
        ui.signIn(who + "-" + SUFFIX, password(who));
    }

    private static void go(String hash) {
        ui.go(hash);
    }

    private static WebElement waitFor(String css) {
        return ui.waitFor(css);
    }

    private static void waitForText(String css, String text) {
        ui.waitForText(css, text);
    }

    private static int rows(String css) {
        return ui.rows(css);
    }

    private static void screenshot(String name) {
        ui.screenshot(name);
    }

    @Test
    @Order(1)
    void everyRoleLandsOnAPopulatedScreen() throws IOException {
        Map<String, String> landing = Map.of("office", "计划与任务", "reporter", "我的待办", "head", "我的待办",
                "leader", "我分管的任务", "statistician", "指标看板", "admin", "操作审计");
        for (String who : List.of("office", "reporter", "head", "leader", "statistician", "admin")) {
            signIn(who);
            waitForText("main h2", landing.get(who));
            wait.until(d -> rows("main") > 0);
            assertTrue(browser.findElements(By.cssSelector("main .warn")).isEmpty(), who + ": a part of the screen says it is unavailable");
            screenshot("landing-" + who);
        }
    }

    @Test
    @Order(2)
    void theOfficeImportsWithALivePreviewAndPublishes() throws IOException {
        signIn("office");
        go("#/import");
        WebElement text = waitFor("textarea[name=text]");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
                text, demo.journeyPlan(SUFFIX));
        waitForText("#preview-tasks", "2");
        // the units as read, by name; the office adds a responsible unit to the second task: the preview is redrawn with it
        assertEquals("区发改委", waitFor("input[data-task='1'][data-field=leadUnits]").getAttribute("value"));
        WebElement responsible = waitFor("input[data-task='2'][data-field=responsibleUnits]");
        responsible.clear();
        responsible.sendKeys("区建设局", Keys.TAB);
        wait.until(ExpectedConditions.stalenessOf(responsible));
        assertEquals("区建设局", waitFor("input[data-task='2'][data-field=responsibleUnits]").getAttribute("value"));
        screenshot("import-preview");
        browser.findElement(By.id("commit-import")).click();
        WebElement publish = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[@id='committed']//button")));
        publish.click();
        wait.until(d -> d.getCurrentUrl().matches(".*#/plan/\\d+$"));
        planId = browser.getCurrentUrl().replaceAll(".*#/plan/(\\d+)$", "$1");
        waitForText("main h2", SUFFIX);
        wait.until(d -> rows("main") >= 2);
        assertTrue(browser.findElement(By.cssSelector("main")).getText().contains("已发布"));
        screenshot("plan-published");
        taskId = demo.taskIdOf(planId, "口袋公园");
        assertTrue(demo.responsibleUnits(taskId).contains("区建设局"), "the office's correction was committed");
    }

    @Test
    @Order(3)
    void theUnitFilesTheHeadApprovesTheOfficeReturnsThenAccepts() throws Exception {
        Assumptions.assumeTrue(taskId != null, "the import journey did not run");
        demo.awaitObligation(taskId);
        signIn("reporter");
        wait.until(d -> !d.findElements(By.xpath("//main//a[contains(., '" + SUFFIX + "') and contains(., '口袋公园')]")).isEmpty());
        screenshot("reporter-todo");
        go("#/report/" + taskId + "/ANNUAL");
        WebElement narrative = waitFor("#narrative");
        narrative.sendKeys("已新建口袋公园3个,完成年度任务的60%。");
        browser.findElement(By.name("percentOfAnnual")).sendKeys("60");
        browser.findElement(By.id("save-report")).click();
        wait.until(ExpectedConditions.stalenessOf(narrative)); // saved: the form is drawn again from the stored report
        waitForText("#report-status", "草稿");
        assertTrue(waitFor("#narrative").getAttribute("value").contains("口袋公园3个"));
        screenshot("reporter-draft");

        signIn("head");
        go("#/report/" + taskId + "/ANNUAL");
        waitFor("#approve-report").click();
        waitForText("#report-status", "待审核");
        screenshot("head-approved");

        signIn("office");
        go("#/plan/" + planId + "/review");
        WebElement card = waitFor("#review .report");
        card.findElement(By.name("reason")).sendKeys("请补充公园名称和位置。");
        card.findElement(By.cssSelector("button.return")).click();
        waitFor("#review-empty");
        screenshot("office-returned");

        signIn("reporter");
        go("#/report/" + taskId + "/ANNUAL");
        waitForText("#report-status", "请补充公园名称和位置");
        WebElement returned = waitFor("#narrative");
        waitFor("#revise-report").click();
        wait.until(ExpectedConditions.stalenessOf(returned));
        waitForText("#report-status", "草稿");
        WebElement revised = waitFor("#narrative");
        revised.clear();
        revised.sendKeys("已新建口袋公园3个(滨江、沙湖、中山路),完成年度任务的60%。");
        browser.findElement(By.id("save-report")).click();
        wait.until(ExpectedConditions.stalenessOf(revised));
        wait.until(d -> d.findElement(By.id("narrative")).getAttribute("value").contains("滨江"));

        signIn("head");
        go("#/report/" + taskId + "/ANNUAL");
        waitFor("#approve-report").click();
        waitForText("#report-status", "待审核");

        signIn("office");
        go("#/plan/" + planId + "/review");
        WebElement again = waitFor("#review .report");
        assertTrue(again.getText().contains("滨江"), again.getText());
        again.findElement(By.xpath(".//button[contains(., '查看修改')]")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#review .diff-ADDED")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("#review .diff-ADDED")).getText().contains("滨江"));
        screenshot("office-diff");
        again.findElement(By.cssSelector("button.accept")).click();
        waitFor("#review-empty");
        screenshot("office-accepted");
        assertEquals("ACCEPTED", demo.reportStatus(taskId, "ANNUAL"));
    }

    @Test
    @Order(4)
    void theReviewQueueUpdatesLiveWhenAUnitSubmits() throws IOException {
        Assumptions.assumeTrue(planId != null, "the import journey did not run");
        String other = demo.taskIdOf(planId, "老旧小区");
        demo.awaitObligation(other);
        signIn("office");
        go("#/plan/" + planId + "/review");
        waitFor("#review-empty");
        wait.until(d -> "open".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
        // submitted elsewhere (the unit's own client): the open queue shows it from the event stream, nobody reloads
        demo.submitReport(other, "ANNUAL", "老旧小区改造已开工5个" + SUFFIX + "。");
        waitForText("#review", "老旧小区改造已开工5个" + SUFFIX);
        screenshot("review-live");
    }

    @Test
    @Order(5)
    void aSweepUrgesTheLateAndTheOfficeFreezesANotice() throws IOException {
        Assumptions.assumeTrue(planId != null, "the import journey did not run");
        signIn("office");
        // the journey's own plan: its first three quarters are past their deadlines with nothing reported by 区建设局
        go("#/plan/" + planId + "/ledger");
        RunningSuite.todayIsAWorkingDay();
        waitFor("#sweep").click();
        waitForText("#sweep-result", "催办");
        wait.until(d -> !d.findElements(By.xpath("//main//tbody//tr[td[.='催办'] and td[.='区建设局']]")).isEmpty());
        // the refresh that brought the ledger lines keeps the sweep's counts on screen (it wiped them: break-it trial)
        waitForText("#sweep-result", "催办");
        screenshot("ledger-after-sweep");

        go("#/plan/" + planId + "/notice");
        waitFor("#preview-table").click();
        wait.until(d -> !d.findElements(By.cssSelector("#table-preview tbody tr")).isEmpty());
        WebElement text = waitFor("#notice-text");
        wait.until(d -> !text.getAttribute("value").isBlank());
        text.sendKeys("\n\n控制台冻结测试" + SUFFIX + ":<script>alert(1)</script>");
        int before = rows("#frozen");
        waitFor("#freeze-notice").click();
        wait.until(d -> rows("#frozen") > before);
        screenshot("notice-frozen");
        assertTrue(demo.frozenNoticeContains(planId, SUFFIX), "the frozen notice carries the edited text");
        // the office edited the body only: the document keeps one title and no markdown marks
        String html = demo.frozenNoticeHtml(planId);
        assertEquals(1, html.split("完成情况的通报</h1", -1).length - 1, "one title:\n" + html);
        assertTrue(!html.contains("完成情况的通报</p"), "the title again in the body:\n" + html);
        assertTrue(!html.contains("##") && !html.contains("# 关于"), "no markdown marks in the frozen notice:\n" + html);
    }

    @Test
    @Order(6)
    void theUnitDraftsAndSubmitsAWorkPlanAndTheOfficeApprovesIt() throws IOException {
        Assumptions.assumeTrue(planId != null, "the import journey did not run");
        signIn("reporter");
        go("#/work-plans");
        WebElement form = waitFor("#work-plan-form");
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("taskId")))
                .selectByVisibleText(browser.findElement(By.xpath("//select[@name='taskId']/option[contains(., '口袋公园') and contains(., '"
                        + SUFFIX + "')]")).getText());
        form.findElement(By.name("overallResponsible")).sendKeys("王主任");
        List<WebElement> cells = form.findElements(By.cssSelector("tbody tr input"));
        cells.get(0).sendKeys("选址并完成5个口袋公园设计" + SUFFIX);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", cells.get(1), DemoFixture.currentYear() + "-06-30");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement submit = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//main//tr[contains(., '选址并完成5个口袋公园设计" + SUFFIX + "')]//button[contains(., '报送督查室')]")));
        screenshot("work-plan-draft");
        submit.click();
        wait.until(d -> d.findElement(By.xpath("//main//tr[contains(., '选址并完成5个口袋公园设计" + SUFFIX + "')]")).getText().contains("待审核"));

        signIn("office");
        go("#/plan/" + planId + "/work-plans");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//main//tr[contains(., '" + SUFFIX + "')]//button[contains(., '批准')]"))).click();
        wait.until(d -> d.findElement(By.xpath("//main//tr[contains(., '选址并完成5个口袋公园设计" + SUFFIX + "')]")).getText().contains("已批准"));
        screenshot("work-plan-approved");

        // the matrix filtered by a unit: the URL keeps the filter, fewer rows than the whole plan
        go("#/plan/" + demo.demoPlanId() + "/tasks");
        wait.until(d -> rows("main") > 0);
        int all = rows("main");
        new org.openqa.selenium.support.ui.Select(waitFor("select[name=unitId]")).selectByVisibleText("区建设局");
        browser.findElement(By.xpath("//form[@aria-label='筛选']//button")).click();
        wait.until(d -> d.getCurrentUrl().contains("unitId="));
        wait.until(d -> rows("main") > 0 && rows("main") < all);
        screenshot("matrix-filtered");
    }

    /**
     * The office moves the journey plan's Q1 deadline in the calendar tab, sees the calendar marked as its own, then
     * puts it back on the default (4/10 on the official schedule) — the API had the reset, the console had no editor.
     */
    @Test
    @Order(7)
    void theOfficeMovesADeadlineAndPutsTheCalendarBack() throws IOException {
        Assumptions.assumeTrue(planId != null, "the import journey did not run");
        int year = DemoFixture.currentYear();
        signIn("office");
        go("#/plan/" + planId + "/calendar");
        WebElement q1 = waitFor("#calendar-form input[data-period=Q1]");
        assertEquals(year + "-04-10", q1.getAttribute("value"));
        assertTrue(browser.findElements(By.id("reset-calendar")).isEmpty(), "a default calendar has nothing to reset");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", q1, year + "-04-17");
        browser.findElement(By.cssSelector("#calendar-form button[type=submit]")).click();
        WebElement reset = wait.until(ExpectedConditions.elementToBeClickable(By.id("reset-calendar")));
        assertEquals(year + "-04-17", waitFor("#calendar-form input[data-period=Q1]").getAttribute("value"));
        screenshot("calendar-customised");
        reset.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reset-calendar")));
        assertEquals(year + "-04-10", waitFor("#calendar-form input[data-period=Q1]").getAttribute("value"));
    }

    @Test
    @Order(8)
    void theOtherScreensRenderInBothLanguagesAndOnAPhone() throws IOException {
        signIn("office");
        for (String tab : List.of("completeness", "calendar", "assessment", "tasks")) {
            go("#/plan/" + demo.demoPlanId() + "/" + tab);
            wait.until(d -> d.findElement(By.cssSelector("main")).getText().contains("督办台账")
                    && d.findElements(By.cssSelector("main p.muted")).stream().noneMatch(p -> p.getText().startsWith("加载中")));
            screenshot("office-" + tab);
        }
        // every count is shown, a 0 included
        assertTrue(browser.findElements(By.cssSelector("main .card .stat")).stream().noneMatch(e -> e.getText().isBlank()),
                "a blank count on the plan's cards");
        // the English switch redraws the same screen in English
        browser.findElement(By.xpath("//header//button[.='English']")).click();
        waitForText("nav#nav", "Plans");
        waitForText("main", "Urging ledger");
        screenshot("office-english");
        browser.findElement(By.xpath("//header//button[.='中文']")).click();
        waitForText("nav#nav", "计划与任务");

        // a unit's reporter reaching an office screen by its URL is told it is not for them
        signIn("reporter");
        go("#/plan/" + demo.demoPlanId() + "/review");
        waitForText("#no-access", "不使用此页面");
        assertTrue(browser.findElements(By.cssSelector("main button")).isEmpty(), "no office button for a reporter");

        signIn("statistician");
        go("#/figures");
        waitFor("select[name=indicator]");
        screenshot("statistician-figures");

        // a unit's reporter on a phone-sized window: the to-do list is there and fits
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn("reporter");
            wait.until(d -> rows("main") > 0);
            Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertTrue(overflow <= 0, "the page is wider than the phone by " + overflow + " px");
            screenshot("reporter-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 900));
        }

        // changing one's own password, then signing in with the new one
        signIn("admin");
        go("#/password");
        waitFor("input[name=currentPassword]").sendKeys(password("admin"));
        browser.findElement(By.name("newPassword")).sendKeys(password("admin") + "-new", Keys.ENTER);
        waitForText("#password-status", "密码已修改");
        ui.signIn("admin-" + SUFFIX, password("admin") + "-new");
        waitForText("main h2", "操作审计");
    }

    @Test
    @Order(9)
    void everyCallTheConsoleMadeIsInTheMergedOpenApiDocument() throws IOException {
        Set<String> calls = ui.calls();
        Assumptions.assumeTrue(!calls.isEmpty(), "no journey ran");
        JsonNode merged = JSON.readTree(given().baseUri(gateway).when().get("/api/gateway/openapi.json").then().statusCode(200)
                .extract().asString());
        List<Pattern> templates = new ArrayList<>();
        merged.path("paths").fieldNames().forEachRemaining(p -> templates.add(Pattern.compile(p.replaceAll("\\{[^}]+}", "[^/]+"))));
        List<String> unknown = calls.stream().filter(c -> templates.stream().noneMatch(t -> t.matcher(c).matches())).toList();
        assertTrue(unknown.isEmpty(), "calls outside the merged OpenAPI document: " + unknown);
        assertTrue(calls.size() >= 15, "the journeys made these calls: " + calls);
    }
}
