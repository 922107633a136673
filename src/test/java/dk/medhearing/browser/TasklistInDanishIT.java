package dk.medhearing.browser;

import dk.medhearing.hearing.HearingInput;
import dk.medhearing.support.HearingDriver;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist as the MED chair, the minute-taker and the administration meet it every day, in a Danish Chromium: which
 * hearing a task is for, form-js's own texts and date picker in Danish, a broken rule said once and in view, and no
 * control that shows English or leads to an error.
 */
class TasklistInDanishIT extends AbstractBrowserTest {

    /** English that Tasklist or form-js can show; none of it may be visible (whole words, case as shown). */
    private static final List<String> ENGLISH = List.of(
            "Claim",
            "Complete",
            "Save",
            "Cancel",
            "Close",
            "Search",
            "Sort",
            "Sorting",
            "Due",
            "Created",
            "Priority",
            "Follow-up",
            "History",
            "Form",
            "Diagram",
            "Description",
            "Variables",
            "Assignee",
            "Groups",
            "Add",
            "Remove",
            "Reset",
            "Select",
            "Loading",
            "Error",
            "Failed",
            "Field",
            "required",
            "Value",
            "ago",
            "minutes",
            "hours",
            "days",
            "Sun",
            "Mon",
            "Tue",
            "Wed",
            "Thu",
            "Fri",
            "Sat",
            "Monday",
            "Sunday",
            "January",
            "December",
            "undefined",
            "null",
            "NaN",
            "Keyboard",
            "Shortcuts",
            "Start process",
            "Sign out",
            "My Profile",
            "yyyy",
            "hh:mm",
            "No results",
            "Add new",
            "Nothing to show");

    private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![\\p{L}-])("
            + String.join("|", ENGLISH.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}-])");
    /**
     * The visible text of the page (open dialogs included) and the visible fields' placeholders, without what users
     * wrote (task names carry hearing titles, form fields their values).
     */
    private static final String VISIBLE_TEXT = """
            const skip = '.tasks-list .names h4, section.task-card .names h2, .fjs-form-field-text, textarea, input';
            const texts = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const e = n.parentElement;
              if (n.data.trim() && e && !e.closest(skip) && !e.closest('script, style')
                  && e.checkVisibility({ visibilityProperty: true, opacityProperty: true })) {
                texts.push(n.data.trim());
              }
            }
            document.querySelectorAll('input[placeholder], textarea[placeholder]').forEach(i => {
              if (i.checkVisibility()) { texts.push(i.getAttribute('placeholder')); }
            });
            return texts.join('\\n');
            """;

    @Test
    void aChairWithTwoHearingsTellsTheirTasksApartInTheList() {
        // given two hearings for AMC with the same tasks, the older one due first
        String token = UUID.randomUUID().toString().substring(0, 6);
        String sooner = start("Nye åbningstider i borgerservice " + token, 10);
        String later = start("Sammenlægning af rådgivningen " + token, 24);

        // when AMC's chair looks at her list, found by the hearings' common word
        browser.login("tasklist", "anders.friis");
        search(token);
        long[] lastLoad = {System.nanoTime()};
        List<String> names = browser.await("both hearings' tasks in the list", d -> {
            List<String> shown = browser.all(By.cssSelector(".tasks-list .task .names h4")).stream()
                    .filter(WebElement::isDisplayed)
                    .map(WebElement::getText)
                    .filter(t -> t.contains(token))
                    .toList();
            if (shown.size() < 2 && System.nanoTime() - lastLoad[0] > 8_000_000_000L) {
                // the search is in the address: a list loaded before the tasks' names were set is loaded again
                d.navigate().refresh();
                lastLoad[0] = System.nanoTime();
            }
            return shown.size() >= 2 ? shown : null;
        });
        browser.screenshot("two-hearings");

        // then each task names its hearing, the one due first is first, and no priority number is shown
        assertThat(names)
                .anyMatch(n -> n.equals("Indkald til ekstraordinært CenterMED-møde · " + later
                        + " Sammenlægning af rådgivningen " + token));
        assertThat(names)
                .anyMatch(n -> n.equals("Indkald til ekstraordinært CenterMED-møde · " + sooner
                        + " Nye åbningstider i borgerservice " + token));
        assertThat(names.indexOf(names.stream()
                        .filter(n -> n.contains(sooner))
                        .findFirst()
                        .orElseThrow()))
                .isLessThan(names.indexOf(names.stream()
                        .filter(n -> n.contains(later))
                        .findFirst()
                        .orElseThrow()));
        assertThat(browser.all(By.cssSelector(".tasks-list .task .priority")).stream()
                        .noneMatch(WebElement::isDisplayed))
                .isTrue();
        assertThat(browser.text(By.cssSelector(".tasks-list"))).doesNotContainPattern("(?m)^50$");

        // and the task's header names it too
        tasklist.openTask(task(sooner, "Task_ScheduleMeeting").getId());
        assertThat(browser.text(By.cssSelector("section.task-details h2"))).contains(sooner, "Nye åbningstider");
    }

    @Test
    void aGuesserOfPasswordsIsToldPlainlyInDanishHowLongToWait() {
        // given someone who typed a wrong password for one user name as often as is free (5)
        String user = "gaetter-" + UUID.randomUUID().toString().substring(0, 6);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser.refusedLogin("tasklist", user, "forkert-" + attempt))
                    .contains("Du blev ikke logget ind", "Forkert brugernavn eller adgangskode");
        }

        // when they try again at once
        String notice = browser.refusedLogin("tasklist", user, "forkert-6");
        browser.screenshot("login-too-many");

        // then the login page says in Danish that they must wait, and how long, and nothing in English
        assertThat(notice)
                .contains("Du blev ikke logget ind")
                .containsPattern(
                        "For mange forkerte forsøg på at logge ind herfra\\. Vent \\d+ sekunde(r)?, og prøv igen\\.");
        assertThat(ENGLISH_WORD.matcher(visibleText()).results().map(r -> r.group(1)))
                .as("English on the login page")
                .isEmpty();
    }

    @Test
    void anEmptyRequiredFieldAndTheDatePickerShowOnlyDanish() {
        // given the administration in the hearing's start form
        browser.login("tasklist", "karen.holm");
        StartForms.open(browser, StartForms.HEARING);

        // when it starts without filling anything in
        StartForms.start(browser);
        List<String> errors = browser.await("the form's errors", d -> {
            List<String> shown = tasklist.formErrors();
            return shown.isEmpty() ? null : shown;
        });
        browser.screenshot("required-fields");

        // then each says so in Danish
        assertThat(errors).isNotEmpty().allMatch(e -> e.equals("Feltet skal udfyldes."));
        assertThat(visibleText()).doesNotContain("Field is required", "Field must");
        // and the date and time fields ask for Danish formats
        WebElement date = browser.visible(By.cssSelector(".fjs-container [id$='-Field_responseDeadlineDate-date']"));
        WebElement time = browser.visible(By.cssSelector(".fjs-container [id$='-Field_responseDeadlineTime-time']"));
        assertThat(date.getAttribute("placeholder")).isEqualTo("dd.mm.åååå");
        assertThat(time.getAttribute("placeholder")).isEqualTo("tt:mm");

        // and when it opens the date picker
        browser.script("arguments[0].scrollIntoView({block: 'center'})", date);
        date.click();
        WebElement calendar = browser.visible(By.cssSelector(".flatpickr-calendar.open"));
        browser.screenshot("date-picker");

        // then months and weekdays are Danish, and the week starts on Monday
        List<String> weekdays = calendar.findElements(By.cssSelector(".flatpickr-weekday")).stream()
                .map(e -> e.getText().trim())
                .toList();
        assertThat(weekdays).containsExactly("man", "tir", "ons", "tor", "fre", "lør", "søn");
        List<String> months = calendar.findElements(By.cssSelector(".flatpickr-monthDropdown-month")).stream()
                .map(e -> e.getAttribute("textContent").trim())
                .toList();
        assertThat(months).isNotEmpty().allMatch(m -> List.of(
                        "januar",
                        "februar",
                        "marts",
                        "april",
                        "maj",
                        "juni",
                        "juli",
                        "august",
                        "september",
                        "oktober",
                        "november",
                        "december")
                .contains(m));
        assertThat(calendar.getText()).doesNotContain("Sun", "Mon", "December", "January");
    }

    @Test
    void aBrokenStartRuleIsShownOncePlainlyAndInView() {
        // given the administration's start form with HovedMED's meeting before the deadline (a rule the server checks)
        LocalDate today = LocalDate.now(HearingDriver.ZONE);
        browser.login("tasklist", "karen.holm");
        StartForms.open(browser, StartForms.HEARING);
        StartForms.fillHearing(
                browser,
                tasklist,
                HearingDriver.newReference(),
                "Browsertest: forkert rækkefølge",
                "AMC",
                today.plusDays(30),
                today.plusDays(20),
                today.plusDays(40));

        // when it starts the hearing
        StartForms.start(browser);
        String error = browser.await("the start error", d -> {
            List<String> shown = tasklist.errors();
            return shown.isEmpty() ? null : String.join("\n", shown);
        });
        browser.screenshot("start-refused");

        // then the rule is shown once, under one heading, with no stray " :" and no doubled prefix
        assertThat(tasklist.errors()).hasSize(1);
        assertThat(error)
                .startsWith("×\nForløbet blev ikke startet\n")
                .contains("HovedMED")
                .doesNotContain(" :", "Høringen blev ikke startet", ". :");
        assertThat(error.split("ikke startet", -1)).hasSize(2);
        // and it is in view without scrolling
        WebElement alert = browser.visible(Tasklist.NOTIFICATIONS);
        assertThat((Boolean) browser.script(
                        "const r = arguments[0].getBoundingClientRect();"
                                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                        alert))
                .isTrue();
    }

    @Test
    void everyVisibleControlOfEachRoleIsDanishAndLeadsToNoError() {
        // given a hearing for AMC with its first task
        String ref = start(
                "Browsertest: alle knapper " + UUID.randomUUID().toString().substring(0, 6), 10);
        String taskId = task(ref, "Task_ScheduleMeeting").getId();
        List<String> found = new ArrayList<>();

        // when the chair, the minute-taker and the administration each use every control they see
        for (String user : List.of("anders.friis", "camilla.sand", "karen.holm")) {
            browser.login("tasklist", user);
            check(user + " list", found);
            boolean mayStart = !browser.all(By.cssSelector("li.start-process-action")).stream()
                    .filter(WebElement::isDisplayed)
                    .toList()
                    .isEmpty();
            assertThat(mayStart).as(user + " sees 'Start forløb'").isEqualTo(user.equals("karen.holm"));
            walkFilters(user, found);
            walkSorting(user, found);
            if (!user.equals("karen.holm")) {
                walkTask(user, taskId, found);
            }
            if (mayStart) {
                browser.visible(By.cssSelector("li.start-process-action a")).click();
                browser.visible(By.cssSelector(".modal-content ul.processes"));
                check(user + " start dialog", found);
                browser.visible(By.cssSelector(".modal-footer .btn-link, .modal-footer button.btn-default"))
                        .click();
                browser.await("the dialog is closed", d -> d.findElements(By.cssSelector(".modal-content"))
                        .isEmpty());
            }
        }

        // then nothing was English and nothing answered with an error
        assertThat(found).isEmpty();
    }

    private void walkFilters(String user, List<String> found) {
        List<WebElement> filters = browser.all(By.cssSelector(".task-filter .name"));
        for (int i = 0; i < filters.size(); i++) {
            WebElement filter =
                    browser.all(By.cssSelector(".task-filter .name")).get(i);
            if (filter.isDisplayed()) {
                filter.click();
                check(user + " filter " + (i + 1), found);
            }
        }
    }

    private void walkSorting(String user, List<String> found) {
        browser.all(By.cssSelector("[cam-sorting-choices] a.dropdown-toggle")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .ifPresent(toggle -> {
                    toggle.click();
                    check(user + " sorting", found);
                    toggle.sendKeys(Keys.ESCAPE);
                });
    }

    private void walkTask(String user, String taskId, List<String> found) {
        tasklist.openTask(taskId);
        check(user + " task", found);
        // the due date is shown, not edited: a click opens no editor
        browser.all(By.cssSelector("section.task-details .due-date")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .ifPresent(WebElement::click);
        assertThat(browser.all(By.cssSelector("section.task-details .cam-widget-inline-field.field-control")).stream()
                        .noneMatch(WebElement::isDisplayed))
                .as(user + ": the due date opens no editor")
                .isTrue();
        // nor do the task's groups open a dialog to change them (the engine refuses a member's change)
        browser.all(By.cssSelector("section.task-details .groups > span")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .ifPresent(WebElement::click);
        assertThat(browser.all(By.cssSelector(".modal-content")))
                .as(user + ": the groups open no dialog")
                .isEmpty();
        List<WebElement> tabs = browser.all(By.cssSelector("section.task-details .nav-tabs > li > a"));
        for (int i = 0; i < tabs.size(); i++) {
            WebElement tab = browser.all(By.cssSelector("section.task-details .nav-tabs > li > a"))
                    .get(i);
            if (tab.isDisplayed()) {
                tab.click();
                check(user + " tab " + tab.getText(), found);
            }
        }
        browser.all(By.cssSelector("section.task-details .nav-tabs > li > a"))
                .get(0)
                .click();
        tasklist.claim();
        tasklist.openTask(taskId);
        check(user + " task taken", found);
        browser.all(By.cssSelector("section.task-details button.unclaim")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .ifPresent(WebElement::click);
        browser.await(
                "the task is given back",
                d -> d.findElements(By.cssSelector("section.task-details button.claim")).stream()
                        .anyMatch(WebElement::isDisplayed));
        check(user + " task given back", found);
    }

    /** Records English words and error notifications visible now. */
    private void check(String step, List<String> found) {
        browser.await(step + ": loaded", d -> d.findElements(By.cssSelector(".loader, .animate-spin")).stream()
                .noneMatch(WebElement::isDisplayed));
        browser.screenshot(step);
        var words = ENGLISH_WORD.matcher(visibleText());
        while (words.find()) {
            found.add(step + ": \"" + words.group(1) + "\"");
        }
        tasklist.errors().forEach(e -> found.add(step + ": error " + e));
    }

    private String visibleText() {
        return (String) browser.script(VISIBLE_TEXT);
    }

    /** Types {@code word} into Tasklist's search: it searches the tasks' names, which name their hearings. */
    private void search(String word) {
        WebElement input = browser.visible(By.cssSelector("[cam-widget-search] input.main-field"));
        input.sendKeys(word, Keys.ENTER);
        browser.await(
                "the search is applied",
                d -> d.getCurrentUrl().contains("searchQuery")
                        && d.findElements(By.cssSelector("[cam-widget-search-pill]")).stream()
                                .anyMatch(p -> p.getText().contains(word)));
    }

    /** Starts a hearing for AMC with this title and a deadline in {@code days} days. */
    private String start(String title, int days) {
        String ref = HearingDriver.newReference();
        OffsetDateTime now = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), HearingDriver.ZONE);
        HearingInput input = new HearingInput(
                ref,
                title,
                "Forslag til høring",
                List.of("https://example.org/forslag.pdf"),
                List.of("amc"),
                now.plusDays(days).toString(),
                null,
                now.plusDays(days + 7).toString(),
                now.plusDays(days + 14).toString(),
                HearingDriver.JUSTIFICATION);
        driver.as("karen.holm", () -> hearingService.start(input, "karen.holm"));
        driver.executeJobs(ref);
        return ref.toUpperCase(Locale.ROOT);
    }
}
