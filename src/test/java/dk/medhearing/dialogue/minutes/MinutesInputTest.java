package dk.medhearing.dialogue.minutes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of the two ways of writing the minutes counts: the API's rows or the Tasklist form's text. */
class MinutesInputTest {

    private static final String TEXT = "Ad dagsordenens punkt 1: Velkomst\nDrøftelse: Godkendt.\nBeslutninger:";
    private static final String LINES = "Drøft projektet | Jobcentret |  | 2026-04-01 |  |";

    @Test
    void shouldReadTheFormsTextWhenNoRowsWereSent() {
        MinutesInput input = new MinutesInput(null, TEXT, null, LINES);

        assertThat(input.minutes()).containsExactly(new MinutesEntry(1, null, "Godkendt.", null));
        assertThat(input.followUps(FollowUpRulesTest.PARTIES))
                .containsExactly(new FollowUpEntry("Drøft projektet", null, "jobcenter", null, "2026-04-01", false));
    }

    @Test
    void shouldPreferTheRowsOverTheText() {
        List<MinutesEntry> rows = List.of(new MinutesEntry(1, null, "Fra API'et.", null));

        MinutesInput input = new MinutesInput(rows, TEXT, List.of(), LINES);

        assertThat(input.minutes()).isEqualTo(rows);
        assertThat(input.followUps(FollowUpRulesTest.PARTIES)).isEmpty();
    }

    @Test
    void shouldHaveNoEntriesWhenNothingWasWritten() {
        MinutesInput input = new MinutesInput(null, null, null, null);

        assertThat(input.minutes()).isEmpty();
        assertThat(input.followUps(FollowUpRulesTest.PARTIES)).isEmpty();
    }
}
