package dk.medhearing.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        assertThat(InputRules.REFERENCE
                        .matcher(InputRules.normaliseReference(reference))
                        .matches())
                .isFalse();
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

        assertThat(InputRules.withinRange(errors, "responseDeadline", "Høringsfristen", now.plusYears(2), now))
                .isTrue();
        assertThat(InputRules.withinRange(
                        errors,
                        "responseDeadline",
                        "Høringsfristen",
                        now.plusYears(2).plusDays(1),
                        now))
                .isFalse();
        assertThat(errors).extracting(FieldError::field).containsExactly("responseDeadline");
    }

    @Test
    void shouldRefuseADateBeforeTheYear2000OnBothKindsOfDate() {
        List<FieldError> errors = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.parse("2026-12-01T10:00:00+01:00");

        assertThat(InputRules.withinRange(
                        errors,
                        "mainCommitteeMeetingAt",
                        "HovedMEDs møde",
                        OffsetDateTime.parse("2000-01-01T00:00:00+01:00"),
                        now))
                .isTrue();
        assertThat(InputRules.withinRange(
                        errors,
                        "mainCommitteeMeetingAt",
                        "HovedMEDs møde",
                        OffsetDateTime.parse("1999-12-31T23:00:00+01:00"),
                        now))
                .isFalse();
        assertThat(InputRules.withinRange(errors, "from", "Datoen", LocalDate.MIN, now.toLocalDate()))
                .isFalse();
        assertThat(InputRules.withinRange(errors, "to", "Datoen", LocalDate.MAX, now.toLocalDate()))
                .isFalse();

        assertThat(errors).extracting(FieldError::field).containsExactly("mainCommitteeMeetingAt", "from", "to");
        assertThat(errors.get(0).message()).isEqualTo("HovedMEDs møde må ikke ligge før år 2000.");
        assertThat(errors.get(2).message()).isEqualTo("Datoen må højst ligge 2 år ude i fremtiden.");
    }

    @ParameterizedTest
    @ValueSource(
            ints = {
                0x00, 0x01, 0x08, 0x0B, 0x0C, 0x0E, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0xD800, 0xDFFF, 0xFFFE, 0xFFFF
            })
    void shouldForbidControlCharactersLoneSurrogatesAndNonCharacters(int codePoint) {
        assertThat(InputRules.isForbidden(codePoint)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {'\t', '\n', '\r', ' ', 'a', 'Æ', 0xA0, 0x2028, 0xD7FF, 0xE000, 0xFFFD, 0x1F600, 0x10FFFF})
    void shouldAllowTabLineBreaksAndEveryOtherCharacter(int codePoint) {
        assertThat(InputRules.isForbidden(codePoint)).isFalse();
    }

    @Test
    void shouldNameTheFieldOfATextWithAControlCharacter() {
        // given a multi-line text with a control character, and one with only tabs, line breaks and an emoji
        List<FieldError> errors = new ArrayList<>();

        // when both are checked
        boolean bad = InputRules.plainText(errors, "summary", "Resumé", "Linje 1\u0001", false);
        boolean good = InputRules.plainText(errors, "summary", "Resumé", "Linje 1\r\n\tLinje 2 \uD83D\uDE00", false);

        // then only the first is refused, naming the field in Danish
        assertThat(bad).isFalse();
        assertThat(good).isTrue();
        assertThat(errors)
                .containsExactly(
                        new FieldError("summary", "Feltet 'Resumé' indeholder et kontroltegn, som ikke er tilladt."));
    }

    @Test
    void shouldRefuseALoneSurrogate() {
        assertThat(InputRules.plainTextError("Titel", "Halv \uD83D emoji", true))
                .contains("kontroltegn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mødelokale 1\nBcc: x@example.org", "Mødelokale 1\r", "\r\nMødelokale"})
    void shouldRefuseALineBreakInASingleLineField(String place) {
        List<FieldError> errors = new ArrayList<>();

        InputRules.plainText(errors, "place", "Mødested", place, true);

        assertThat(errors)
                .containsExactly(new FieldError("place", "Feltet 'Mødested' skal stå på én linje (uden linjeskift)."));
    }

    @Test
    void shouldAcceptNullAndATabInASingleLineField() {
        assertThat(InputRules.plainTextError("Titel", null, true)).isNull();
        assertThat(InputRules.plainTextError("Titel", "Titel\tmed tab", true)).isNull();
    }
}
