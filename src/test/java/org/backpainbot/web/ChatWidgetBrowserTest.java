package org.backpainbot.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The widget in a real headless Chromium on the demo page, which is served with a strict CSP: open it from the
 * keyboard, ask, read the answer with its source and reference, follow a suggestion. Screenshots go to
 * /tmp/widget.png and /tmp/widget-phone.png for a human look.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FakeChatService.Config.class)
class ChatWidgetBrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser(@TempDir Path profile) {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must install chromium and chromium-driver");
            }
            abort("no " + CHROMEDRIVER + " or " + CHROMIUM + " here");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void askFollowASuggestionAndSeeAnEmergencyOnAStrictPage() throws IOException {
        driver.get("http://localhost:" + port + "/");
        SearchContext widget = driver.findElement(By.id("backpain-bot-widget")).getShadowRoot();
        WebElement bubble = widget.findElement(By.cssSelector(".bpb-bubble"));
        bubble.sendKeys(Keys.ENTER);
        assertThat(activeClass()).as("focus moves to the question box").contains("bpb-input");
        await(() -> text(widget, ".bpb-log").contains("Hi, I'm here to help"));

        WebElement input = widget.findElement(By.cssSelector(".bpb-input"));
        input.sendKeys("Why does my back hurt after the epidural?", Keys.ENTER);
        await(() -> widget.findElements(By.cssSelector(".bpb-source")).size() == 1);
        assertThat(text(widget, ".bpb-log")).contains("Answer to: Why does my back hurt after the epidural?");
        assertThat(text(widget, ".bpb-source")).startsWith("Source: \"The article\"");
        WebElement doi = widget.findElement(By.cssSelector(".bpb-citations a"));
        assertThat(doi.getAttribute("href")).isEqualTo("https://doi.org/10.1000/xyz123");
        assertThat(doi.getAttribute("rel")).contains("noopener");
        assertThat(widget.findElement(By.cssSelector(".bpb-log")).getAttribute("aria-live")).isEqualTo("polite");
        screenshot("/tmp/widget.png");

        List<WebElement> chips = widget.findElements(By.cssSelector(".bpb-chip"));
        chips.get(chips.size() - 1).click();
        await(() -> text(widget, ".bpb-log").contains("All about heat-ice."));

        input.sendKeys("my legs are numb", Keys.ENTER);
        await(() -> widget.findElements(By.cssSelector(".bpb-emergency .bpb-advice")).size() == 1);
        assertThat(text(widget, ".bpb-emergency .bpb-advice")).contains("call emergency services now");
        assertThat(text(widget, ".bpb-emergency .bpb-body")).as("advice is shown once, on top")
                .doesNotContain("call emergency services now");
        input.sendKeys("I have a fever too", Keys.ENTER);
        await(() -> widget.findElements(By.cssSelector(".bpb-notice")).size() == 1);

        driver.manage().window().setSize(new Dimension(390, 844));
        await(() -> widget.findElement(By.cssSelector(".bpb-panel")).getSize().getWidth() == viewportWidth());
        screenshot("/tmp/widget-phone.png");
        driver.manage().window().setSize(new Dimension(1280, 900));

        input.sendKeys(Keys.ESCAPE);
        assertThat(widget.findElement(By.cssSelector(".bpb-panel")).isDisplayed()).isFalse();
        assertThat(activeClass()).as("focus returns to the bubble").contains("bpb-bubble");

        List<String> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy") || m.contains("Error"))
                .toList();
        assertThat(problems).as("no CSP violations or script errors").isEmpty();
    }

    private static String text(SearchContext context, String css) {
        return context.findElement(By.cssSelector(css)).getText();
    }

    private static String activeClass() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('backpain-bot-widget').shadowRoot.activeElement.className"));
    }

    private static long viewportWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).until(d -> condition.getAsBoolean());
    }

    private static void screenshot(String path) throws IOException {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of(path), StandardCopyOption.REPLACE_EXISTING);
    }
}
