package dk.medhearing.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * s4 and s2 on packaged jars: the bare webapp and the product started alternately the same way (fresh H2 file, no
 * JVM flags, demo hearing off), medians of their cold starts and idle RSS; the last product start then takes s2's load.
 */
final class Packaged {

    interface Load {
        RestLoad.Result run(RestLoad load) throws Exception;
    }

    private Packaged() {
    }

    static void s4AndS2(Path productJar, Path bareJar, Path repository, Path runDir, Benchmark.Settings settings,
                        Map<String, Object> summary, Load s2) throws Exception {
        List<Double> productStart = new ArrayList<>();
        List<Double> bareStart = new ArrayList<>();
        List<Long> productRss = new ArrayList<>();
        List<Long> bareRss = new ArrayList<>();
        for (int i = 0; i < settings.s4Starts(); i++) {
            try (PackagedApp bare = new PackagedApp(bareJar, repository, runDir.resolve("bare-" + i),
                    List.of("--camunda.bpm.history-level=full", "--camunda.bpm.admin-user.id=admin",
                            "--camunda.bpm.admin-user.password=demo"), runDir.resolve("bare-" + i + ".log"))) {
                bareStart.add(bare.startSeconds);
                Thread.sleep(settings.s4IdleMs());
                bareRss.add(bare.rssKb());
            }
            int smtp = Ports.free();
            PackagedApp product = new PackagedApp(productJar, repository, runDir.resolve("product-" + i),
                    List.of("--medhearing.demo.enabled=false", "--medhearing.mail.embedded-smtp.port=" + smtp,
                            "--spring.mail.port=" + smtp), runDir.resolve("product-" + i + ".log"));
            try {
                productStart.add(product.startSeconds);
                Thread.sleep(settings.s4IdleMs());
                productRss.add(product.rssKb());
                if (i == settings.s4Starts() - 1) {
                    RestLoad.Result result = s2.run(new RestLoad(product));
                    summary.put("s2_p50_ms", Benchmark.round(result.p50Ms()));
                    summary.put("s2_p99_ms", Benchmark.round(result.p99Ms()));
                    summary.put("s2_errors", result.errors());
                    summary.put("s2_requests", result.requests());
                    summary.put("s2_rate_per_s", result.rate());
                    summary.put("s2_users", 32);
                }
            } finally {
                product.close();
            }
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

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
