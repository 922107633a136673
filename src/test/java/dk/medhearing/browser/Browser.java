package dk.medhearing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, as a Danish user in Copenhagen sees the app. Nothing is
 * downloaded: the browser and driver paths are given, so Selenium Manager never runs. Every step can be saved as a
 * screenshot under {@code target/browser-screenshots/<test>/}.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("medhearing.browser.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("medhearing.browser.chromedriver", "/usr/bin/chromedriver");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    final ChromeDriver driver;
    private final ChromeDriverService service;
    private final String base;
    private final Path shots;
    private int shot;

    private Browser(ChromeDriverService service, ChromeDriver driver, String base, Path shots) {
        this.service = service;
        this.driver = driver;
        this.base = base;
        this.shots = shots;
    }

    static Browser open(String base, String name) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException(
                    "The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                            + "): apt-get install chromium chromium-driver (mvn -B verify does in its package phase)");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Europe/Copenhagen", "LANGUAGE", "da", "LANG", "da_DK.UTF-8"))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--lang=da",
                "--window-size=1400,1100",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "da-DK,da"));
        ChromeDriver driver = new ChromeDriver(service, options);
        // headless Chromium takes its JavaScript locale (Intl, which form-js formats dates with) from here, not --lang
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "da-DK"));
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Copenhagen"));
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
        Path shots = Path.of("target", "browser-screenshots", name);
        try {
            Files.createDirectories(shots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Browser(service, driver, base, shots);
    }

    String url(String path) {
        return base + path;
    }

    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(200))
                .withMessage(what)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    WebElement visible(By by) {
        return await("visible: " + by, d -> d.findElements(by).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String text(By by) {
        return visible(by).getText();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves a screenshot {@code NN-step.png}; kept whatever the outcome. */
    Path screenshot(String step) {
        Path file = shots.resolve(String.format("%02d-%s.png", ++shot, step.replaceAll("[^A-Za-z0-9æøåÆØÅ_-]+", "-")));
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(shots.resolve(String.format("%02d-%s.html", shot, "page")), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // a screenshot must never hide the test's own outcome
        }
        return file;
    }

    /** Logs out (cookies gone) and in again as {@code user} in the given webapp's login form. */
    void login(String app, String user) {
        driver.manage().deleteAllCookies();
        driver.get(url("/camunda/app/" + app + "/default/"));
        signIn(app, user);
    }

    /** Signs in as {@code user} in the login form the webapp shows on the current page (opened without a session). */
    void signIn(String app, String user) {
        typeLogin(app, user, "demo");
        await(
                "logged in to " + app + " as " + user,
                d -> d.findElements(By.cssSelector("form[name='signinForm']")).stream()
                                .noneMatch(WebElement::isDisplayed)
                        && !d.findElements(By.cssSelector("[cam-widget-header] .navbar-brand"))
                                .isEmpty());
    }

    /**
     * Tries to sign in as {@code user} with a password that the login form refuses (on the login form shown, or a
     * fresh one); returns the notice the page shows for this attempt.
     */
    String refusedLogin(String app, String user, String password) {
        By form = By.cssSelector("form[name='signinForm']");
        if (driver.findElements(form).stream().noneMatch(WebElement::isDisplayed)) {
            driver.manage().deleteAllCookies();
            driver.get(url("/camunda/app/" + app + "/default/"));
        }
        // the notice of an earlier attempt is closed with its "×", as a user would, so the next one is this attempt's
        By notices = By.cssSelector(".alert");
        driver.findElements(By.cssSelector(".alert .close")).stream()
                .filter(WebElement::isDisplayed)
                .forEach(WebElement::click);
        await("earlier notices closed", d -> d.findElements(notices).stream().noneMatch(WebElement::isDisplayed));
        typeLogin(app, user, password);
        return await("a notice on the login page of " + app, d -> d.findElements(By.cssSelector(".alert")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .findFirst()
                .orElse(null));
    }

    private void typeLogin(String app, String user, String secret) {
        By name = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
        try {
            visible(name);
        } catch (TimeoutException slowStart) {
            screenshot(app + "-login-slow");
            driver.navigate().refresh(); // a busy machine can stall the first load of the AngularJS app: once more
            visible(name);
        }
        By passwordField = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
        // the AngularJS form can be re-rendered while it is typed into (keys then land in the other field):
        // typed again until both fields hold what was typed
        for (int attempt = 1; ; attempt++) {
            WebElement nameInput = visible(name);
            nameInput.clear();
            nameInput.sendKeys(user);
            WebElement password = visible(passwordField);
            password.clear();
            password.sendKeys(secret);
            if (user.equals(visible(name).getDomProperty("value"))
                    && secret.equals(visible(passwordField).getDomProperty("value"))) {
                break;
            }
            if (attempt == 3) {
                throw new IllegalStateException("The login form did not keep what was typed for " + user);
            }
        }
        screenshot(app + "-login-" + user);
        visible(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    }

    /** Types into a field and leaves it, as a user does: form-js takes a text field's value when it loses focus. */
    void type(WebElement input, String value) {
        script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        script("arguments[0].blur()", input);
    }

    /** Clicks a button in the middle of the window, clear of Tasklist's fixed footer. */
    void click(WebElement button) {
        script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
