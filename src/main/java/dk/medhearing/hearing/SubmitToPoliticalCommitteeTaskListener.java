package dk.medhearing.hearing;

import dk.medhearing.kit.Actor;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.kit.FormValues;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.InputRules;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * "Indsend høringssvar til det politiske udvalg": the approved consolidated response goes to the political
 * committee; prefills the journal reference and the document's link, records the journal reference, who and when.
 * Awaiting the submission is recorded when the process reaches this task ({@link AwaitingSubmissionListener}).
 */
@Component("submitToPoliticalCommitteeTaskListener")
class SubmitToPoliticalCommitteeTaskListener extends FormTaskListener {

    static final String REJECTED = "Høringssvaret blev ikke indsendt";

    private final HearingRepository hearings;
    private final Actor actor;
    private final EngineClock clock;
    private final HearingLinks links;

    SubmitToPoliticalCommitteeTaskListener(
            HearingRepository hearings, Actor actor, EngineClock clock, HearingLinks links) {
        this.hearings = hearings;
        this.actor = actor;
        this.clock = clock;
        this.links = links;
    }

    @Override
    protected void prefill(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        task.setVariableLocal(HearingVariables.JOURNAL_REFERENCE, reference);
        task.setVariableLocal(HearingVariables.DOCUMENT_URL, links.documentUrl(reference));
    }

    @Override
    protected void store(DelegateTask task) {
        String journal = FormValues.text(task, HearingVariables.JOURNAL_REFERENCE);
        if (journal == null) {
            throw ValidationFailedException.of(
                    REJECTED, HearingVariables.JOURNAL_REFERENCE, "Journalnummeret i udvalgets sag skal udfyldes.");
        }
        List<FieldError> errors = new ArrayList<>();
        InputRules.maxLength(
                errors,
                HearingVariables.JOURNAL_REFERENCE,
                "Journalnummeret i udvalgets sag",
                journal,
                InputRules.MAX_JOURNAL_REFERENCE);
        ValidationFailedException.throwIfAny(REJECTED, errors);
        hearings.markSubmitted(task.getExecution().getProcessBusinessKey(), journal, actor.of(task), clock.now());
    }
}
