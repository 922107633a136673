package dk.medhearing.delivery;

import dk.medhearing.kit.BackgroundThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The thread of a node that delivers due case files every {@code medhearing.casefile.delivery.poll-interval} (on
 * unless {@code poll-enabled} is false, as in the tests, which drive {@link DeliveryRun} themselves, or the kind is
 * {@code none}).
 */
@Component
class DeliveryPoller extends BackgroundThreads {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPoller.class);

    private final DeliveryRun run;
    private final DeliveryProperties properties;
    private boolean reconciled;

    DeliveryPoller(DeliveryRun run, DeliveryProperties properties) {
        super("casefile-delivery");
        this.run = run;
        this.properties = properties;
    }

    @Override
    protected boolean enabled() {
        return properties.pollEnabled() && properties.kind() != DeliveryKind.NONE;
    }

    @Override
    protected int threads() {
        return 1;
    }

    @Override
    protected void schedule(ScheduledExecutorService threads) {
        long interval = Math.max(100, properties.pollInterval().toMillis());
        threads.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
        log.info("Case files delivered to {} every {} ms", properties.kind(), interval);
    }

    private void poll() {
        try {
            if (!reconciled) {
                run.endProcessesOfDelivered();
                reconciled = true;
            }
            run.deliverAllDue(run.configured(), this::running);
        } catch (RuntimeException e) {
            log.warn("Case-file delivery interrupted, tried again in {}: {}", properties.pollInterval(), e.toString());
        }
    }
}
