package dk.medhearing.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The login returns only to our own pages on this site: no open redirect, however the address is dressed up. */
class ReturnPathTest {

    @Test
    void ourPagesAreKept() {
        assertThat(ReturnPath.of("/status")).isEqualTo("/status");
        assertThat(ReturnPath.of("/status/BIF-2026-0001")).isEqualTo("/status/BIF-2026-0001");
        assertThat(ReturnPath.of("/mailbox?hearing=BIF-2026-0001")).isEqualTo("/mailbox?hearing=BIF-2026-0001");
        assertThat(ReturnPath.of("/api/hearings/T-1/document.html")).isEqualTo("/api/hearings/T-1/document.html");
    }

    @Test
    void anythingElseGoesToTheBoard() {
        for (String evil : new String[] {
            null,
            "",
            "//evil.example",
            "https://evil.example/status",
            "/\\evil.example",
            "/status//evil.example",
            "/status/%2F%2Fevil.example",
            "/status/%5Cevil",
            "/status/../camunda",
            "/status/..%2F..%2Fx",
            "/statusevil",
            "/status\r\nSet-Cookie: x",
            "/status/%0d%0aX",
            "status",
            "/camunda/app/tasklist/",
            "/status/" + "a".repeat(1001),
            "/status/%zz",
            "javascript:alert(1)"
        }) {
            assertThat(ReturnPath.of(evil)).as(String.valueOf(evil)).isEqualTo("/status");
        }
    }
}
