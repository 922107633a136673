package dk.medhearing.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which requests' log lines carry a reference: a hearing's or dialogue meeting's own routes, and nothing else. */
class RequestLoggingContextTest {

    @Test
    void shouldTakeTheReferenceOfAHearingsOrMeetingsRoute() {
        assertThat(RequestLoggingContext.referenceOf("/api/hearings/bif-2026-0042"))
                .isEqualTo("BIF-2026-0042");
        assertThat(RequestLoggingContext.referenceOf("/api/hearings/BIF-2026-0042/document.pdf"))
                .isEqualTo("BIF-2026-0042");
        assertThat(RequestLoggingContext.referenceOf("/status/BIF-2026-0042")).isEqualTo("BIF-2026-0042");
        assertThat(RequestLoggingContext.referenceOf("/api/dialogue-meetings/07-320-61/minutes.pdf"))
                .isEqualTo("07-320-61");
    }

    @Test
    void shouldTakeNothingFromOtherRoutesOrOddValues() {
        assertThat(RequestLoggingContext.referenceOf("/api/hearings")).isNull();
        assertThat(RequestLoggingContext.referenceOf("/api/hearings/schedule")).isNull();
        assertThat(RequestLoggingContext.referenceOf("/status/tidsplan")).isNull();
        assertThat(RequestLoggingContext.referenceOf("/status/mail")).isNull();
        assertThat(RequestLoggingContext.referenceOf("/api/hearings/BIF%0A2026"))
                .isNull();
        assertThat(RequestLoggingContext.referenceOf("/api/hearings/" + "A".repeat(41)))
                .isNull();
        assertThat(RequestLoggingContext.referenceOf("/engine-rest/task")).isNull();
    }
}
