package dk.medhearing.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.support.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With single sign-on on, /api and /engine-rest take bearer access tokens of the municipality's provider (a real one on
 * loopback, {@link TestIdentityProvider}): the token's person with her groups from the organisation file; a token
 * from another issuer, for another audience, expired, tampered with or for someone outside the organisation, and
 * HTTP Basic (off with SSO), get 401 in Danish. An integration's client-credentials token acts as its technical user.
 */
class SsoApiIT extends AbstractProcessTest {

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        TestIdentityProvider.register(registry);
    }

    @Test
    void aValidTokenReadsTheHearingsAsThatPerson() throws Exception {
        // given a hearing for JKI
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("jki"));

        // when JKI's chair and another committee's chair read the hearings with their tokens (e-mail in any case)
        ResponseEntity<String> chair = get("/api/hearings", person("Jakob.Ravn@Example.org"));
        ResponseEntity<String> other = get("/api/hearings", person("bo.juul.jensen@example.org"));

        // then each sees what the organisation file lets her see
        assertThat(chair.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(chair.getBody()).findValuesAsText("reference")).contains(ref);
        assertThat(json.readTree(other.getBody()).findValuesAsText("reference")).doesNotContain(ref);
        // and the engine REST API knows her as the same Camunda user, with her committee's tasks
        ResponseEntity<String> tasks =
                get("/engine-rest/task?processInstanceBusinessKey=" + ref, person("jakob.ravn@example.org"));
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> identity =
                get("/engine-rest/identity/groups?userId=jakob.ravn", person("jakob.ravn@example.org"));
        assertThat(identity.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void whatAPersonDoesWithHerTokenIsDoneAsHer() throws Exception {
        // given an administrator's token
        String token = person("LENE.BANG@example.org");

        // when she starts a hearing with it
        String ref = HearingDriver.newReference();
        HttpHeaders headers = bearer(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> created = anonymous.exchange(
                url("/api/hearings"),
                HttpMethod.POST,
                new HttpEntity<>(json.writeValueAsString(hearing(ref)), headers),
                String.class);

        // then the engine knows her as her Camunda user
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(ref)
                        .processDefinitionKey("HearingProcess")
                        .singleResult()
                        .getStartUserId())
                .isEqualTo("lene.bang");
    }

    @Test
    void aTokenFromAnotherIssuerForAnotherAudienceExpiredOrTamperedIsRefusedInDanish() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put(
                "another issuer",
                TestIdentityProvider.token(
                        Map.of("email", "jakob.ravn@example.org", "iss", "http://127.0.0.1:1/anden-udsteder")));
        refused.put(
                "another audience",
                TestIdentityProvider.token(Map.of("email", "jakob.ravn@example.org", "aud", List.of("en-anden-app"))));
        refused.put(
                "expired",
                TestIdentityProvider.token(Map.of(
                        "email",
                        "jakob.ravn@example.org",
                        "iat",
                        Instant.now().minusSeconds(3600),
                        "exp",
                        Instant.now().minusSeconds(600))));
        refused.put("tampered", tampered(integrationToken()));
        refused.put("outside the organisation", person("ukendt.person@example.org"));
        refused.put("not a token", "abc.def.ghi");

        for (Map.Entry<String, String> token : refused.entrySet()) {
            for (String path : List.of("/api/hearings", "/engine-rest/task")) {
                ResponseEntity<String> response = get(path, token.getValue());
                assertThat(response.getStatusCode())
                        .as(token.getKey() + " " + path)
                        .isEqualTo(HttpStatus.UNAUTHORIZED);
                assertThat(response.getHeaders().getFirst("WWW-Authenticate"))
                        .as(token.getKey())
                        .startsWith("Bearer");
                assertThat(response.getBody()).as(token.getKey() + " " + path).contains("Adgangen blev afvist");
            }
        }
    }

    @Test
    void httpBasicIsOffWithSingleSignOn() {
        for (String path : List.of("/api/hearings", "/engine-rest/task", "/status")) {
            ResponseEntity<String> response =
                    anonymous.withBasicAuth("karen.holm", "demo").getForEntity(url(path), String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getFirst("WWW-Authenticate"))
                    .as(path)
                    .doesNotContain("Basic");
        }
        // and nobody logs in with a Camunda password in the webapps either
        ResponseEntity<String> login = anonymous.postForEntity(
                url("/camunda/api/admin/auth/user/default/login/tasklist"),
                form(Map.of("username", "admin", "password", "demo")),
                String.class);
        assertThat(login.getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    }

    @Test
    void theIntegrationsClientCredentialsTokenStartsAHearingAsItsTechnicalUser() throws Exception {
        // given the integration's token from the provider's token endpoint
        String token = integrationToken();

        // when it starts a hearing
        String ref = HearingDriver.newReference();
        HttpHeaders headers = bearer(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> created = anonymous.exchange(
                url("/api/hearings"),
                HttpMethod.POST,
                new HttpEntity<>(json.writeValueAsString(hearing(ref)), headers),
                String.class);

        // then the hearing runs, started by the configured technical user
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(ref)
                        .processDefinitionKey("HearingProcess")
                        .singleResult()
                        .getStartUserId())
                .isEqualTo("karen.holm");
    }

    private String integrationToken() {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        body.add("grant_type", "client_credentials");
        body.add("scope", "hearings");
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(TestIdentityProvider.INTEGRATION, TestIdentityProvider.INTEGRATION_SECRET);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> response = anonymous.postForEntity(
                TestIdentityProvider.ISSUER + "/oauth2/token", new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        try {
            return json.readTree(response.getBody()).get("access_token").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token with one character of its payload changed: its signature no longer matches. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String changed = payload.replace(TestIdentityProvider.INTEGRATION, TestIdentityProvider.INTEGRATION + "x");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes()) + "."
                + parts[2];
    }

    private static String person(String email) {
        return TestIdentityProvider.token(Map.of("sub", "idp-" + email.hashCode(), "email", email));
    }

    private ResponseEntity<String> get(String path, String token) {
        return anonymous.exchange(url(path), HttpMethod.GET, new HttpEntity<>(bearer(token)), String.class);
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }

    private static HttpEntity<MultiValueMap<String, String>> form(Map<String, String> values) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        values.forEach(body::add);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return new HttpEntity<>(body, headers);
    }

    private Map<String, Object> hearing(String ref) {
        OffsetDateTime now = driver.now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", ref);
        body.put("title", "Høring startet af integrationen");
        body.put("summary", "Forvaltningens forslag");
        body.put("documentLinks", List.of("https://example.org/forslag.pdf"));
        body.put("committees", List.of("amc"));
        body.put("responseDeadline", now.plusDays(10).toString());
        body.put("orientationMeeting", Map.of("at", now.plusDays(1).toString(), "place", "Store mødesal"));
        body.put("mainCommitteeMeetingAt", now.plusDays(17).toString());
        body.put("politicalCommitteeMeetingAt", now.plusDays(24).toString());
        body.put("shortWindowJustification", HearingDriver.JUSTIFICATION);
        return body;
    }
}
