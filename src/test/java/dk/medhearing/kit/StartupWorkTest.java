package dk.medhearing.kit;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupWorkTest {

    private final StartupWork startupWork = new StartupWork();
    private final List<String> done = new CopyOnWriteArrayList<>();

    @Test
    void shouldRunThePiecesInTheBackgroundInTheOrderSubmitted() throws Exception {
        // given a first piece that waits until the submitting thread has gone on
        CountDownLatch callerWentOn = new CountDownLatch(1);
        startupWork.submit("first", () -> {
            await(callerWentOn);
            done.add("first on " + Thread.currentThread().getName());
        });
        startupWork.submit("second", () -> done.add("second"));

        // when the caller goes on, then waits at the start of the lifecycle
        callerWentOn.countDown();
        startupWork.start();

        // then both ran, one after the other, on the background thread, and were done when start() returned
        assertThat(done).containsExactly("first on startup-work", "second");
        assertThat(startupWork.isRunning()).isTrue();
    }

    @Test
    void shouldFailTheStartWithTheFirstFailureAsItWasThrown() {
        // given a piece that fails and one after it
        startupWork.submit("organisation", () -> {
            throw new IllegalStateException("group 'x' is unknown");
        });
        startupWork.submit("deployment", () -> done.add("deployment"));

        // when / then the start fails with that exception
        assertThatThrownBy(startupWork::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("group 'x' is unknown");
    }

    @Test
    void shouldRunWorkSubmittedAfterTheStartAtOnceOnTheCaller() {
        // given a start that has been joined
        startupWork.start();

        // when more work is submitted
        startupWork.submit(
                "late", () -> done.add("late on " + Thread.currentThread().getName()));

        // then it ran before submit returned, on the caller's thread
        assertThat(done).containsExactly("late on " + Thread.currentThread().getName());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
