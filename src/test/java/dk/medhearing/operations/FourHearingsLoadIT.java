package dk.medhearing.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.medhearing.committee.Member;
import dk.medhearing.committee.Role;
import dk.medhearing.committee.Unit;
import dk.medhearing.support.AppClient;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.support.PackagedApp;
import dk.medhearing.support.Ports;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four hearings of all eight CenterMEDs at once on the packaged app (job executor and mail outbox on): 32
 * committees' chairs, minute-takers and vice-chairs work through their tasks over /engine-rest at the same time.
 * Every task completes, no request fails, and the pool never runs dry.
 */
class FourHearingsLoadIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** Steps begun and not yet submitted ("reference task user") and committees waiting for their meeting. */
    private static final Set<String> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    @Test
    void shouldCompleteEveryTaskOfFourHearingsDrivenAtOnceWithoutErrorsOrPoolTimeouts() throws Exception {
        // given the packaged app and four hearings of all eight CenterMEDs
        IN_FLIGHT.clear();
        int smtpPort = Ports.free();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "packaged-app")), "load-");
        PackagedApp app = PackagedApp.start(
                        dir,
                        Ports.free(),
                        PackagedAppCrashIT.args(smtpPort, "--medhearing.demo.enabled=false"),
                        Map.of())
                .waitHealthy(Duration.ofMinutes(5));
        try {
            AppClient client = new AppClient(app.baseUrl());
            List<Unit> committees = PackagedAppCrashIT.organisation().localCommittees();
            List<String> references = new ArrayList<>();
            int base = ThreadLocalRandom.current().nextInt(1000, 9000);
            for (int i = 0; i < 4; i++) {
                String ref = "LBT-2026-" + (base + i);
                AppClient.Answer created = client.post("karen.holm", "/api/hearings", hearing(ref, committees));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                references.add(ref);
            }

            // when 32 committees work through their tasks at the same time
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(32);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (String ref : references) {
                for (Unit committee : committees) {
                    work.add(pool.submit(() -> {
                        go.await();
                        respond(client, ref, committee, errors);
                        return null;
                    }));
                }
            }
            go.countDown();
            pool.shutdown();
            if (!pool.awaitTermination(4, TimeUnit.MINUTES)) {
                String stillWorking = "Still working after 4 minutes on " + IN_FLIGHT + "; errors: " + errors;
                pool.shutdownNow();
                throw new AssertionError(stillWorking);
            }
            for (Future<?> future : work) {
                future.get(); // a committee's own exception, if any
            }

            // then no request failed, every committee has submitted, HovedMED's work has begun in each hearing
            assertThat(errors).isEmpty();
            for (String ref : references) {
                JsonNode status = awaitSubmitted(client, ref, committees.size());
                assertThat(status.at("/mainCommittee/state").asText()).isEqualTo("MINUTES_PENDING");
            }
            // and no mail failed (the outbox delivers them one by one, after the load)
            assertThat(client.json(client.get("admin", "/api/mail-outbox?state=FAILED")))
                    .isEmpty();
            assertThat(app.logText())
                    .doesNotContain("Connection is not available")
                    .doesNotContain("HikariPool-1 - Connection")
                    .doesNotContain("OptimisticLockingException: ENGINE");
        } finally {
            app.stop();
            smtp.stop();
        }
    }

    /** One committee's path: meeting, minutes, draft, the chair's and the vice-chair's approval. */
    private static void respond(AppClient client, String ref, Unit committee, ConcurrentLinkedQueue<String> errors)
            throws InterruptedException {
        String chair = person(committee, Role.CHAIR);
        String secretary = person(committee, Role.SECRETARY);
        // the app's engine clock is the real one: the meeting begins shortly, and its minutes wait for it
        OffsetDateTime meeting = OffsetDateTime.now(ZONE).plusSeconds(30);
        step(
                client,
                ref,
                "Task_ScheduleMeeting",
                chair,
                HearingDriver.meetingForm(meeting, "Mødelokale " + committee.name()),
                errors);
        String waiting = ref + " " + committee.id() + " waiting for its meeting";
        IN_FLIGHT.add(waiting);
        HearingDriver.awaitMeetingBegun(meeting);
        IN_FLIGHT.remove(waiting);
        step(client, ref, "Task_RecordMinutes", secretary, Map.of(), errors);
        step(
                client,
                ref,
                "Task_DraftResponse",
                secretary,
                Map.of("noRemarks", false, "responseText", committee.name() + " støtter forslaget."),
                errors);
        step(client, ref, "Task_ApproveResponseAsChair", chair, Map.of("decision", "approve"), errors);
        step(
                client,
                ref,
                "Task_ApproveResponseAsViceChair",
                person(committee, Role.VICE_CHAIR),
                Map.of("decision", "approve"),
                errors);
    }

    /** Waits for the task (the job executor may create it), then claims and submits it; any failure is recorded. */
    private static void step(
            AppClient client,
            String ref,
            String taskKey,
            String user,
            Map<String, Object> fields,
            ConcurrentLinkedQueue<String> errors)
            throws InterruptedException {
        String step = ref + " " + taskKey + " " + user;
        IN_FLIGHT.add(step);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String task = null;
        while (task == null && System.nanoTime() < deadline) {
            try {
                task = client.findTask(user, ref, taskKey);
            } catch (AssertionError e) {
                errors.add(e.getMessage());
                return;
            }
            if (task == null) {
                Thread.sleep(500);
            }
        }
        if (task == null) {
            errors.add(ref + " " + taskKey + ": never appeared for " + user);
            return;
        }
        AppClient.Answer answer = client.claimAndSubmit(user, task, fields);
        if (answer.status() != 204) {
            errors.add(ref + " " + taskKey + " as " + user + ": " + answer.status() + " " + answer.body());
        }
        IN_FLIGHT.remove(step);
    }

    private static JsonNode awaitSubmitted(AppClient client, String ref, int committees) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            status = client.json(client.get("admin", "/api/hearings/" + ref));
            long submitted = 0;
            for (JsonNode c : status.get("committees")) {
                submitted += "SUBMITTED".equals(c.get("state").asText()) ? 1 : 0;
            }
            if (submitted == committees
                    && "MINUTES_PENDING"
                            .equals(status.at("/mainCommittee/state").asText())) {
                return status;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not every committee of " + ref + " submitted: " + status);
    }

    private static String person(Unit committee, Role role) {
        return committee.membersWith(role).stream().map(Member::id).findFirst().orElseThrow();
    }

    private static Map<String, Object> hearing(String ref, List<Unit> committees) {
        OffsetDateTime now = OffsetDateTime.now(ZONE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", ref);
        body.put("title", "Belastningsprøve " + ref);
        body.put("summary", "Fire høringer på samme tid");
        body.put("documentLinks", List.of("https://example.org/forslag.pdf"));
        body.put("committees", committees.stream().map(Unit::id).toList());
        body.put("responseDeadline", now.plusDays(10).withNano(0).toString());
        body.put("mainCommitteeMeetingAt", now.plusDays(17).withNano(0).toString());
        body.put("politicalCommitteeMeetingAt", now.plusDays(24).withNano(0).toString());
        body.put("shortWindowJustification", "Kort frist af hensyn til budgetprocessen.");
        return body;
    }
}
