package dk.medhearing.mail;

import dk.medhearing.kit.BackgroundThreads;
import dk.medhearing.kit.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The threads of a node that deliver the outbox every {@code medhearing.mail.outbox.poll-interval} (on unless
 * {@code poll-enabled} is false, as in the tests, which drive {@link OutboxDelivery} themselves):
 * {@code medhearing.mail.outbox.workers} of them, each with at most one mail in flight, so a crash repeats at most
 * that many mails.
 */
@Component
class OutboxPoller extends BackgroundThreads {

    private static final Logger log = LoggerFactory.getLogger(OutboxPoller.class);

    /** How often the sent mails' text past its retention is emptied. */
    private static final long EMPTYING_INTERVAL_MINUTES = 60;

    private final OutboxDelivery delivery;
    private final OutboxRepository repository;
    private final EngineClock clock;
    private final OutboxProperties properties;

    OutboxPoller(OutboxDelivery delivery, OutboxRepository repository, EngineClock clock, OutboxProperties properties) {
        super("mail-outbox");
        this.delivery = delivery;
        this.repository = repository;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    protected boolean enabled() {
        return properties.pollEnabled();
    }

    @Override
    protected int threads() {
        // one thread per delivery worker, and one for emptying old sent mails
        return properties.workers() + 1;
    }

    @Override
    protected void schedule(ScheduledExecutorService threads) {
        long interval = Math.max(100, properties.pollInterval().toMillis());
        for (int worker = 0; worker < properties.workers(); worker++) {
            String claimant = properties.claimant(worker);
            // spread over the interval, so that the workers do not ask for the same due mails at the same instant
            long first = interval + interval * worker / properties.workers();
            threads.scheduleWithFixedDelay(() -> poll(claimant), first, interval, TimeUnit.MILLISECONDS);
        }
        threads.scheduleWithFixedDelay(this::emptyOldSentMails, 1, EMPTYING_INTERVAL_MINUTES, TimeUnit.MINUTES);
        log.info(
                "Mail outbox delivery every {} ms as {} ({} threads)",
                interval,
                properties.nodeId(),
                properties.workers());
    }

    private void poll(String claimant) {
        try {
            // one mail at a time, until nothing is due or the node shuts down (then the rest waits for the next start)
            delivery.deliverAllDue(this::running, claimant);
        } catch (RuntimeException e) {
            log.warn(
                    "Mail outbox delivery interrupted, tried again in {}: {}", properties.pollInterval(), e.toString());
        }
    }

    private void emptyOldSentMails() {
        try {
            int emptied = repository.emptySentBefore(clock.now().minus(properties.sentContentRetention()));
            if (emptied > 0) {
                log.info(
                        "Emptied the text of {} mails sent more than {} ago",
                        emptied,
                        properties.sentContentRetention());
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Emptying old sent mails failed, tried again in {} minutes: {}",
                    EMPTYING_INTERVAL_MINUTES,
                    e.toString());
        }
    }
}
