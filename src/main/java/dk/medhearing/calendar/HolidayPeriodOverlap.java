package dk.medhearing.calendar;

import java.time.LocalDate;

/** A configured holiday period that a hearing window overlaps: its Danish name and its dates that year. */
public record HolidayPeriodOverlap(String name, LocalDate from, LocalDate to) {}
