package dk.medhearing.kit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The start's own work that does not need the thread creating the beans: our Flyway migrations, the organisation,
 * the process deployment, Tasklist's filters, the demo-password guard, the embedded SMTP server. Each piece runs on
 * one background thread, in the order it was submitted, while Spring goes on creating the other beans (ours, the
 * web layer), so a start on two cores takes the longer of the two instead of their sum.
 * <p>
 * All of it is finished before anything starts: {@link #start()} runs first of all lifecycle beans (before the mail
 * poller and before Tomcat accepts a request; the job executor starts later still, when the application is ready)
 * and waits for every piece. The first piece that failed fails the start with its own exception, as it would have
 * on the main thread. Work submitted after that runs at once on the caller's thread.
 */
@Component
public class StartupWork implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StartupWork.class);

    private record Piece(String name, Future<?> future) {}

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "startup-work");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Piece> pieces = new ArrayList<>();
    private boolean joined;

    /** Runs {@code work} in the background, after everything submitted before it; {@code name} is for the log. */
    public synchronized void submit(String name, Runnable work) {
        if (joined) {
            work.run();
            return;
        }
        pieces.add(new Piece(name, executor.submit(work)));
    }

    /** Waits for every piece; the first failure is thrown as it was thrown in the background. */
    @Override
    public synchronized void start() {
        if (joined) {
            return;
        }
        joined = true;
        try {
            for (Piece piece : pieces) {
                join(piece);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static void join(Piece piece) {
        long started = System.nanoTime();
        try {
            piece.future().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the start's " + piece.name(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("The start's " + piece.name() + " failed", e.getCause());
        }
        long waitedMs = (System.nanoTime() - started) / 1_000_000;
        if (waitedMs > 0) {
            log.debug("Waited {} ms for the start's {}", waitedMs, piece.name());
        }
    }

    @Override
    public synchronized void stop() {
        executor.shutdownNow();
    }

    /** A start that failed before the lifecycle began leaves no thread behind. */
    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    @Override
    public synchronized boolean isRunning() {
        return joined;
    }

    /** First of all lifecycle beans: nothing starts before the start's work is done. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
