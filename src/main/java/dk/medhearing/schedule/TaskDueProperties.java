package dk.medhearing.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalTime;

/**
 * When in the day a task computed by {@link HearingSchedule} is due (e.g. "Indkald til ekstraordinært
 * CenterMED-møde"): on a working day at {@code dueAt}, 12:00 unless set, never at the clock time of the start.
 */
@ConfigurationProperties("medhearing.tasks")
public record TaskDueProperties(@DefaultValue("12:00") LocalTime dueAt) {}
