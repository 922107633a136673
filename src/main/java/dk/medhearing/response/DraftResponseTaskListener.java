package dk.medhearing.response;

import dk.medhearing.kit.Actor;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.kit.FormValues;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.delegate.DelegateTask;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static dk.medhearing.response.CommitteeResponseVariables.*;
import static dk.medhearing.kit.FormValues.*;

/**
 * "Udarbejd høringssvar": prefills the latest draft and the comments it was sent back with, validates and stores a
 * new version, and clears the previous approvals. Being sent back (state DRAFTING) is recorded when the process
 * takes the flow back ({@link ResponseSentBackListener}), not when this task is created. One bean per part
 * ({@link ResponseListeners}): {@code draftResponseTaskListener}, {@code mainCommitteeDraftResponseTaskListener}.
 */
class DraftResponseTaskListener extends FormTaskListener {

    static final String REJECTED = "Høringssvaret blev ikke gemt";

    private final ResponseRepository responses;
    private final Progress progress;
    private final Actor actor;
    private final EngineClock clock;

    DraftResponseTaskListener(ResponseRepository responses, Progress progress, Actor actor, EngineClock clock) {
        this.responses = responses;
        this.progress = progress;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    protected void prefill(DelegateTask task) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(NO_REMARKS, false);
        fields.put(RESPONSE_TEXT, null);
        fields.put(EMPLOYEE_REMARKS, null);
        fields.put(PREVIOUS_COMMENTS, null);
        responses.latest(ResponseKey.of(task).reference(), ResponseKey.of(task).committee()).ifPresent(draft -> {
            fields.put(NO_REMARKS, draft.noRemarks());
            fields.put(RESPONSE_TEXT, draft.text());
            fields.put(EMPLOYEE_REMARKS, draft.employeeRemarks());
            fields.put(PREVIOUS_COMMENTS, responses.approvals(draft.reference(), draft.committee(), draft.version())
                    .stream().filter(a -> !a.approved())
                    .map(a -> "Sendt tilbage af " + a.role().danish() + ": " + (a.comment() == null ? "" : a.comment()))
                    .collect(Collectors.joining("\n")));
        });
        FormValues.prefill(task, fields);
    }

    @Override
    protected void store(DelegateTask task) {
        boolean noRemarks = flag(task, NO_REMARKS);
        String text = text(task, RESPONSE_TEXT);
        if (!noRemarks && text == null) {
            throw ValidationFailedException.of(REJECTED, RESPONSE_TEXT,
                    "Skriv høringssvaret, eller sæt kryds i 'Ingen bemærkninger'.");
        }
        if (text != null && text.length() > 100_000) {
            throw ValidationFailedException.of(REJECTED, RESPONSE_TEXT, "Høringssvaret må højst være 100.000 tegn.");
        }
        String employeeRemarks = text(task, EMPLOYEE_REMARKS);
        if (employeeRemarks != null && employeeRemarks.length() > 100_000) {
            throw ValidationFailedException.of(REJECTED, EMPLOYEE_REMARKS,
                    "Medarbejdersidens bemærkninger må højst være 100.000 tegn.");
        }
        ResponseKey key = ResponseKey.of(task);
        responses.addDraft(key.reference(), key.committee(), noRemarks, noRemarks ? null : text,
                employeeRemarks, actor.of(task), clock.now());
        task.getExecution().setVariable(CHAIR_APPROVED, null);
        task.getExecution().setVariable(VICE_CHAIR_APPROVED, null);
        progress.record(ResponseKey.of(task), CommitteeState.AWAITING_APPROVAL);
    }

}
