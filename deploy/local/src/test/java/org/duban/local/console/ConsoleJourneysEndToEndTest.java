package org.duban.local.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.duban.local.DemoFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
    private static final Path CHROMIUM = Path.of(System.getProperty("duban.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("duban.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SHOTS = Path.of("target", "console-screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);

    private static DemoFixture demo;
    private static String gateway;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static final Set<String> calls = new TreeSet<>();
    private static int shot;
    private static String planId;
    private static String taskId;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: no Chromium at " + CHROMIUM + " / " + CHROMEDRIVER + " (apt-get install chromium chromium-driver; .ci/run does)");
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
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("duban-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String password(String who) {
        return "console-" + who + "-" + SUFFIX;
    }

    /** Opens the console afresh (the token lives in memory: a new page is signed out) and signs in through the form. */
    private static void signIn(String who) {
        collectCalls();
        browser.get(gateway + "/");
        WebElement login = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("login")));
        login.sendKeys(who + "-" + SUFFIX);
        // by keyboard, as a person without a mouse would: the password field, then Enter
        browser.findElement(By.name("password")).sendKeys(password(who), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav#nav a")));
    }

    private static void go(String hash) {
        ((JavascriptExecutor) browser).executeScript("location.hash = arguments[0]", hash);
    }

    /** The URLs the page fetched so far (Resource Timing), kept before the page is left. */
    @SuppressWarnings("unchecked")
    private static void collectCalls() {
        if (browser == null || browser.getCurrentUrl() == null || !browser.getCurrentUrl().startsWith(gateway)) {
            return;
        }
        Object names = ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.initiatorType + ' ' + e.name)");
        for (Object name : (List<Object>) names) {
            String entry = name.toString();
            int api = entry.indexOf("/api/");
            if (api > 0) {
                calls.add(entry.substring(api).replaceAll("\\?.*", ""));
            }
        }
    }

    private static WebElement waitFor(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /**
     * What every screen must keep, checked at each screenshot: each control has a label (it sits inside one, or has
     * aria-label), no error alert is shown, and no text of the page was turned into markup (a script element is the
     * console's own only).
     */
    @SuppressWarnings("unchecked")
    private static void checkScreen(String name) {
        List<Object> unlabelled = (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
                        + ".filter(e => !e.closest('label') && !e.getAttribute('aria-label')).map(e => e.outerHTML.slice(0, 120))");
        assertTrue(unlabelled.isEmpty(), name + ": controls without a label: " + unlabelled);
        List<WebElement> alerts = browser.findElements(By.cssSelector("main [role=alert]"));
        assertTrue(alerts.stream().allMatch(a -> a.getText().isBlank()), name + ": " + alerts.stream().map(WebElement::getText).toList());
        Long scripts = (Long) ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('script:not([src])').length");
        assertEquals(0L, scripts, name + ": a script element made from text");
    }

    private static void screenshot(String name) throws IOException {
        checkScreen(name);
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SHOTS.resolve(String.format("%02d-%s.png", ++shot, name)), StandardCopyOption.REPLACE_EXISTING);
    }

    private static int rows(String css) {
        return browser.findElements(By.cssSelector(css + " tbody tr")).size();
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
        waitForText("#report-status", "草稿");
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
        waitFor("#revise-report").click();
        waitForText("#report-status", "草稿");
        WebElement revised = waitFor("#narrative");
        revised.clear();
        revised.sendKeys("已新建口袋公园3个(滨江、沙湖、中山路),完成年度任务的60%。");
        browser.findElement(By.id("save-report")).click();
        waitForText("#report-status", "草稿");

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
        signIn("office");
        go("#/plan/" + demo.demoPlanId() + "/ledger");
        waitFor("#sweep").click();
        waitForText("#sweep-result", "催办");
        wait.until(d -> d.findElement(By.cssSelector("main")).getText().contains("催办"));
        screenshot("ledger-after-sweep");

        go("#/plan/" + demo.demoPlanId() + "/notice");
        WebElement text = waitFor("#notice-text");
        wait.until(d -> !text.getAttribute("value").isBlank());
        text.sendKeys("\n\n控制台冻结测试" + SUFFIX + ":<script>alert(1)</script>");
        int before = rows("main");
        waitFor("#freeze-notice").click();
        wait.until(d -> rows("main") > before);
        screenshot("notice-frozen");
        assertTrue(demo.frozenNoticeContains(SUFFIX), "the frozen notice carries the edited text");
    }

    @Test
    @Order(6)
    void theOtherScreensRenderInBothLanguagesAndOnAPhone() throws IOException {
        signIn("office");
        for (String tab : List.of("completeness", "calendar", "assessment", "tasks")) {
            go("#/plan/" + demo.demoPlanId() + "/" + tab);
            wait.until(d -> d.findElement(By.cssSelector("main")).getText().contains("督办台账")
                    && d.findElements(By.cssSelector("main p.muted")).stream().noneMatch(p -> p.getText().startsWith("加载中")));
            screenshot("office-" + tab);
        }
        // the English switch redraws the same screen in English
        browser.findElement(By.xpath("//header//button[.='English']")).click();
        waitForText("nav#nav", "Plans");
        waitForText("main", "Urging ledger");
        screenshot("office-english");
        browser.findElement(By.xpath("//header//button[.='中文']")).click();
        waitForText("nav#nav", "计划与任务");

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
        collectCalls();
        browser.get(gateway + "/");
        waitFor("input[name=login]").sendKeys("admin-" + SUFFIX);
        browser.findElement(By.name("password")).sendKeys(password("admin") + "-new", Keys.ENTER);
        waitForText("main h2", "操作审计");
    }

    @Test
    @Order(7)
    void everyCallTheConsoleMadeIsInTheMergedOpenApiDocument() throws IOException {
        collectCalls();
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
