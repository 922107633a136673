package dk.medhearing.board;

import dk.medhearing.calendar.DayInfo;
import dk.medhearing.calendar.HolidayPeriodOverlap;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the timeline picture shows: the days from {@code from} to {@code to}, the days off shaded, the holiday
 * periods as bands, and one lane per party (the hearing, each CenterMED, HovedMED, the political committee).
 */
public record Timeline(
        String caption,
        LocalDate from,
        LocalDate to,
        LocalDate today,
        List<Lane> lanes,
        List<DayInfo> daysOff,
        List<HolidayPeriodOverlap> holidayPeriods) {

    /** One row of the picture. */
    public record Lane(String name, List<Event> events) {}

    /** One event: its kind (how it is drawn), its Danish label, when, and whether it has happened. */
    public record Event(Kind kind, String label, OffsetDateTime at, boolean done) {}

    /** How an event is drawn. */
    public enum Kind {
        PUBLICATION("Offentliggørelse"),
        EMBARGO("Embargo"),
        CONFIRMATION("Bekræftelse"),
        ORIENTATION("Orienteringsmøde"),
        MEETING("Møde"),
        REMINDER("Påmindelse"),
        SUBMISSION("Høringssvar"),
        DEADLINE("Frist");

        private final String danish;

        Kind(String danish) {
            this.danish = danish;
        }

        public String danish() {
            return danish;
        }
    }
}
