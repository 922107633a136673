package dk.medhearing.browser;

import dk.medhearing.committee.Role;
import dk.medhearing.support.HearingDriver;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.medhearing.notification.HearingMailIT.header;
import static dk.medhearing.notification.HearingMailIT.recipients;
import static dk.medhearing.notification.HearingMailIT.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail that asks AMC's chair to approve the drafted response, followed as she would: its link, opened in a fresh
 * Danish browser without a session, leads through Tasklist's login straight to her approval task, form and all.
 */
class ApprovalMailLinkIT extends AbstractBrowserTest {

    /** The link as the mail writes it: the configured base URL, then Tasklist's path and the task in the fragment. */
    private static final Pattern TASK_LINK =
            Pattern.compile("(https?://[^/\\s]+)(/camunda/app/tasklist/default/#/\\?task=([0-9a-zA-Z-]+))");

    private static final String TASK_NAME = "Godkend høringssvar som formand";
    private static final String DRAFT = "AMC støtter forslaget, men beder om en længere indkøringsperiode.";

    @Test
    void theApprovalMailsLinkOpensTheApprovalTask() throws Exception {
        // given AMC's minute-taker has drafted the response, and the chair's "approval due" mail has arrived
        String ref = HearingDriver.newReference();
        String chair = driver.person("amc", Role.CHAIR);
        driver.start(ref, List.of("amc"));
        driver.scheduleMeeting(ref, "amc", chair);
        driver.recordMinutes(ref, "Task_RecordMinutes", driver.person("amc", Role.SECRETARY));
        driver.draft(ref, "Task_DraftResponse", driver.person("amc", Role.SECRETARY), DRAFT, null);
        driver.executeJobs(ref);
        String approvalTask = task(ref, "Task_ApproveResponseAsChair").getId();
        Matcher link = TASK_LINK.matcher(text(approvalMail(ref, chair)));
        assertThat(link.find()).as("a task link in the chair's mail").isTrue();
        assertThat(link.group(3)).isEqualTo(approvalTask);
        // the app under test runs on a random port: where the base URL differs, only scheme, host and port are replaced
        String app = browser.url("");
        String opened = link.group(1).equals(app) ? link.group(0) : app + link.group(2);

        // when she opens the link in a fresh browser and logs in on Tasklist's login form
        browser.driver.get(opened);
        browser.screenshot("link-opened");
        assertThat(browser.driver.getCurrentUrl()).contains("/camunda/app/tasklist/default/");
        browser.signIn("tasklist", chair);

        // then she is on that very task: its id in the address, its name with the hearing's reference, its form open
        browser.await("the task from the mail is open", d -> d.getCurrentUrl().contains("task=" + approvalTask));
        String header = browser.await("the task's header names the task and the hearing", d -> {
            String shown = browser.text(By.cssSelector("section.task-details h2"));
            return shown.contains(TASK_NAME) && shown.contains(ref) ? shown : null;
        });
        browser.await("the task's form", d -> !d.findElements(By.cssSelector(
                        "section.task-details [cam-tasklist-form] .fjs-container form.fjs-form .fjs-element"))
                .isEmpty());
        browser.screenshot("approval-task");
        assertThat(header).startsWith(TASK_NAME + " · " + ref);
        assertThat(tasklist.options("Field_decision")).contains("Godkend", "Send tilbage med kommentar");
        assertThat(tasklist.field("Field_responsePreview").getAttribute("value"))
                .contains(DRAFT);
        assertThat(browser.driver.getCurrentUrl()).contains("task=" + approvalTask);
    }

    /** The one "approval due" mail to {@code user} about the hearing {@code ref}. */
    private MimeMessage approvalMail(String ref, String user) {
        String email = organisation.requireUnit("amc").membersWith(Role.CHAIR).stream()
                .filter(m -> m.id().equals(user))
                .findFirst()
                .orElseThrow()
                .email();
        List<MimeMessage> mails = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> header(m, "X-Medhearing-Key").startsWith(ref + "/approval-due/amc/"))
                .filter(m -> recipients(List.of(m)).get(0).equals(email))
                .toList();
        assertThat(mails).as("approval-due mails to %s about %s", email, ref).hasSize(1);
        return mails.get(0);
    }
}
