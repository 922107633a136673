package dk.medhearing.schedule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The Danish words for how far off a due date is. */
class DueWordingTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void shouldSayTodayTomorrowAndWorkingDaysInPlainDanish() {
        // when the due date is today, tomorrow, or 1 and 3 working days off
        // then the words are plain Danish, singular and plural, never "arbejdsdag(e)"
        assertThat(DueWording.until(MONDAY, MONDAY, 0)).isEqualTo("i dag");
        assertThat(DueWording.until(MONDAY, MONDAY.plusDays(1), 1)).isEqualTo("i morgen");
        assertThat(DueWording.until(MONDAY, MONDAY.plusDays(3), 3)).isEqualTo("om 3 arbejdsdage");
        assertThat(DueWording.until(MONDAY.minusDays(3), MONDAY, 1)).isEqualTo("om 1 arbejdsdag");
    }

    @Test
    void shouldSayDaysWhenNoWorkingDayIsLeftAndOverdueWhenPast() {
        // given a Friday, the due date on Sunday, and one already past
        LocalDate friday = MONDAY.minusDays(3);

        // then
        assertThat(DueWording.until(friday, friday.plusDays(2), 0)).isEqualTo("om 2 dage");
        assertThat(DueWording.until(MONDAY, friday, 0)).isEqualTo("overskredet");
    }
}
