package dk.medhearing.browser;

import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.response.MeetingRepository;
import dk.medhearing.support.DialogueDriver;
import dk.medhearing.support.HearingDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hearing through Tasklist in a real, Danish, headless Chromium, as the real users: the administration starts it
 * with the start form, AMC's chair calls the meeting, the minute-taker records the minutes and drafts the response, the
 * chair approves, the vice-chair sends it back with a comment, the minute-taker sees it in the next draft, both approve,
 * and the status page shows the committee's new state. The job executor is off in tests: the test runs the hearing's
 * jobs (mail, async steps) itself, as the job executor would.
 */
class HearingInTasklistIT extends AbstractBrowserTest {

    private static final By JUSTIFICATION = By.cssSelector(".fjs-container [id$='-Field_shortWindowJustification']");

    @Autowired
    private HearingRepository hearings;

    @Autowired
    private MeetingRepository meetings;

    @Test
    void aHearingRunsThroughTasklistAsTheRealUsers() {
        // given the administration starts a hearing for AMC with the start form
        String ref = HearingDriver.newReference();
        LocalDate today = LocalDate.now(HearingDriver.ZONE);
        browser.login("tasklist", "karen.holm");
        StartForms.open(browser, StartForms.HEARING);
        assertThat(browser.all(JUSTIFICATION).stream().noneMatch(WebElement::isDisplayed))
                .isTrue();
        StartForms.fillHearing(
                browser,
                tasklist,
                ref,
                "Browsertest: omlægning af indsatsen",
                "AMC",
                today.plusDays(10),
                today.plusDays(17),
                today.plusDays(24));
        // the deadline is near, so the form asks for the justification
        browser.type(browser.visible(JUSTIFICATION), HearingDriver.JUSTIFICATION);
        StartForms.start(browser);
        browser.await("the hearing is started", d -> started(ref, "HearingProcess"));
        driver.executeJobs(ref);
        assertThat(committeeState(ref)).isEqualTo("Afventer indkaldelse til møde");
        assertThat(responsesReceived(ref)).isEqualTo("0 af 1");

        // when AMC's chair calls the meeting
        browser.login("tasklist", "anders.friis");
        open(ref, "Task_ScheduleMeeting");
        assertThat(browser.driver.findElement(By.tagName("body")).getText())
                .contains("Tag opgaven", "Formular", "Frist om")
                .doesNotContain("Claim", "Complete", "Add Comment", "Created", "migrate to Camunda 8")
                // actions that lead nowhere for her (user-styles.css) are not offered, nor the empty history
                .doesNotContain("Tilføj kommentar", "Opret opgave", "Historik", "Sæt opfølgningsdato", "Start forløb")
                // whom the task is for, by the groups' names, not their ids
                .doesNotContain("amc-secretary", "amc-chair");
        tasklist.claim();
        tasklist.date("Field_meetingDate", today.plusDays(3));
        tasklist.time("Field_meetingTime", "10:00");
        tasklist.time("Field_meetingEnd", "12:00");
        tasklist.text("Field_meetingPlace", "Mødelokalet ved Torvet");
        browser.screenshot("meeting-filled");
        completeAndRunJobs(ref, "Task_ScheduleMeeting");

        // and the minute-taker records the minutes, with the attendees prefilled
        browser.login("tasklist", "camilla.sand");
        open(ref, "Task_RecordMinutes");
        tasklist.claim();
        assertThat(tasklist.field("Field_managementAttendees").getAttribute("value"))
                .contains("Anders Friis");
        assertThat(tasklist.field("Field_employeeAttendees").getAttribute("value"))
                .contains("Birthe Lund");
        browser.screenshot("minutes-prefilled");
        driver.holdMeeting(ref, "Task_RecordMinutes", "camilla.sand"); // the meeting has begun (engine clock)
        completeAndRunJobs(ref, "Task_RecordMinutes");

        // and drafts the response
        open(ref, "Task_DraftResponse");
        tasklist.claim();
        tasklist.text("Field_responseText", "AMC støtter forslaget, men beder om en længere indkøringsperiode.");
        completeAndRunJobs(ref, "Task_DraftResponse");

        // and the chair approves
        browser.login("tasklist", "anders.friis");
        decide(ref, "Task_ApproveResponseAsChair", "Godkend", null);

        // and the vice-chair sends it back with a comment
        browser.login("tasklist", "birthe.lund");
        decide(
                ref,
                "Task_ApproveResponseAsViceChair",
                "Send tilbage med kommentar",
                "Nævn venligst arbejdsmiljøet i svaret.");

        // then the minute-taker sees the comment in the next draft and corrects it
        browser.login("tasklist", "camilla.sand");
        open(ref, "Task_DraftResponse");
        assertThat(tasklist.formText()).contains("Sendt tilbage med kommentarer");
        assertThat(tasklist.field("Field_previousComments").getAttribute("value"))
                .contains("Nævn venligst arbejdsmiljøet i svaret.");
        browser.screenshot("comment-visible");
        tasklist.claim();
        tasklist.text("Field_responseText", "AMC støtter forslaget. Arbejdsmiljøet skal følges tæt i indkøringen.");
        completeAndRunJobs(ref, "Task_DraftResponse");

        // and both approve
        browser.login("tasklist", "anders.friis");
        decide(ref, "Task_ApproveResponseAsChair", "Godkend", null);
        browser.login("tasklist", "birthe.lund");
        decide(ref, "Task_ApproveResponseAsViceChair", "Godkend", null);

        // then the status page shows AMC's response as submitted
        assertThat(committeeState(ref)).isEqualTo("Høringssvar indsendt");
        assertThat(responsesReceived(ref)).isEqualTo("1 af 1");
    }

    @Test
    void minutesBeforeTheMeetingAreRefusedInTasklistWithTheDanishReason() {
        // given AMC's meeting in three days at 10.00, and its minute-taker in "Registrér referat" today
        String ref = startForAmc();
        driver.scheduleMeeting(ref, "amc", "anders.friis");
        OffsetDateTime meeting = meetings.find(ref, "amc").orElseThrow().startsAt();
        browser.login("tasklist", "camilla.sand");
        open(ref, "Task_RecordMinutes");
        tasklist.claim();

        // when she completes the minutes before the meeting
        String error = tasklist.completeExpectingError();
        browser.screenshot("minutes-too-early");

        // then Tasklist says in plain Danish when they can be recorded, nothing technical, and the task stays open
        assertThat(error)
                .contains("Referatet kan først registreres, når mødet er begyndt: " + DateTimes.danish(meeting) + ".");
        assertThat(DateTimes.danish(meeting)).endsWith("kl. 10.00");
        assertThat(error)
                .doesNotContain("ENGINE-")
                .doesNotContain("TaskListener")
                .doesNotContain("Exception")
                .doesNotContain("dk.medhearing");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(ref)
                        .taskDefinitionKey("Task_RecordMinutes")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theAdministrationStartsADialogueMeetingWithItsStartForm() {
        // given the administration in the dialogue meeting's start form
        String ref = DialogueDriver.newReference();
        browser.login("tasklist", "karen.holm");
        StartForms.open(browser, StartForms.DIALOGUE);

        // when it fills the date and time fields and picks one participant per party
        tasklist.text("Field_reference", ref);
        tasklist.text("Field_title", "Dialogmøde om beskæftigelsesindsatsen");
        tasklist.date("Field_meetingDate", LocalDate.now(HearingDriver.ZONE).plusDays(7));
        tasklist.time("Field_meetingTime", "10:00");
        tasklist.text("Field_place", "Beskæftigelsesregionen, mødelokale 3");
        tasklist.choose("Field_participants", "Jobcentret: Morten Binder (administrerende direktør)", true);
        tasklist.choose("Field_participants", "Beskæftigelsesregionen: Jan Hendeliowitz (regionsdirektør)", true);
        StartForms.start(browser);

        // then the meeting runs
        browser.await("the dialogue meeting is started", d -> started(ref, "DialogueMeetingProcess"));
        browser.screenshot("dialogue-started");
    }

    @Test
    void aMeetingAfterTheDeadlineShowsOurDanishMessageAndNoEngineOrClassNames() {
        // given a hearing for AMC whose deadline is in 10 days
        String ref = startForAmc();

        // when the chair puts the meeting after the deadline
        browser.login("tasklist", "anders.friis");
        String error = scheduleAfterDeadline(ref);

        // then Tasklist shows our Danish rule, nothing technical, and the task is still open
        assertThat(error).contains("Mødet skal holdes før høringsfristen");
        assertThat(error)
                .doesNotContain("ENGINE-")
                .doesNotContain("TaskListener")
                .doesNotContain("Exception")
                .doesNotContain("dk.medhearing");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(ref)
                        .taskDefinitionKey("Task_ScheduleMeeting")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aTaskClosedByTheDeadlineWhileTheChairFillsItInSaysSoInDanishAndKeepsHerText() {
        // given AMC's chair filling in the meeting
        String ref = startForAmc();
        browser.login("tasklist", "anders.friis");
        open(ref, "Task_ScheduleMeeting");
        tasklist.claim();
        tasklist.date("Field_meetingDate", LocalDate.now(HearingDriver.ZONE).plusDays(3));
        tasklist.time("Field_meetingTime", "10:00");
        tasklist.text("Field_meetingPlace", "Mødelokalet ved Torvet");

        // when the hearing's deadline passes before she clicks "Afslut"
        String error = timerFiresThenComplete(ref, "Task_ScheduleMeeting", "BoundaryEvent_DeadlinePassed");

        // then Tasklist shows our Danish explanation, nothing technical, and what she wrote is still there to copy
        assertClosedInDanishKeeping(error, "Mødelokalet ved Torvet");
    }

    @Test
    void aMoveOfTheMeetingStillOpenWhenTheMeetingBeginsSaysSoInDanishAndKeepsTheText() {
        // given AMC's chair moving a called meeting to another room in Tasklist
        String ref = startForAmc();
        driver.scheduleMeeting(ref, "amc", "anders.friis");
        browser.login("tasklist", "anders.friis");
        open(ref, "Task_MoveMeeting");
        tasklist.claim();
        tasklist.text("Field_meetingPlace", "Det store mødelokale");

        // when the meeting begins (its timer ends the offer to move it) before she clicks "Afslut"
        String error = timerFiresThenComplete(ref, "Task_MoveMeeting", "BoundaryEvent_MeetingBegins");

        // then she is told in Danish that the task is closed and her text is not saved, the meeting stays where it was
        assertClosedInDanishKeeping(error, "Det store mødelokale");
        assertThat(error).contains("mødet er begyndt");
        assertThat(meetings.find(ref, "amc").orElseThrow().place()).isEqualTo("Mødelokalet ved Torvet");
        assertThat(task(ref, "Task_RecordMinutes")).isNotNull();
    }

    /** Runs the timer {@code boundaryEvent} on the open task (as the job executor would), then clicks "Afslut". */
    private String timerFiresThenComplete(String ref, String taskKey, String boundaryEvent) {
        String instance = task(ref, taskKey).getProcessInstanceId();
        engine.getManagementService()
                .executeJob(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(instance)
                        .activityId(boundaryEvent)
                        .singleResult()
                        .getId());
        String error = tasklist.completeExpectingError();
        browser.screenshot(taskKey + "-closed");
        return error;
    }

    private void assertClosedInDanishKeeping(String error, String place) {
        assertThat(error).contains("Opgaven er ikke længere åben").contains("ikke gemt");
        assertThat(error).doesNotContain("ENGINE-").doesNotContain("Exception").doesNotContain("Cannot find");
        assertThat(tasklist.field("Field_meetingPlace").getAttribute("value")).isEqualTo(place);
    }

    @Test
    void anEmbargoIsSetWithDateAndTimeFieldsAndTheChairConfirmsTheBriefing() {
        // given the administration in the hearing's start form, with the embargo ending in two days at 09:00
        String ref = HearingDriver.newReference();
        LocalDate today = LocalDate.now(HearingDriver.ZONE);
        browser.login("tasklist", "karen.holm");
        StartForms.open(browser, StartForms.HEARING);
        StartForms.fillHearing(
                browser,
                tasklist,
                ref,
                "Browsertest: forslag under embargo",
                "AMC",
                today.plusDays(10),
                today.plusDays(17),
                today.plusDays(24));
        tasklist.date("Field_embargoUntilDate", today.plusDays(2));
        tasklist.time("Field_embargoUntilTime", "09:00");
        browser.type(browser.visible(JUSTIFICATION), HearingDriver.JUSTIFICATION);

        // when it starts the hearing
        StartForms.start(browser);

        // then the hearing is under embargo until that local time
        browser.await("the hearing is started", d -> started(ref, "HearingProcess"));
        driver.executeJobs(ref);
        assertThat(hearings.find(ref).orElseThrow().embargoUntil().toInstant())
                .isEqualTo(today.plusDays(2)
                        .atTime(9, 0)
                        .atZone(HearingDriver.ZONE)
                        .toInstant());

        // and when AMC's chair confirms that the staff are briefed, the hearing is published
        browser.login("tasklist", "anders.friis");
        open(ref, "Task_ConfirmStaffBriefed");
        tasklist.claim();
        tasklist.check("Field_staffBriefed", true);
        tasklist.text("Field_briefingNote", "Orienteret på personalemødet.");
        completeAndRunJobs(ref, "Task_ConfirmStaffBriefed");
        assertThat(hearings.embargoRelease(ref).orElseThrow().reason()).isEqualTo("CONFIRMED");
    }

    private String startForAmc() {
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("amc"));
        return ref;
    }

    private String scheduleAfterDeadline(String ref) {
        open(ref, "Task_ScheduleMeeting");
        tasklist.claim();
        tasklist.date("Field_meetingDate", LocalDate.now(HearingDriver.ZONE).plusDays(16));
        tasklist.time("Field_meetingTime", "10:00");
        tasklist.text("Field_meetingPlace", "Mødelokalet ved Torvet");
        String error = tasklist.completeExpectingError();
        browser.screenshot("rule-broken");
        return error;
    }

    private void open(String ref, String taskKey) {
        tasklist.openTask(task(ref, taskKey).getId());
        browser.screenshot(taskKey);
    }

    private void decide(String ref, String taskKey, String decision, String comment) {
        open(ref, taskKey);
        tasklist.claim();
        assertThat(tasklist.field("Field_responsePreview").getAttribute("value"))
                .startsWith("AMC støtter forslaget");
        tasklist.choose("Field_decision", decision, true);
        if (comment != null) {
            tasklist.text("Field_approvalComment", comment);
        }
        browser.screenshot(taskKey + "-decided");
        completeAndRunJobs(ref, taskKey);
    }

    private void completeAndRunJobs(String ref, String taskKey) {
        String id = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(ref)
                .taskDefinitionKey(taskKey)
                .singleResult()
                .getId();
        tasklist.complete(
                () -> engine.getTaskService().createTaskQuery().taskId(id).count() == 0);
        browser.screenshot(taskKey + "-done");
        driver.executeJobs(ref);
    }

    /** Started, or an AssertionError with what Tasklist reported. */
    private boolean started(String ref, String processKey) {
        List<String> errors = tasklist.errors();
        if (!errors.isEmpty()) {
            throw new AssertionError("Tasklist reported: " + errors);
        }
        return engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(ref)
                        .processDefinitionKey(processKey)
                        .count()
                == 1;
    }

    /** "Svar modtaget" of the hearing's row on /status. */
    private String responsesReceived(String ref) {
        browser.driver.get(browser.url("/status"));
        WebElement row = browser.visible(By.xpath("//tr[th[normalize-space(.)='" + ref + "']]"));
        browser.screenshot("status-list");
        // the reference is the row's header; then title, phase, deadline, working days left, responses received
        return row.findElements(By.tagName("td")).get(4).getText().trim();
    }

    /** AMC's state as the status page shows it. */
    private String committeeState(String ref) {
        browser.driver.get(browser.url("/status/" + ref));
        WebElement row = browser.visible(By.xpath("//table[caption[starts-with(normalize-space(.),'Hvert CenterMEDs')]]"
                + "//tr[th[starts-with(normalize-space(.),'AMC')]]"));
        browser.screenshot("status-" + ref);
        // the committee is the row's header; its state is the first cell
        return row.findElements(By.tagName("td")).get(0).getText().trim();
    }
}
