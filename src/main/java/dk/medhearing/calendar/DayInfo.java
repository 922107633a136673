package dk.medhearing.calendar;

import java.time.LocalDate;

/** A day that is not an ordinary working day, with the Danish reason, e.g. "Langfredag" or "lørdag". */
public record DayInfo(LocalDate date, String reason) {}
