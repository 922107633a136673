package dk.medhearing.mail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;

/** The {@code mail_log} table: every mail sent, keyed on business key + kind + recipient. */
@Repository
public class MailLogRepository {

    private final JdbcClient jdbc;

    public MailLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean wasSent(String businessKey, String kind, String recipient) {
        return jdbc.sql("select count(*) from mail_log where business_key = ? and kind = ? and recipient = ?")
                .params(businessKey, kind, recipient.toLowerCase()).query(Integer.class).single() > 0;
    }

    /**
     * Records a sent mail in a transaction of its own, committed at once: if the job that sent it fails later and is
     * retried, the mail is not sent again.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSent(String businessKey, String kind, String recipient, String subject, OffsetDateTime at) {
        jdbc.sql("insert into mail_log (business_key, kind, recipient, subject, sent_at) values (?, ?, ?, ?, ?)")
                .params(businessKey, kind, recipient.toLowerCase(), subject, at).update();
    }
}
