package dk.medhearing.response;

import dk.medhearing.kit.Actor;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.kit.FormValues;
import dk.medhearing.response.ResponseForms.MinutesForm;
import org.camunda.bpm.engine.delegate.DelegateTask;

import java.util.Map;

/**
 * "Registrér referat": prefills the minutes header from the meeting and the organisation (editable: who actually
 * came), and records the minutes ({@link CommitteeResponseService#recordMinutes}). One bean per part
 * ({@link ResponseListeners}): a CenterMED's ({@code minutesTaskListener}) and HovedMED's
 * ({@code mainCommitteeMinutesTaskListener}), whose meeting is the hearing's planned one.
 */
class MinutesTaskListener extends FormTaskListener {

    private final CommitteeResponseService service;
    private final Progress progress;
    private final Actor actor;

    MinutesTaskListener(CommitteeResponseService service, Progress progress, Actor actor) {
        this.service = service;
        this.progress = progress;
        this.actor = actor;
    }

    @Override
    protected void prefill(DelegateTask task) {
        ResponseKey key = ResponseKey.of(task);
        FormValues.prefill(task, defaults(key.reference(), key.committee()));
    }

    Map<String, Object> defaults(String reference, String committee) {
        return service.minutesDefaults(reference, committee, progress);
    }

    @Override
    protected void store(DelegateTask task) {
        service.recordMinutes(ResponseKey.of(task), MinutesForm.of(task), actor.of(task), progress);
    }
}
