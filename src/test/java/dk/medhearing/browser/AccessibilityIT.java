package dk.medhearing.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dk.medhearing.committee.Role;
import dk.medhearing.dialogue.DialogueService;
import dk.medhearing.dialogue.DialogueVariables;
import dk.medhearing.hearing.HearingInput;
import dk.medhearing.mail.MailboxController.ReceivedMail;
import dk.medhearing.mail.ReceivedMails;
import dk.medhearing.support.AbstractIntegrationTest;
import dk.medhearing.support.DialogueDriver;
import dk.medhearing.support.HearingDriver;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA (what Danish public-sector sites must meet), checked with axe-core in the same Chromium as the browser
 * tests: our status pages, the mailbox page, the consolidated document and each of our forms as Tasklist renders it
 * (axe scoped to the form, so only our markup counts), the embargo's confirmation included. No serious or critical violation is allowed.
 */
class AccessibilityIT extends AbstractBrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String FORM = ".fjs-container";

    @Autowired
    private DialogueService dialogueService;

    @Autowired
    private ITemplateEngine templates;

    private final List<String> violations = new ArrayList<>();

    @Test
    void everyHearingFormStatusPageAndTheDocumentHaveNoSeriousViolations() {
        // given a hearing for AMC, taken step by step through every form
        String ref = HearingDriver.newReference();
        String main = organisation.mainCommittee().id();
        browser.login("tasklist", "admin");
        startForm(StartForms.HEARING);
        driver.start(ref, List.of("amc"));

        // when each form is shown in Tasklist and each page in the browser, then axe finds nothing serious
        form(ref, "Task_ScheduleMeeting");
        driver.scheduleMeeting(ref, "amc", "anders.friis");
        form(ref, "Task_RecordMinutes");
        driver.recordMinutes(ref, "Task_RecordMinutes", "camilla.sand");
        form(ref, "Task_DraftResponse");
        driver.draft(ref, "Task_DraftResponse", "camilla.sand", "AMC støtter forslaget.", null);
        form(ref, "Task_ApproveResponseAsChair");
        driver.approveJointly(ref, "amc", "Task_ApproveResponseAsChair", "Task_ApproveResponseAsViceChair");
        driver.executeJobs(ref);
        driver.recordMainCommitteeMinutes(ref);
        form(ref, "Task_DraftConsolidatedResponse");
        page("/api/hearings/" + ref + "/document-draft.html", "body");
        driver.draft(
                ref,
                "Task_DraftConsolidatedResponse",
                driver.person(main, Role.SECRETARY),
                "HovedMED støtter forslaget.",
                null);
        driver.approveJointly(ref, main, "Task_ApproveConsolidatedAsChair", "Task_ApproveConsolidatedAsViceChair");
        driver.executeJobs(ref);
        form(ref, "Task_SubmitToPoliticalCommittee");
        page("/api/hearings/" + ref + "/document.html", "body");
        page("/status", "body");
        page("/status/" + ref, "body");
        mailbox();

        assertThat(violations).isEmpty();
    }

    @Test
    void everyDialogueFormHasNoSeriousViolations() {
        // given a dialogue meeting, taken step by step through every form
        DialogueDriver dialogue = new DialogueDriver(driver, dialogueService);
        String ref = DialogueDriver.newReference();
        browser.login("tasklist", "admin");
        startForm(StartForms.DIALOGUE);
        dialogue.start(ref);

        // when each form is shown in Tasklist, then axe finds nothing serious
        form(ref, "Task_DraftAgenda");
        driver.complete(
                ref,
                "Task_DraftAgenda",
                DialogueDriver.HOST,
                Map.of(
                        DialogueVariables.AGENDA_ITEMS,
                        "Arbejdskraftreserven\nUnge på overførselsindkomst\nNy chance til alle\nSygedagpengeområdet"));
        form(ref, "Task_WriteStatusNote");
        driver.complete(
                ref,
                "Task_WriteStatusNote",
                DialogueDriver.HOST,
                Map.of(DialogueVariables.STATUS_NOTE_TEXT, "Statusnotat om jobcentrets resultater."));
        driver.executeJobs(ref);
        dialogue.holdMeeting(ref, dialogue.meetingAt());
        form(ref, "Task_RecordMinutes");
        dialogue.recordMinutes(
                ref,
                List.of(DialogueDriver.followUp(
                        "Send opgørelsen af arbejdskraftreserven",
                        "jobcenter",
                        DialogueDriver.JOBCENTER,
                        LocalDate.now(HearingDriver.ZONE).plusDays(30),
                        false)));
        form(ref, "Task_ApproveMinutes");
        dialogue.approveByBoth(ref);
        form(ref, "Task_CloseFollowUp");
        assertThat(violations).isEmpty();
    }

    @Test
    void theEmbargoConfirmationFormHasNoSeriousViolations() {
        // given a hearing for AMC under embargo for two days
        String ref = HearingDriver.newReference();
        HearingInput plain = HearingDriver.input(ref, List.of("amc"));
        HearingInput embargoed = new HearingInput(
                plain.reference(),
                plain.title(),
                plain.summary(),
                plain.documentLinks(),
                plain.committees(),
                plain.responseDeadline(),
                plain.orientationMeeting(),
                plain.mainCommitteeMeetingAt(),
                plain.politicalCommitteeMeetingAt(),
                plain.shortWindowJustification(),
                driver.now().plusDays(2).toString());
        driver.as("karen.holm", () -> hearingService.start(embargoed, "karen.holm"));
        driver.executeJobs(ref);
        browser.login("tasklist", "admin");

        // when the chair's confirmation is shown in Tasklist, then axe finds nothing serious
        form(ref, "Task_ConfirmStaffBriefed");
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckFindsASeriousViolationWhenThereIsOne() {
        // given a page of ours with a text field nobody can name (no label)
        browser.driver.get(browser.url("/medhearing.css"));
        browser.script(
                "document.open(); document.write(arguments[0]); document.close();",
                "<!DOCTYPE html><html lang='da'><head><title>Prøve</title></head><body><main><h1>Prøve</h1>"
                        + "<form><input type='text'></form></main></body></html>");
        browser.visible(By.tagName("h1"));

        // when axe checks it
        check("page without label", "body");

        // then the missing label is reported
        assertThat(violations).anyMatch(v -> v.contains("label"));
    }

    private void startForm(String process) {
        browser.driver.get(browser.url("/camunda/app/tasklist/default/"));
        StartForms.open(browser, process);
        check("start form " + process, ".modal-content " + FORM);
        browser.visible(By.cssSelector(".modal-footer button[ng-click='$dismiss()']"))
                .click();
        browser.await("the start dialog is closed", d -> d.findElements(By.cssSelector(".modal-content"))
                .isEmpty());
    }

    /** Opens the hearing's task in Tasklist as the administrator, takes it, checks its form, and gives it back. */
    private void form(String ref, String taskKey) {
        Task task = task(ref, taskKey);
        tasklist.openTask(task.getId());
        tasklist.claim();
        browser.screenshot(taskKey);
        check(taskKey, "section.task-details " + FORM);
        engine.getTaskService().setAssignee(task.getId(), null);
    }

    private void page(String path, String scope) {
        browser.driver.get(browser.url(path));
        browser.visible(By.tagName("h1"));
        browser.screenshot(path);
        check(path, scope);
    }

    /** The mailbox page (embedded SMTP server, default profile) rendered by the app's templates with the tests' mail. */
    private void mailbox() {
        MimeMessage[] received = AbstractIntegrationTest.SMTP.getReceivedMessages();
        List<ReceivedMails.Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < Math.min(3, received.length); i++) {
            arrivals.add(new ReceivedMails.Arrival(received[i], Instant.now()));
        }
        List<ReceivedMail> mails = ReceivedMails.of(arrivals, null);
        JakartaServletWebApplication application =
                JakartaServletWebApplication.buildApplication(new MockServletContext());
        WebContext context = new WebContext(
                application.buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse()),
                Locale.forLanguageTag("da-DK"),
                new LinkedHashMap<>(Map.of("mails", mails, "hearings", ReceivedMails.hearings(mails), "hearing", "")));
        String html = templates.process("mailbox", context);
        browser.driver.get(browser.url("/medhearing.css"));
        browser.script("document.open(); document.write(arguments[0]); document.close();", html);
        browser.visible(By.tagName("h1"));
        browser.screenshot("mailbox");
        check("/mailbox", "body");
    }

    private void check(String what, String scope) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).include(scope).analyze(browser.driver);
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                violations.add(what + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .limit(5)
                                .toList());
            }
        }
    }
}
