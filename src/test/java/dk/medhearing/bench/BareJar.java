package dk.medhearing.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Packages s4's bare app as a Spring Boot jar built from the product's own jar, so both have the same Spring Boot,
 * Camunda and loader versions: the product's classes are replaced by {@link BareWebApp}, and the libraries that only
 * the product uses (mail, PDF, calendar, Flyway, Thymeleaf, actuator and Prometheus, the OpenAPI description, the login
 * throttle's cache, Spin, PostgreSQL; the REST
 * starter brings bean validation itself) are left out.
 */
final class BareJar {

    static final List<String> PRODUCT_ONLY = List.of(
            "greenmail",
            "openhtmltopdf",
            "pdfbox",
            "fontbox",
            "xmpbox",
            "graphics2d",
            "jollyday",
            "ical4j",
            "flyway",
            "thymeleaf",
            "attoparser",
            "unbescape",
            "jakarta.mail-",
            "angus-",
            "spring-boot-starter-mail",
            "spring-context-support",
            "spring-boot-actuator",
            "micrometer-core",
            "micrometer-jakarta9",
            "HdrHistogram",
            "LatencyUtils",
            "spring-boot-starter-thymeleaf",
            "spring-boot-starter-actuator",
            "postgresql",
            "camunda-spin",
            "camunda-engine-plugin-spin",
            "jackson-dataformat-yaml",
            "springdoc-",
            "swagger-",
            "micrometer-registry-prometheus",
            "prometheus-metrics-",
            "caffeine");

    private static final String MAIN = "dk/medhearing/bench/BareWebApp.class";

    private BareJar() {}

    static Path build(Path productJar, Path testClasses, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (ZipFile in = new ZipFile(productJar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith("BOOT-INF/classes/") && !name.equals("BOOT-INF/classes/")
                        || productOnly(name)
                        || name.equals("META-INF/spring.factories")
                        || name.startsWith("META-INF/maven/")) {
                    continue;
                }
                if (name.equals("META-INF/MANIFEST.MF")) {
                    String manifest = text(in, entry)
                            .replaceAll(
                                    "Start-Class: .*",
                                    "Start-Class: " + MAIN.replace('/', '.').replace(".class", ""));
                    write(out, name, manifest.getBytes(StandardCharsets.UTF_8));
                } else if (name.equals("BOOT-INF/classpath.idx")) {
                    String index = text(in, entry)
                            .lines()
                            .filter(l -> !productOnly(l))
                            .collect(Collectors.joining("\n", "", "\n"));
                    write(out, name, index.getBytes(StandardCharsets.UTF_8));
                } else {
                    copy(in, entry, out);
                }
            }
            String folder = "BOOT-INF/classes/";
            for (String part : MAIN.substring(0, MAIN.lastIndexOf('/')).split("/")) {
                folder += part + "/";
                write(out, folder, new byte[0]);
            }
            write(out, "BOOT-INF/classes/" + MAIN, Files.readAllBytes(testClasses.resolve(MAIN)));
        }
        return target;
    }

    private static boolean productOnly(String name) {
        int slash = name.lastIndexOf('/');
        String file = name.substring(slash + 1).replace("\"", "");
        return name.contains("BOOT-INF/lib/") && PRODUCT_ONLY.stream().anyMatch(file::startsWith);
    }

    private static String text(ZipFile in, ZipEntry entry) throws IOException {
        try (InputStream s = in.getInputStream(entry)) {
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    /** Nested jars must stay stored (uncompressed) for the Spring Boot loader. */
    private static void copy(ZipFile in, ZipEntry entry, ZipOutputStream out) throws IOException {
        ZipEntry copy = new ZipEntry(entry.getName());
        if (entry.getMethod() == ZipEntry.STORED) {
            copy.setMethod(ZipEntry.STORED);
            copy.setSize(entry.getSize());
            copy.setCompressedSize(entry.getSize());
            copy.setCrc(entry.getCrc());
        }
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        try (InputStream s = in.getInputStream(entry)) {
            s.transferTo(out);
        }
        out.closeEntry();
    }
}
