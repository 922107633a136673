package dk.medhearing.browser;

import dk.medhearing.committee.Role;
import dk.medhearing.hearing.HearingInput;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.support.HearingDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that users typed (a hearing's title, the short deadline's justification, a send-back comment) is shown in
 * Tasklist's forms as the characters typed: form-js renders its text components as markdown and lets links and
 * pictures through, so no form may template such text into one. An attacker's comment must not become a phishing link
 * or a picture in the municipality's own system.
 */
class UserTextInFormsIT extends AbstractBrowserTest {

    private static final String TITLE = "Omlægning **nu** [Se forslaget](https://evil.example/title) "
            + "<img src=\"https://evil.example/title.png\" alt=\"t\">";
    private static final String JUSTIFICATION =
            "Kort frist, se [budgettet](https://evil.example/budget) " + "<a href=\"https://evil.example/a\">her</a>";
    private static final String COMMENT = "[Log ind igen her](https://evil.example/login) "
            + "<img src=\"https://evil.example/pixel.png\" alt=\"x\"> https://evil.example/bare";

    @Autowired
    private HearingRepository hearings;

    @Test
    void aSendBackCommentWithAMarkdownLinkAndAPictureIsShownAsTextToTheMinuteTaker() {
        // given a hearing for AMC whose title and justification hold markdown and HTML, drafted and approved by the
        // chair
        String ref = HearingDriver.newReference();
        HearingInput plain = HearingDriver.input(ref, List.of("amc"));
        HearingInput input = new HearingInput(
                ref,
                TITLE,
                plain.summary(),
                plain.documentLinks(),
                plain.committees(),
                plain.responseDeadline(),
                plain.orientationMeeting(),
                plain.mainCommitteeMeetingAt(),
                plain.politicalCommitteeMeetingAt(),
                JUSTIFICATION);
        driver.as("karen.holm", () -> hearingService.start(input, "karen.holm"));
        driver.executeJobs(ref);
        driver.scheduleMeeting(ref, "amc", driver.person("amc", Role.CHAIR));
        driver.recordMinutes(ref, "Task_RecordMinutes", driver.person("amc", Role.SECRETARY));
        driver.draft(ref, "Task_DraftResponse", driver.person("amc", Role.SECRETARY), "AMC støtter forslaget.", null);
        driver.decide(ref, "Task_ApproveResponseAsChair", driver.person("amc", Role.CHAIR), true, null);
        driver.executeJobs(ref);

        // when the vice-chair, who sees the title as typed, sends the draft back with a link and a picture
        browser.login("tasklist", "birthe.lund");
        tasklist.openTask(task(ref, "Task_ApproveResponseAsViceChair").getId());
        tasklist.claim();
        assertShownLiterally(TITLE);
        tasklist.choose("Field_decision", "Send tilbage med kommentar", true);
        tasklist.text("Field_approvalComment", COMMENT);
        browser.screenshot("sent-back");
        String id = task(ref, "Task_ApproveResponseAsViceChair").getId();
        tasklist.complete(
                () -> engine.getTaskService().createTaskQuery().taskId(id).count() == 0);
        driver.executeJobs(ref);

        // then the minute-taker's next draft shows the comment, the title and the deadline as the characters typed
        browser.login("tasklist", "camilla.sand");
        tasklist.openTask(task(ref, "Task_DraftResponse").getId());
        tasklist.claim();
        browser.screenshot("draft-with-comment");
        assertShownLiterally(COMMENT);
        assertShownLiterally(TITLE);
        assertShownLiterally(JUSTIFICATION);
        assertThat(shownText()).contains("Sendt tilbage med kommentarer");

        // and she can still finish her draft (the shown texts are not hers to change)
        tasklist.text("Field_responseText", "AMC støtter forslaget. Arbejdsmiljøet skal følges tæt.");
        String draft = task(ref, "Task_DraftResponse").getId();
        tasklist.complete(
                () -> engine.getTaskService().createTaskQuery().taskId(draft).count() == 0);
        assertThat(hearings.find(ref).orElseThrow().title()).isEqualTo(TITLE);
    }

    /** No link or picture in the form, and {@code text} visible as written, in the form's text or one of its fields. */
    private void assertShownLiterally(String text) {
        WebElement form = browser.visible(Tasklist.FORM);
        assertThat(form.findElements(By.cssSelector("a[href*='evil.example']")))
                .as("links in the form")
                .isEmpty();
        assertThat(form.findElements(By.tagName("img")))
                .as("pictures in the form")
                .isEmpty();
        assertThat(shownText()).as("what the form shows").contains(text);
    }

    /** The form's visible text and the values of its visible fields. */
    private String shownText() {
        WebElement form = browser.visible(Tasklist.FORM);
        StringBuilder shown = new StringBuilder(form.getText());
        for (WebElement field : form.findElements(By.cssSelector("input, textarea"))) {
            if (field.isDisplayed()) {
                shown.append('\n').append(field.getAttribute("value"));
            }
        }
        return shown.toString();
    }
}
