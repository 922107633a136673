package dk.medhearing.hearing;

import dk.medhearing.response.Actor;
import dk.medhearing.response.FormTaskListener;
import dk.medhearing.response.CommitteeResponseVariables;
import dk.medhearing.web.EngineClock;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Indsend høringssvar til det politiske udvalg": the approved consolidated response goes to the political
 * committee; records the journal reference, who and when.
 */
@Component("submitToPoliticalCommitteeTaskListener")
public class SubmitToPoliticalCommitteeTaskListener extends FormTaskListener {

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
    protected void prefill(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        hearings.updateMainState(reference, MainCommitteeState.AWAITING_SUBMISSION);
        task.setVariableLocal(JOURNAL_REFERENCE, reference);
        task.setVariableLocal(DOCUMENT_URL, documentUrl.apply(reference));
    }

    @Override
    protected void store(DelegateTask task) {
        String journal = CommitteeResponseVariables.text(task, JOURNAL_REFERENCE);
        if (journal == null) {
            throw ValidationFailedException.of(REJECTED, JOURNAL_REFERENCE, "Journalnummeret i udvalgets sag skal udfyldes.");
        }
        hearings.markSubmitted(task.getExecution().getProcessBusinessKey(), journal, actor.of(task), clock.now());
    }
}
