package dk.medhearing.delivery;

import com.sun.net.httpserver.HttpServer;
import dk.medhearing.casefile.CaseFile;
import dk.medhearing.document.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DestinationsTest {

    private static final DeliveryRow ROW = new DeliveryRow(
            "0193-row",
            CaseFileKind.HEARING,
            "BIF-2026-0042",
            "submitted",
            "pi-1",
            "PENDING",
            1,
            OffsetDateTime.now(),
            OffsetDateTime.now(),
            null,
            null,
            null,
            null,
            null);
    private static final byte[] ZIP = "PK-not-really-a-zip".getBytes(StandardCharsets.UTF_8);
    private static final CaseFile FILE = new CaseFile("sagsmappe-BIF-2026-0042.zip", ZIP, Sha256.hex(ZIP));

    private HttpServer server;

    record Request(String method, String authorization, String idempotencyKey, String contentType, String body) {}

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void shouldMoveTheZipIntoTheFolderWholeWithItsManifest(@TempDir Path folder) throws Exception {
        // given an import folder
        FolderDestination destination = new FolderDestination(folder.resolve("import"));

        // when the case file is delivered
        String where = destination.deliver(ROW, FILE);

        // then the zip is there under its name, byte for byte, with a manifest naming its hash, and no temporary file
        Path zip = folder.resolve("import/sagsmappe-BIF-2026-0042.zip");
        assertThat(where).isEqualTo(zip.toString());
        assertThat(Files.readAllBytes(zip)).isEqualTo(ZIP);
        assertThat(Files.readString(folder.resolve("import/sagsmappe-BIF-2026-0042.json")))
                .contains(
                        "\"reference\" : \"BIF-2026-0042\"",
                        "\"sha256\" : \"" + FILE.sha256() + "\"",
                        "\"kind\" : \"hearing\"");
        try (var files = Files.list(folder.resolve("import"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("sagsmappe-BIF-2026-0042.zip", "sagsmappe-BIF-2026-0042.json");
        }
    }

    @Test
    void shouldPostTheZipWithMetadataTokenAndIdempotencyKey() throws Exception {
        // given a case system's endpoint on loopback that takes a bearer token
        List<Request> received = serve(201);
        HttpDestination destination = new HttpDestination(
                DeliveryPropertiesTest.properties(DeliveryKind.HTTP, null, endpoint(), "token-123", null, null, 8));

        // when the case file is delivered
        destination.deliver(ROW, FILE);

        // then one multipart POST carried the zip with its name, the metadata, the token and the zip's hash as key
        assertThat(received).hasSize(1);
        Request request = received.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.authorization()).isEqualTo("Bearer token-123");
        assertThat(request.idempotencyKey()).isEqualTo(FILE.sha256());
        assertThat(request.contentType()).startsWith("multipart/form-data");
        assertThat(request.body())
                .contains(
                        "name=\"file\"; filename=\"sagsmappe-BIF-2026-0042.zip\"",
                        "Content-Type: application/zip",
                        "PK-not-really-a-zip",
                        "name=\"metadata\"",
                        "\"sha256\" : \"" + FILE.sha256() + "\"");
    }

    @Test
    void shouldSendBasicCredentialsAndFailOnAnythingButSuccess() throws Exception {
        // given an endpoint that answers 503 and takes basic credentials
        List<Request> received = serve(503);
        HttpDestination destination = new HttpDestination(
                DeliveryPropertiesTest.properties(DeliveryKind.HTTP, null, endpoint(), null, "medhearing", "pw:æ", 8));

        // when the case file is delivered, then the attempt fails, and it sent the credentials
        assertThatThrownBy(() -> destination.deliver(ROW, FILE)).hasMessageContaining("503");
        assertThat(received.get(0).authorization())
                .isEqualTo("Basic "
                        + Base64.getEncoder().encodeToString("medhearing:pw:æ".getBytes(StandardCharsets.UTF_8)));
    }

    private List<Request> serve(int status) throws Exception {
        List<Request> received = new CopyOnWriteArrayList<>();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/import", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return received;
    }

    private URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/import");
    }
}
