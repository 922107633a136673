package dk.medhearing.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The thread of a node that delivers due case files every {@code medhearing.casefile.delivery.poll-interval} (on
 * unless {@code poll-enabled} is false, as in the tests, which drive {@link DeliveryRun} themselves, or the kind is
 * {@code none}).
 */
@Component
class DeliveryPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPoller.class);

    private final DeliveryRun run;
    private final DeliveryProperties properties;
    private ScheduledExecutorService executor;
    private volatile boolean running;
    private boolean reconciled;

    DeliveryPoller(DeliveryRun run, DeliveryProperties properties) {
        this.run = run;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (!properties.pollEnabled() || properties.kind() == DeliveryKind.NONE || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "casefile-delivery");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        long interval = Math.max(100, properties.pollInterval().toMillis());
        executor.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
        log.info("Case files delivered to {} every {} ms", properties.kind(), interval);
    }

    private void poll() {
        try {
            if (!reconciled) {
                run.endProcessesOfDelivered();
                reconciled = true;
            }
            run.deliverAllDue(run.configured(), () -> running);
        } catch (RuntimeException e) {
            log.warn("Case-file delivery interrupted, tried again in {}: {}", properties.pollInterval(), e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        // stops before the datasource, starts after it (as the mail outbox's poller)
        return Integer.MAX_VALUE - 1000;
    }
}
