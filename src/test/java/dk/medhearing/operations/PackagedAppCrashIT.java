package dk.medhearing.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.OrganisationLoader;
import dk.medhearing.committee.Role;
import dk.medhearing.committee.Unit;
import dk.medhearing.support.AppClient;
import dk.medhearing.support.PackagedApp;
import dk.medhearing.support.Ports;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged app as its own process on H2 in {@code ./data}: eight CenterMEDs schedule their meetings at once,
 * the app is killed with SIGKILL right after the eighth 204 and started again on the same data. Every completion
 * is still there, and the SMTP server (which outlives the app) receives each invitation once.
 */
class PackagedAppCrashIT {

    static final String DEMO = "BIF-2026-0001";

    static GreenMail smtp;
    static int smtpPort;

    @BeforeAll
    static void startSmtp() {
        smtpPort = Ports.free();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    /** The app's arguments in these tests: the tests' SMTP server instead of the embedded one. */
    static List<String> args(int smtpPort, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--medhearing.mail.embedded-smtp.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--camunda.bpm.job-execution.enabled=true",
                "--medhearing.mail.outbox.poll-interval=PT0.5S",
                "--logging.level.root=WARN",
                "--logging.level.dk.medhearing=INFO"));
        args.addAll(List.of(more));
        return args;
    }

    static Organisation organisation() {
        return new OrganisationLoader()
                .load(Path.of(System.getProperty("basedir", "."), "config", "organisation.yaml"));
    }

    @Test
    void shouldKeepEveryAcknowledgedCompletionAndSendEachInvitationOnceAcrossKill9() throws Exception {
        killDuringSchedulingAndRestart(1);
    }

    /** The promise (docs/how-it-works.md, "Mail") for more delivery threads: a node killed with SIGKILL repeats up to that many mails. */
    @Test
    void shouldRepeatAtMostOneMailPerDeliveryThreadAcrossKill9() throws Exception {
        killDuringSchedulingAndRestart(3);
    }

    /**
     * Eight chairs schedule at once, the app is killed after the eighth 204 and started again; with
     * {@code workers} delivery threads, at most {@code workers} mails may arrive twice in all.
     */
    private void killDuringSchedulingAndRestart(int workers) throws Exception {
        // given the packaged app with its demo hearing of all eight CenterMEDs, each chair's task open
        smtp.purgeEmailFromAllMailboxes();
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "packaged-app")), "crash-");
        int port = Ports.free();
        // the mail the killed app had claimed is sent again 15 s after the kill (production: 2 minutes)
        List<String> args = args(
                smtpPort,
                "--medhearing.demo.enabled=true",
                "--medhearing.mail.outbox.claim-timeout=PT15S",
                "--medhearing.mail.outbox.workers=" + workers);
        PackagedApp app = PackagedApp.start(dir, port, args, Map.of()).waitHealthy(Duration.ofMinutes(5));
        AppClient client = new AppClient(app.baseUrl());
        List<Unit> committees = organisation().localCommittees();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            assertThat(committees).hasSize(8);
            Map<String, String> tasks = new HashMap<>();
            for (Unit committee : committees) {
                tasks.put(committee.id(), awaitTask(client, chair(committee)));
            }

            // when the eight chairs schedule their meetings at the same moment, and the app is killed after the
            // eighth 204
            CountDownLatch go = new CountDownLatch(1);
            List<Future<AppClient.Answer>> answers = new ArrayList<>();
            String day = LocalDate.now().plusDays(3).toString();
            for (Unit committee : committees) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return client.claimAndSubmit(
                            chair(committee),
                            tasks.get(committee.id()),
                            Map.of(
                                    "meetingStart",
                                    day + "T10:00",
                                    "meetingEnd",
                                    "12:00",
                                    "meetingPlace",
                                    "Mødelokale " + committee.name()));
                }));
            }
            go.countDown();
            for (Future<AppClient.Answer> answer : answers) {
                assertThat(answer.get(120, TimeUnit.SECONDS).status())
                        .as(answer.get().body())
                        .isEqualTo(204);
            }
        } finally {
            app.kill9(); // right after the eighth 204 (or at once when a submission failed: no process left behind)
            pool.shutdown();
        }

        // then, started again on the same ./data, all eight completions are there
        app = PackagedApp.start(dir, port, args, Map.of()).waitHealthy(Duration.ofMinutes(5));
        try {
            JsonNode hearing = client.json(client.get("admin", "/api/hearings/" + DEMO));
            assertThat(hearing.get("committees"))
                    .hasSize(8)
                    .allSatisfy(c ->
                            assertThat(c.get("state").asText()).as(c.toString()).isEqualTo("MEETING_SCHEDULED"));
            for (Unit committee : committees) {
                assertThat(client.findTask(chair(committee), DEMO, "Task_ScheduleMeeting"))
                        .isNull();
            }

            // and each member of each committee gets the invitation (at most one repeat per delivery thread in all)
            Map<String, Integer> expected = everyMember(committees, "/meeting-invitation/");
            Map<String, Integer> received = awaitMails(expected, "/meeting-invitation/", Duration.ofSeconds(120));
            assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            int repeats = received.values().stream().mapToInt(n -> n - 1).sum();
            assertThat(repeats).as("invitations sent twice").isLessThanOrEqualTo(workers);
            // and the hearing-opened mails, which the outbox is usually still delivering when the process dies (one
            // mail in flight per delivery thread, the rest of their batches claimed until the claim expires, 15 s),
            // arrive too: so at most one repeat per delivery thread in all mails
            Map<String, Integer> opened = awaitMails(
                    everyMember(committees, "/hearing-opened/"), "/hearing-opened/", Duration.ofSeconds(120));
            assertThat(opened.keySet())
                    .containsExactlyInAnyOrderElementsOf(
                            everyMember(committees, "/hearing-opened/").keySet());
            assertThat(repeats + opened.values().stream().mapToInt(n -> n - 1).sum())
                    .as("mails sent twice")
                    .isLessThanOrEqualTo(workers);
            assertThat(app.logText()).doesNotContain("Connection is not available");
        } finally {
            app.stop();
        }
    }

    /** {@code DEMO/<kind>/<committee> <address>} of every member of the committees, once each. */
    static Map<String, Integer> everyMember(List<Unit> committees, String kind) {
        Map<String, Integer> expected = new HashMap<>();
        for (Unit committee : committees) {
            for (Member member : committee.members()) {
                expected.merge(DEMO + kind + committee.id() + " " + member.email(), 1, Integer::sum);
            }
        }
        return expected;
    }

    static String chair(Unit committee) {
        return committee.membersWith(Role.CHAIR).get(0).id();
    }

    /** Waits for the job executor to open the committee's first task (the hearing starts asynchronously). */
    static String awaitTask(AppClient client, String user) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String id = client.findTask(user, DEMO, "Task_ScheduleMeeting");
            if (id != null) {
                return id;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No Task_ScheduleMeeting for " + user);
    }

    /** Counts received mails of a kind by key and recipient until every expected one arrived, then a little longer. */
    static Map<String, Integer> awaitMails(Map<String, Integer> expected, String kind, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Integer> received = received(kind);
        while (System.nanoTime() < deadline && !received.keySet().containsAll(expected.keySet())) {
            Thread.sleep(500);
            received = received(kind);
        }
        Thread.sleep(3000); // two more polls of the outbox: a repeat would arrive now
        return received(kind);
    }

    static Map<String, Integer> received(String kind) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String key = message.getHeader("X-Medhearing-Key", null);
            if (key != null && key.contains(kind)) {
                String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
                counts.merge(key + " " + to, 1, Integer::sum);
            }
        }
        return counts;
    }
}
