package dk.medhearing.delivery;

import dk.medhearing.casefile.CaseFile;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An HTTP endpoint of the case system: one multipart POST per case file, part {@code file} (the zip, with its file
 * name) and part {@code metadata} (the manifest as JSON). Headers: {@code Idempotency-Key} (the zip's SHA-256, the
 * same on every attempt, so a receiver that saw it before can answer 2xx without importing again), {@code
 * X-Medhearing-Reference}, and {@code Authorization} (bearer token or basic credentials from the environment). Any
 * 2xx answer is a delivery; anything else, or no answer within the timeout, an attempt that failed.
 */
final class HttpDestination implements Destination {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final RestClient client;
    private final String endpoint;

    HttpDestination(DeliveryProperties properties) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.timeout());
        RestClient.Builder builder = RestClient.builder()
                .requestFactory(requests)
                .baseUrl(properties.url().toString());
        if (properties.token() != null) {
            builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.token());
        } else if (properties.username() != null) {
            builder.defaultHeader(
                    HttpHeaders.AUTHORIZATION,
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((properties.username() + ":" + properties.password())
                                            .getBytes(StandardCharsets.UTF_8)));
        }
        this.client = builder.build();
        this.endpoint = properties.url().toString();
    }

    @Override
    public String deliver(DeliveryRow row, CaseFile file) throws Exception {
        String name = FileNames.safe(file.fileName());
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add(
                "file",
                part(
                        new ByteArrayResource(file.zip()) {
                            @Override
                            public String getFilename() {
                                return name;
                            }
                        },
                        MediaType.parseMediaType("application/zip")));
        body.add(
                "metadata",
                part(
                        new String(FolderDestination.manifest(row, file, name), StandardCharsets.UTF_8),
                        MediaType.APPLICATION_JSON));
        client.post()
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .header(IDEMPOTENCY_KEY, file.sha256())
                .header("X-Medhearing-Reference", row.businessKey())
                .body(body)
                .retrieve()
                .toBodilessEntity();
        return endpoint;
    }

    private static HttpEntity<Object> part(Object content, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return new HttpEntity<>(content, headers);
    }
}
