package dk.medhearing.hearing;

import dk.medhearing.calendar.CalendarProperties;
import dk.medhearing.calendar.WorkingDayCalendar;
import dk.medhearing.web.FieldError;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hearing window's rules, on the calendar alone (no Spring, no engine): 10 working days at least by default. */
class HearingWindowTest {

    private static final CalendarProperties DEFAULTS = new CalendarProperties(null, null, 10);
    private final HearingWindow window = new HearingWindow(new WorkingDayCalendar(DEFAULTS), DEFAULTS);
    private final List<FieldError> errors = new ArrayList<>();

    /** Monday 2 November 2026, 9:00 in Copenhagen. */
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-02T09:00+01:00");

    @Test
    void shouldCountALongWindowAndDropItsNeedlessJustification() {
        // when the deadline is three weeks ahead, with a justification given all the same
        HearingWindow.Window counted = window.count(NOW.plusWeeks(3), null, NOW, "Travlt", errors);

        // then 15 working days, no error, the justification dropped, no holiday warning in November
        assertThat(counted.workingDays()).isEqualTo(15);
        assertThat(counted.justification()).isNull();
        assertThat(counted.holidayWarning()).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void shouldRefuseAShortWindowWithoutJustificationNamingTheField() {
        // when the deadline is a week ahead and nobody says why
        HearingWindow.Window counted = window.count(NOW.plusWeeks(1), null, NOW, null, errors);

        // then the short window is an error on the justification field, in Danish, with the numbers
        assertThat(counted.workingDays()).isEqualTo(5);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("shortWindowJustification");
            assertThat(e.message()).contains("kun 5 arbejdsdage (mindst 10)");
        });
    }

    @Test
    void shouldKeepTheJustificationOfAShortWindow() {
        HearingWindow.Window counted = window.count(NOW.plusWeeks(1), null, NOW, "Budgetfristen", errors);

        assertThat(counted.justification()).isEqualTo("Budgetfristen");
        assertThat(errors).isEmpty();
    }

    @Test
    void shouldCountFromTheEmbargosEnd() {
        // when the material is under embargo for a week of the three
        HearingWindow.Window counted = window.count(NOW.plusWeeks(3), NOW.plusWeeks(1), NOW, null, errors);

        // then only the working days after the embargo count
        assertThat(counted.workingDays()).isEqualTo(10);
        assertThat(errors).isEmpty();
    }

    @Test
    void shouldWarnOfAWindowOverChristmas() {
        OffsetDateTime december = OffsetDateTime.parse("2026-12-14T09:00+01:00");

        HearingWindow.Window counted = window.count(december.plusWeeks(4), null, december, null, errors);

        assertThat(counted.holidayWarning()).contains("Jul og nytår");
    }
}
