package dk.medhearing.kit;

import org.springframework.context.SmartLifecycle;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A node's background threads that deliver to the outside (the mail outbox, the case files): started after the
 * datasource and the embedded SMTP server, stopped before them. On stop, {@link #running()} turns false, so a loop
 * ends after the item in flight, and the threads get {@value #STOP_SECONDS} s to finish it; what is left waits for
 * the next start.
 */
public abstract class BackgroundThreads implements SmartLifecycle {

    private static final int STOP_SECONDS = 15;

    private final String name;
    private ScheduledExecutorService executor;
    private volatile boolean running;

    /** {@code name}: the thread's name, or with several threads their names' prefix ({@code name-0}, ...). */
    protected BackgroundThreads(String name) {
        this.name = name;
    }

    /** Whether this node runs the threads at all (its configuration). */
    protected abstract boolean enabled();

    /** How many threads the work needs. */
    protected abstract int threads();

    /** Schedules the work on the threads; called once at each start. */
    protected abstract void schedule(ScheduledExecutorService threads);

    /** False once the node is stopping: a loop checks it before each next item. */
    protected final boolean running() {
        return running;
    }

    @Override
    public final synchronized void start() {
        if (!enabled() || executor != null) {
            return;
        }
        int count = threads();
        AtomicInteger next = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(count, r -> {
            Thread thread = new Thread(r, count == 1 ? name : name + "-" + next.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        schedule(executor);
    }

    @Override
    public final synchronized void stop() {
        running = false;
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public final synchronized boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        // stops before the datasource and the embedded SMTP server, starts after them
        return Integer.MAX_VALUE - 1000;
    }
}
