package dk.medhearing.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.hearing.MainCommitteeState;
import dk.medhearing.hearing.StoredHearings;
import dk.medhearing.response.CommitteeResponseService;
import dk.medhearing.response.Meeting;
import dk.medhearing.response.MeetingRepository;
import dk.medhearing.response.Minutes;
import dk.medhearing.response.MinutesRepository;
import dk.medhearing.response.ResponseRepository;
import dk.medhearing.support.AbstractIntegrationTest;
import dk.medhearing.support.HearingDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The case file of a hearing of 200 committees, its records written straight through the repositories. */
class LargeCaseFileIT extends AbstractIntegrationTest {

    private static final int COMMITTEES = 200;
    private static final int MAILS_PER_COMMITTEE = 5;

    @Autowired
    CaseFileService caseFiles;

    @Autowired
    HearingRepository hearings;

    @Autowired
    CommitteeResponseService responseParts;

    @Autowired
    MeetingRepository meetings;

    @Autowired
    MinutesRepository minutes;

    @Autowired
    ResponseRepository responses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void shouldBuildTheCaseFileOfAHearingOf200CommitteesInUnderAMinute() throws Exception {
        // given a submitted hearing of 200 committees, each with its meeting, minutes, a draft sent back, a
        // submitted response with remarks, three decisions and five mails
        String ref = HearingDriver.newReference();
        OffsetDateTime t0 = OffsetDateTime.now(HearingDriver.ZONE).minusDays(30).withNano(0);
        List<String> committees =
                IntStream.rangeClosed(1, COMMITTEES).mapToObj(i -> "k" + i).toList();
        StoredHearings.insert(
                hearings,
                Hearing.builder()
                        .reference(ref)
                        .title("Høring med 200 udvalg")
                        .summary("Resumé")
                        .documentLinks(List.of("https://example.org/a.pdf"))
                        .committees(committees)
                        .publishedAt(t0)
                        .responseDeadline(t0.plusDays(10))
                        .mainMeetingAt(t0.plusDays(17))
                        .politicalMeetingAt(t0.plusDays(24))
                        .createdBy("karen.holm")
                        .mainState(MainCommitteeState.AWAITING_COMMITTEES)
                        .windowWorkingDays(10)
                        .build());
        responseParts.open(ref, committees, t0);
        for (int i = 0; i < COMMITTEES; i++) {
            String c = committees.get(i);
            OffsetDateTime at = t0.plusMinutes(i);
            meetings.save(new Meeting(
                    ref, c, at.plusDays(2), at.plusDays(2).plusHours(1), "Mødelokale " + i, "karen.holm", at));
            minutes.save(new Minutes(
                    ref,
                    c,
                    at.plusDays(2),
                    at.plusDays(2).plusHours(1),
                    "Mødelokale " + i,
                    "A\nB",
                    "C (TR)\nD (AMR)",
                    null,
                    "A",
                    "B",
                    "Drøftelse i udvalg " + c,
                    "karen.holm",
                    at.plusDays(3)));
            responses.addDraft(ref, c, false, "Første udkast fra " + c, null, "karen.holm", at.plusDays(3));
            approval(ref, c, 1, "CHAIR", false, "Skriv det om.", at.plusDays(3).plusMinutes(5));
            responses.addDraft(
                    ref, c, false, "Svar fra " + c, "Bemærkning fra medarbejdersiden", "karen.holm", at.plusDays(4));
            approval(ref, c, 2, "CHAIR", true, null, at.plusDays(4).plusMinutes(5));
            approval(ref, c, 2, "VICE_CHAIR", true, null, at.plusDays(4).plusMinutes(6));
            responses.markLatestSubmitted(ref, c, "system", at.plusDays(4).plusMinutes(6));
            for (int m = 0; m < MAILS_PER_COMMITTEE; m++) {
                jdbc.sql("insert into mail_outbox (id, business_key, kind, step, recipient, recipient_name, subject, "
                                + "body, state, attempts, next_attempt_at, created_at, sent_at) "
                                + "values (?, ?, ?, ?, ?, ?, ?, '', 'SENT', 1, ?, ?, ?)")
                        .params(
                                UUID.randomUUID().toString(),
                                ref,
                                m == 0 ? "meeting-invitation" : "reminder-first",
                                c,
                                "person" + m + "@" + c + ".example.org",
                                "Person " + m,
                                "Emne " + m,
                                at.plusDays(5),
                                at.plusDays(5),
                                at.plusDays(5))
                        .update();
            }
        }
        jdbc.sql("update committee_participation set state = 'SUBMITTED' where reference = ?")
                .param(ref)
                .update();

        // when its case file is built
        long started = System.nanoTime();
        long cpuBefore = processCpuNanos();
        CaseFile file = caseFiles.hearingCaseFile(ref);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Duration cpu = Duration.ofNanos(processCpuNanos() - cpuBefore);

        // then its work fits in a minute of one core (CPU time of the whole process: several builds sharing
        // this machine stretch the wall clock, not the work; on the machine alone the wall clock is about half
        // of it, both cores rendering) and it holds every committee's three documents and every mail
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.println("Case file of " + COMMITTEES + " committees: built in " + took.toMillis() + " ms, "
                + cpu.toMillis() + " ms CPU on " + cores + " cores");
        assertThat(cpu).isLessThan(Duration.ofMinutes(1));
        Map<String, byte[]> files = CaseFileIT.unzip(file.zip());
        assertThat(files).hasSize(1 + 1 + 3 * COMMITTEES + 2 + 1);
        JsonNode manifest = json.readTree(files.get("sag.json"));
        CaseFileIT.assertManifestMatches(manifest, files, ref, "hearing");
        assertThat(files.keySet()).contains("002-k1-moedeindkaldelse.pdf", "601-k200-hoeringssvar.pdf");
        assertThat(new String(files.get("602-forsendelseslog.csv"), StandardCharsets.UTF_8).lines())
                .hasSize(1 + COMMITTEES * MAILS_PER_COMMITTEE);
        CaseFileIT.assertAllPdfA(Map.of(
                "aktliste.pdf",
                files.get("aktliste.pdf"),
                "k7-referat",
                files.get("208-k7-referat.pdf"),
                "k7-hoeringssvar",
                files.get("408-k7-hoeringssvar.pdf")));
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private void approval(
            String ref,
            String committee,
            int version,
            String role,
            boolean approved,
            String comment,
            OffsetDateTime at) {
        jdbc.sql("insert into response_approval (reference, committee, version, approver_role, approved, "
                        + "approval_comment, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(ref, committee, version, role, approved, comment, "karen.holm", at)
                .update();
    }
}
