package dk.medhearing.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.medhearing.cluster.RoundRobinClient.Answer;
import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.OrganisationLoader;
import dk.medhearing.committee.Role;
import dk.medhearing.committee.Unit;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.support.PackagedApp;
import dk.medhearing.support.Ports;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two nodes of the packaged app, each its own OS process with its job executor on, on one PostgreSQL database,
 * behind REST without sticky routing. Hearings are started and driven through either node; 300+ reminder timers are
 * made due and fire on both; one node is killed with SIGKILL in the middle of the burst, and the other finishes the
 * work once the dead node's job locks expire. The SMTP sink is this JVM's GreenMail, which outlives both nodes.
 */
class TwoNodeClusterIT {

    /** 38 hearings x 4 CenterMEDs x 2 reminders = 304 reminder timers. */
    private static final int HEARINGS = 38;

    private static final List<String> COMMITTEES = List.of("amc", "jku", "jki", "jka");
    private static final String DRIVEN = "amc";
    /**
     * How long a job stays locked to the node that acquired it: production's value. It must exceed the longest job
     * (the hearing-opened job mails every member of the consulted committees), or a second node takes over a job that
     * is still running.
     */
    private static final int LOCK_TIME_MILLIS = 60_000;
    /** Job executor threads per test node. */
    private static final int THREADS = 4;

    private static final String ADMIN_PASSWORD = "cluster-test-admin-7Q";
    private static final String USER_PASSWORD = "cluster-test-user-4K";
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private static GreenMail smtp;
    private static PackagedApp nodeA;
    private static PackagedApp nodeB;
    private static RoundRobinClient rest;
    private static Organisation organisation;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        String databaseUrl = System.getProperty("medhearing.test.cluster-database-url");
        assumeTrue(databaseUrl != null, "runs in the postgresql Failsafe execution");
        organisation = new OrganisationLoader().load(Path.of("config/organisation.yaml"));

        int smtpPort = Ports.free();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        Map<String, String> environment = Map.of(
                "SPRING_PROFILES_ACTIVE", "prod",
                "MEDHEARING_DB_URL", databaseUrl,
                "MEDHEARING_DB_USER", "medhearing",
                "MEDHEARING_DB_PASSWORD", "trusted-on-loopback",
                "MEDHEARING_SMTP_HOST", "127.0.0.1",
                "MEDHEARING_SMTP_PORT", String.valueOf(smtpPort),
                "MEDHEARING_SMTP_STARTTLS", "false",
                "MEDHEARING_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // each node in a directory of its own (its log, its copy of config/)
        Path run = Files.createTempDirectory(Files.createDirectories(Path.of("target", "cluster")), "run-");
        // one after the other, as a rolling start: the first node creates the schema and the organisation
        nodeA = PackagedApp.start(run.resolve("node-a"), Ports.free(), nodeArguments("node-a"), environment)
                .waitHealthy(Duration.ofMinutes(6));
        nodeB = PackagedApp.start(run.resolve("node-b"), Ports.free(), nodeArguments("node-b"), environment)
                .waitHealthy(Duration.ofMinutes(6));

        Map<String, String> passwords = new HashMap<>(Map.of("admin", ADMIN_PASSWORD));
        Map<String, PackagedApp> nodes = new LinkedHashMap<>();
        nodes.put("node-a", nodeA);
        nodes.put("node-b", nodeB);
        rest = new RoundRobinClient(nodes, passwords);
        for (String user : List.of("karen.holm", person(DRIVEN, Role.CHAIR), person(DRIVEN, Role.SECRETARY))) {
            Answer answer = rest.put(
                    "admin",
                    "/engine-rest/user/" + user + "/credentials",
                    Map.of("password", USER_PASSWORD, "authenticatedUserPassword", ADMIN_PASSWORD));
            assertThat(answer.status())
                    .as("password of " + user + ": " + answer.body())
                    .isEqualTo(204);
            passwords.put(user, USER_PASSWORD);
        }
    }

    private static List<String> nodeArguments(String name) {
        return List.of(
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS,
                "--camunda.bpm.job-execution.core-pool-size=" + THREADS,
                "--camunda.bpm.job-execution.max-pool-size=" + THREADS,
                // timers made due through the API are found within 5 s rather than production's idle wait
                "--camunda.bpm.job-execution.max-wait=5000",
                // each node's job log names it (ACT_HI_JOB_LOG.HOSTNAME_)
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // a mail claimed by the killed node is delivered by the other once this has passed
                "--medhearing.mail.outbox.claim-timeout=PT15S");
    }

    @AfterAll
    static void stopEverything() {
        for (PackagedApp node : new PackagedApp[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void shouldFinishEveryTimerAndMailOnTheSurvivingNodeWhenOneNodeIsKilledMidBurst() throws Exception {
        // given hearings started and their AMC meetings scheduled through alternating nodes
        List<String> references = new ArrayList<>();
        for (int i = 0; i < HEARINGS; i++) {
            String reference = HearingDriver.newReference();
            Answer started = rest.post("karen.holm", "/api/hearings", hearing(reference));
            assertThat(started.status()).as(started.body()).isEqualTo(201);
            references.add(reference);
        }
        awaitQuiet("hearing-opened mails");
        // the nodes' engine clock is the real one: the meetings begin shortly, and their minutes wait for them
        OffsetDateTime meetings = now().plusSeconds(60);
        for (String reference : references) {
            submitForm(
                    person(DRIVEN, Role.CHAIR),
                    reference,
                    "Task_ScheduleMeeting",
                    HearingDriver.meetingForm(meetings, "Mødelokalet ved Torvet"));
        }
        awaitQuiet("meeting invitations");
        Set<String> expectedReminders = expectedReminders(references);
        assertThat(expectedReminders).hasSizeGreaterThanOrEqualTo(300);
        int mailsBefore = smtp.getReceivedMessages().length;

        // when every reminder timer is made due (through either node), minutes are recorded through either node
        // during the burst, and node A is killed with SIGKILL in the middle of it
        List<String> reminderTimers = new ArrayList<>();
        for (String activity : List.of("BoundaryEvent_FirstReminder", "BoundaryEvent_FinalReminder")) {
            for (JsonNode job : rest.get("admin", "/engine-rest/job?timers=true&activityId=" + activity)
                    .json()) {
                reminderTimers.add(job.get("id").asText());
            }
        }
        assertThat(reminderTimers).hasSize(HEARINGS * COMMITTEES.size() * 2);
        CompletableFuture<Integer> killer =
                CompletableFuture.supplyAsync(() -> killNodeAWhenReminders(mailsBefore, expectedReminders.size()));
        HearingDriver.awaitMeetingBegun(meetings);
        String due = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).format(REST_DATE);
        CompletableFuture<Void> minutes = null;
        for (int i = 0; i < reminderTimers.size(); i++) {
            moveDuedate(reminderTimers.get(i), due);
            if (i == reminderTimers.size() / 4) {
                minutes = CompletableFuture.runAsync(() -> references.forEach(this::recordMinutes));
            }
        }
        int deliveredAtKill = killer.get(10, TimeUnit.MINUTES);

        // then node B finishes the work after the killed node's locks expire
        minutes.get(5, TimeUnit.MINUTES);
        await(Duration.ofMinutes(10), "every reminder", () -> received(expectedReminders)
                .containsAll(expectedReminders));
        awaitQuiet("the rest of the jobs");
        List<String> allMails = mailKeys(mailsBefore);

        assertThat(deliveredAtKill)
                .as("node A was killed in the middle of the burst, not after it")
                .isLessThan(expectedReminders.size() * 85 / 100);
        // every mail delivered, none twice except the one the killed node's outbox poller (one thread per node) may
        // have had in flight: sent, not yet marked sent
        assertThat(received(expectedReminders)).containsAll(expectedReminders);
        Map<String, Long> counts = allMails.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        List<String> duplicates = counts.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + " x" + e.getValue())
                .toList();
        assertThat(duplicates).as("mails delivered twice").hasSizeLessThanOrEqualTo(1);
        assertThat(counts.values()).allMatch(count -> count <= 2);
        // no timer lost: each reminder fired once and was sent, every deadline timer is still waiting
        int committees = HEARINGS * COMMITTEES.size();
        for (String activity : List.of(
                "BoundaryEvent_FirstReminder",
                "BoundaryEvent_FinalReminder",
                "Task_SendFirstReminder",
                "Task_SendFinalReminder")) {
            assertThat(count("/engine-rest/history/activity-instance/count?finished=true&activityId=" + activity))
                    .as(activity)
                    .isEqualTo(committees);
        }
        assertThat(count("/engine-rest/job/count?timers=true&activityId=BoundaryEvent_FirstReminder"))
                .isZero();
        assertThat(count("/engine-rest/job/count?timers=true&activityId=BoundaryEvent_FinalReminder"))
                .isZero();
        assertThat(count("/engine-rest/job/count?timers=true&activityId=BoundaryEvent_DeadlinePassed"))
                .isEqualTo(committees);
        assertThat(count("/engine-rest/incident/count")).isZero();
        assertThat(count("/engine-rest/job/count?executable=true")).isZero();
        // no hearing or response lost: every hearing with its meeting and minutes
        for (String reference : references) {
            JsonNode status = rest.get("admin", "/api/hearings/" + reference).json();
            assertThat(status.get("committees")).hasSize(COMMITTEES.size());
            JsonNode driven = committee(status, DRIVEN);
            assertThat(driven.get("state").asText()).as(reference).isIn("MINUTES_RECORDED", "DRAFTING");
            assertThat(driven.at("/meeting/place").asText()).isEqualTo("Mødelokalet ved Torvet");
        }
        // both nodes ran jobs, and no user saw a failure or an optimistic-locking conflict
        assertThat(count("/engine-rest/history/job-log/count?successLog=true&hostname=node-a"))
                .isPositive();
        assertThat(count("/engine-rest/history/job-log/count?successLog=true&hostname=node-b"))
                .isPositive();
        assertThat(rest.userVisibleFailures()).isEmpty();
        assertThat(rest.nodesServed()).contains("node-a", "node-b");
        assertThat(nodeB.logText()).doesNotContain("OutOfMemoryError");
    }

    /** Kills node A with SIGKILL once 15 % of the reminders have arrived; returns how many had. */
    /**
     * Kills node A once 15 % of the reminders have arrived; returns how many mails had arrived by then. Counts the
     * sink's messages every 20 ms (reading their keys would take longer than the burst lasts on a fast outbox).
     */
    private static int killNodeAWhenReminders(int mailsBefore, int reminders) {
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        while (smtp.getReceivedMessages().length - mailsBefore < reminders * 15 / 100) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Not reached within 5 minutes: 15 % of the reminders");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        int delivered = smtp.getReceivedMessages().length - mailsBefore;
        nodeA.kill9();
        return delivered;
    }

    /**
     * Makes a timer due, as an operator would: sent again when the node died under the request (the timer may have
     * fired since: then it is gone) or when the engine met a concurrent change (409), at most three times.
     */
    private static void moveDuedate(String job, String due) {
        List<String> answers = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Answer moved =
                        rest.putAsOperator("admin", "/engine-rest/job/" + job + "/duedate", Map.of("duedate", due));
                answers.add(moved.status() + " on " + moved.node() + ": " + moved.body());
                if (moved.status() == 204 || (attempt > 0 && firedMeanwhile(moved))) {
                    return;
                }
                if (moved.status() != 409) {
                    break;
                }
            } catch (RoundRobinClient.NodeLostRequest cutOff) {
                answers.add("cut off: " + cutOff.getMessage());
            }
        }
        throw new AssertionError("Timer " + job + " was not made due: " + answers + "\nnode-a: " + engineErrors(nodeA)
                + "\nnode-b: " + engineErrors(nodeB));
    }

    /**
     * After a cut-off request the timer may have fired: the engine REST API then answers setting its due date with
     * 404 in Danish (the job resource's own 500 for a vanished job is ours to turn into 404, see GoneResource).
     */
    private static boolean firedMeanwhile(Answer moved) {
        return moved.status() == 404;
    }

    /** The engine REST failures a node logged, with the first line of their causes: what a failed request met. */
    private static String engineErrors(PackagedApp node) {
        List<String> lines = node.logText().lines().toList();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("Engine REST request")) {
                found.add(String.join(" | ", lines.subList(i, Math.min(lines.size(), i + 3))));
            } else if (lines.get(i).startsWith("Caused by:")) {
                found.add(lines.get(i));
            }
        }
        return found.isEmpty()
                ? "(none)"
                : String.join("\n", found.subList(Math.max(0, found.size() - 12), found.size()));
    }

    /** AMC's minute-taker records the minutes: claim and submit on whichever node answers. */
    private void recordMinutes(String reference) {
        String secretary = person(DRIVEN, Role.SECRETARY);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                submitForm(secretary, reference, "Task_RecordMinutes", Map.of());
                return;
            } catch (RoundRobinClient.NodeLostRequest cutOff) {
                // the node died under the request: done if the minutes are there, otherwise send again
                String state = committee(
                                rest.get("admin", "/api/hearings/" + reference).json(), DRIVEN)
                        .get("state")
                        .asText();
                if (!state.equals("MEETING_SCHEDULED")) {
                    return;
                }
            }
        }
        throw new IllegalStateException("Minutes of " + reference + " not recorded");
    }

    private static void submitForm(String user, String reference, String taskKey, Map<String, Object> values) {
        JsonNode tasks = rest.get(
                        user,
                        "/engine-rest/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey=" + taskKey)
                .json();
        assertThat(tasks).as(taskKey + " of " + reference + " for " + user).hasSize(1);
        String taskId = tasks.get(0).get("id").asText();
        Answer claimed = rest.post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(204);
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        Answer submitted =
                rest.post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
        assertThat(submitted.status()).as(taskKey + ": " + submitted.body()).isEqualTo(204);
    }

    private static Map<String, Object> hearing(String reference) {
        OffsetDateTime now = now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", reference);
        body.put("title", "Omlægning af beskæftigelsesindsatsen");
        body.put("summary", "Forvaltningens forslag");
        body.put("committees", COMMITTEES);
        body.put(
                "responseDeadline",
                now.plusDays(20)
                        .withHour(12)
                        .withMinute(0)
                        .withSecond(0)
                        .withNano(0)
                        .toString());
        body.put(
                "mainCommitteeMeetingAt",
                now.plusDays(27)
                        .withHour(10)
                        .withMinute(0)
                        .withSecond(0)
                        .withNano(0)
                        .toString());
        body.put(
                "politicalCommitteeMeetingAt",
                now.plusDays(34)
                        .withHour(16)
                        .withMinute(0)
                        .withSecond(0)
                        .withNano(0)
                        .toString());
        body.put("shortWindowJustification", HearingDriver.JUSTIFICATION);
        return body;
    }

    /** Each reminder each committee's chair, vice-chair, TR and AMR must get once: reference/kind recipient. */
    private static Set<String> expectedReminders(List<String> references) {
        Set<String> expected = new TreeSet<>();
        for (String reference : references) {
            for (String committee : COMMITTEES) {
                Unit unit = organisation.requireUnit(committee);
                for (Member member : unit.members()) {
                    if (member.has(Role.CHAIR)
                            || member.has(Role.VICE_CHAIR)
                            || member.has(Role.TR)
                            || member.has(Role.AMR)) {
                        for (String which : List.of("first", "final")) {
                            expected.add(reference + "/reminder-" + which + "/" + unit.id() + " " + member.email());
                        }
                    }
                }
            }
        }
        return expected;
    }

    private static Set<String> received(Set<String> expected) {
        Set<String> received = new TreeSet<>(mailKeys(0));
        received.retainAll(expected);
        return received;
    }

    /** The key of every mail the sink received since {@code from}: business key/kind and recipient. */
    private static List<String> mailKeys(int from) {
        MimeMessage[] messages = smtp.getReceivedMessages();
        List<String> keys = new ArrayList<>();
        for (int i = from; i < messages.length; i++) {
            try {
                String[] key = messages[i].getHeader("X-Medhearing-Key");
                keys.add((key == null ? "?" : key[0]) + " "
                        + ((InternetAddress) messages[i].getAllRecipients()[0]).getAddress());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }

    /** No executable job left and no mail arriving for two seconds. */
    private static void awaitQuiet(String what) throws InterruptedException {
        int[] last = {-1};
        await(Duration.ofMinutes(10), what, () -> {
            assertThat(rest.get("admin", "/engine-rest/job?withException=true").json())
                    .as("failed jobs")
                    .isEmpty();
            int now = smtp.getReceivedMessages().length;
            boolean quiet = now == last[0] && count("/engine-rest/job/count?executable=true") == 0;
            last[0] = now;
            return quiet;
        });
    }

    private static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Not reached within " + timeout + ": " + what + "; mails received: "
                        + smtp.getReceivedMessages().length);
            }
            Thread.sleep(1000);
        }
    }

    private static long count(String path) {
        Answer answer = rest.get("admin", path);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.json().get("count").asLong();
    }

    private static JsonNode committee(JsonNode status, String id) {
        for (JsonNode committee : status.get("committees")) {
            if (committee.get("committee").asText().equals(id)) {
                return committee;
            }
        }
        throw new IllegalStateException("No committee " + id + " in " + status);
    }

    private static String person(String unit, Role role) {
        return organisation.requireUnit(unit).membersWith(role).get(0).id();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZONE);
    }
}
