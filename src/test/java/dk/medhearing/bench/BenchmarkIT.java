package dk.medhearing.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmark command working: its quick mode (a few seconds of each scenario) in the normal build, the full
 * run with {@code mvn -B -Pbench verify} (mode {@code full}, see docs/benchmarks.md). Asserts correctness, not speed.
 */
class BenchmarkIT {

    static final List<String> KEYS = List.of(
            "s1_ratio",
            "s1_product_per_s",
            "s1_bare_per_s",
            "s1_sql_ratio",
            "s2_p50_ms",
            "s2_p99_ms",
            "s2_errors",
            "s3_seconds",
            "s3_mails",
            "s3_duplicates",
            "s3_missing",
            "s3_jobs_ratio",
            "s3_floor_seconds",
            "s4_start_ratio",
            "s4_rss_ratio",
            "s5_board_ratio_per_committee",
            "s5_status_ratio_per_committee",
            "s5_pdf_ratio_per_committee",
            "s5_hearing_ratio_per_committee",
            "s5_heap_ratio");

    @Test
    void shouldWriteEverySummaryKeyWithoutErrorsOrDuplicatedMail() throws Exception {
        // given the mode the build asks for (quick unless the bench profile says full)
        String mode = System.getProperty("bench.mode", "quick");

        // when the benchmark runs
        Map<String, Object> summary = Benchmark.run(mode, Path.of("").toAbsolutePath());

        // then every key of the scenarios run is written (all, unless -Dbench.only names some), and they did what
        // they should: no errors, no duplicated and no missing mail
        assertThat(Files.exists(Path.of("target/bench/summary.json"))).isTrue();
        List<String> run =
                KEYS.stream().filter(k -> Benchmark.selected(k.substring(0, 2))).toList();
        assertThat(summary).containsKeys(run.toArray(String[]::new));
        if (Benchmark.selected("s2")) {
            assertThat(summary.get("s2_errors")).isEqualTo(0);
        }
        if (Benchmark.selected("s3")) {
            assertThat(summary.get("s3_duplicates")).isEqualTo(0);
            assertThat(summary.get("s3_missing")).isEqualTo(0);
            assertThat((Integer) summary.get("s3_mails")).isPositive();
            assertThat((Double) summary.get("s3_floor_seconds")).isPositive();
        }
        if (Benchmark.selected("s5")) {
            assertThat((Double) summary.get("s5_heap_ratio")).isPositive();
            assertThat(summary.keySet()).anyMatch(k -> k.startsWith("s5_pdf_ms_"));
        }
        if (Benchmark.selected("s1")) {
            assertThat((Double) summary.get("s1_ratio")).isPositive();
        }
    }
}
