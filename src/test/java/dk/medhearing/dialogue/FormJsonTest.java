package dk.medhearing.dialogue;

import dk.medhearing.dialogue.minutes.FollowUpEntry;
import dk.medhearing.dialogue.minutes.MinutesEntry;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the rows a client submits, as an attacker would send them: other types, other keys, other shapes. */
class FormJsonTest {

    @Test
    void shouldReadRowsSentAsJsonText() {
        List<FollowUpEntry> rows = FormJson.rows("""
                [{"description": " Drøft projektet ", "agendaItem": "2", "responsibleParty": "jobcenter",
                  "responsiblePerson": "", "dueDate": "2026-04-01", "reviseStatusNote": true}]""", FollowUpEntry.class);

        assertThat(rows)
                .containsExactly(new FollowUpEntry("Drøft projektet", "2", "jobcenter", null, "2026-04-01", true));
    }

    @Test
    void shouldReadRowsSentAsJavaCollectionsOrASpinValue() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("discussion", "Godkendt.");
        row.put("decisions", null);

        assertThat(FormJson.rows(List.of(row), MinutesEntry.class))
                .containsExactly(new MinutesEntry(null, null, "Godkendt.", null));
        assertThat(FormJson.rows(Spin.JSON("[{\"number\": 2, \"discussion\": \"b\"}]"), MinutesEntry.class))
                .containsExactly(new MinutesEntry(2, null, "b", null));
    }

    @Test
    void shouldTellThatNoRowsWereSentWhenTheValueIsNotAList() {
        assertThat(FormJson.rows(null, MinutesEntry.class)).isNull();
        assertThat(FormJson.rows("Ad dagsordenens punkt 1: Velkomst", MinutesEntry.class))
                .isNull();
        assertThat(FormJson.rows("{\"discussion\": \"a\"}", MinutesEntry.class)).isNull();
        assertThat(FormJson.rows("[{\"discussion\": ", MinutesEntry.class)).isNull();
    }

    @Test
    void shouldReadAValueOfTheWrongTypeAsNotFilledIn() {
        List<FollowUpEntry> rows = FormJson.rows("""
                [{"description": {"text": "x"}, "agendaItem": 2, "responsibleParty": ["jobcenter"],
                  "responsiblePerson": null, "dueDate": 20260401, "reviseStatusNote": "ja"}]""", FollowUpEntry.class);

        assertThat(rows).containsExactly(new FollowUpEntry(null, "2", null, null, "20260401", false));
    }

    @Test
    void shouldReadTheStatusNoteFlagAsTrueOnlyForTrue() {
        List<FollowUpEntry> rows = FormJson.rows("""
                [{"reviseStatusNote": "true"}, {"reviseStatusNote": 1}, {"reviseStatusNote": null},
                 {"reviseStatusNote": "statusnotat"}, {}]""", FollowUpEntry.class);

        assertThat(rows).extracting(FollowUpEntry::reviseStatusNote).containsExactly(true, true, false, false, false);
    }

    @Test
    void shouldReadANumberOnlyWhenItIsOne() {
        List<MinutesEntry> rows = FormJson.rows("""
                [{"number": "3"}, {"number": "tre"}, {"number": null}, {"number": {}}, {"number": 2}]""", MinutesEntry.class);

        assertThat(rows).extracting(MinutesEntry::number).containsExactly(3, null, null, null, 2);
    }

    @Test
    void shouldIgnoreKeysTheRowsDoNotHaveAndReadOtherShapesAsEmptyRows() {
        List<MinutesEntry> rows = FormJson.rows("""
                [{"discussion": "a", "recordedBy": "mallory", "state": "APPROVED"}, "b", 7, null, []]""", MinutesEntry.class);

        assertThat(rows)
                .containsExactly(
                        new MinutesEntry(null, null, "a", null),
                        new MinutesEntry(null, null, null, null),
                        new MinutesEntry(null, null, null, null),
                        new MinutesEntry(null, null, null, null),
                        new MinutesEntry(null, null, null, null));
    }

    @Test
    void shouldWriteAValueTasklistShowsAsAList() {
        assertThat(FormJson.value(List.of(Map.of("discussion", "a"))).getValue().toString())
                .isEqualTo("[{\"discussion\":\"a\"}]");
    }
}
