package dk.medhearing.mail;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code mail_outbox} table. {@link #insertAll} joins the caller's transaction (the engine's, in a delegate); every
 * other statement is meant to run outside a transaction, each committed on its own, so no connection is held while
 * SMTP is spoken.
 */
@Repository
public class OutboxRepository {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    /** Mails per insert statement. */
    private static final int INSERT_CHUNK = 100;
    /**
     * Ids that grow with time (UUID version 7): a step's new mails go next to each other at the end of the primary
     * key's index, one page written per commit, instead of one random page per mail.
     */
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();
    /** Due and not held by a live claim: what {@link #due} selects and what {@link #claimAll} re-checks per row. */
    private static final String DUE =
            "state = 'PENDING' and next_attempt_at <= ? " + "and (claimed_until is null or claimed_until < ?)";

    private final JdbcClient jdbc;

    public OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes each mail whose key (business key, kind, step, recipient) is not there already, 100 mails per
     * statement, and their attachments with one more; returns how many were written now. A mail given twice is
     * written once. Two transactions writing the same new key at once: the unique key refuses the second statement,
     * and the caller's retry then writes only what is still missing.
     */
    public int insertAll(List<Mail> mails, String processInstanceId, OffsetDateTime now) {
        Map<String, Mail> byKey = new LinkedHashMap<>();
        mails.forEach(mail -> byKey.putIfAbsent(mail.key() + "|" + recipient(mail), mail));
        List<Mail> unique = List.copyOf(byKey.values());
        int written = 0;
        for (int from = 0; from < unique.size(); from += INSERT_CHUNK) {
            written += insertChunk(
                    unique.subList(from, Math.min(unique.size(), from + INSERT_CHUNK)), processInstanceId, now);
        }
        return written;
    }

    private int insertChunk(List<Mail> mails, String processInstanceId, OffsetDateTime now) {
        List<String> ids = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Mail mail : mails) {
            String id = IDS.generate().toString();
            ids.add(id);
            params.addAll(Arrays.asList(
                    id,
                    mail.businessKey(),
                    mail.kind(),
                    mail.step(),
                    recipient(mail),
                    mail.to().name(),
                    mail.subject(),
                    mail.text(),
                    processInstanceId,
                    now,
                    now));
        }
        int written = jdbc.sql("insert into mail_outbox (id, business_key, kind, step, recipient, recipient_name, "
                        + "subject, body, process_instance_id, state, attempts, next_attempt_at, created_at) "
                        + "select v.id, v.business_key, v.kind, v.step, v.recipient, v.recipient_name, v.subject, "
                        + "v.body, v.process_instance_id, 'PENDING', 0, v.next_attempt_at, v.created_at from (values "
                        + String.join(", ", Collections.nCopies(mails.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                        + ") as v (id, business_key, kind, step, recipient, recipient_name, subject, body, "
                        + "process_instance_id, next_attempt_at, created_at) where not exists (select 1 from "
                        + "mail_outbox o where o.business_key = v.business_key and o.kind = v.kind "
                        + "and o.step = v.step and o.recipient = v.recipient)")
                .params(params)
                .update();
        if (written == 0) {
            return 0;
        }
        // all of them, unless some were there before (a retried step): then ask which ids are ours
        Set<String> writtenIds = written == mails.size()
                ? Set.copyOf(ids)
                : Set.copyOf(jdbc.sql("select id from mail_outbox where id in (" + placeholders(ids.size()) + ")")
                        .params(new ArrayList<>(ids))
                        .query(String.class)
                        .list());
        List<Object> attachmentParams = new ArrayList<>();
        for (int i = 0; i < mails.size(); i++) {
            if (!writtenIds.contains(ids.get(i))) {
                continue;
            }
            int ordinal = 0;
            for (Mail.Attachment a : mails.get(i).attachments()) {
                attachmentParams.addAll(
                        Arrays.asList(ids.get(i), ordinal++, a.filename(), a.contentType(), a.content()));
            }
        }
        if (!attachmentParams.isEmpty()) {
            jdbc.sql("insert into mail_outbox_attachment (outbox_id, ordinal, filename, content_type, content) values "
                            + String.join(", ", Collections.nCopies(attachmentParams.size() / 5, "(?, ?, ?, ?, ?)")))
                    .params(attachmentParams)
                    .update();
        }
        return written;
    }

    private static String recipient(Mail mail) {
        return mail.to().email().toLowerCase();
    }

    /**
     * Ids of pending mails due now and not claimed by a live claim, earliest first. The order starts with the
     * {@code state} (one value here) so that it is the order of the {@code mail_outbox_due} index: the database reads
     * the first due mails off the index and stops, instead of reading and sorting every due mail.
     */
    List<String> due(OffsetDateTime now, int limit) {
        return jdbc.sql("select id from mail_outbox where " + DUE + " order by state, next_attempt_at, created_at, id "
                        + "fetch first " + Math.max(1, limit) + " rows only")
                .params(now, now)
                .query(String.class)
                .list();
    }

    /**
     * Reserves the given mails that are still due and unclaimed for this node until {@code until}, in one statement,
     * committed at once; returns the rows now claimed by this node (one delivery thread per node claims, so those are
     * this call's). Exactly one node wins each row, whatever the database (the conditions are re-checked under the
     * row lock). The rows are found by their ids: the conditions are in a {@code case} so that no planner reads the
     * {@code mail_outbox_due} index for them (H2 did, before its statistics knew the table, and then read every due
     * mail for each claim).
     */
    List<OutboxMail> claimAll(List<String> ids, String node, OffsetDateTime now, OffsetDateTime until) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = placeholders(ids.size());
        List<Object> params = new ArrayList<>(List.of(node, until));
        params.addAll(ids);
        params.addAll(List.of(now, now));
        jdbc.sql("update mail_outbox set claimed_by = ?, claimed_until = ?, attempts = attempts + 1 " + "where id in ("
                        + in + ") and case when " + DUE + " then true else false end")
                .params(params)
                .update();
        List<Object> read = new ArrayList<>(ids);
        read.add(node);
        return jdbc.sql("select * from mail_outbox where id in (" + in + ") and claimed_by = ? and state = 'PENDING' "
                        + "order by next_attempt_at, created_at, id")
                .params(read)
                .query(this::row)
                .list();
    }

    /** Gives back mails this node claimed but did not try (it is shutting down): no attempt is counted. */
    void release(List<String> ids, String node) {
        if (ids.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(ids);
        params.add(node);
        jdbc.sql("update mail_outbox set claimed_by = null, claimed_until = null, attempts = attempts - 1 "
                        + "where id in (" + placeholders(ids.size()) + ") and claimed_by = ? and state = 'PENDING'")
                .params(params)
                .update();
    }

    /** The attachments of several mails, by mail id, each list in order. */
    Map<String, List<Mail.Attachment>> attachments(List<String> ids) {
        Map<String, List<Mail.Attachment>> byMail = new HashMap<>();
        if (ids.isEmpty()) {
            return byMail;
        }
        jdbc.sql("select outbox_id, filename, content_type, content from mail_outbox_attachment where outbox_id in ("
                        + placeholders(ids.size()) + ") order by outbox_id, ordinal")
                .params(new ArrayList<>(ids))
                .query((rs, n) -> {
                    byMail.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Mail.Attachment(rs.getString(2), rs.getString(3), rs.getBytes(4)));
                    return null;
                })
                .list();
        return byMail;
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    Optional<OutboxMail> find(String id) {
        return jdbc.sql("select * from mail_outbox where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    List<Mail.Attachment> attachments(String id) {
        return jdbc.sql("select filename, content_type, content from mail_outbox_attachment where outbox_id = ? "
                        + "order by ordinal")
                .param(id)
                .query((rs, n) -> new Mail.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }

    void markSent(String id, String node, OffsetDateTime at) {
        jdbc.sql("update mail_outbox set state = 'SENT', sent_at = ?, claimed_by = null, claimed_until = null, "
                        + "last_error = null where id = ? and claimed_by = ?")
                .params(at, id, node)
                .update();
    }

    /** After a failed attempt: try again at {@code next}, or give up ({@code failed}). */
    void markAttemptFailed(String id, String node, String error, boolean failed, OffsetDateTime next) {
        jdbc.sql("update mail_outbox set state = ?, next_attempt_at = ?, claimed_by = null, claimed_until = null, "
                        + "last_error = ? where id = ? and claimed_by = ?")
                .params(failed ? FAILED : PENDING, next, error, id, node)
                .update();
    }

    /** A failed mail is pending again with a fresh set of attempts; {@code false} if it was not failed. */
    boolean retry(String id, OffsetDateTime now) {
        return jdbc.sql("update mail_outbox set state = 'PENDING', attempts = 0, next_attempt_at = ?, "
                                + "claimed_by = null, claimed_until = null where id = ? and state = 'FAILED'")
                        .params(now, id)
                        .update()
                == 1;
    }

    /**
     * Sent mails older than {@code before} lose their text and attachments; the row and its key stay, so the same
     * mail written again is still a no-op. Returns how many mails were emptied.
     */
    int emptySentBefore(OffsetDateTime before) {
        jdbc.sql("delete from mail_outbox_attachment where outbox_id in (select id from mail_outbox "
                        + "where state = 'SENT' and sent_at < ?)")
                .param(before)
                .update();
        return jdbc.sql("update mail_outbox set body = '' where state = 'SENT' and sent_at < ? and body <> ''")
                .param(before)
                .update();
    }

    /** One page of the mails in a state, oldest first. */
    List<OutboxMail> inState(String state, int offset, int limit) {
        return jdbc.sql("select * from mail_outbox where state = ? order by created_at, id offset " + offset
                        + " rows fetch first " + limit + " rows only")
                .param(state)
                .query(this::row)
                .list();
    }

    int count(String state) {
        return jdbc.sql("select count(*) from mail_outbox where state = ?")
                .param(state)
                .query(Integer.class)
                .single();
    }

    /** Counts for the metrics: one aggregate statement over the outbox's state index. */
    public OutboxStatistics statistics() {
        record StateCount(String state, long count, OffsetDateTime oldest) {}
        Map<String, StateCount> byState = new HashMap<>();
        jdbc.sql("select state, count(*) as n, min(created_at) as oldest from mail_outbox "
                        + "where state in ('PENDING', 'FAILED') group by state")
                .query((rs, n) -> new StateCount(
                        rs.getString("state"), rs.getLong("n"), rs.getObject("oldest", OffsetDateTime.class)))
                .list()
                .forEach(c -> byState.put(c.state(), c));
        StateCount pending = byState.get("PENDING");
        StateCount failed = byState.get("FAILED");
        return new OutboxStatistics(
                pending == null ? 0 : pending.count(),
                failed == null ? 0 : failed.count(),
                pending == null ? null : pending.oldest());
    }

    public List<OutboxMail> forBusinessKey(String businessKey) {
        return jdbc.sql("select * from mail_outbox where business_key = ? order by created_at, id")
                .param(businessKey)
                .query(this::row)
                .list();
    }

    private OutboxMail row(ResultSet rs, int n) throws SQLException {
        return new OutboxMail(
                rs.getString("id"),
                rs.getString("business_key"),
                rs.getString("kind"),
                rs.getString("step"),
                rs.getString("recipient"),
                rs.getString("recipient_name"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("process_instance_id"),
                rs.getString("state"),
                rs.getInt("attempts"),
                rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("sent_at", OffsetDateTime.class),
                rs.getString("last_error"));
    }
}
