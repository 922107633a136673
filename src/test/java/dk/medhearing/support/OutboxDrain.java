package dk.medhearing.support;

import dk.medhearing.mail.OutboxDelivery;

/**
 * Delivers the mail outbox synchronously, as the poller would (the poller is off in the test profile): every mail
 * due by the engine clock is attempted once per call, in order, until none is due. Mails whose SMTP attempt failed
 * wait for their backoff (move the engine clock to try them again).
 */
public final class OutboxDrain {

    private final OutboxDelivery delivery;

    public OutboxDrain(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    /** Returns how many delivery attempts were made. */
    public int drain() {
        return delivery.deliverAllDue();
    }
}
