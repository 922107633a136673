package dk.medhearing.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalTime;
import java.util.List;

/**
 * Reminders before the response deadline: the first and the final reminder, each so many working days before the
 * deadline, sent at {@code at} o'clock (the BPMN has one non-interrupting timer for each).
 */
@ConfigurationProperties("medhearing.reminders")
public record ReminderProperties(
        @DefaultValue({"3", "1"}) List<Integer> workingDaysBefore,
        @DefaultValue("09:00") LocalTime at) {

    public ReminderProperties {
        if (workingDaysBefore.size() != 2
                || workingDaysBefore.stream().anyMatch(d -> d < 0)
                || workingDaysBefore.get(0) < workingDaysBefore.get(1)) {
            throw new IllegalArgumentException("medhearing.reminders.working-days-before must be two offsets in "
                    + "working days, the first reminder's not smaller than the final one's, e.g. [3, 1]");
        }
    }
}
