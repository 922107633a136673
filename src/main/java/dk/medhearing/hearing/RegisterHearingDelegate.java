package dk.medhearing.hearing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterHearing: validates what was submitted (start form or API) and stores the hearing. Runs in the start
 * transaction, so a rejected start leaves nothing behind: no process instance, no record.
 */
@Component
class RegisterHearingDelegate implements JavaDelegate {

    private final HearingService hearings;

    RegisterHearingDelegate(HearingService hearings) {
        this.hearings = hearings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HearingInput input = HearingStartVariables.input(execution, execution.getProcessBusinessKey());
        String initiator = (String) execution.getVariable(HearingVariables.INITIATOR);
        Hearing hearing = hearings.register(input, initiator);
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(hearing.reference());
        }
        HearingStartVariables.registered(execution, hearing, hearings.administrationGroup());
    }
}
