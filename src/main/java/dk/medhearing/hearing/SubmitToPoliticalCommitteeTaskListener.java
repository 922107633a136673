package dk.medhearing.hearing;

import dk.medhearing.kit.FormValues;
import dk.medhearing.kit.Actor;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.response.CommitteeResponseVariables;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Indsend høringssvar til det politiske udvalg": the approved consolidated response goes to the political
 * committee; records the journal reference, who and when.
 */
@Component("submitToPoliticalCommitteeTaskListener")
public class SubmitToPoliticalCommitteeTaskListener extends FormTaskListener {

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
        task.setVariableLocal(HearingVariables.JOURNAL_REFERENCE, reference);
        task.setVariableLocal(HearingVariables.DOCUMENT_URL, documentUrl.apply(reference));
    }

    @Override
    protected void store(DelegateTask task) {
        String journal = FormValues.text(task, HearingVariables.JOURNAL_REFERENCE);
        if (journal == null) {
            throw ValidationFailedException.of(REJECTED, HearingVariables.JOURNAL_REFERENCE, "Journalnummeret i udvalgets sag skal udfyldes.");
        }
        hearings.markSubmitted(task.getExecution().getProcessBusinessKey(), journal, actor.of(task), clock.now());
    }
}
