package se.riksnorm.sidor;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium: one browser per test class (.ci/run installs chromium and chromium-driver;
 * nothing is downloaded). Every page a test opens is checked by axe-core for WCAG 2.1 A/AA, and screenshots go to
 * target/skarmbilder/ at 1280 px and at tablet size (768 × 1024).
 */
public final class Webblasare implements AutoCloseable {

    public static final Path SKARMBILDER = Path.of("target", "skarmbilder");
    private static final int BREDD = 1280;
    private static final int HOJD = 900;

    private final ChromeDriver driver;
    private final String bas;
    private final Path profil;

    public Webblasare(String bas) {
        this.bas = bas;
        try {
            profil = Files.createTempDirectory("riksnorm-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        File chromium = new File("/usr/bin/chromium");
        File chromedriver = new File("/usr/bin/chromedriver");
        assertThat(chromium).as("Debian's chromium (apt-get install chromium chromium-driver; .ci/run installs it)").exists();
        assertThat(chromedriver).as("Debian's chromium-driver").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--lang=sv-SE",
                "--user-data-dir=" + profil, "--window-size=" + BREDD + "," + HOJD);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "sv-SE,sv"));
        // Chromium takes its own language (date and month fields: ÅÅÅÅ-MM-DD) from the environment
        ChromeDriverService tjanst = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .withEnvironment(java.util.Map.of("LANGUAGE", "sv", "LANG", "sv_SE.UTF-8", "LC_ALL", "sv_SE.UTF-8")).build();
        driver = new ChromeDriver(tjanst, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        try {
            Files.createDirectories(SKARMBILDER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the service and checks the page with axe-core. */
    public void oppna(String path) {
        driver.get(bas + path);
        tillganglighet();
    }

    /** Logs in through the login page's form, as one of the demo users. */
    public void loggaIn(String namn) {
        driver.manage().deleteAllCookies();
        driver.get(bas + "/logga-in");
        driver.findElement(By.cssSelector("button[aria-label='Logga in som " + namn + "']")).click();
        vanta().until(d -> !d.getCurrentUrl().contains("/logga-in"));
    }

    public WebElement hitta(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public String text(String css) {
        return normalisera(hitta(css).getText());
    }

    public String sidtext() {
        return normalisera(driver.findElement(By.tagName("body")).getText());
    }

    /** Sets a field's value as a script would (date and month inputs take typed text by the browser's locale). */
    public void satt(String id, String varde) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), varde);
    }

    public WebDriverWait vanta() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /**
     * axe-core's WCAG 2.1 A and AA rules on the page as it is now: no serious or critical violation.
     */
    public void tillganglighet() {
        Results resultat = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> allvarliga = resultat.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(allvarliga).as(() -> driver.getCurrentUrl() + ": " + allvarliga.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> n.getTarget().toString()).limit(5).toList()).toList()).isEmpty();
    }

    /** The whole page, at 1280 px and at tablet size (768 × 1024), as target/skarmbilder/{namn}-1280.png, -surfplatta.png. */
    public void skarmbild(String namn) {
        skarmbild(namn + "-1280", BREDD);
        skarmbild(namn + "-surfplatta", 768);
        driver.manage().window().setSize(new Dimension(BREDD, HOJD));
    }

    private void skarmbild(String fil, int bredd) {
        driver.manage().window().setSize(new Dimension(bredd, bredd == BREDD ? HOJD : 1024));
        Number hojd = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(bredd, Math.max(bredd == BREDD ? HOJD : 1024, Math.min(hojd.intValue() + 20, 6000))));
        File bild = driver.getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(bild.toPath(), SKARMBILDER.resolve(fil + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The login cookie's value, for a download the test fetches itself. */
    public String inloggningskaka() {
        return driver.manage().getCookieNamed("riksnorm-inloggning").getValue();
    }

    /** Page text with no-break spaces as spaces: "1 234 kr" is written with U+00A0. */
    public static String normalisera(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Override
    public void close() {
        driver.quit();
    }
}
