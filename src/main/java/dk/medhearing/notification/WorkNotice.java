package dk.medhearing.notification;

import dk.medhearing.committee.Role;

import java.util.Arrays;

/**
 * The kinds of "work waits for you" mail. A user task names its kind in the BPMN ({@code camunda:properties}, property
 * {@code notify}); the mail's kind in the outbox and its template in {@code templates/mail/} are {@link #key()}.
 * {@link #onlyRole()}: when set, only the task's candidates with that role are told (a draft sent back goes to the
 * minute-taker, not to the chair who may also draft).
 */
public enum WorkNotice {
    APPROVAL_DUE("approval-due", null),
    SENT_BACK("sent-back", Role.SECRETARY),
    RESPONSES_IN("responses-in", null),
    SUBMISSION_DUE("submission-due", null),
    TASK_REMINDER("task-reminder", null);

    private final String key;
    private final Role onlyRole;

    WorkNotice(String key, Role onlyRole) {
        this.key = key;
        this.onlyRole = onlyRole;
    }

    public String key() {
        return key;
    }

    Role onlyRole() {
        return onlyRole;
    }

    static WorkNotice fromKey(String key) {
        return Arrays.stream(values())
                .filter(n -> n.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown notice '" + key + "'"));
    }
}
