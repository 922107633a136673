package dk.medhearing.kit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class OverdueTest {

    private static final Instant NOW = Instant.parse("2026-11-05T14:00:00Z");

    @Test
    void aTaskPastItsDueDateIsOverdue() {
        assertThat(Overdue.isOverdue("Task_RecordMinutes", Date.from(NOW.minusSeconds(1)), NOW))
                .isTrue();
    }

    @Test
    void aTaskDueNowOrLaterOrWithoutADueDateIsNot() {
        assertThat(Overdue.isOverdue("Task_RecordMinutes", Date.from(NOW), NOW)).isFalse();
        assertThat(Overdue.isOverdue("Task_RecordMinutes", Date.from(NOW.plusSeconds(60)), NOW))
                .isFalse();
        assertThat(Overdue.isOverdue("Task_RecordMinutes", null, NOW)).isFalse();
    }

    @Test
    void theOfferToMoveAMeetingIsNeverOverdueItSimplyEndsWithTheMeetingsStart() {
        assertThat(Overdue.isOverdue("Task_MoveMeeting", Date.from(NOW.minusSeconds(3600)), NOW))
                .isFalse();
    }
}
