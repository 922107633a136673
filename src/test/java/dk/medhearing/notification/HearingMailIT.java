package dk.medhearing.notification;

import dk.medhearing.committee.Member;
import dk.medhearing.committee.Role;
import dk.medhearing.committee.Unit;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.response.Meeting;
import dk.medhearing.response.MeetingRepository;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hearing's mails, received by GreenMail as a real SMTP server; timers driven by the engine clock. */
public class HearingMailIT extends AbstractProcessTest {

    @Autowired
    HearingRepository hearings;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    ReminderSchedule reminders;
    @Autowired
    HearingNotifications notifications;

    @AfterEach
    void smtpIsUpAgain() {
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
    }

    @Test
    void shouldSendTheMaterialWithIcsToEveryMemberWhenAHearingOpens() throws Exception {
        // when a hearing of AMC and CKB opens
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("amc", "ckb"));

        // then every member of both committees, and nobody else, gets the material with the deadline as .ics
        List<MimeMessage> mails = mails(ref, "hearing-opened");
        assertThat(recipients(mails)).containsExactlyInAnyOrderElementsOf(emails(List.of("amc", "ckb")));
        Hearing hearing = hearings.find(ref).orElseThrow();
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("Høring: Omlægning af beskæftigelsesindsatsen (j.nr. " + ref + ")");
        assertThat(text(mail)).contains("https://example.org/forslag.pdf", "Frist for høringssvar",
                "Orienteringsmøde", "Mødelokale 1");
        VEvent deadline = event(attachment(mail, "hoeringsfrist.ics"));
        assertThat(start(deadline)).isEqualTo(seconds(hearing.responseDeadline().toInstant()));
        assertThat(deadline.getSummary().getValue()).isEqualTo("Høringsfrist: Omlægning af beskæftigelsesindsatsen");
        VEvent orientation = event(attachment(mail, "orienteringsmoede.ics"));
        assertThat(start(orientation)).isEqualTo(seconds(hearing.orientationAt().toInstant()));
        assertThat(orientation.getLocation().getValue()).isEqualTo("Mødelokale 1");
    }

    @Test
    void shouldInviteTheCommitteeToItsMeeting() throws Exception {
        // given a hearing of AMC and JKI
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("amc", "jki"));

        // when AMC's chair schedules the extraordinary meeting
        driver.scheduleMeeting(ref, "amc", driver.person("amc", Role.CHAIR));

        // then each AMC member, and only they, gets an .ics invitation at the meeting's time and place
        List<MimeMessage> mails = mails(ref, "meeting-invitation/amc");
        assertThat(recipients(mails)).containsExactlyInAnyOrderElementsOf(emails(List.of("amc")));
        Meeting meeting = meetings.find(ref, "amc").orElseThrow();
        VEvent invitation = event(attachment(mails.get(0), "moedeindkaldelse.ics"));
        assertThat(start(invitation)).isEqualTo(seconds(meeting.startsAt().toInstant()));
        assertThat(invitation.getLocation().getValue()).isEqualTo("Mødelokalet ved Torvet");
        assertThat(text(mails.get(0))).contains("Tid:", "Sted: Mødelokalet ved Torvet");
        assertThat(mails(ref, "meeting-invitation/jki")).isEmpty();
    }

    @Test
    void shouldRemindOnlyCommitteesThatHaveNotSubmitted() throws Exception {
        // given a hearing of AMC and JKI in which AMC has submitted (and got its receipt)
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("amc", "jki"));
        driver.respond(ref, "amc", "AMC støtter forslaget.", null);
        assertThat(recipients(mails(ref, "receipt/amc"))).containsExactlyInAnyOrderElementsOf(emails(List.of("amc")));

        // when the first and then the final reminder falls due (engine clock)
        Date deadline = Date.from(hearings.find(ref).orElseThrow().responseDeadline().toInstant());
        driver.moveClockTo(reminders.due(deadline, ReminderSchedule.Reminder.FIRST).plusMinutes(1));
        driver.executeJobs(ref);
        driver.moveClockTo(reminders.due(deadline, ReminderSchedule.Reminder.FINAL).plusMinutes(1));
        driver.executeJobs(ref);

        // then JKI's chair, vice-chair, TR and AMR get each reminder once; AMC gets none
        List<String> jkiResponsible = organisation.requireUnit("jki").members().stream()
                .filter(m -> m.has(Role.CHAIR) || m.has(Role.VICE_CHAIR) || m.has(Role.TR) || m.has(Role.AMR))
                .map(Member::email).toList();
        assertThat(recipients(mails(ref, "reminder-first/jki"))).containsExactlyInAnyOrderElementsOf(jkiResponsible);
        assertThat(recipients(mails(ref, "reminder-final/jki"))).containsExactlyInAnyOrderElementsOf(jkiResponsible);
        assertThat(mails(ref, "reminder-final/jki").get(0).getSubject()).startsWith("Sidste påmindelse");
        assertThat(mails(ref, "reminder-first/amc")).isEmpty();
        assertThat(mails(ref, "reminder-final/amc")).isEmpty();
    }

    @Test
    void shouldTellHovedMedsSecretaryWhenACommitteeMissesTheDeadline() throws Exception {
        // given a hearing of JKA
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("jka"));

        // when the deadline passes
        driver.moveClockTo(driver.now().plusDays(10).plusMinutes(1));
        driver.executeJobs(ref);

        // then HovedMED's secretary, and only she, is told
        List<MimeMessage> notices = mails(ref, "missed-deadline/jka");
        assertThat(recipients(notices)).containsExactly(organisation.mainCommittee().membersWith(Role.SECRETARY)
                .get(0).email());
        assertThat(notices.get(0).getSubject()).isEqualTo("Intet høringssvar fra JKA om Omlægning af beskæftigelsesindsatsen");
    }

    @Test
    void shouldLoseNoMailAndSendNoneTwiceWhenTheSmtpServerIsDown() throws Exception {
        // given the SMTP server is down when a hearing opens
        String ref = HearingDriver.newReference();
        SMTP.stop();
        driver.as("karen.holm", () -> hearingService.start(HearingDriver.input(ref, List.of("cab")), "karen.holm"));
        Job job = driver.dueJobs(ref).get(0);

        // when the job runs and fails until its retries are used up
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()));
            assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries())
                    .isEqualTo(3 - attempt);
        }

        // then it is an incident (as Cockpit shows), and nothing was sent or lost
        assertThat(engine.getRuntimeService().createIncidentQuery().configuration(job.getId())
                .processInstanceId(job.getProcessInstanceId()).count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ref).count()).isZero();

        // when the server is back and the incident is retried (as Cockpit's "retry" does)
        SMTP.start();
        engine.getManagementService().setJobRetries(job.getId(), 1);
        engine.getManagementService().executeJob(job.getId());
        driver.executeJobs(ref);

        // then every member got the mail exactly once and the hearing goes on
        assertThat(recipients(mails(ref, "hearing-opened"))).containsExactlyInAnyOrderElementsOf(emails(List.of("cab")));
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count())
                .isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ref)
                .taskDefinitionKey("Task_ScheduleMeeting").count()).isEqualTo(1);
    }

    @Test
    void shouldNeverSendTheSameMailTwiceWhenAJobIsRetried() throws Exception {
        // given a hearing whose opening mails went out
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("jku"));
        int before = mails(ref, "hearing-opened").size();

        // when the delegate's service runs again, as a retried job would
        int sentAgain = notifications.hearingOpened(ref);

        // then nothing new was sent
        assertThat(sentAgain).isZero();
        assertThat(mails(ref, "hearing-opened")).hasSize(before);
    }

    private List<String> emails(List<String> committees) {
        List<String> emails = new ArrayList<>();
        for (String committee : committees) {
            Unit unit = organisation.requireUnit(committee);
            unit.members().forEach(m -> emails.add(m.email()));
        }
        return emails;
    }

    public static List<MimeMessage> mails(String ref, String kind) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> (ref + "/" + kind).equals(header(m, "X-Medhearing-Key"))).toList();
    }

    public static List<String> recipients(List<MimeMessage> mails) {
        return mails.stream().map(m -> {
            try {
                return ((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String header(MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, null);
            return value == null ? "" : value;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage mail) throws Exception {
        return dk.medhearing.mail.MailText.plainText(mail);
    }

    public static byte[] attachment(MimeMessage mail, String filename) throws Exception {
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (filename.equals(part.getFileName())) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("No attachment " + filename);
    }

    public static VEvent event(byte[] ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        return calendar.<VEvent>getComponents("VEVENT").get(0);
    }

    /** iCalendar times have whole seconds. */
    static Instant seconds(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    public static Instant start(VEvent event) {
        Temporal start = event.getDateTimeStart().getDate();
        return start instanceof Instant i ? i : ZonedDateTime.from(start).toInstant();
    }
}
