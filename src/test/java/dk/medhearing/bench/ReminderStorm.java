package dk.medhearing.bench;

import dk.medhearing.committee.Unit;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * s3: committees whose two reminder timers are made due at once, by one UPDATE, and then the product's own job
 * executor, until every reminder mail has arrived in GreenMail; then who got which mail how often.
 */
final class ReminderStorm {

    /**
     * {@code jobsSeconds}: until the last reminder timer had fired; {@code markSeconds}: one "sent" mark (the product's
     * one-row update and its commit on the product's database, after the storm), the least each delivered mail costs.
     */
    record Result(
            int reminders,
            double seconds,
            int mails,
            int duplicates,
            int missing,
            double jobsSeconds,
            double markSeconds) {}

    /** The call activity's inputs: the committee's variable by the hearing's (the deadline is deadlineAt there). */
    private static final Map<String, String> CARRIED = Map.of(
            "reference", "reference",
            "title", "title",
            "responseDeadline", "deadlineAt",
            "responseDeadlineText", "responseDeadlineText");

    private final ProductApp app;
    private final RuntimeService runtime;

    ReminderStorm(ProductApp app) {
        this.app = app;
        this.runtime = app.engine.getRuntimeService();
    }

    Result run(int reminders, long timeoutMillis, long settleMillis) throws Exception {
        Set<String> expected = setUp(reminders / 2);
        app.smtp.purgeEmailFromAllMailboxes();
        JdbcTemplate jdbc = new JdbcTemplate(app.context.getBean(DataSource.class));
        int due = jdbc.update(
                "UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE " + BareReminderStorm.REMINDER_TIMERS,
                new Timestamp(System.currentTimeMillis() - 1000));
        if (due != reminders / 2 * 2) {
            throw new IllegalStateException("Made " + due + " reminder timers due, expected " + reminders);
        }
        long start = System.nanoTime();
        long last = start;
        long jobsDone = 0;
        app.jobExecutor(true);
        app.mailPoller(true);
        try {
            long deadline = System.currentTimeMillis() + timeoutMillis;
            long nextProgress = System.currentTimeMillis() + 5_000;
            while (System.currentTimeMillis() < deadline) {
                int received = app.smtp.getReceivedMessages().length;
                if (jobsDone == 0 && BareReminderStorm.remaining(jdbc) == 0) {
                    jobsDone = System.nanoTime();
                }
                if (received >= expected.size()) {
                    last = System.nanoTime();
                    break;
                }
                if (System.currentTimeMillis() >= nextProgress) {
                    // where the time goes: reminder jobs still to run, mails still to be delivered
                    nextProgress += 5_000;
                    Integer jobs = jdbc.queryForObject(
                            "select count(*) from ACT_RU_JOB where TYPE_ = 'timer' and " + "DUEDATE_ <= ?",
                            Integer.class,
                            new Timestamp(System.currentTimeMillis()));
                    Integer pending = jdbc.queryForObject(
                            "select count(*) from mail_outbox where state = 'PENDING'", Integer.class);
                    System.out.printf(
                            "[bench] s3 after %.0f s: %d reminder jobs due, %d mails written and not yet "
                                    + "sent, %d received%n",
                            (System.nanoTime() - start) / 1e9, jobs, pending, received);
                }
                Thread.sleep(100);
            }
            if (last == start) {
                last = System.nanoTime();
            }
            Thread.sleep(settleMillis); // late duplicates would arrive now
        } finally {
            app.jobExecutor(false);
            app.mailPoller(false);
        }
        return count(
                reminders / 2 * 2,
                expected,
                (last - start) / 1e9,
                ((jobsDone == 0 ? last : jobsDone) - start) / 1e9,
                markSeconds(jdbc));
    }

    /**
     * The mean time of one "sent" mark alone: 2,000 of the storm's sent mails are put back as claimed (one
     * statement), then each is marked sent with the product's own statement (OutboxRepository.markSent), each its
     * own transaction, as delivery does after each mail. Nothing else runs meanwhile (poller and job executor are off).
     */
    private static double markSeconds(JdbcTemplate jdbc) {
        jdbc.update("update mail_outbox set state = 'PENDING', claimed_by = 'floor' where id in (select id from "
                + "mail_outbox where state = 'SENT' fetch first 2000 rows only)");
        List<String> ids = jdbc.queryForList("select id from mail_outbox where claimed_by = 'floor'", String.class);
        long start = System.nanoTime();
        for (String id : ids) {
            jdbc.update(
                    "update mail_outbox set state = 'SENT', sent_at = ?, claimed_by = null, claimed_until = null, "
                            + "last_error = null where id = ? and claimed_by = ?",
                    OffsetDateTime.now(),
                    id,
                    "floor");
        }
        return ids.isEmpty() ? 0 : (System.nanoTime() - start) / 1e9 / ids.size();
    }

    /** Hearings registered as the API does, with their committees' processes started directly (no opening mail). */
    private Set<String> setUp(int committees) {
        Set<String> expected = new HashSet<>();
        List<Unit> locals = app.organisation.localCommittees();
        int started = 0;
        while (started < committees) {
            String reference =
                    "S3-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            app.startHearing(reference, locals.size());
            ProcessInstance hearing = runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(reference)
                    .processDefinitionKey("HearingProcess")
                    .singleResult();
            Map<String, Object> carried = new HashMap<>();
            CARRIED.forEach((name, source) -> carried.put(name, runtime.getVariable(hearing.getId(), source)));
            runtime.deleteProcessInstance(hearing.getId(), "benchmark set-up", true, true);
            for (Unit unit : locals) {
                if (started++ >= committees) {
                    break;
                }
                Map<String, Object> variables = new HashMap<>(carried);
                variables.put("committee", unit.id());
                variables.put("committeeName", unit.name());
                runtime.createProcessInstanceByKey("CommitteeResponseProcess")
                        .businessKey(reference)
                        .setVariables(variables)
                        .execute();
                for (String which : List.of("first", "final")) {
                    for (String address : app.remindedAddresses(unit.id())) {
                        expected.add(reference + "/reminder-" + which + "/" + unit.id() + "|" + address);
                    }
                }
            }
        }
        return expected;
    }

    private Result count(int reminders, Set<String> expected, double seconds, double jobsSeconds, double markSeconds)
            throws MessagingException {
        Map<String, Integer> received = new HashMap<>();
        int mails = 0;
        for (MimeMessage message : app.smtp.getReceivedMessages()) {
            String key = message.getHeader("X-Medhearing-Key", null);
            if (key == null || !key.contains("/reminder-")) {
                continue;
            }
            mails++;
            for (Address to : message.getRecipients(MimeMessage.RecipientType.TO)) {
                received.merge(key + "|" + ((InternetAddress) to).getAddress(), 1, Integer::sum);
            }
        }
        int duplicates = received.values().stream().mapToInt(n -> n - 1).sum();
        int missing =
                (int) expected.stream().filter(k -> !received.containsKey(k)).count();
        return new Result(reminders, seconds, mails, duplicates, missing, jobsSeconds, markSeconds);
    }
}
