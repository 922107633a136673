package dk.medhearing.bench;

import dk.medhearing.kit.ProcessValues;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * s3's baseline: the same reminder timers on the bare engine of s1 (same BPMN, no-op delegates, so a reminder
 * writes no mail) with the product's job executor settings, made due by the same UPDATE, until every one has
 * fired. What the engine alone needs for the storm's jobs on this machine, against which the product's reminder
 * jobs are measured ({@code s3_jobs_ratio}).
 */
final class BareReminderStorm {

    static final String REMINDER_TIMERS = "TYPE_ = 'timer' AND (HANDLER_CFG_ LIKE 'BoundaryEvent_FirstReminder%' "
            + "OR HANDLER_CFG_ LIKE 'BoundaryEvent_FinalReminder%')";

    private BareReminderStorm() {}

    /** Seconds from the timers made due until none is left. */
    static double run(Path runDir, Path repository, List<String> committees, int reminders, long timeoutMillis)
            throws InterruptedException {
        ProcessEngine bare = BareEngine.start(runDir, "bare-s3", new SqlCounter(), repository);
        var configuration = (ProcessEngineConfigurationImpl) bare.getProcessEngineConfiguration();
        try {
            OffsetDateTime deadline = OffsetDateTime.now().plusDays(30);
            for (int i = 0; i < reminders / 2; i++) {
                String committee = committees.get(i % committees.size());
                String reference = "S3-BARE-" + i / committees.size();
                Map<String, Object> variables = new HashMap<>();
                variables.put("reference", reference);
                variables.put("title", "Benchmark " + reference);
                variables.put("responseDeadline", ProcessValues.date(deadline));
                variables.put("responseDeadlineText", deadline.toString());
                variables.put("committee", committee);
                variables.put("committeeName", committee);
                bare.getRuntimeService()
                        .createProcessInstanceByKey("CommitteeResponseProcess")
                        .businessKey(reference)
                        .setVariables(variables)
                        .execute();
            }
            JdbcTemplate jdbc = new JdbcTemplate(configuration.getDataSource());
            int due = jdbc.update(
                    "UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE " + REMINDER_TIMERS,
                    new Timestamp(System.currentTimeMillis() - 1000));
            if (due != reminders / 2 * 2) {
                throw new IllegalStateException("Made " + due + " bare reminder timers due, expected " + reminders);
            }
            long start = System.nanoTime();
            configuration.getJobExecutor().start();
            long deadlineMillis = System.currentTimeMillis() + timeoutMillis;
            while (remaining(jdbc) > 0) {
                if (System.currentTimeMillis() > deadlineMillis) {
                    throw new IllegalStateException("Bare reminder timers still left after " + timeoutMillis + " ms");
                }
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Integer incidents = jdbc.queryForObject("select count(*) from ACT_RU_INCIDENT", Integer.class);
            if (incidents != 0) {
                throw new IllegalStateException(incidents + " incidents in the bare reminder storm");
            }
            return seconds;
        } finally {
            configuration.getJobExecutor().shutdown();
            bare.close();
        }
    }

    static int remaining(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from ACT_RU_JOB where " + REMINDER_TIMERS, Integer.class);
    }
}
