package dk.medhearing.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which "work waits for you" mails are sent ({@code medhearing.mail.notify.*}), each on unless switched off: the draft
 * response is ready for approval, a draft was sent back, every CenterMED response is in for HovedMED, the consolidated
 * response is approved and awaits submission, and the reminder before the due date of HovedMED's and the
 * administration's tasks.
 */
@ConfigurationProperties("medhearing.mail.notify")
public record NotifyProperties(
        @DefaultValue("true") boolean approvalDue,
        @DefaultValue("true") boolean sentBack,
        @DefaultValue("true") boolean responsesIn,
        @DefaultValue("true") boolean submissionDue,
        @DefaultValue("true") boolean taskReminder) {

    /** Whether mails of this kind are sent. */
    public boolean enabled(WorkNotice notice) {
        return switch (notice) {
            case APPROVAL_DUE -> approvalDue;
            case SENT_BACK -> sentBack;
            case RESPONSES_IN -> responsesIn;
            case SUBMISSION_DUE -> submissionDue;
            case TASK_REMINDER -> taskReminder;
        };
    }
}
