package dk.medhearing.dialogue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MinutesTextTest {

    private static Map<String, Object> item(int number, String title) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("number", number);
        item.put("title", title);
        item.put("discussion", "");
        item.put("decisions", "");
        return item;
    }

    @Test
    void shouldReadWhatTheMinuteTakerWroteUnderEachItem() {
        // given the prefilled text, as Tasklist shows it
        String prefilled = MinutesText.format(List.of(item(1, "Velkomst og godkendelse af dagsordenen"),
                item(2, "Arbejdskraftreserven")));
        assertThat(prefilled).startsWith("Ad dagsordenens punkt 1: Velkomst og godkendelse af dagsordenen\nDrøftelse:");

        // when the minute-taker writes, over several lines
        String written = prefilled
                .replace("godkendelse af dagsordenen\nDrøftelse: ", "godkendelse af dagsordenen\nDrøftelse: Jobcentret foreslog"
                        + " at nuancere statusnotatet.\nRegionen var enig.")
                .replace("Arbejdskraftreserven\nDrøftelse: \nBeslutninger: ", "Arbejdskraftreserven\nDrøftelse: "
                        + "Positiv udvikling.\nBeslutninger: Ingen.");

        // then each item gets its discussion and decisions
        ArrayNode rows = MinutesText.parse(written);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(rows.get(0).get("discussion").asText())
                .isEqualTo("Jobcentret foreslog at nuancere statusnotatet.\nRegionen var enig.");
        assertThat(rows.get(1).get("discussion").asText()).isEqualTo("Positiv udvikling.");
        assertThat(rows.get(1).get("decisions").asText()).isEqualTo("Ingen.");
    }

    @Test
    void shouldReadOneFollowUpPerLineWithThePartyByName() {
        DialogueParties parties = new DialogueParties(List.of(
                new Party("jobcenter", "Jobcenter København", "Jobcentret", "jc@example.org", false, List.of()),
                new Party("region", "Beskæftigelsesregion Hovedstaden & Sjælland", "Beskæftigelsesregionen",
                        "br@example.org", true, List.of())));

        ArrayNode rows = MinutesText.parseFollowUps("""
                Indføj befolkningssammensætningen i statusnotatet | Beskæftigelsesregionen | Merete Grønlund | 2008-06-16 | 1 | statusnotat

                Drøft projektet med Tekniq | jobcenter |  | 2008-08-01 |  |
                """, parties);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("responsibleParty").asText()).isEqualTo("region");
        assertThat(rows.get(0).get("responsiblePerson").asText()).isEqualTo("Merete Grønlund");
        assertThat(rows.get(0).get("dueDate").asText()).isEqualTo("2008-06-16");
        assertThat(rows.get(0).get("agendaItem").asText()).isEqualTo("1");
        assertThat(rows.get(0).get("reviseStatusNote").asBoolean()).isTrue();
        assertThat(rows.get(1).get("responsibleParty").asText()).isEqualTo("jobcenter");
        assertThat(rows.get(1).get("reviseStatusNote").asBoolean()).isFalse();
    }
}
