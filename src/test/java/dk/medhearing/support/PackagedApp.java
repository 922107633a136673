package dk.medhearing.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A packaged app ({@code target/medhearing-*.jar}, built in the package phase, or another Spring Boot jar) as its own
 * OS process, as an operator runs it: {@code java -jar} with {@code dir} as working directory, so H2 keeps its data
 * in {@code dir/data} and the app reads {@code dir/config} (copied from the repository on the first start).
 * <pre>{@code
 * PackagedApp app = PackagedApp.start(dir, Ports.free(), List.of("--spring.mail.port=" + smtp), Map.of());
 * app.waitHealthy(Duration.ofMinutes(2));
 * ... app.baseUrl() ...
 * app.kill9();                      // SIGKILL: no shutdown hook runs
 * app = PackagedApp.start(dir, port, args, env);   // the same data again
 * app.stop();                       // SIGTERM, a clean shutdown
 * }</pre>
 * The process's stdout and stderr go to {@code dir/app-<n>.log} ({@link #log()}, {@link #logText()}). Extra
 * arguments are Spring Boot command-line properties; {@code env} adds environment variables (e.g.
 * {@code SPRING_PROFILES_ACTIVE}).
 */
public final class PackagedApp implements AutoCloseable {

    /** The JVM options of the tests' apps: small and predictable on a shared machine. */
    public static final List<String> TEST_JVM =
            List.of("-Xmx512m", "-XX:+UseSerialGC", "-Djava.security.egd=file:/dev/./urandom");

    private final Process process;
    private final int port;
    private final Path log;
    private final long launchedNanos;

    private PackagedApp(Process process, int port, Path log, long launchedNanos) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.launchedNanos = launchedNanos;
    }

    /** Starts the product's jar in {@code dir} on {@code port}; returns at once (see {@link #waitHealthy}). */
    public static PackagedApp start(Path dir, int port, List<String> args, Map<String, String> env) {
        return start(jar(), TEST_JVM, dir, port, args, env);
    }

    /** Starts {@code jar} with the JVM options {@code jvm} (none: as an operator's plain {@code java -jar}). */
    public static PackagedApp start(
            Path jar, List<String> jvm, Path dir, int port, List<String> args, Map<String, String> env) {
        try {
            Files.createDirectories(dir);
            copyConfigInto(dir);
            Path log;
            int n = 1;
            do {
                log = dir.resolve("app-" + n++ + ".log");
            } while (Files.exists(log));
            List<String> command = new ArrayList<>();
            command.add(
                    Paths.get(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvm);
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            long launched = System.nanoTime();
            Process process = builder.start();
            // a test JVM that ends (or is ended) before it stopped the app takes the app with it
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new PackagedApp(process, port, log, launched);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /actuator/health} answers UP; fails at once if the process died, kills it after timeout. */
    public PackagedApp waitHealthy(Duration timeout) {
        return waitFor(
                "/actuator/health", r -> r.statusCode() == 200 && r.body().contains("UP"), 500, timeout);
    }

    /** Waits for the first HTTP answer, whatever its status, on {@code path} (an app without actuator). */
    public PackagedApp waitAnswering(String path, Duration timeout) {
        return waitFor(path, r -> true, 25, timeout);
    }

    /** Seconds from launching the JVM until now: after a wait, the cold start. */
    public double secondsSinceLaunch() {
        return (System.nanoTime() - launchedNanos) / 1e9;
    }

    private PackagedApp waitFor(String path, Predicate<HttpResponse<String>> ready, long pollMillis, Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The app exited with " + process.exitValue() + ":\n" + tail(60));
            }
            try {
                if (ready.test(http.send(probe, HttpResponse.BodyHandlers.ofString()))) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            pause(pollMillis);
        }
        kill9(); // not left running after the test gave up on it
        throw new AssertionError("The app did not answer " + path + " within " + timeout + ":\n" + tail(60));
    }

    /** SIGKILL, as {@code kill -9}: nothing of the app's shutdown runs. Waits until the process is gone. */
    public void kill9() {
        process.destroyForcibly();
        waitFor(30);
    }

    /** SIGTERM (a clean shutdown), SIGKILL if it takes longer than 30 s. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitFor(30)) {
            kill9();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    public String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The product's packaged jar: the one {@code target/medhearing-<version>.jar}. */
    public static Path jar() {
        try (Stream<Path> files = Files.list(projectDir().resolve("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("medhearing-.*\\.jar")
                            && !p.getFileName().toString().endsWith("-plain.jar"))
                    .toList();
            if (jars.size() != 1) {
                throw new AssertionError("Expected one packaged jar in target/, found " + jars
                        + ": run the package phase first (mvn -B package -DskipTests)");
            }
            return jars.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean waitFor(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String tail(int lines) {
        List<String> all = logText().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static void copyConfigInto(Path dir) throws IOException {
        Path source = projectDir().resolve("config");
        Path target = dir.resolve("config");
        if (Files.exists(target) || !Files.isDirectory(source)) {
            return;
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static Path projectDir() {
        return Paths.get(System.getProperty("basedir", ".")).toAbsolutePath();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
