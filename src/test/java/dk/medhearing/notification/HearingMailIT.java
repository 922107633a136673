package dk.medhearing.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.committee.Member;
import dk.medhearing.committee.Role;
import dk.medhearing.committee.Unit;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.mail.MailText;
import dk.medhearing.mail.OutboxMail;
import dk.medhearing.mail.OutboxRepository;
import dk.medhearing.response.Meeting;
import dk.medhearing.response.MeetingRepository;
import dk.medhearing.schedule.ReminderSchedule;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Autowired
    OutboxRepository outboxRepository;

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
        List<MimeMessage> mails = new ArrayList<>(mails(ref, "hearing-opened/amc"));
        mails.addAll(mails(ref, "hearing-opened/ckb"));
        assertThat(recipients(mails)).containsExactlyInAnyOrderElementsOf(emails(List.of("amc", "ckb")));
        Hearing hearing = hearings.find(ref).orElseThrow();
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("Høring: Omlægning af beskæftigelsesindsatsen (j.nr. " + ref + ")");
        assertThat(text(mail))
                .contains(
                        "https://example.org/forslag.pdf", "Frist for høringssvar", "Orienteringsmøde", "Mødelokale 1");
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
        Date deadline =
                Date.from(hearings.find(ref).orElseThrow().responseDeadline().toInstant());
        driver.moveClockTo(
                reminders.due(deadline, ReminderSchedule.Reminder.FIRST).plusMinutes(1));
        driver.executeJobs(ref);
        driver.moveClockTo(
                reminders.due(deadline, ReminderSchedule.Reminder.FINAL).plusMinutes(1));
        driver.executeJobs(ref);

        // then JKI's chair, vice-chair, TR and AMR get each reminder once; AMC gets none
        List<String> jkiResponsible = organisation.requireUnit("jki").members().stream()
                .filter(m -> m.has(Role.CHAIR) || m.has(Role.VICE_CHAIR) || m.has(Role.TR) || m.has(Role.AMR))
                .map(Member::email)
                .toList();
        assertThat(recipients(mails(ref, "reminder-first/jki"))).containsExactlyInAnyOrderElementsOf(jkiResponsible);
        assertThat(recipients(mails(ref, "reminder-final/jki"))).containsExactlyInAnyOrderElementsOf(jkiResponsible);
        assertThat(mails(ref, "reminder-final/jki").get(0).getSubject()).startsWith("Sidste påmindelse");
        // and they say how far off the deadline is in plain Danish
        assertThat(text(mails(ref, "reminder-first/jki").get(0)))
                .contains(", om 3 arbejdsdage.")
                .doesNotContain("arbejdsdag(e)");
        assertThat(text(mails(ref, "reminder-final/jki").get(0))).containsPattern(", (i morgen|om 1 arbejdsdag)\\.");
        assertThat(mails(ref, "reminder-first/amc")).isEmpty();
        assertThat(mails(ref, "reminder-final/amc")).isEmpty();
    }

    @Test
    void shouldTellHovedMedsSecretaryWhenACommitteeMissesTheDeadline() throws Exception {
        // given a hearing of JKA
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("jka"));

        // when the deadline passes
        driver.moveClockTo(driver.now().plusDays(16));
        driver.executeJobs(ref);

        // then HovedMED's secretary, and only she, is told
        List<MimeMessage> notices = mails(ref, "missed-deadline/jka");
        assertThat(recipients(notices))
                .containsExactly(organisation
                        .mainCommittee()
                        .membersWith(Role.SECRETARY)
                        .get(0)
                        .email());
        assertThat(notices.get(0).getSubject())
                .isEqualTo("Intet høringssvar fra JKA om Omlægning af beskæftigelsesindsatsen");
    }

    @Test
    void shouldLoseNoMailAndSendNoneTwiceWhenTheSmtpServerIsDown() throws Exception {
        // given the SMTP server is down when a hearing opens
        String ref = HearingDriver.newReference();
        SMTP.stop();
        driver.start(ref, List.of("cab"));

        // then the node stays healthy for the load balancer, without telling anyone why
        ResponseEntity<String> health = anonymous.getForEntity(url("/actuator/health"), String.class);
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getBody()).isEqualTo("{\"status\":\"UP\"}");

        // and the hearing goes on at once: its task only wrote the mails to the outbox
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(ref)
                        .taskDefinitionKey("Task_ScheduleMeeting")
                        .count())
                .isEqualTo(1);
        assertThat(outboxMails(ref)).isNotEmpty().allSatisfy(m -> {
            assertThat(m.state()).isEqualTo("PENDING");
            assertThat(m.attempts()).isEqualTo(1);
            assertThat(m.lastError()).isNotBlank();
        });

        // when every attempt fails until the attempts are used up (each after its backoff, engine clock)
        for (int attempt = 2; attempt <= 5; attempt++) {
            driver.moveClockTo(driver.now().plusHours(2));
            drainOutbox();
        }

        // then each mail is FAILED, the administrators see it, and Cockpit shows an incident on the hearing
        int members = organisation.requireUnit("cab").members().size();
        assertThat(outboxMails(ref)).hasSize(members).allSatisfy(m -> assertThat(m.state())
                .isEqualTo("FAILED"));
        ResponseEntity<String> failed =
                as("karen.holm").getForEntity(url("/api/mail-outbox?state=FAILED"), String.class);
        assertThat(failed.getStatusCode().value()).isEqualTo(200);
        assertThat(failed.getBody()).contains(ref);
        assertThat(as("karen.holm")
                        .getForEntity(url("/status/mail"), String.class)
                        .getBody())
                .contains("Mails, der ikke kunne sendes", ref, "Send igen");
        assertThat(engine.getRuntimeService()
                        .createIncidentQuery()
                        .incidentType("mailDelivery")
                        .processInstanceId(hearingInstance(ref))
                        .count())
                .isEqualTo(members);
        assertThat(mails(ref, "hearing-opened/cab")).isEmpty();

        // when the server is back and an administrator retries each mail
        SMTP.start();
        for (OutboxMail mail : outboxMails(ref)) {
            assertThat(retry("karen.holm", mail.id()).getStatusCode().value()).isEqualTo(200);
        }
        // a second click before delivery is refused: each mail is retried, and its incident resolved, once
        assertThat(retry("karen.holm", outboxMails(ref).get(0).id())
                        .getStatusCode()
                        .value())
                .isEqualTo(409);
        drainOutbox();

        // then every member got the mail exactly once, and the incidents are resolved
        assertThat(recipients(mails(ref, "hearing-opened/cab")))
                .containsExactlyInAnyOrderElementsOf(emails(List.of("cab")));
        assertThat(outboxMails(ref)).allSatisfy(m -> assertThat(m.state()).isEqualTo("SENT"));
        assertThat(engine.getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(hearingInstance(ref))
                        .count())
                .isZero();
        drainOutbox();
        assertThat(mails(ref, "hearing-opened/cab")).hasSize(members);
    }

    @Test
    void shouldRefuseAMailRetryFromOthersThanAdministratorsOrWithoutTheActionHeader() {
        // given any outbox id

        // then a committee chair gets 403 (API and page) and an administrator without the header (a cross-site form)
        // 400
        assertThat(retry("anders.friis", "x").getStatusCode().value()).isEqualTo(403);
        assertThat(as("anders.friis")
                        .getForEntity(url("/api/mail-outbox"), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(as("anders.friis")
                        .getForEntity(url("/status/mail"), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(as("karen.holm")
                        .exchange(url("/api/mail-outbox/x/retry"), HttpMethod.POST, HttpEntity.EMPTY, String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
        assertThat(retry("karen.holm", "x").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void shouldRefuseToRetryASentMailAnUnknownLongIdOrAnUnknownState() throws Exception {
        // given a hearing whose opening mails were sent
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("jku"));
        OutboxMail sent = outboxMails(ref).get(0);
        assertThat(sent.state()).isEqualTo("SENT");
        int before = mails(ref, "hearing-opened/jku").size();

        // when an administrator asks to send a sent mail again, a mail with a 2,000-digit id, and an unknown state
        ResponseEntity<String> again = retry("karen.holm", sent.id());
        ResponseEntity<String> longId = retry("karen.holm", "9".repeat(2000));
        ResponseEntity<String> unknownState =
                as("karen.holm").getForEntity(url("/api/mail-outbox?state=DELETED"), String.class);
        drainOutbox();

        // then the sent mail is refused in Danish and stays sent, once; the id is unknown and the state refused
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody()).contains("Mailen kan kun sendes igen, når den er fejlet");
        assertThat(outboxMails(ref))
                .filteredOn(m -> m.id().equals(sent.id()))
                .singleElement()
                .satisfies(m -> assertThat(m.state()).isEqualTo("SENT"));
        assertThat(mails(ref, "hearing-opened/jku")).hasSize(before);
        assertThat(longId.getStatusCode().value()).isEqualTo(404);
        assertThat(longId.getBody()).contains("Mailen findes ikke").doesNotContain("9".repeat(100));
        assertThat(unknownState.getStatusCode().value()).isEqualTo(400);
        assertThat(unknownState.getBody()).contains("state skal være FAILED, PENDING eller SENT");
    }

    @Test
    void shouldPageTheOutboxAndRefuseBrokenPagingInDanish() throws Exception {
        // given a hearing whose opening mails were sent
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("jku"));
        driver.executeJobs(ref);
        assertThat(outboxMails(ref)).isNotEmpty().allSatisfy(m -> assertThat(m.state())
                .isEqualTo("SENT"));

        // when an administrator asks for pages of sent mail, and for pages out of range or not numbers
        JsonNode one = json(as("karen.holm").getForEntity(url("/api/mail-outbox?state=SENT&limit=1"), String.class));
        JsonNode next =
                json(as("karen.holm").getForEntity(url("/api/mail-outbox?state=SENT&limit=1&offset=1"), String.class));
        JsonNode page = json(as("karen.holm").getForEntity(url("/api/mail-outbox?state=SENT"), String.class));
        Map<String, ResponseEntity<String>> broken = new LinkedHashMap<>();
        for (String query :
                List.of("limit=0", "limit=501", "limit=abc", "limit=99999999999", "offset=-1", "offset=%31%2B1")) {
            broken.put(query, as("karen.holm").getForEntity(url("/api/mail-outbox?state=SENT&" + query), String.class));
        }

        // then one mail per page, different pages differ, a page is at most 100; broken paging is a 400 naming it
        assertThat(one).hasSize(1);
        assertThat(next).hasSize(1);
        assertThat(next.get(0).get("id").asText())
                .isNotEqualTo(one.get(0).get("id").asText());
        assertThat(page.size()).isBetween(1, 100);
        broken.forEach((query, answer) -> {
            assertThat(answer.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(answer.getBody())
                    .as(query)
                    .contains(
                            query.startsWith("limit") ? "limit skal være et helt tal" : "offset skal være et helt tal");
        });
    }

    private static JsonNode json(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(answer.getBody());
    }

    private ResponseEntity<String> retry(String user, String id) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Medhearing-Action", "retry");
        return as(user).exchange(
                        url("/api/mail-outbox/" + id + "/retry"),
                        HttpMethod.POST,
                        new HttpEntity<>(headers),
                        String.class);
    }

    @Test
    void shouldNeverSendTheSameMailTwiceWhenAJobIsRetried() throws Exception {
        // given a hearing whose opening mails went out
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("jku"));
        int before = mails(ref, "hearing-opened/jku").size();

        // when the delegate's service runs again, as a retried job would, and the outbox is delivered
        int writtenAgain = notifications.hearingOpened(ref);
        drainOutbox();

        // then nothing new was written or sent
        assertThat(writtenAgain).isZero();
        assertThat(mails(ref, "hearing-opened/jku")).hasSize(before);
    }

    private List<OutboxMail> outboxMails(String ref) {
        return outboxRepository.forBusinessKey(ref);
    }

    private String hearingInstance(String ref) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(ref)
                .processDefinitionKey("HearingProcess")
                .singleResult()
                .getId();
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
                .filter(m -> (ref + "/" + kind).equals(header(m, "X-Medhearing-Key")))
                .toList();
    }

    public static List<String> recipients(List<MimeMessage> mails) {
        return mails.stream()
                .map(m -> {
                    try {
                        return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    public static String header(MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, null);
            return value == null ? "" : value;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage mail) throws Exception {
        return MailText.plainText(mail);
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
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    public static Instant start(VEvent event) {
        Temporal start = event.getDateTimeStart().getDate();
        return start instanceof Instant i ? i : ZonedDateTime.from(start).toInstant();
    }
}
