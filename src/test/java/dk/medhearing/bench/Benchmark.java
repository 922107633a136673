package dk.medhearing.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.medhearing.committee.Unit;
import dk.medhearing.support.PackagedApp;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The benchmark: s1 (product against the bare engine, same JVM), s3 (reminder storm) in this JVM, then s4 (cold
 * start and RSS of the packaged app against a bare Camunda webapp) and s2 (REST load) on packaged jars. Writes
 * {@code target/bench/summary.json}. {@code quick} runs a few seconds of each, so a test keeps the command working.
 */
public final class Benchmark {

    /**
     * Quick mode: hearings of two CenterMEDs, a few reminders and requests, one start of each app. Full mode: the
     * sizes of docs/benchmarks.md, each overridable with {@code -Dbench.<name>=<value>}.
     */
    record Settings(
            int s1Committees,
            int s1WarmUp,
            int s1ProductHearings,
            int s1Rounds,
            int s3Reminders,
            long s3TimeoutMs,
            double s2Rate,
            int s2WarmUp,
            int s2Requests,
            int s4Starts,
            long s4IdleMs,
            int s5Small,
            int s5Large) {
        static Settings of(String mode) {
            return mode.equals("quick")
                    ? new Settings(2, 0, 1, 1, 16, 60_000, 6, 4, 12, 1, 1_000, 2, 6)
                    : new Settings(
                            8,
                            Integer.getInteger("bench.s1.warmUp", 3),
                            Integer.getInteger("bench.s1.hearings", 4),
                            Integer.getInteger("bench.s1.rounds", 3),
                            Integer.getInteger("bench.s3.reminders", 10_000),
                            Long.getLong("bench.s3.timeoutMs", 600_000),
                            Double.parseDouble(System.getProperty("bench.s2.rate", "16")),
                            32,
                            Integer.getInteger("bench.s2.requests", 480),
                            Integer.getInteger("bench.s4.starts", 3),
                            Long.getLong("bench.s4.idleMs", 10_000),
                            Integer.getInteger("bench.s5.small", 8),
                            Integer.getInteger("bench.s5.large", 200));
        }
    }

    /**
     * The product's H2 settings (application.yaml), for every H2 file of the benchmark, the bare ones too:
     * a commit is on disk when acknowledged, and each connection keeps 256 parsed statements.
     * {@code -Dbench.h2Settings=;X=Y} adds settings on both sides, to try one.
     */
    static String h2Settings() {
        return ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=256"
                + System.getProperty("bench.h2Settings", "");
    }

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        run(
                args.length > 0 ? args[0] : System.getProperty("bench.mode", "full"),
                Path.of("").toAbsolutePath());
    }

    /**
     * Only the latest run's data directory is kept: a full run writes gigabytes (the H2 files of s1, s3 and s5, case
     * files, the packaged apps' logs), and runs in a row filled this machine's disk.
     */
    private static void removeEarlierRuns(Path bench) throws IOException {
        if (!Files.isDirectory(bench)) {
            return;
        }
        try (Stream<Path> entries = Files.list(bench)) {
            for (Path run : entries.filter(p -> p.getFileName().toString().startsWith("run-"))
                    .toList()) {
                FileSystemUtils.deleteRecursively(run);
            }
        }
    }

    public static Map<String, Object> run(String mode, Path repository) throws Exception {
        Settings settings = Settings.of(mode);
        ClockUtil.reset(); // other tests in this JVM may have moved the engine clock
        repository = repository.toAbsolutePath();
        Path bench = repository.resolve("target/bench").toAbsolutePath();
        removeEarlierRuns(bench);
        Path runDir = bench.resolve("run-" + System.currentTimeMillis());
        Files.createDirectories(runDir);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("mode", mode);
        HearingRunner.People people;
        List<String> committees;
        String administrator;
        try (ProductApp product = new ProductApp(runDir)) {
            people = product.people();
            committees = product.organisation.localCommittees().stream()
                    .map(Unit::id)
                    .toList();
            administrator =
                    product.organisation.administration().members().get(0).id();
            if (selected("s1")) {
                s1(product, people, runDir, repository, settings, summary);
                summary.put("s1_committees_per_hearing", settings.s1Committees());
                log("s1", summary);
            }
            if (selected("s3")) {
                ReminderStorm.Result s3 = new ReminderStorm(product)
                        .run(settings.s3Reminders(), settings.s3TimeoutMs(), mode.equals("quick") ? 500 : 3_000);
                summary.put("s3_reminders", s3.reminders());
                summary.put("s3_seconds", round(s3.seconds()));
                summary.put("s3_mails", s3.mails());
                summary.put("s3_duplicates", s3.duplicates());
                summary.put("s3_missing", s3.missing());
                double bareJobs = BareReminderStorm.run(
                        runDir, repository, committees, settings.s3Reminders(), settings.s3TimeoutMs());
                summary.put("s3_jobs_seconds", round(s3.jobsSeconds()));
                summary.put("s3_bare_jobs_seconds", round(bareJobs));
                summary.put("s3_jobs_ratio", round(s3.jobsSeconds() / bareJobs));
                summary.put("s3_mark_floor_seconds", round(s3.markSeconds() * s3.mails()));
                summary.put("s3_floor_seconds", round(bareJobs + s3.markSeconds() * s3.mails()));
                log("s3", summary);
            }
        }
        if (selected("s5")) {
            s5(runDir, repository, settings, summary);
            log("s5", summary);
        }
        if (!selected("s2") && !selected("s4")) {
            return write(bench, summary);
        }
        Path productJar = PackagedApp.jar();
        Path bareJar =
                BareJar.build(productJar, repository.resolve("target/test-classes"), bench.resolve("bare-webapp.jar"));
        Packaged.s4AndS2(
                productJar,
                bareJar,
                runDir,
                settings,
                summary,
                load -> load.run(
                        committees,
                        people.userOfGroup(),
                        administrator,
                        32,
                        settings.s2Rate(),
                        settings.s2WarmUp(),
                        settings.s2Requests()));
        log("s2/s4", summary);
        return write(bench, summary);
    }

    /** {@code -Dbench.only=s1,s3} runs only those scenarios (for profiling one of them); all by default. */
    static boolean selected(String scenario) {
        String only = System.getProperty("bench.only", "");
        return only.isBlank() || Arrays.asList(only.split(",")).contains(scenario);
    }

    private static Map<String, Object> write(Path bench, Map<String, Object> summary) throws IOException {
        Path file = bench.resolve("summary.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), summary);
        System.out.println("[bench] wrote " + file + "\n" + Files.readString(file));
        return summary;
    }

    private static void s1(
            ProductApp product,
            HearingRunner.People people,
            Path runDir,
            Path repository,
            Settings settings,
            Map<String, Object> summary) {
        SqlCounter bareSql = new SqlCounter();
        long[] mailNanos = {0}; // the product's mail delivery after each hearing, part of its measured time
        ProcessEngine bare = BareEngine.start(runDir, bareSql, repository);
        try {
            HearingRunner productRunner = new HearingRunner(
                            product.engine,
                            product.sql,
                            reference -> product.startHearing(reference, settings.s1Committees()),
                            people,
                            false)
                    .afterEachHearing(() -> {
                        long started = System.nanoTime();
                        product.deliverMail();
                        mailNanos[0] += System.nanoTime() - started;
                    });
            BareStarter bareStarter = new BareStarter(bare, product, settings.s1Committees());
            HearingRunner bareRunner = new HearingRunner(bare, bareSql, bareStarter::start, people, true);
            repeat(productRunner, settings.s1WarmUp());
            repeat(bareRunner, settings.s1WarmUp());
            long productNanos = 0;
            long bareNanos = 0;
            int productHearings = 0;
            int bareHearings = 0;
            long[] productBase = {product.sql.statements(), productRunner.completions()};
            mailNanos[0] = 0;
            long[] bareBase = {bareSql.statements(), bareRunner.completions()};
            for (int round = 0; round < settings.s1Rounds(); round++) {
                productNanos += repeat(productRunner, settings.s1ProductHearings());
                productHearings += settings.s1ProductHearings();
                // the bare engine is faster: twice the hearings for a comparable time
                bareNanos += repeat(bareRunner, 2 * settings.s1ProductHearings());
                bareHearings += 2 * settings.s1ProductHearings();
            }
            double productPerS = productHearings / (productNanos / 1e9);
            double barePerS = bareHearings / (bareNanos / 1e9);
            double productSqlPerTask = (double) (product.sql.statements() - productBase[0])
                    / (productRunner.completions() - productBase[1]);
            double bareSqlPerTask =
                    (double) (bareSql.statements() - bareBase[0]) / (bareRunner.completions() - bareBase[1]);
            summary.put("s1_ratio", round(productPerS / barePerS));
            summary.put("s1_product_per_s", round(productPerS));
            summary.put("s1_bare_per_s", round(barePerS));
            summary.put("s1_sql_ratio", round(productSqlPerTask / bareSqlPerTask));
            summary.put("s1_product_sql_per_task", round(productSqlPerTask));
            summary.put("s1_bare_sql_per_task", round(bareSqlPerTask));
            summary.put("s1_hearings", List.of(productHearings, bareHearings));
            // what the mail alone costs: the delivery of a hearing's mails against the bare engine's whole hearing
            summary.put("s1_product_mail_s_per_hearing", round(mailNanos[0] / 1e9 / productHearings));
            summary.put("s1_bare_s_per_hearing", round(bareNanos / 1e9 / bareHearings));
            writeHistogram(runDir.resolve("sql-product.txt"), product.sql, productRunner.completions());
            writeHistogram(runDir.resolve("sql-bare.txt"), bareSql, bareRunner.completions());
        } finally {
            bare.close();
        }
    }

    /**
     * s5: an organisation of {@code s5Large} CenterMEDs, a product of its own on it (after s1's and s3's has
     * closed), a warm-up hearing of the small size, then the small and the large hearing ({@link ScaleRun}).
     */
    private static void s5(Path runDir, Path repository, Settings settings, Map<String, Object> summary) {
        Path organisation =
                ScaleOrganisation.write(repository, runDir.resolve("s5/organisation.yaml"), settings.s5Large());
        try (ProductApp product = new ProductApp(
                runDir.resolve("s5"),
                Map.of(
                        "medhearing.organisation.file",
                        organisation.toString(),
                        "camunda.bpm.process-engine-name",
                        "s5"))) {
            ScaleRun run = new ScaleRun(product);
            run.hearing(settings.s5Small()); // warm-up: classes, JIT and caches of a first hearing
            ScaleRun.Result small = run.hearing(settings.s5Small());
            ScaleRun.Result large = run.hearing(settings.s5Large());
            summary.putAll(ScaleRun.summary(small, large));
        }
    }

    /** With {@code -Dbench.sqlHistogram=true}: the statements counted, per task completion, most frequent first. */
    private static void writeHistogram(Path file, SqlCounter sql, long completions) {
        List<Map.Entry<String, Long>> histogram = sql.histogram();
        if (histogram.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        histogram.forEach(e -> text.append(
                String.format(Locale.ROOT, "%8.3f  %s%n", (double) e.getValue() / completions, e.getKey())));
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long repeat(HearingRunner runner, int hearings) {
        long start = System.nanoTime();
        for (int i = 0; i < hearings; i++) {
            runner.runHearing(
                    "S1-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        }
        return System.nanoTime() - start;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    static void log(String what, Map<String, Object> summary) {
        System.out.println("[bench] after " + what + ": " + summary);
    }
}
