package dk.medhearing.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InputRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"BIF-2026-0001", "07-320-61", "ÆØÅ-1", "T-1A2B3C4D"})
    void shouldAcceptReferencesOfThePattern(String reference) {
        assertThat(InputRules.REFERENCE.matcher(reference).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BIF/2026/1", "BIF-..-1", "..", "-BIF", "B", "BIF 1", "BIF.1", "BIF_1"})
    void shouldRefuseOtherReferences(String reference) {
        assertThat(InputRules.REFERENCE.matcher(InputRules.normaliseReference(reference)).matches()).isFalse();
    }

    @Test
    void shouldNormaliseToUpperCase() {
        assertThat(InputRules.normaliseReference(" bif-2026-0001 ")).isEqualTo("BIF-2026-0001");
    }

    @Test
    void shouldNameTheFieldOfATooLongText() {
        List<FieldError> errors = new ArrayList<>();

        InputRules.maxLength(errors, "summary", "Resuméet", "x".repeat(20_001), 20_000);

        assertThat(errors).extracting(FieldError::field).containsExactly("summary");
        assertThat(errors.get(0).message()).contains("20.000");
    }

    @Test
    void shouldRefuseADateMoreThanTwoYearsAhead() {
        List<FieldError> errors = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.parse("2026-12-01T10:00:00+01:00");

        assertThat(InputRules.withinRange(errors, "responseDeadline", "Høringsfristen", now.plusYears(2), now)).isTrue();
        assertThat(InputRules.withinRange(errors, "responseDeadline", "Høringsfristen", now.plusYears(2).plusDays(1),
                now)).isFalse();
        assertThat(errors).extracting(FieldError::field).containsExactly("responseDeadline");
    }

    @Test
    void shouldRefuseADateBeforeTheYear2000OnBothKindsOfDate() {
        List<FieldError> errors = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.parse("2026-12-01T10:00:00+01:00");

        assertThat(InputRules.withinRange(errors, "mainCommitteeMeetingAt", "HovedMEDs møde",
                OffsetDateTime.parse("2000-01-01T00:00:00+01:00"), now)).isTrue();
        assertThat(InputRules.withinRange(errors, "mainCommitteeMeetingAt", "HovedMEDs møde",
                OffsetDateTime.parse("1999-12-31T23:00:00+01:00"), now)).isFalse();
        assertThat(InputRules.withinRange(errors, "from", "Datoen", LocalDate.MIN, now.toLocalDate())).isFalse();
        assertThat(InputRules.withinRange(errors, "to", "Datoen", LocalDate.MAX, now.toLocalDate())).isFalse();

        assertThat(errors).extracting(FieldError::field).containsExactly("mainCommitteeMeetingAt", "from", "to");
        assertThat(errors.get(0).message()).isEqualTo("HovedMEDs møde må ikke ligge før år 2000.");
        assertThat(errors.get(2).message()).isEqualTo("Datoen må højst ligge 2 år ude i fremtiden.");
    }
}
