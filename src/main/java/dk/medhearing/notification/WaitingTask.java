package dk.medhearing.notification;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A user task that waits for someone, as the mails about it need it: its id (for the link that opens it in
 * Tasklist), name, hearing, committee, due date, creation time and candidate groups.
 */
record WaitingTask(
        String id,
        String name,
        String reference,
        String committee,
        OffsetDateTime due,
        OffsetDateTime createdAt,
        List<String> candidateGroups) {

    WaitingTask {
        candidateGroups = List.copyOf(candidateGroups);
    }
}
