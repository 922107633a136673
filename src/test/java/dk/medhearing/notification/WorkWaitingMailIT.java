package dk.medhearing.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.calendar.WorkingDayCalendar;
import dk.medhearing.committee.Member;
import dk.medhearing.committee.Role;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.mail.MailProperties;
import dk.medhearing.schedule.ReminderSchedule;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.medhearing.notification.HearingMailIT.recipients;
import static dk.medhearing.notification.HearingMailIT.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Work waits for you" mails, received by GreenMail: each once, to those whose work it became, with a link whose task
 * id opens that very task over the engine's REST API as the recipient; and the tasks' due dates at working hours.
 */
class WorkWaitingMailIT extends AbstractProcessTest {

    private static final Pattern TASK_LINK = Pattern.compile("/camunda/app/tasklist/default/#/\\?task=([0-9a-zA-Z-]+)");
    private static final String TITLE = "Omlægning af beskæftigelsesindsatsen";

    @Autowired
    MailProperties mailProperties;

    @Autowired
    HearingRepository hearings;

    @Autowired
    ReminderSchedule reminders;

    @Autowired
    WorkingDayCalendar calendar;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldAskChairAndViceChairOnceToApproveWithALinkToTheirOwnTask() throws Exception {
        // given AMC's minute-taker has drafted the response
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("amc"));
        driver.scheduleMeeting(ref, "amc", driver.person("amc", Role.CHAIR));
        driver.recordMinutes(ref, "Task_RecordMinutes", driver.person("amc", Role.SECRETARY));

        // when the draft is saved
        driver.draft(ref, "Task_DraftResponse", driver.person("amc", Role.SECRETARY), "AMC støtter forslaget.", null);
        driver.executeJobs(ref);

        // then the chair and the vice-chair each get one mail naming the hearing, linking to their approval task
        List<MimeMessage> mails = mails(ref, "approval-due/amc/");
        assertThat(recipients(mails))
                .containsExactlyInAnyOrder(email("amc", Role.CHAIR), email("amc", Role.VICE_CHAIR));
        assertThat(mails).allSatisfy(mail -> assertThat(mail.getSubject())
                .isEqualTo("Høringssvar til godkendelse: " + ref + " " + TITLE));
        assertThat(text(mail(mails, "amc", Role.CHAIR))).contains(ref + " " + TITLE, "Frist:", "arbejdsdag");
        assertOpensTask(mail(mails, "amc", Role.CHAIR), "amc", Role.CHAIR, "Task_ApproveResponseAsChair");
        assertOpensTask(mail(mails, "amc", Role.VICE_CHAIR), "amc", Role.VICE_CHAIR, "Task_ApproveResponseAsViceChair");
        assertThat(mails(ref, "sent-back/amc/")).isEmpty();
    }

    @Test
    void shouldTellTheMinuteTakerOnceWhenTheDraftIsSentBackAndAskForApprovalAgainAfterTheNewDraft() throws Exception {
        // given AMC's draft awaits approval
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("amc"));
        driver.scheduleMeeting(ref, "amc", driver.person("amc", Role.CHAIR));
        driver.recordMinutes(ref, "Task_RecordMinutes", driver.person("amc", Role.SECRETARY));
        driver.draft(ref, "Task_DraftResponse", driver.person("amc", Role.SECRETARY), "Første udkast.", null);

        // when the vice-chair sends it back with a comment and the chair approves
        driver.decide(
                ref,
                "Task_ApproveResponseAsViceChair",
                driver.person("amc", Role.VICE_CHAIR),
                false,
                "Nævn arbejdsmiljøet.");
        driver.decide(ref, "Task_ApproveResponseAsChair", driver.person("amc", Role.CHAIR), true, null);
        driver.executeJobs(ref);

        // then the minute-taker, and only she, is told once, with the comment and a link to the new drafting task
        List<MimeMessage> sentBack = mails(ref, "sent-back/amc/");
        assertThat(recipients(sentBack)).containsExactly(email("amc", Role.SECRETARY));
        assertThat(sentBack.get(0).getSubject()).isEqualTo("Høringssvar sendt tilbage: " + ref + " " + TITLE);
        assertThat(text(sentBack.get(0))).contains("Nævn arbejdsmiljøet.");
        assertOpensTask(sentBack.get(0), "amc", Role.SECRETARY, "Task_DraftResponse");

        // when the new draft is saved
        driver.draft(ref, "Task_DraftResponse", driver.person("amc", Role.SECRETARY), "Andet udkast.", null);
        driver.executeJobs(ref);

        // then the approvers are asked again: a new step, one more mail each, for the new tasks
        List<MimeMessage> approvals = mails(ref, "approval-due/amc/");
        assertThat(recipients(approvals))
                .containsExactlyInAnyOrder(
                        email("amc", Role.CHAIR),
                        email("amc", Role.VICE_CHAIR),
                        email("amc", Role.CHAIR),
                        email("amc", Role.VICE_CHAIR));
        assertThat(approvals.stream().map(this::taskId).distinct()).hasSize(4);
        assertThat(mails(ref, "sent-back/amc/")).hasSize(1);
    }

    @Test
    void shouldTellHovedMedWhenAllResponsesAreInAndTheAdministrationWhenTheSubmissionIsDueThenRemindIt()
            throws Exception {
        // given a hearing of AMC started on Monday 1 March 2027, so that the submission task (created after HovedMED's
        // meeting on 18 March) exists before its reminder (Monday 22 March, 3 working days before the political
        // committee's meeting on 25 March): no holiday in between, whatever today is
        driver.moveClockTo(OffsetDateTime.parse("2027-03-01T09:00+01:00"));
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("amc"));

        // when AMC's response is in
        driver.respond(ref, "amc", "AMC støtter forslaget.", null);

        // then HovedMED's minute-taker is told once, with what came in and a link to the minutes task
        String main = organisation.mainCommittee().id();
        List<MimeMessage> responsesIn = mails(ref, "responses-in/" + main + "/");
        assertThat(recipients(responsesIn)).containsExactly(email(main, Role.SECRETARY));
        assertThat(responsesIn.get(0).getSubject()).isEqualTo("Alle høringssvar er kommet: " + ref + " " + TITLE);
        assertThat(text(responsesIn.get(0))).contains("AMC: høringssvar indsendt");
        assertOpensTask(responsesIn.get(0), main, Role.SECRETARY, "Task_RecordMainCommitteeMinutes");

        // when HovedMED drafts and approves the consolidated response
        driver.mainCommitteeResponds(ref, "HovedMED støtter forslaget.");

        // then HovedMED's chair and vice-chair were asked to approve, and the administration, each once, to submit
        assertThat(recipients(mails(ref, "approval-due/" + main + "/")))
                .containsExactlyInAnyOrder(email(main, Role.CHAIR), email(main, Role.VICE_CHAIR));
        List<MimeMessage> submission = mails(ref, "submission-due/" + main + "/");
        List<String> administration = organisation.administration().members().stream()
                .map(Member::email)
                .toList();
        assertThat(recipients(submission)).containsExactlyInAnyOrderElementsOf(administration);
        assertThat(submission.get(0).getSubject()).isEqualTo("Høringssvar klar til indsendelse: " + ref + " " + TITLE);
        String karen = organisation.administration().members().get(0).id();
        assertThat(taskKey(taskId(submission.get(0)), karen)).isEqualTo("Task_SubmitToPoliticalCommittee");

        // when the submission's reminder falls due (engine clock), and the jobs run again
        Date due =
                Date.from(hearings.find(ref).orElseThrow().politicalMeetingAt().toInstant());
        driver.moveClockTo(reminders.due(due, ReminderSchedule.Reminder.FIRST).plusMinutes(1));
        driver.executeJobs(ref);
        driver.executeJobs(ref);

        // then the administration is reminded once each, with the link, and the task still waits
        List<MimeMessage> reminded = mails(ref, "task-reminder/" + main + "/");
        assertThat(recipients(reminded)).containsExactlyInAnyOrderElementsOf(administration);
        assertThat(reminded.get(0).getSubject()).startsWith("Påmindelse: ").contains(ref + " " + TITLE);
        assertThat(text(reminded.get(0)))
                .containsPattern("Frist: .*\\((om \\d+ arbejdsdag(e)?|i morgen|i dag)\\)")
                .doesNotContain("arbejdsdag(e)");
        assertThat(taskKey(taskId(reminded.get(0)), karen)).isEqualTo("Task_SubmitToPoliticalCommittee");
    }

    @Test
    void shouldMakeTheMeetingCallDueOnAWorkingDayAtNoon() throws Exception {
        // given a hearing of AMC started now, at whatever time
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("amc"));

        // when AMC's chair reads the meeting-call task over REST
        ResponseEntity<String> answer = as(driver.person("amc", Role.CHAIR))
                .getForEntity(
                        url("/engine-rest/task?processInstanceBusinessKey=" + ref
                                + "&taskDefinitionKey=Task_ScheduleMeeting"),
                        String.class);

        // then it is due on a working day at 12:00 (Copenhagen)
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode tasks = json.readTree(answer.getBody());
        assertThat(tasks).hasSize(1);
        ZonedDateTime due = OffsetDateTime.parse(
                        tasks.get(0).get("due").asText(), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
                .atZoneSameInstant(EngineClock.ZONE);
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.NOON);
        assertThat(calendar.isWorkingDay(due.toLocalDate()))
                .as("due %s on a working day", due)
                .isTrue();
    }

    /** The link in the mail, followed as its recipient: the engine answers 200 with the expected task. */
    private void assertOpensTask(MimeMessage mail, String committee, Role role, String taskKey) throws Exception {
        assertThat(text(mail)).contains(mailProperties.baseUrl() + "/camunda/app/tasklist/default/#/?task=");
        String user =
                organisation.requireUnit(committee).membersWith(role).get(0).id();
        assertThat(taskKey(taskId(mail), user)).isEqualTo(taskKey);
    }

    private String taskKey(String taskId, String user) throws Exception {
        ResponseEntity<String> task = as(user).getForEntity(url("/engine-rest/task/" + taskId), String.class);
        assertThat(task.getStatusCode().value())
                .as("GET /engine-rest/task/%s as %s", taskId, user)
                .isEqualTo(200);
        return json.readTree(task.getBody()).get("taskDefinitionKey").asText();
    }

    private String taskId(MimeMessage mail) {
        try {
            Matcher link = TASK_LINK.matcher(text(mail));
            assertThat(link.find()).as("a task link in the mail").isTrue();
            return link.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String email(String committee, Role role) {
        return organisation.requireUnit(committee).membersWith(role).get(0).email();
    }

    private MimeMessage mail(List<MimeMessage> mails, String committee, Role role) {
        String to = email(committee, role);
        return mails.stream()
                .filter(m -> recipients(List.of(m)).get(0).equals(to))
                .findFirst()
                .orElseThrow();
    }

    /** The mails whose key starts with {@code ref/kindAndStep} (the step ends with the task's id). */
    private static List<MimeMessage> mails(String ref, String kindAndStep) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> HearingMailIT.header(m, "X-Medhearing-Key").startsWith(ref + "/" + kindAndStep))
                .toList();
    }
}
