package dk.medhearing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Diagnostics of s2 (not part of its result): the CPU time of the packaged product's threads, grouped by name (digits
 * left out), from the kernel's counters ({@code /proc/<pid>/task/<tid>/stat}, in clock ticks of 10 ms), so the
 * product's work per completion can be compared between runs on a machine whose load varies.
 */
final class ThreadCpu {

    private final Map<String, Long> ticks;

    private ThreadCpu(Map<String, Long> ticks) {
        this.ticks = ticks;
    }

    static ThreadCpu of(long pid) {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long cpu = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    ticks.merge(task.getFileName() + " " + name, cpu, Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // a thread that ended meanwhile
                }
            });
        } catch (IOException e) {
            return new ThreadCpu(Map.of());
        }
        return new ThreadCpu(ticks);
    }

    /** Seconds of CPU per thread group between {@code before} and this, and in all. */
    String since(ThreadCpu before, int completions) {
        Map<String, Long> groups = new TreeMap<>();
        long all = 0;
        for (Map.Entry<String, Long> e : ticks.entrySet()) {
            long d = e.getValue() - before.ticks.getOrDefault(e.getKey(), 0L);
            String group = e.getKey().substring(e.getKey().indexOf(' ') + 1).replaceAll("\\d+", "N");
            groups.merge(group, d, Long::sum);
            all += d;
        }
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT, "all %.2f s (%.1f ms per completion)", all / 100.0, all * 10.0 / completions));
        groups.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> text.append(String.format(Locale.ROOT, "; %s %.2f", e.getKey(), e.getValue() / 100.0)));
        return text.toString();
    }
}
