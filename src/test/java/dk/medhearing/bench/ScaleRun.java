package dk.medhearing.bench;

import dk.medhearing.support.AppClient;
import org.camunda.bpm.engine.task.Task;

import javax.management.JMException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * s5: a small hearing (8 committees) and a large one (200) in one run of the product, on an organisation of
 * {@link ScaleOrganisation} with as many CenterMEDs as the large one consults. Each hearing is driven to its end by
 * s1's {@link HearingRunner}; while it runs, the board page ({@code /status/{ref}}), the status API
 * ({@code /api/hearings/{ref}}) and HovedMED's draft PDF ({@code document-draft.pdf}) are asked for over HTTP as the
 * administration's user, twice: when every committee has its first task open, and when HovedMED drafts the
 * consolidated response (every committee has answered). A page's time is the median of three requests after one
 * not counted; the slower of the two moments is kept. The heap in use after a full GC is read after each hearing.
 */
final class ScaleRun {

    /** One hearing's measurements, times in milliseconds. */
    record Result(int committees, double boardMs, double statusMs, double pdfMs, double hearingS, double heapMb) {}

    private static final String VIEWER = "karen.holm";

    private final ProductApp product;
    private final AppClient client;
    private final HearingRunner.People people;

    ScaleRun(ProductApp product) {
        this.product = product;
        this.client = new AppClient(product.baseUrl());
        this.people = product.people();
    }

    /** Runs a hearing of {@code committees} CenterMEDs to its end and measures it. */
    Result hearing(int committees) {
        String reference = "S5-" + committees + "-"
                + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        double[] worst = new double[3];
        boolean[] measured = new boolean[2];
        HearingRunner runner = new HearingRunner(
                        product.engine, product.sql, ref -> product.startHearing(ref, committees), people, false)
                .afterEachHearing(this::deliverAndForgetMail)
                .beforeEachRound(open -> {
                    boolean allOpen = open.size() >= committees;
                    boolean drafting = open.stream()
                            .map(Task::getTaskDefinitionKey)
                            .anyMatch("Task_DraftConsolidatedResponse"::equals);
                    int moment = drafting ? 1 : allOpen ? 0 : -1;
                    if (moment >= 0 && !measured[moment]) {
                        measured[moment] = true;
                        worst[0] = Math.max(worst[0], median(() -> page("/status/" + reference, "<!DOCTYPE html")));
                        worst[1] = Math.max(worst[1], median(() -> page("/api/hearings/" + reference, "{")));
                        if (drafting) {
                            worst[2] = median(() -> page("/api/hearings/" + reference + "/document-draft.pdf", "%PDF"));
                        }
                    }
                });
        long start = System.nanoTime();
        runner.runHearing(reference);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!measured[0] || !measured[1]) {
            throw new IllegalStateException("s5: hearing " + reference + " was not measured at both moments");
        }
        // what the product keeps once the hearing is over: its case file's delivery (in the background) done first
        product.awaitCaseFile(reference);
        double heap = heapMb();
        if (Boolean.getBoolean("bench.s5.histogram")) {
            printHistogram(committees);
        }
        return new Result(committees, worst[0], worst[1], worst[2], seconds, heap);
    }

    /**
     * {@code -Dbench.s5.histogram=true}: the 30 classes with the most live bytes in this JVM after the hearing
     * (the JVM's {@code GC.class_histogram}, a diagnostic, not a key of the summary).
     */
    private static void printHistogram(int committees) {
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            histogram
                    .lines()
                    .limit(33)
                    .forEach(line -> System.out.println("[bench] s5 histogram " + committees + ": " + line));
        } catch (JMException e) {
            System.out.println("[bench] s5 histogram " + committees + " not available: " + e);
        }
    }

    /** The heap in use after full collections, in MB: what the product keeps once a hearing is over. */
    static double heapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** GreenMail keeps every mail in this JVM's heap; what it holds is the benchmark's, not the product's. */
    private void deliverAndForgetMail() {
        product.deliverMail();
        try {
            product.smtp.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Milliseconds for one GET as the viewer; fails unless 200 with a body starting or typed as expected. */
    private double page(String path, String expected) {
        long start = System.nanoTime();
        AppClient.Answer answer = client.get(VIEWER, path);
        double ms = (System.nanoTime() - start) / 1e6;
        if (answer.status() != 200
                || !(answer.body().startsWith(expected) || answer.body().contains(expected))) {
            throw new IllegalStateException("s5: GET " + path + " answered " + answer.status() + ": "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        return ms;
    }

    private static double median(Supplier<Double> request) {
        request.get(); // not counted: the first request of a kind pays for classes and caches
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            times.add(request.get());
        }
        return times.stream().sorted().toList().get(1);
    }

    /** The keys of docs/benchmarks.md for a small and a large hearing of the same run. */
    static Map<String, Object> summary(Result small, Result large) {
        Map<String, Object> keys = new LinkedHashMap<>();
        for (Result r : List.of(small, large)) {
            int n = r.committees();
            keys.put("s5_board_ms_" + n, Benchmark.round(r.boardMs()));
            keys.put("s5_status_ms_" + n, Benchmark.round(r.statusMs()));
            keys.put("s5_pdf_ms_" + n, Benchmark.round(r.pdfMs()));
            keys.put("s5_hearing_s_per_committee_" + n, Benchmark.round(r.hearingS() / n));
            keys.put("s5_heap_mb_" + n, Benchmark.round(r.heapMb()));
        }
        keys.put("s5_board_ratio_per_committee", perCommittee(small.boardMs(), large.boardMs(), small, large));
        keys.put("s5_status_ratio_per_committee", perCommittee(small.statusMs(), large.statusMs(), small, large));
        keys.put("s5_pdf_ratio_per_committee", perCommittee(small.pdfMs(), large.pdfMs(), small, large));
        keys.put("s5_hearing_ratio_per_committee", perCommittee(small.hearingS(), large.hearingS(), small, large));
        keys.put("s5_heap_ratio", Benchmark.round(large.heapMb() / small.heapMb()));
        keys.put("s5_committees", List.of(small.committees(), large.committees()));
        return keys;
    }

    /** (large / its committees) / (small / its committees): 1 is linear, below 1 grows slower than the hearing. */
    private static double perCommittee(double small, double large, Result s, Result l) {
        return Benchmark.round((large / l.committees()) / (small / s.committees()));
    }
}
