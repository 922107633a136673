package dk.medhearing.hearing;

import dk.medhearing.response.Actor;
import dk.medhearing.response.CommitteeResponseVariables;
import dk.medhearing.web.EngineClock;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Indsend høringssvar til det politiske udvalg": the approved consolidated response goes to the political
 * committee; records the journal reference, who and when.
 */
@Component("submitToPoliticalCommitteeTaskListener")
public class SubmitToPoliticalCommitteeTaskListener implements TaskListener {

    public static final String JOURNAL_REFERENCE = "journalReference";
    public static final String DOCUMENT_URL = "documentUrl";
    static final String REJECTED = "Høringssvaret blev ikke indsendt";

    private final HearingRepository hearings;
    private final Actor actor;
    private final EngineClock clock;
    private final java.util.function.Function<String, String> documentUrl;

    public SubmitToPoliticalCommitteeTaskListener(HearingRepository hearings, Actor actor, EngineClock clock,
                                                  dk.medhearing.notification.ConsolidatedResponseMail mail) {
        this.hearings = hearings;
        this.actor = actor;
        this.clock = clock;
        this.documentUrl = mail::documentUrl;
    }

    @Override
    public void notify(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            hearings.updateMainState(reference, MainCommitteeState.AWAITING_SUBMISSION);
            task.setVariableLocal(JOURNAL_REFERENCE, reference);
            task.setVariableLocal(DOCUMENT_URL, documentUrl.apply(reference));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String journal = CommitteeResponseVariables.text(task, JOURNAL_REFERENCE);
            if (journal == null) {
                throw ValidationFailedException.of(REJECTED, JOURNAL_REFERENCE,
                        "Journalnummeret i udvalgets sag skal udfyldes.");
            }
            hearings.markSubmitted(reference, journal, actor.of(task), clock.now());
        }
    }
}
