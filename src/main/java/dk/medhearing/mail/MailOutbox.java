package dk.medhearing.mail;

import dk.medhearing.kit.EngineClock;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Where the mail delegates put the mails they decide to send: rows of the outbox, written in the caller's
 * transaction (in a delegate, the engine's own Spring transaction on the same datasource and connection), so the
 * mails exist exactly when the process step that decided them is committed. Nothing is sent here; {@link
 * OutboxDelivery} does that outside any transaction. Each mail is written once per business key, kind, step and
 * recipient: a retried task writes nothing new.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final OutboxRepository repository;
    private final EngineClock clock;

    public MailOutbox(OutboxRepository repository, EngineClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Writes every mail not written before (a few statements for all of them); returns how many were written now. */
    public int enqueueAll(List<Mail> mails) {
        if (mails.isEmpty()) {
            return 0;
        }
        int written = repository.insertAll(mails, currentProcessInstance(), clock.now());
        log.debug(
                "{} of {} mails written to the outbox, the first {}",
                written,
                mails.size(),
                mails.get(0).key());
        return written;
    }

    public boolean enqueue(Mail mail) {
        return enqueueAll(List.of(mail)) == 1;
    }

    /** The process instance of the delegate that is running, if any: a mail that cannot be sent is its incident. */
    private static String currentProcessInstance() {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        return context == null || context.getExecution() == null
                ? null
                : context.getExecution().getProcessInstanceId();
    }
}
