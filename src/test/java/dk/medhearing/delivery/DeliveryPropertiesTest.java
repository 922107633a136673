package dk.medhearing.delivery;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryPropertiesTest {

    static DeliveryProperties properties(
            DeliveryKind kind, Path folder, URI url, String token, String username, String password, int maxAttempts) {
        return new DeliveryProperties(
                kind,
                folder,
                url,
                token,
                username,
                password,
                Duration.ofSeconds(5),
                false,
                Duration.ofSeconds(10),
                Duration.ofMinutes(10),
                maxAttempts,
                Duration.ofMinutes(1),
                Duration.ofHours(1),
                Duration.ofDays(365),
                "node-1");
    }

    @Test
    void shouldDoubleTheBackoffUpToItsMaximum() {
        // given a backoff of one minute up to an hour
        DeliveryProperties p = properties(DeliveryKind.NONE, null, null, null, null, null, 8);

        // when the waits after 1 to 8 failed attempts are asked for, then they double and stop at an hour
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(p::backoffAfter).map(Duration::toMinutes))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
        assertThat(p.backoffAfter(0)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void shouldRefuseSettingsThatCannotDeliver() {
        // given settings that name a destination without what it needs, when bound, then the start fails naming it
        assertThatThrownBy(() -> properties(DeliveryKind.FOLDER, null, null, null, null, null, 8))
                .hasMessageContaining("medhearing.casefile.delivery.folder");
        assertThatThrownBy(() -> properties(DeliveryKind.HTTP, null, null, null, null, null, 8))
                .hasMessageContaining("medhearing.casefile.delivery.url");
        assertThatThrownBy(() -> properties(
                        DeliveryKind.HTTP, null, URI.create("ftp://esdh.example/import"), null, null, null, 8))
                .hasMessageContaining("medhearing.casefile.delivery.url");
        assertThatThrownBy(() -> properties(DeliveryKind.HTTP, null, URI.create("/import"), null, null, null, 8))
                .hasMessageContaining("medhearing.casefile.delivery.url");
        assertThatThrownBy(() -> properties(
                        DeliveryKind.HTTP, null, URI.create("https://esdh.example/import"), "t", "user", "secret", 8))
                .hasMessageContaining("either token or username");
        assertThatThrownBy(() -> properties(
                        DeliveryKind.HTTP, null, URI.create("https://esdh.example/import"), null, "user", " ", 8))
                .hasMessageContaining("password");
        assertThatThrownBy(() -> properties(DeliveryKind.NONE, null, null, null, null, null, 0))
                .hasMessageContaining("max-attempts");
    }

    @Test
    void shouldNeverPrintTheCredentials() {
        // given an HTTP destination with a token
        DeliveryProperties p = properties(
                DeliveryKind.HTTP, null, URI.create("https://esdh.example/import"), "s3cret-token", null, null, 8);

        // when printed (a log line, a failed start), then the token is not in it
        assertThat(p.toString()).doesNotContain("s3cret-token").contains("https://esdh.example/import");
    }
}
