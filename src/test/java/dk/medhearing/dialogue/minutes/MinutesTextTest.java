package dk.medhearing.dialogue.minutes;

import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.dialogue.configuration.Party;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MinutesTextTest {

    private static MinutesEntry item(int number, String title) {
        return new MinutesEntry(number, title, "", "");
    }

    @Test
    void shouldReadWhatTheMinuteTakerWroteUnderEachItem() {
        // given the prefilled text, as Tasklist shows it
        String prefilled = MinutesText.format(
                List.of(item(1, "Velkomst og godkendelse af dagsordenen"), item(2, "Arbejdskraftreserven")));
        assertThat(prefilled).startsWith("Ad dagsordenens punkt 1: Velkomst og godkendelse af dagsordenen\nDrøftelse:");

        // when the minute-taker writes, over several lines
        String written = prefilled
                .replace(
                        "godkendelse af dagsordenen\nDrøftelse: ",
                        "godkendelse af dagsordenen\nDrøftelse: Jobcentret foreslog"
                                + " at nuancere statusnotatet.\nRegionen var enig.")
                .replace(
                        "Arbejdskraftreserven\nDrøftelse: \nBeslutninger: ",
                        "Arbejdskraftreserven\nDrøftelse: " + "Positiv udvikling.\nBeslutninger: Ingen.");

        // then each item gets its discussion and decisions
        List<MinutesEntry> rows = MinutesText.parse(written);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).number()).isEqualTo(1);
        assertThat(rows.get(0).discussion())
                .isEqualTo("Jobcentret foreslog at nuancere statusnotatet.\nRegionen var enig.");
        assertThat(rows.get(0).decisions()).isNull();
        assertThat(rows.get(1).discussion()).isEqualTo("Positiv udvikling.");
        assertThat(rows.get(1).decisions()).isEqualTo("Ingen.");
    }

    @Test
    void shouldTakeAHeadingWithAnImpossibleItemNumberAsTextNotAsAnItem() {
        // given a minute-taker who typed an item number of eleven digits (no agenda has that many items)
        String text = "Ad dagsordenens punkt 1: Velkomst\nDrøftelse: Godkendt\n"
                + "Ad dagsordenens punkt 99999999999: Andet\nDrøftelse: Intet";

        // when the text is read
        List<MinutesEntry> entries = MinutesText.parse(text);

        // then only item 1 is read, the odd heading is part of its text, and nothing fails
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.number()).isEqualTo(1);
            assertThat(e.discussion()).contains("Godkendt", "punkt 99999999999");
        });
    }

    @Test
    void shouldReadOneFollowUpPerLineWithThePartyByName() {
        DialogueParties parties = new DialogueParties(List.of(
                new Party("jobcenter", "Jobcenter København", "Jobcentret", "jc@example.org", false, List.of()),
                new Party(
                        "region",
                        "Beskæftigelsesregion Hovedstaden & Sjælland",
                        "Beskæftigelsesregionen",
                        "br@example.org",
                        true,
                        List.of())));

        List<FollowUpEntry> rows = MinutesText.parseFollowUps("""
                Indføj befolkningssammensætningen i statusnotatet | Beskæftigelsesregionen | Merete Grønlund | 2008-06-16 | 1 | statusnotat

                Drøft projektet med Tekniq | jobcenter |  | 2008-08-01 |  |
                """, parties);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .isEqualTo(new FollowUpEntry(
                        "Indføj befolkningssammensætningen i statusnotatet",
                        "1",
                        "region",
                        "Merete Grønlund",
                        "2008-06-16",
                        true));
        assertThat(rows.get(1))
                .isEqualTo(
                        new FollowUpEntry("Drøft projektet med Tekniq", null, "jobcenter", null, "2008-08-01", false));
    }
}
