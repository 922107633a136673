package dk.medhearing.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A packaged app started as an operator would ({@code java -jar}, no JVM flags, from the repository root), on a free
 * port and a fresh H2 file. Its cold start is the time from launching the JVM to the first HTTP answer of
 * {@code /engine-rest/engine}; its RSS is the kernel's VmRSS of the process.
 */
final class PackagedApp implements AutoCloseable {

    final int port = Ports.free();
    final double startSeconds;
    private final Process process;
    private final Path log;

    PackagedApp(Path jar, Path repository, Path dataDir, List<String> extraArgs, Path log) throws Exception {
        this.log = log;
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db")
                        + ";DB_CLOSE_ON_EXIT=FALSE"));
        command.addAll(extraArgs);
        long t0 = System.nanoTime();
        process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            awaitHttp(Duration.ofMinutes(10)); // a loaded 2-core machine has needed 6.5 minutes
        } catch (Exception | Error e) {
            process.destroyForcibly();
            throw e;
        }
        startSeconds = (System.nanoTime() - t0) / 1e9;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("No VmRSS for " + process.pid());
    }

    private void awaitHttp(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url("/engine-rest/engine")))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("App exited with " + process.exitValue() + ", see " + log);
            }
            try {
                client.send(probe, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(25);
            }
        }
        throw new IllegalStateException("App did not answer within " + timeout + ", see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
