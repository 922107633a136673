package dk.medhearing.bench;

import dk.medhearing.support.PackagedApp;
import dk.medhearing.support.Ports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * s4 and s2 on packaged jars: the bare webapp and the product started alternately the same way, as an operator starts
 * a node ({@code java @config/jvm.options -jar}, the repository's {@code config/} copied into a fresh directory, a
 * fresh H2 file, a free port, demo hearing off), medians of their cold starts (launch to
 * the first HTTP answer of {@code /engine-rest/engine}) and idle RSS (the kernel's VmRSS of the process); the last
 * product start then takes s2's load.
 */
final class Packaged {

    interface Load {
        RestLoad.Result run(RestLoad load) throws Exception;
    }

    /**
     * A node's JVM options as the operator passes them: the argument file in the copied {@code config/}. With
     * {@code -Dbench.nodeOptions=false} none (a plain {@code java -jar}, to compare).
     */
    private static final List<String> NODE_OPTIONS =
            Boolean.parseBoolean(System.getProperty("bench.nodeOptions", "true"))
                    ? List.of("@config/jvm.options")
                    : List.of();

    private Packaged() {}

    static void s4AndS2(
            Path productJar,
            Path bareJar,
            Path runDir,
            Benchmark.Settings settings,
            Map<String, Object> summary,
            Load s2)
            throws Exception {
        List<Double> productStart = new ArrayList<>();
        List<Double> bareStart = new ArrayList<>();
        List<Long> productRss = new ArrayList<>();
        List<Long> bareRss = new ArrayList<>();
        for (int i = 0; i < settings.s4Starts(); i++) {
            try (PackagedApp bare = coldStart(
                    bareJar,
                    NODE_OPTIONS,
                    runDir.resolve("bare-" + i),
                    List.of(
                            "--camunda.bpm.history-level=full",
                            "--camunda.bpm.admin-user.id=admin",
                            "--camunda.bpm.admin-user.password=demo"))) {
                bareStart.add(bare.secondsSinceLaunch());
                Thread.sleep(settings.s4IdleMs());
                bareRss.add(rssKb(bare));
            }
            int smtp = Ports.free();
            try (PackagedApp product = coldStart(
                    productJar,
                    Stream.concat(NODE_OPTIONS.stream(), words("bench.productJvm").stream())
                            .toList(),
                    runDir.resolve("product-" + i),
                    Stream.concat(
                                    Stream.of(
                                            "--medhearing.demo.enabled=false",
                                            "--medhearing.mail.embedded-smtp.port=" + smtp,
                                            "--spring.mail.port=" + smtp),
                                    words("bench.productArgs").stream())
                            .toList())) {
                productStart.add(product.secondsSinceLaunch());
                Thread.sleep(settings.s4IdleMs());
                productRss.add(rssKb(product));
                if (i == settings.s4Starts() - 1) {
                    RestLoad.Result result = s2.run(new RestLoad(product.baseUrl(), product.pid()));
                    summary.put("s2_p50_ms", Benchmark.round(result.p50Ms()));
                    summary.put("s2_p99_ms", Benchmark.round(result.p99Ms()));
                    summary.put("s2_errors", result.errors());
                    summary.put("s2_requests", result.requests());
                    summary.put("s2_rate_per_s", result.rate());
                    summary.put("s2_users", 32);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "[bench] s4 start %d: bare %.3f s %d MB, product %.3f s %d MB%n",
                    i,
                    bareStart.get(i),
                    bareRss.get(i) / 1024,
                    productStart.get(i),
                    productRss.get(i) / 1024);
        }
        double ps = median(productStart);
        double bs = median(bareStart);
        double pr = median(productRss.stream().map(Long::doubleValue).toList());
        double br = median(bareRss.stream().map(Long::doubleValue).toList());
        summary.put("s4_start_ratio", Benchmark.round(ps / bs));
        summary.put("s4_rss_ratio", Benchmark.round(pr / br));
        summary.put("s4_product_start_s", Benchmark.round(ps));
        summary.put("s4_bare_start_s", Benchmark.round(bs));
        summary.put("s4_product_rss_mb", Benchmark.round(pr / 1024));
        summary.put("s4_bare_rss_mb", Benchmark.round(br / 1024));
    }

    /**
     * The words of a system property, none when it is not set: JVM flags added to the product's starts when profiling
     * ({@code -Dbench.productJvm=-XX:StartFlightRecording=filename=/tmp/app.jfr,settings=profile}; the bare app does
     * not get them), extra arguments to attribute a cost or change the database
     * ({@code -Dbench.productArgs=--medhearing.mail.outbox.poll-enabled=false}).
     */
    private static List<String> words(String property) {
        String value = System.getProperty(property, "");
        return value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
    }

    /**
     * Started as an operator starts it, in {@code dir} on its own H2 file (unless {@code args} name a database);
     * returns once it answers over HTTP.
     */
    private static PackagedApp coldStart(Path jar, List<String> jvm, Path dir, List<String> args) {
        List<String> all = new ArrayList<>(args);
        if (args.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))) {
            all.add("--spring.datasource.url=jdbc:h2:file:"
                    + dir.toAbsolutePath().resolve("db") + Benchmark.h2Settings());
        }
        // a loaded 2-core machine has needed 6.5 minutes
        return PackagedApp.start(jar, jvm, dir, Ports.free(), all, Map.of())
                .waitAnswering("/engine-rest/engine", Duration.ofMinutes(10));
    }

    private static long rssKb(PackagedApp app) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(app.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("No VmRSS for " + app.pid());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
