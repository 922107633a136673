package dk.medhearing.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionHeaderTest {

    @Test
    void shouldAcceptOnlyTheActionNamedExactly() {
        // given the header's values a cross-site form, a careless client and our page's script send
        // when each is checked for the action "retry"
        // then only "retry" passes; the others get a Danish 400 saying what to send
        assertThatCode(() -> ActionHeader.require("retry", "retry", "sende mailen igen"))
                .doesNotThrowAnyException();
        for (String sent : new String[] {null, "", "RETRY", "retry ", "backup"}) {
            assertThatThrownBy(() -> ActionHeader.require(sent, "retry", "sende mailen igen"))
                    .as(String.valueOf(sent))
                    .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
                        assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                        assertThat(e.getReason())
                                .isEqualTo("Send headeren X-Medhearing-Action: retry for at sende mailen igen.");
                    });
        }
    }
}
