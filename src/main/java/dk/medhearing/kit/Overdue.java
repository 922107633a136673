package dk.medhearing.kit;

import java.time.Instant;
import java.util.Date;
import java.util.Set;

/**
 * When an open task is overdue, one rule for the board and the metrics: its due date has passed, unless the due date
 * is only the last moment for an optional action. "Flyt CenterMED-mødet" is due at the meeting's start: once the
 * meeting has begun it can no longer be moved, but nothing is late (a timer ends the task at the start; until it has
 * run, the task is not counted as overdue).
 */
public final class Overdue {

    /** Tasks whose due date ends an optional action rather than marks work that is late. */
    public static final Set<String> OPTIONAL_UNTIL_DUE = Set.of("Task_MoveMeeting");

    private Overdue() {}

    /** Whether the open task of this definition key, due at {@code due}, is overdue at {@code now}. */
    public static boolean isOverdue(String taskDefinitionKey, Date due, Instant now) {
        return due != null && due.toInstant().isBefore(now) && !OPTIONAL_UNTIL_DUE.contains(taskDefinitionKey);
    }
}
