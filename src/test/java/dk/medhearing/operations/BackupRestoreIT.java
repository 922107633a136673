package dk.medhearing.operations;

import com.fasterxml.jackson.databind.JsonNode;
import dk.medhearing.MedhearingApplication;
import dk.medhearing.bench.HearingRunner;
import dk.medhearing.bench.SqlCounter;
import dk.medhearing.committee.Organisation;
import dk.medhearing.hearing.ConsolidatedDocuments;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.support.AppClient;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.support.PackagedApp;
import dk.medhearing.support.Ports;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup of the embedded database taken while a hearing runs (docs/operations.md, "Backups"): the packaged app
 * writes it over REST, is stopped, the backup is unzipped into a fresh folder's ./data as the restore says, and the
 * app started there has every step before the backup, none after, and goes on with the hearing; started once more on
 * the restored folder, it completes the hearing.
 */
class BackupRestoreIT {

    private static final String DEMO = PackagedAppCrashIT.DEMO;
    private static final Map<String, String> BACKUP = Map.of("X-Medhearing-Action", "backup");

    @Test
    void shouldRestoreABackupTakenDuringAHearingAndGoOn() throws Exception {
        // given the packaged app with its demo hearing, where AMC has called its meeting (in a minute)
        Path root = Files.createDirectories(Path.of("target", "packaged-app"));
        Path dir = Files.createTempDirectory(root, "backup-");
        List<String> args = PackagedAppCrashIT.args(
                Ports.free(), "--medhearing.demo.enabled=true", "--medhearing.mail.outbox.poll-enabled=false");
        int port = Ports.free();
        Path backupFile;
        OffsetDateTime meeting;
        PackagedApp app = PackagedApp.start(dir, port, args, Map.of()).waitHealthy(Duration.ofMinutes(5));
        try {
            AppClient client = new AppClient(app.baseUrl());
            String amcTask = awaitTask(client, "anders.friis", "Task_ScheduleMeeting");
            meeting = OffsetDateTime.now(HearingDriver.ZONE).plusSeconds(90);
            AppClient.Answer amc = client.claimAndSubmit(
                    "anders.friis", amcTask, HearingDriver.meetingForm(meeting, "Mødelokale AMC"));
            assertThat(amc.status()).as(amc.body()).isEqualTo(204);

            // when an administrator takes a backup (a chair may not), and JKU calls its meeting after it
            assertThat(client.post("anders.friis", "/api/operations/backup", Map.of(), BACKUP)
                            .status())
                    .isEqualTo(403);
            AppClient.Answer withoutHeader = client.post("karen.holm", "/api/operations/backup", Map.of(), Map.of());
            assertThat(withoutHeader.status()).isEqualTo(400);
            assertThat(client.json(withoutHeader).get("message").asText())
                    .isEqualTo("Send headeren X-Medhearing-Action: backup for at tage en backup.");
            AppClient.Answer taken = client.post("karen.holm", "/api/operations/backup", Map.of(), BACKUP);
            assertThat(taken.status()).as(taken.body()).isEqualTo(201);
            backupFile = Path.of(client.json(taken).get("file").asText());
            assertThat(backupFile).exists();
            assertThat(backupFile.startsWith(dir.toAbsolutePath().normalize()))
                    .as(backupFile.toString())
                    .isTrue();
            assertThat(client.claimAndSubmit(
                                    "frederik.bach",
                                    awaitTask(client, "frederik.bach", "Task_ScheduleMeeting"),
                                    HearingDriver.meetingForm(meeting, "Mødelokale JKU"))
                            .status())
                    .isEqualTo(204);
        } finally {
            app.stop();
        }

        // and it is restored into a fresh folder as docs/operations.md says, and the app started there
        Path restored = Files.createTempDirectory(root, "restored-");
        unzip(backupFile, Files.createDirectories(restored.resolve("data")));
        app = PackagedApp.start(restored, Ports.free(), args, Map.of()).waitHealthy(Duration.ofMinutes(5));
        try {
            AppClient client = new AppClient(app.baseUrl());

            // then AMC's meeting is there, JKU's (after the backup) is not
            JsonNode hearing = client.json(client.get("admin", "/api/hearings/" + DEMO));
            assertThat(state(hearing, "amc")).isEqualTo("MEETING_SCHEDULED");
            assertThat(state(hearing, "jku")).isEqualTo("AWAITING_MEETING");

            // and the hearing goes on: JKU calls its meeting again, AMC meets, records, drafts and approves
            AppClient.Answer jku = client.claimAndSubmit(
                    "frederik.bach",
                    awaitTask(client, "frederik.bach", "Task_ScheduleMeeting"),
                    HearingDriver.meetingForm(
                            OffsetDateTime.now(HearingDriver.ZONE).plusMinutes(5), "Mødelokale JKU"));
            assertThat(jku.status()).as(jku.body()).isEqualTo(204);
            HearingDriver.awaitMeetingBegun(meeting);
            complete(client, "camilla.sand", "Task_RecordMinutes", Map.of());
            complete(
                    client,
                    "camilla.sand",
                    "Task_DraftResponse",
                    Map.of("noRemarks", false, "responseText", "AMC støtter forslaget."));
            complete(client, "anders.friis", "Task_ApproveResponseAsChair", Map.of("decision", "approve"));
            complete(client, "birthe.lund", "Task_ApproveResponseAsViceChair", Map.of("decision", "approve"));
            awaitState(client, "amc", "SUBMITTED");
            assertThat(state(client.json(client.get("admin", "/api/hearings/" + DEMO)), "jku"))
                    .isEqualTo("MEETING_SCHEDULED");
        } finally {
            app.stop();
        }

        // and the restored folder, started again, completes the hearing: every CenterMED, then HovedMED, whose
        // meeting lies 12 working days ahead, so this start is in this JVM, where the engine clock can pass it
        try (ConfigurableApplicationContext restoredApp = startInThisJvm(restored)) {
            ProcessEngine engine = restoredApp.getBean(ProcessEngine.class);
            new HearingRunner(
                            engine,
                            new SqlCounter(),
                            reference -> {},
                            HearingRunner.People.of(
                                    restoredApp.getBean(Organisation.class), engine.getIdentityService()),
                            false)
                    .runHearing(DEMO);

            // then the hearing is over: submitted to the political committee, its consolidated response stored
            assertThat(engine.getHistoryService()
                            .createHistoricProcessInstanceQuery()
                            .processInstanceBusinessKey(DEMO)
                            .processDefinitionKey("HearingProcess")
                            .finished()
                            .count())
                    .isEqualTo(1);
            Hearing hearing =
                    restoredApp.getBean(HearingRepository.class).find(DEMO).orElseThrow();
            assertThat(hearing.submittedAt()).isNotNull();
            assertThat(hearing.journalReference()).isEqualTo("BIU-2026-17");
            assertThat(restoredApp.getBean(ConsolidatedDocuments.class).exists(DEMO))
                    .isTrue();
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * The product on the restored folder's database, in this JVM: its own engine name (another test's context may
     * hold "default"), mail kept in the outbox, the job executor off (the driver runs the jobs).
     */
    private static ConfigurableApplicationContext startInThisJvm(Path restored) {
        return new SpringApplicationBuilder(MedhearingApplication.class)
                .run(
                        "--spring.datasource.url=jdbc:h2:file:"
                                + restored.toAbsolutePath().resolve("data/medhearing")
                                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=256",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--medhearing.demo.enabled=false",
                        "--medhearing.mail.embedded-smtp.enabled=false",
                        "--medhearing.mail.outbox.poll-enabled=false",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--camunda.bpm.process-engine-name=restored",
                        "--logging.level.root=WARN");
    }

    private static void complete(AppClient client, String user, String taskKey, Map<String, Object> fields)
            throws InterruptedException {
        AppClient.Answer answer = client.claimAndSubmit(user, awaitTask(client, user, taskKey), fields);
        assertThat(answer.status()).as(taskKey + ": " + answer.body()).isEqualTo(204);
    }

    private static String awaitTask(AppClient client, String user, String taskKey) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            String task = client.findTask(user, DEMO, taskKey);
            if (task != null) {
                return task;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No " + taskKey + " for " + user);
    }

    private static void awaitState(AppClient client, String committee, String state) throws InterruptedException {
        for (int i = 0;
                i < 240 && !state.equals(state(client.json(client.get("admin", "/api/hearings/" + DEMO)), committee));
                i++) {
            Thread.sleep(500);
        }
        assertThat(state(client.json(client.get("admin", "/api/hearings/" + DEMO)), committee))
                .isEqualTo(state);
    }

    private static String state(JsonNode hearing, String committee) {
        for (JsonNode c : hearing.get("committees")) {
            if (committee.equals(c.get("committee").asText())) {
                return c.get("state").asText();
            }
        }
        throw new AssertionError("No committee " + committee + " in " + hearing);
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).as(entry.getName()).isTrue();
                Files.copy(in, target);
            }
        }
    }
}
