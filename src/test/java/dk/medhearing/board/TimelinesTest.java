package dk.medhearing.board;

import dk.medhearing.calendar.CalendarProperties;
import dk.medhearing.calendar.WorkingDayCalendar;
import dk.medhearing.schedule.ScheduleView;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline's span is bounded, whatever dates a schedule holds: the picture is drawn day by day. */
class TimelinesTest {

    private final Timelines timelines = new Timelines(new WorkingDayCalendar(new CalendarProperties(null, null, 10)));
    private final OffsetDateTime now = OffsetDateTime.parse("2026-11-02T09:00+01:00");

    @Test
    void shouldDrawAtMostThreeYearsWhenAMeetingLiesDecadesBack() {
        // given a schedule whose HovedMED meeting was typed decades back, and a political meeting two years ahead
        ScheduleView schedule = schedule(OffsetDateTime.parse("2001-01-01T12:00+01:00"), now.plusYears(2));

        // when its timeline is made
        Timeline timeline = timelines.ofSchedule(schedule, now);

        // then it reaches back at most a year before the start and spans at most three years
        assertThat(timeline.from()).isAfterOrEqualTo(now.toLocalDate().minusDays(Timelines.MAX_DAYS / 3));
        assertThat(ChronoUnit.DAYS.between(timeline.from(), timeline.to())).isLessThanOrEqualTo(Timelines.MAX_DAYS);
        assertThat(SvgTimeline.render(timeline).length()).isLessThan(200_000);
    }

    private ScheduleView schedule(OffsetDateTime mainMeeting, OffsetDateTime politicalMeeting) {
        return new ScheduleView(
                "T-1",
                "Forslag",
                now,
                null,
                now,
                now.plusDays(14),
                now.plusDays(14),
                false,
                10,
                10,
                null,
                mainMeeting,
                politicalMeeting,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
