package dk.medhearing.mail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code mail_outbox} table. {@link #insert} joins the caller's transaction (the engine's, in a delegate); every
 * other statement is meant to run outside a transaction, each committed on its own, so no connection is held while
 * SMTP is spoken.
 */
@Repository
public class OutboxRepository {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    private final JdbcClient jdbc;

    public OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the mail unless its key is there already; {@code true} if it was written now. */
    public boolean insert(Mail mail, String processInstanceId, OffsetDateTime now) {
        String recipient = mail.to().email().toLowerCase();
        boolean exists = jdbc.sql("select count(*) from mail_outbox where business_key = ? and kind = ? and step = ? "
                        + "and recipient = ?").params(mail.businessKey(), mail.kind(), mail.step(), recipient)
                .query(Integer.class).single() > 0;
        if (exists) {
            return false;
        }
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into mail_outbox (id, business_key, kind, step, recipient, recipient_name, subject, body,
                    process_instance_id, state, attempts, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(id, mail.businessKey(), mail.kind(), mail.step(), recipient, mail.to().name(), mail.subject(),
                        mail.text(), processInstanceId, now, now).update();
        int ordinal = 0;
        for (Mail.Attachment a : mail.attachments()) {
            jdbc.sql("insert into mail_outbox_attachment (outbox_id, ordinal, filename, content_type, content) "
                    + "values (?, ?, ?, ?, ?)").params(id, ordinal++, a.filename(), a.contentType(), a.content()).update();
        }
        return true;
    }

    /** Ids of pending mails due now and not claimed by a live claim, earliest first. */
    List<String> due(OffsetDateTime now, int limit) {
        return jdbc.sql("select id from mail_outbox where state = 'PENDING' and next_attempt_at <= ? "
                        + "and (claimed_until is null or claimed_until < ?) order by next_attempt_at, created_at, id "
                        + "fetch first " + Math.max(1, limit) + " rows only")
                .params(now, now).query(String.class).list();
    }

    /**
     * Reserves one mail for this node until {@code until}: one short statement, committed at once. Exactly one node
     * wins, whatever the database (the row count says who).
     */
    boolean claim(String id, String node, OffsetDateTime now, OffsetDateTime until) {
        return jdbc.sql("update mail_outbox set claimed_by = ?, claimed_until = ?, attempts = attempts + 1 "
                        + "where id = ? and state = 'PENDING' and next_attempt_at <= ? "
                        + "and (claimed_until is null or claimed_until < ?)")
                .params(node, until, id, now, now).update() == 1;
    }

    Optional<OutboxMail> find(String id) {
        return jdbc.sql("select * from mail_outbox where id = ?").param(id).query(this::row).optional();
    }

    List<Mail.Attachment> attachments(String id) {
        return jdbc.sql("select filename, content_type, content from mail_outbox_attachment where outbox_id = ? "
                        + "order by ordinal").param(id)
                .query((rs, n) -> new Mail.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
    }

    void markSent(String id, String node, OffsetDateTime at) {
        jdbc.sql("update mail_outbox set state = 'SENT', sent_at = ?, claimed_by = null, claimed_until = null, "
                + "last_error = null where id = ? and claimed_by = ?").params(at, id, node).update();
    }

    /** After a failed attempt: try again at {@code next}, or give up ({@code failed}). */
    void markAttemptFailed(String id, String node, String error, boolean failed, OffsetDateTime next) {
        jdbc.sql("update mail_outbox set state = ?, next_attempt_at = ?, claimed_by = null, claimed_until = null, "
                        + "last_error = ? where id = ? and claimed_by = ?")
                .params(failed ? FAILED : PENDING, next, error, id, node).update();
    }

    /** A failed mail is pending again with a fresh set of attempts; {@code false} if it was not failed. */
    boolean retry(String id, OffsetDateTime now) {
        return jdbc.sql("update mail_outbox set state = 'PENDING', attempts = 0, next_attempt_at = ?, "
                + "claimed_by = null, claimed_until = null where id = ? and state = 'FAILED'").params(now, id).update() == 1;
    }

    /**
     * Sent mails older than {@code before} lose their text and attachments; the row and its key stay, so the same
     * mail written again is still a no-op. Returns how many mails were emptied.
     */
    int emptySentBefore(OffsetDateTime before) {
        jdbc.sql("delete from mail_outbox_attachment where outbox_id in (select id from mail_outbox "
                + "where state = 'SENT' and sent_at < ?)").param(before).update();
        return jdbc.sql("update mail_outbox set body = '' where state = 'SENT' and sent_at < ? and body <> ''")
                .param(before).update();
    }

    /** One page of the mails in a state, oldest first. */
    List<OutboxMail> inState(String state, int offset, int limit) {
        return jdbc.sql("select * from mail_outbox where state = ? order by created_at, id offset " + offset
                        + " rows fetch first " + limit + " rows only").param(state)
                .query(this::row).list();
    }

    int count(String state) {
        return jdbc.sql("select count(*) from mail_outbox where state = ?").param(state).query(Integer.class).single();
    }

    public List<OutboxMail> forBusinessKey(String businessKey) {
        return jdbc.sql("select * from mail_outbox where business_key = ? order by created_at, id").param(businessKey)
                .query(this::row).list();
    }

    private OutboxMail row(ResultSet rs, int n) throws SQLException {
        return new OutboxMail(rs.getString("id"), rs.getString("business_key"), rs.getString("kind"),
                rs.getString("step"), rs.getString("recipient"), rs.getString("recipient_name"),
                rs.getString("subject"), rs.getString("body"), rs.getString("process_instance_id"),
                rs.getString("state"), rs.getInt("attempts"), rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class),
                rs.getString("last_error"));
    }
}
