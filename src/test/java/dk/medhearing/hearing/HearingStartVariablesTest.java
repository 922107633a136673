package dk.medhearing.hearing;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Reading a hearing's start: date and time fields joined, committees from a list, JSON or text; the deadline text. */
class HearingStartVariablesTest {

    private final VariableScope scope = mock(VariableScope.class);

    @Test
    void theStartFormsDateAndTimeAreJoinedAsLocalTime() {
        // given
        when(scope.getVariable("responseDeadlineDate")).thenReturn("2026-12-10");
        when(scope.getVariable("responseDeadlineTime")).thenReturn("12:00:00");

        // when
        String value = HearingStartVariables.dateTime(scope, "responseDeadline", "responseDeadline");

        // then
        assertThat(value).isEqualTo("2026-12-10T12:00");
    }

    @Test
    void anIsoValueWinsOverTheFormsPair() {
        // given
        when(scope.getVariable("responseDeadline")).thenReturn("2026-12-10T12:00+01:00");
        when(scope.getVariable("responseDeadlineDate")).thenReturn("2026-12-11");

        // when / then
        assertThat(HearingStartVariables.dateTime(scope, "responseDeadline", "responseDeadline"))
                .isEqualTo("2026-12-10T12:00+01:00");
    }

    @Test
    void aDateWithoutATimeStaysSoTheValidatorNamesTheField() {
        // given
        when(scope.getVariable("embargoUntilDate")).thenReturn(" 2026-12-10 ");

        // when / then
        assertThat(HearingStartVariables.dateTime(scope, "embargoUntil", "embargoUntil"))
                .isEqualTo("2026-12-10");
    }

    @Test
    void committeesComeAsAListOrCommaSeparatedTextAndNoneMeansAll() {
        assertThat(HearingStartVariables.committees(List.of("amc", "soc"))).containsExactly("amc", "soc");
        assertThat(HearingStartVariables.committees(" amc, ,soc ")).containsExactly("amc", "soc");
        assertThat(HearingStartVariables.committees(null)).isNull();
    }

    @Test
    void theDeadlineTextNamesTheWindowAndAShortWindowsJustification() {
        // given
        Hearing hearing = Hearing.builder()
                .reference("H-2026-001")
                .title("Titel")
                .documentLinks(List.of())
                .committees(List.of("amc"))
                .responseDeadline(OffsetDateTime.parse("2026-12-08T12:00+01:00"))
                .createdBy("admin")
                .windowWorkingDays(4)
                .shortWindowJustification("Budgettet skal vedtages")
                .build();

        // when / then
        assertThat(hearing.deadlineText())
                .isEqualTo("tirsdag den 8. december 2026 kl. 12.00 (4 arbejdsdage; kort frist begrundet med: "
                        + "Budgettet skal vedtages)");
    }
}
