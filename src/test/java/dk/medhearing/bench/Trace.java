package dk.medhearing.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Diagnostics of s2 (not part of its result): per measured request, when it was due (wall clock), how long it waited
 * for a free user, and its claim's and submission's times. The slowest are printed; all go to the file named by
 * {@code -Dbench.s2.trace} if set.
 */
record Trace(int index, long dueEpochMs, long waitNs, long claimNs, long submitNs) {

    static void report(Map<Integer, Trace> traces, long[] latencies) {
        List<Trace> all = traces.values().stream()
                .sorted(Comparator.comparingInt(Trace::index))
                .toList();
        all.stream()
                .sorted(Comparator.comparingLong(t -> -latencies[t.index()]))
                .limit(12)
                .forEach(t -> System.out.println("[bench] s2 slow: " + t.line(latencies[t.index()])));
        String file = System.getProperty("bench.s2.trace", "");
        if (!file.isBlank()) {
            try {
                Files.writeString(
                        Path.of(file),
                        "index,due_epoch_ms,latency_ms,wait_ms,claim_ms,submit_ms\n"
                                + all.stream()
                                        .map(t -> t.line(latencies[t.index()]))
                                        .collect(Collectors.joining("\n")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private String line(long latencyNs) {
        return String.format(
                Locale.ROOT,
                "%d,%d,%.1f,%.1f,%.1f,%.1f",
                index,
                dueEpochMs,
                latencyNs / 1e6,
                waitNs / 1e6,
                claimNs / 1e6,
                submitNs / 1e6);
    }
}
