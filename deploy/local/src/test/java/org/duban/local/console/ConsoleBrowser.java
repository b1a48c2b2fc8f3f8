package org.duban.local.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.openqa.selenium.By;
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
 * Headless Chromium (Debian's {@code chromium} and {@code chromedriver}, through Selenium) on the web console: signs in
 * through the form by keyboard, waits for what a person would see, takes screenshots (each screen checked for unlabelled
 * controls, error alerts and script made from text) and keeps every {@code /api/…} path the page fetched.
 */
public final class ConsoleBrowser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("duban.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("duban.chromedriver", "/usr/bin/chromedriver"));

    private final String base;
    private final Path shots;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Set<String> calls = new TreeSet<>();
    private int shot;

    /** Why the browser tests cannot run here, or null when Chromium and chromedriver are installed. */
    public static String missing() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) ? null
                : "skipped: no Chromium at " + CHROMIUM + " / " + CHROMEDRIVER + " (apt-get install chromium chromium-driver; .ci/run does)";
    }

    /** A new headless browser on the console at {@code base}, its screenshots under {@code target/<shotsFolder>}. */
    ConsoleBrowser(String base, String shotsFolder) {
        this.base = base;
        this.shots = Path.of("target", shotsFolder);
        try {
            Files.createDirectories(shots);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("duban-chromium"));
            driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // the console redraws a screen after each action and on live events: an element read while it is replaced is
        // looked up again on the next poll
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait await() {
        return wait;
    }

    /** Every {@code /api/…} path (no query) the console fetched so far. */
    Set<String> calls() {
        collectCalls();
        return calls;
    }

    /** Opens the console afresh (the token lives in memory: a new page is signed out) and signs in by keyboard. */
    void signIn(String login, String password) {
        collectCalls();
        driver.get(base + "/");
        waitFor("input[name=login]").sendKeys(login);
        driver.findElement(By.name("password")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav#nav a")));
    }

    void go(String hash) {
        ((JavascriptExecutor) driver).executeScript("location.hash = arguments[0]", hash);
    }

    WebElement waitFor(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    int rows(String css) {
        return driver.findElements(By.cssSelector(css + " tbody tr")).size();
    }

    /** The URLs the page fetched so far (Resource Timing), kept before the page is left. */
    @SuppressWarnings("unchecked")
    private void collectCalls() {
        String url = driver.getCurrentUrl();
        if (url == null || !url.startsWith(base)) {
            return;
        }
        for (Object name : (List<Object>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)")) {
            String entry = name.toString();
            int api = entry.indexOf("/api/");
            if (api > 0) {
                calls.add(entry.substring(api).replaceAll("\\?.*", ""));
            }
        }
    }

    /**
     * What every screen must keep, checked at each screenshot: each control has a label (it sits inside one, or has
     * aria-label), no error alert is shown, and no script element was made from text.
     */
    @SuppressWarnings("unchecked")
    void checkScreen(String name) {
        List<Object> unlabelled = (List<Object>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
                        + ".filter(e => !e.closest('label') && !e.getAttribute('aria-label')).map(e => e.outerHTML.slice(0, 120))");
        assertTrue(unlabelled.isEmpty(), name + ": controls without a label: " + unlabelled);
        List<WebElement> alerts = driver.findElements(By.cssSelector("main [role=alert]"));
        assertTrue(alerts.stream().allMatch(a -> a.getText().isBlank()), name + ": " + alerts.stream().map(WebElement::getText).toList());
        Long scripts = (Long) ((JavascriptExecutor) driver).executeScript("return document.querySelectorAll('script:not([src])').length");
        assertEquals(0L, scripts, name + ": a script element made from text");
    }

    void screenshot(String name) {
        checkScreen(name);
        save(name);
    }

    /** The screen as it is, named FAILED-…, with the text of main printed (for a failure's report). */
    void failureScreenshot(String name) {
        try {
            save("FAILED-" + name);
            System.out.println("[console] " + name + " failed at " + driver.getCurrentUrl() + "; the screen said:\n"
                    + driver.findElement(By.tagName("body")).getText());
        } catch (RuntimeException e) {
            System.out.println("[console] no screenshot of the failure: " + e);
        }
    }

    private void save(String name) {
        try {
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, shots.resolve(String.format("%02d-%s.png", ++shot, name)), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Signs in as each login (with one password) and checks that the screen it lands on is the expected one (its
     * heading) and has rows, with no error and no part saying it is unavailable; screenshots under
     * target/run-command-console. For the run command's demo logins (RunCommandEndToEndTest).
     */
    public static void checkLandings(String gateway, java.util.Map<String, String> headingByLogin, String password) {
        try (ConsoleBrowser ui = new ConsoleBrowser(gateway, "run-command-console")) {
            headingByLogin.forEach((login, heading) -> {
                ui.signIn(login, password);
                ui.waitForText("main h2", heading);
                ui.await().until(d -> ui.rows("main") > 0);
                assertTrue(ui.driver().findElements(By.cssSelector("main .warn")).isEmpty(), login + ": a part says it is unavailable");
                ui.screenshot("landing-" + login);
            });
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
