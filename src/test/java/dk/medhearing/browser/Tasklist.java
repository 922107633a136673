package dk.medhearing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Camunda Tasklist 7.24 with Camunda Forms (form-js), as a user works in it: open a task, take it, fill fields, finish
 * it. Fields are found by their form-js component id ({@code fjs-form-<random>-<id>}), as the DOM names them.
 */
final class Tasklist {

    /** The date format form-js shows (and reads) in a Danish browser. */
    static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    static final By FORM =
            By.cssSelector("[cam-tasklist-form] [cam-tasklist-form-camunda] .fjs-container form.fjs-form");
    static final By NOTIFICATIONS = By.cssSelector(".notifications .alert");

    private final Browser browser;

    Tasklist(Browser browser) {
        this.browser = browser;
    }

    void openTask(String taskId) {
        browser.driver.get(browser.url("/camunda/app/tasklist/default/#/?task=" + taskId));
        browser.await(
                "the task's form",
                d -> d.findElements(
                                        By.cssSelector(
                                                "section.task-details [cam-tasklist-form] .fjs-container form.fjs-form .fjs-element"))
                                .size()
                        > 0);
    }

    /** "Tag opgaven", unless the task is already the user's. */
    void claim() {
        By claim = By.cssSelector("section.task-details button.claim");
        browser.await("the task's header", d -> !d.findElements(By.cssSelector("section.task-details h2"))
                .isEmpty());
        if (browser.all(claim).stream().anyMatch(WebElement::isDisplayed)) {
            browser.click(browser.visible(claim));
            browser.await(
                    "the task is taken", d -> d.findElements(claim).stream().noneMatch(WebElement::isDisplayed));
        }
        browser.await("the form is editable", d -> d.findElements(
                        By.cssSelector("section.task-details [cam-tasklist-form] .disabled-form"))
                .isEmpty());
    }

    WebElement field(String componentId) {
        return browser.visible(By.cssSelector(".fjs-container [id$='-" + componentId + "']"));
    }

    void text(String componentId, String value) {
        browser.type(field(componentId), value);
    }

    void date(String componentId, LocalDate date) {
        WebElement input = browser.visible(By.cssSelector(".fjs-container [id$='-" + componentId + "-date']"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(DANISH_DATE.format(date));
        input.sendKeys(Keys.ENTER);
        browser.script("arguments[0].blur()", input);
        // shown as a Danish browser writes dates: 20.2.2027, 11.12.2026
        browser.await(
                componentId + " shows " + date,
                d -> SHOWN_DATE.format(date).equals(input.getAttribute("value"))
                        || DANISH_DATE.format(date).equals(input.getAttribute("value")));
    }

    void time(String componentId, String hhmm) {
        WebElement input = browser.visible(By.cssSelector(".fjs-container [id$='-" + componentId + "-time']"));
        browser.type(input, hhmm);
        browser.script("arguments[0].blur()", input);
        browser.await(componentId + " shows " + hhmm, d -> hhmm.equals(input.getAttribute("value")));
    }

    /** Ticks ({@code on}) or unticks the checklist entry or radio button of {@code componentId} labelled {@code label}. */
    void choose(String componentId, String label, boolean on) {
        browser.visible(By.cssSelector(".fjs-container [id*='-" + componentId + "-']"));
        WebElement input = browser.all(By.cssSelector(".fjs-container input[id*='-" + componentId + "-']")).stream()
                .filter(i -> i.getAttribute("id").matches(".*-" + componentId + "-\\d+"))
                .filter(i -> label.equals(browser.driver
                        .findElement(By.cssSelector("label[for='" + i.getAttribute("id") + "']"))
                        .getText()
                        .trim()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option '" + label + "' in " + componentId));
        if (input.isSelected() != on) {
            browser.script("arguments[0].click()", input);
        }
        browser.await(componentId + ": " + label + (on ? " chosen" : " not chosen"), d -> input.isSelected() == on);
    }

    /** Every option label of a checklist or radio group. */
    List<String> options(String componentId) {
        browser.visible(By.cssSelector(".fjs-container [id*='-" + componentId + "-']"));
        return browser.all(By.cssSelector(".fjs-container input[id*='-" + componentId + "-']")).stream()
                .filter(i -> i.getAttribute("id").matches(".*-" + componentId + "-\\d+"))
                .map(i -> browser.driver
                        .findElement(By.cssSelector("label[for='" + i.getAttribute("id") + "']"))
                        .getText()
                        .trim())
                .toList();
    }

    void check(String componentId, boolean on) {
        WebElement input = field(componentId);
        if (input.isSelected() != on) {
            browser.script("arguments[0].click()", input);
        }
    }

    String formText() {
        return browser.visible(FORM).getText();
    }

    /** Clicks "Afslut" and waits until {@code done} holds (e.g. the engine has no such task any more). */
    void complete(BooleanSupplier done) {
        browser.click(browser.visible(By.cssSelector("[cam-tasklist-form] .form-actions button.btn-primary")));
        browser.await("the task is finished", d -> {
            List<String> errors = errors();
            if (!errors.isEmpty()) {
                throw new AssertionError("Tasklist reported: " + errors);
            }
            return done.getAsBoolean();
        });
    }

    /** Clicks "Afslut" and returns the error Tasklist shows. */
    String completeExpectingError() {
        browser.click(browser.visible(By.cssSelector("[cam-tasklist-form] .form-actions button.btn-primary")));
        return browser.await("an error notification", d -> {
            List<String> errors = errors();
            return errors.isEmpty() ? null : String.join("\n", errors);
        });
    }

    List<String> errors() {
        return browser.all(NOTIFICATIONS).stream()
                .filter(WebElement::isDisplayed)
                .filter(e -> e.getAttribute("class").matches(".*alert-(danger|warning).*"))
                .map(WebElement::getText)
                .toList();
    }

    List<String> formErrors() {
        return browser.all(By.cssSelector(".fjs-container .fjs-form-field-error")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
    }
}
