package dk.medhearing.dialogue.minutes;

import dk.medhearing.dialogue.DialogueRecords.AgendaItem;
import dk.medhearing.dialogue.DialogueRecords.MinutesItem;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.ValidationFailedException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The rules of the minutes as a whole: one test per rule and per mistake a minute-taker could make. */
class MinutesRulesTest {

    private static final List<AgendaItem> AGENDA = List.of(
            new AgendaItem(1, "Velkomst"), new AgendaItem(2, "Arbejdskraftreserven"), new AgendaItem(3, "Eventuelt"));
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-10T14:00:00+01:00");

    private final MinutesRules rules = new MinutesRules(FollowUpRulesTest.PARTIES);

    private static MinutesEntry entry(Integer number, String discussion, String decisions) {
        return new MinutesEntry(number, null, discussion, decisions);
    }

    private MinutesRules.Recorded check(List<MinutesEntry> minutes, List<FollowUpEntry> followUps) {
        return rules.check(new MinutesRules.Submission(
                AGENDA, minutes, followUps, "ole.christiansen", NOW, LocalDate.of(2026, 3, 10)));
    }

    private static List<FieldError> errorsOf(Runnable check) {
        try {
            check.run();
        } catch (ValidationFailedException e) {
            return e.errors();
        }
        throw new AssertionError("the minutes were accepted");
    }

    @Test
    void shouldRecordOneItemPerAgendaItemInAgendaOrder() {
        // given entries for every item, numbered and out of order
        List<MinutesEntry> minutes = List.of(
                entry(3, "Intet.", null), entry(1, "Godkendt.", null), entry(2, "Positiv udvikling.", "Ingen."));

        // when checked
        MinutesRules.Recorded recorded = check(minutes, List.of());

        // then each agenda item has its text, recorded by the minute-taker now
        assertThat(recorded.items())
                .containsExactly(
                        new MinutesItem(1, "Godkendt.", null, "ole.christiansen", NOW),
                        new MinutesItem(2, "Positiv udvikling.", "Ingen.", "ole.christiansen", NOW),
                        new MinutesItem(3, "Intet.", null, "ole.christiansen", NOW));
        assertThat(recorded.followUps()).isEmpty();
    }

    @Test
    void shouldMatchAnEntryWithoutNumberToTheItemAtItsPosition() {
        MinutesRules.Recorded recorded =
                check(List.of(entry(null, "a", null), entry(null, "b", null), entry(null, "c", null)), List.of());

        assertThat(recorded.items())
                .extracting(MinutesItem::number, MinutesItem::discussion)
                .containsExactly(tuple(1, "a"), tuple(2, "b"), tuple(3, "c"));
    }

    @Test
    void shouldAcceptDecisionsWithoutADiscussion() {
        MinutesRules.Recorded recorded =
                check(List.of(entry(1, null, "Godkendt."), entry(2, "b", null), entry(3, "c", null)), List.of());

        assertThat(recorded.items().get(0).decisions()).isEqualTo("Godkendt.");
    }

    @Test
    void shouldRequireTheMinutesOfEveryAgendaItem() {
        // given the minute-taker left item 2 empty and wrote nothing at all for item 3
        List<MinutesEntry> minutes = List.of(entry(1, "Godkendt.", null), entry(2, null, null));

        // then both are named, with the item's title
        assertThat(errorsOf(() -> check(minutes, List.of())))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("minutes[1].discussion", "Skriv referatet af punkt 2: Arbejdskraftreserven."),
                        tuple("minutes[2].discussion", "Skriv referatet af punkt 3: Eventuelt."));
    }

    @Test
    void shouldRequireEveryItemWhenNothingWasWritten() {
        assertThat(errorsOf(() -> check(List.of(), List.of())))
                .extracting(FieldError::field)
                .containsExactly("minutes[0].discussion", "minutes[1].discussion", "minutes[2].discussion");
    }

    @Test
    void shouldIgnoreAnEntryForANumberNotOnTheAgenda() {
        // given an entry for item 9 instead of item 3
        List<MinutesEntry> minutes = List.of(entry(1, "a", null), entry(2, "b", null), entry(9, "c", null));

        assertThat(errorsOf(() -> check(minutes, List.of())))
                .extracting(FieldError::field)
                .containsExactly("minutes[2].discussion");
    }

    @Test
    void shouldRejectEverythingAndNameEveryBrokenRuleWhenAnyRuleIsBroken() {
        // given a missing item and a broken follow-up action
        List<MinutesEntry> minutes = List.of(entry(1, "a", null), entry(2, "b", null));
        List<FollowUpEntry> followUps = List.of(FollowUpRulesTest.action("Drøft projektet", "jobcenter", null));

        // when checked, then nothing is accepted and the summary names both rules
        assertThatThrownBy(() -> check(minutes, followUps))
                .isInstanceOf(ValidationFailedException.class)
                .hasMessage("Referatet blev ikke gemt: Skriv referatet af punkt 3: Eventuelt."
                        + " Opfølgningspunkt 1: fristen skal udfyldes.");
    }

    @Test
    void shouldNumberTheAgreedActions() {
        List<MinutesEntry> minutes = List.of(entry(1, "a", null), entry(2, "b", null), entry(3, "c", null));

        MinutesRules.Recorded recorded = check(
                minutes,
                List.of(
                        FollowUpRulesTest.action("Første", "jobcenter", "2026-04-01"),
                        FollowUpRulesTest.action("Anden", "region", "2026-05-01")));

        assertThat(recorded.followUps())
                .extracting(f -> f.number() + " " + f.description())
                .containsExactly("1 Første", "2 Anden");
    }
}
