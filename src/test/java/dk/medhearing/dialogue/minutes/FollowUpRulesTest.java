package dk.medhearing.dialogue.minutes;

import dk.medhearing.dialogue.DialogueRecords.FollowUp;
import dk.medhearing.dialogue.FollowUpState;
import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.dialogue.configuration.Party;
import dk.medhearing.web.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The rules of the follow-up actions, one test per rule and per mistake a minute-taker could make. */
class FollowUpRulesTest {

    static final DialogueParties PARTIES = new DialogueParties(List.of(
            new Party("jobcenter", "Jobcenter København", "Jobcentret", "jc@example.org", false, List.of()),
            new Party(
                    "region",
                    "Beskæftigelsesregion Hovedstaden & Sjælland",
                    "Beskæftigelsesregionen",
                    "br@example.org",
                    true,
                    List.of())));
    static final String CHOOSE_PARTY =
            "vælg den ansvarlige part (Jobcenter København eller Beskæftigelsesregion" + " Hovedstaden & Sjælland).";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final int AGENDA_SIZE = 6;

    private final FollowUpRules rules = new FollowUpRules(PARTIES);
    private final List<FieldError> errors = new ArrayList<>();

    static FollowUpEntry action(String description, String party, String due) {
        return new FollowUpEntry(description, null, party, null, due, false);
    }

    private List<FollowUp> check(FollowUpEntry... entries) {
        return rules.check(List.of(entries), AGENDA_SIZE, TODAY, errors);
    }

    private void assertOneError(String field, String message) {
        assertThat(errors)
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("followUpActions[0]." + field, "Opfølgningspunkt 1: " + message));
    }

    @Test
    void shouldTurnACompleteActionIntoAnOpenFollowUp() {
        // given an action with every field
        FollowUpEntry entry = new FollowUpEntry(
                "Indføj befolkningssammensætningen", "2", "region", "Merete Grønlund", "2026-06-16", true);

        // when checked
        List<FollowUp> followUps = check(entry);

        // then it is follow-up 1, open, with its values
        assertThat(errors).isEmpty();
        assertThat(followUps)
                .containsExactly(new FollowUp(
                        null,
                        1,
                        2,
                        "Indføj befolkningssammensætningen",
                        "region",
                        "Merete Grønlund",
                        LocalDate.of(2026, 6, 16),
                        true,
                        FollowUpState.OPEN,
                        null,
                        null,
                        null));
    }

    @Test
    void shouldSkipARowLeftEmptyAndNumberTheOthersInOrder() {
        // given an empty row before two actions, the last one broken
        List<FollowUp> followUps = check(
                action(null, null, null),
                action("Første", "jobcenter", "2026-04-01"),
                action(null, "jobcenter", "2026-04-01"));

        // then the actions are numbered from 1, and the error names the row as the user counts it
        assertThat(followUps).extracting(FollowUp::number).containsExactly(1, 2);
        assertThat(errors)
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("followUpActions[2].description", "Opfølgningspunkt 3: beskrivelse skal udfyldes."));
    }

    @Test
    void shouldRequireADescription() {
        check(action(null, "jobcenter", "2026-04-01"));

        assertOneError("description", "beskrivelse skal udfyldes.");
    }

    @Test
    void shouldRequireAResponsibleParty() {
        check(action("Drøft projektet", null, "2026-04-01"));

        assertOneError("responsibleParty", CHOOSE_PARTY);
    }

    @Test
    void shouldRejectAPartyThatIsNotOneOfTheMeetingsParties() {
        check(action("Drøft projektet", "kommunen", "2026-04-01"));

        assertOneError("responsibleParty", CHOOSE_PARTY);
    }

    @Test
    void shouldRequireADueDate() {
        check(action("Drøft projektet", "jobcenter", null));

        assertOneError("dueDate", "fristen skal udfyldes.");
    }

    @Test
    void shouldRejectADueDateWrittenTheDanishWay() {
        check(action("Drøft projektet", "jobcenter", "16-06-2026"));

        assertOneError("dueDate", "fristen skal være en dato (ÅÅÅÅ-MM-DD).");
    }

    @Test
    void shouldRejectADayThatDoesNotExist() {
        check(action("Drøft projektet", "jobcenter", "2026-02-30"));

        assertOneError("dueDate", "fristen skal være en dato (ÅÅÅÅ-MM-DD).");
    }

    @Test
    void shouldReadTheDateOfADateWithATime() {
        List<FollowUp> followUps = check(action("Drøft projektet", "jobcenter", "2026-04-01T00:00:00.000Z"));

        assertThat(errors).isEmpty();
        assertThat(followUps.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void shouldRejectADueDateInThePast() {
        check(action("Drøft projektet", "jobcenter", TODAY.minusDays(1).toString()));

        assertOneError("dueDate", "fristen må ikke ligge før i dag.");
    }

    @Test
    void shouldAcceptTodayAsDueDate() {
        check(action("Drøft projektet", "jobcenter", TODAY.toString()));

        assertThat(errors).isEmpty();
    }

    @Test
    void shouldRejectADueDateMoreThanTwoYearsAhead() {
        check(action(
                "Drøft projektet", "jobcenter", TODAY.plusYears(2).plusDays(1).toString()));

        assertOneError("dueDate", "fristen må højst ligge 2 år ude i fremtiden.");
    }

    @Test
    void shouldAcceptADueDateExactlyTwoYearsAhead() {
        check(action("Drøft projektet", "jobcenter", TODAY.plusYears(2).toString()));

        assertThat(errors).isEmpty();
    }

    @Test
    void shouldRejectAResponsiblePersonOverTwoHundredCharacters() {
        check(new FollowUpEntry("Drøft projektet", null, "jobcenter", "x".repeat(201), "2026-04-01", false));

        assertOneError("responsiblePerson", "den ansvarlige person må højst være 200 tegn.");
    }

    @Test
    void shouldAcceptAResponsiblePersonOfTwoHundredCharacters() {
        check(new FollowUpEntry("Drøft projektet", null, "jobcenter", "x".repeat(200), "2026-04-01", false));

        assertThat(errors).isEmpty();
    }

    @Test
    void shouldRejectAnAgendaItemThatIsNotOnTheAgenda() {
        for (String written : List.of("0", "7", "-1", "1000", "punkt 2", "2.5")) {
            errors.clear();

            List<FollowUp> followUps =
                    check(new FollowUpEntry("Drøft projektet", written, "jobcenter", null, "2026-04-01", false));

            assertThat(followUps.get(0).agendaNumber()).as(written).isNull();
            assertOneError("agendaItem", "dagsordenspunktet skal være et tal fra 1 til 6.");
        }
    }

    @Test
    void shouldReportEveryBrokenRuleOfARowAtOnce() {
        check(new FollowUpEntry(null, "9", "kommunen", "x".repeat(201), "2020-01-01", false));

        assertThat(errors)
                .extracting(FieldError::field)
                .containsExactly(
                        "followUpActions[0].description",
                        "followUpActions[0].responsibleParty",
                        "followUpActions[0].dueDate",
                        "followUpActions[0].responsiblePerson",
                        "followUpActions[0].agendaItem");
    }
}
