package dk.medhearing.response;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Which committee's response a task or service task is about: the hearing's reference (the business key) and the
 * committee (the {@code committee} variable, passed in by HearingProcess's call activity).
 */
public record ResponseKey(String reference, String committee) {

    public static ResponseKey of(DelegateExecution execution) {
        return new ResponseKey(execution.getProcessBusinessKey(), committee(execution));
    }

    public static ResponseKey of(DelegateTask task) {
        return new ResponseKey(task.getExecution().getProcessBusinessKey(), committee(task));
    }

    private static String committee(VariableScope scope) {
        return (String) scope.getVariable(CommitteeResponseVariables.COMMITTEE);
    }
}
