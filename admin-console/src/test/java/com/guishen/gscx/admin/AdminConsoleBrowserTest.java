package com.guishen.gscx.admin;

import static com.guishen.gscx.admin.TestVenue.SYMBOL;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.gateway.FixInitiator;
import com.guishen.gscx.gateway.fix.FixMessageDecoder;
import com.guishen.gscx.gateway.fix.FixMsgType;
import com.guishen.gscx.gateway.fix.FixTags;
import com.guishen.gscx.ledger.ExportVerifier;
import com.guishen.gscx.ledger.Verification;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The console in a real headless Chromium (Debian's chromium and chromedriver, no driver download):
 * an operator watches a FIX order reach the book, halts the instrument and sees the next order
 * rejected, resumes; an auditor downloads a ledger export that verifies; a wrong password is refused.
 * A failing step leaves a screenshot in {@code target/browser-screenshots/}.
 */
class AdminConsoleBrowserTest
{
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ROW = "#instruments tr[data-symbol='" + SYMBOL + "']";

    @TempDir
    Path dir;

    private TestVenue venue;
    private WebDriver browser;
    private Path downloads;
    private String testName;

    @BeforeEach
    void start(final TestInfo info) throws Exception
    {
        testName = info.getTestMethod().orElseThrow().getName();
        venue = new TestVenue(dir.resolve("data"));
        downloads = Files.createDirectories(dir.resolve("downloads"));
        final ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--no-first-run",
            "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        final Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        final ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop()
    {
        if (browser != null)
        {
            browser.quit();
        }
        venue.close();
    }

    @Test
    void operatorsHaltAndResumeWhileOrdersArriveOverFixAndAuditorsDownloadAnExportThatVerifies() throws Exception
    {
        final List<String> reports = new CopyOnWriteArrayList<>();
        final FixInitiator.Listener listener = (msgType, message) ->
        {
            if (msgType == FixMsgType.EXECUTION_REPORT)
            {
                reports.add(field(message, FixTags.CL_ORD_ID) + ":" + field(message, FixTags.ORD_STATUS) + ":" +
                    field(message, FixTags.TEXT));
            }
        };
        final String fixHost = venue.gateway.address().split(":")[0];
        try (FixInitiator buyer = FixInitiator.logOn(fixHost, venue.gateway.port(), "szlab", "szlab-secret", "GSCX",
            listener))
        {
            screenshotOnFailure(() ->
            {
                browser.get(venue.console.url());
                logIn("operator", "a-wrong-password");
                waitFor(() -> text("login-error").equals("wrong user or password"));
                assertTrue(browser.findElement(By.id("console-view")).getAttribute("hidden") != null);

                logIn("operator", "operator-secret");
                waitFor(() -> text("whoami-role").equals("OPERATOR"));
                click(By.cssSelector(ROW));

                buyer.newOrder("B-1", SYMBOL, (byte)'1', FixedPoint.parse("16.25"), 5, (byte)'1');
                waitFor(() -> cells(instrumentRow()).get(3).equals("16.25"));
                waitFor(() -> browser.findElement(By.id("book-bids")).getText().equals("5 16.25"));

                click(By.cssSelector(ROW + " button[data-action=halt]"));
                waitFor(() -> cells(instrumentRow()).get(1).equals("HALTED"));
                buyer.newOrder("B-2", SYMBOL, (byte)'1', FixedPoint.parse("16.30"), 1, (byte)'1');
                waitFor(() -> reports.stream().anyMatch(report -> report.startsWith("B-2:8:")));
                waitFor(() -> browser.findElement(By.id("rejects")).getText()
                    .contains("szlab " + SYMBOL + " INSTRUMENT_HALTED"));
                waitFor(() -> browser.findElement(By.id("book-bids")).getText().equals("5 16.25")); // a halt keeps resting orders

                click(By.cssSelector(ROW + " button[data-action=resume]"));
                waitFor(() -> cells(instrumentRow()).get(1).equals("OPEN"));
                buyer.newOrder("B-3", SYMBOL, (byte)'1', FixedPoint.parse("16.30"), 2, (byte)'1');
                waitFor(() -> browser.findElement(By.id("book-bids")).getText()
                    .equals("2 16.30\n5 16.25"));
                waitFor(() -> browser.findElement(By.id("audit")).getText().contains("RESUME"));

                browser.findElement(By.id("logout")).click();
                waitFor(() -> browser.findElement(By.id("login-view")).isDisplayed());
                logIn("auditor", "auditor-secret");
                waitFor(() -> text("whoami-role").equals("AUDITOR"));
                assertTrue(browser.findElements(By.cssSelector("button[data-action=halt]")).stream()
                    .noneMatch(WebElement::isDisplayed), "an auditor is offered no operator action");
                browser.findElement(By.id("export-jsonl")).click();
                final Path export = await().atMost(WAIT).until(() -> downloaded("gscx-ledger.jsonl"),
                    file -> file != null);
                final Verification verification = ExportVerifier.verifyExport(export, false);
                assertTrue(verification.ok(), verification.message());
                assertEquals(1, verification.entries());
                assertTrue(Files.readString(export, StandardCharsets.UTF_8).contains("DEPOSIT/szlab"));
            });
        }
    }

    private void logIn(final String user, final String password)
    {
        final WebElement userField = browser.findElement(By.id("login-user"));
        userField.clear();
        userField.sendKeys(user);
        final WebElement passwordField = browser.findElement(By.id("login-password"));
        passwordField.clear();
        passwordField.sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    private String text(final String id)
    {
        return browser.findElement(By.id(id)).getText();
    }

    private WebElement instrumentRow()
    {
        return browser.findElement(By.cssSelector(ROW));
    }

    /** Waits for a condition on the page; the page redraws its tables every second, so a found element may go stale. */
    private static void waitFor(final java.util.concurrent.Callable<Boolean> condition)
    {
        await().atMost(WAIT).ignoreException(StaleElementReferenceException.class).until(condition);
    }

    private void click(final By element)
    {
        waitFor(() ->
        {
            browser.findElement(element).click();
            return true;
        });
    }

    private static List<String> cells(final WebElement row)
    {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private Path downloaded(final String name) throws Exception
    {
        try (Stream<Path> files = Files.list(downloads))
        {
            // Chromium writes <name>.crdownload first and renames it when the download is complete
            return files.filter(file -> file.getFileName().toString().equals(name)).findFirst().orElse(null);
        }
    }

    private static String field(final FixMessageDecoder message, final int tag)
    {
        final int index = message.indexOf(tag);
        if (index < 0)
        {
            return "";
        }
        final byte[] value = new byte[message.valueLengthAt(index)];
        message.copyValue(index, value, 0);
        return new String(value, StandardCharsets.US_ASCII);
    }

    /** A step that may throw anything. */
    private interface Step
    {
        void run() throws Exception;
    }

    private void screenshotOnFailure(final Step step) throws Exception
    {
        try
        {
            step.run();
        }
        catch (final Exception | AssertionError failure)
        {
            final Path screenshots = Files.createDirectories(Path.of("target", "browser-screenshots"));
            final Path file = screenshots.resolve(testName + ".png");
            Files.write(file, ((TakesScreenshot)browser).getScreenshotAs(OutputType.BYTES));
            Files.writeString(screenshots.resolve(testName + ".html"), browser.getPageSource());
            failure.addSuppressed(new AssertionError("screenshot: " + file.toAbsolutePath()));
            throw failure;
        }
    }
}
