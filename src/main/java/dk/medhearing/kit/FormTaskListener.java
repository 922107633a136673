package dk.medhearing.kit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A user task with a form: on {@code create} its fields are prefilled on the task itself and the task is named for its
 * hearing ({@link TaskNames}), on {@code complete} the submitted fields are validated and stored in our tables (a
 * broken rule throws and the task stays open).
 */
public abstract class FormTaskListener implements TaskListener {

    @Override
    public final void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            prefill(task);
            TaskNames.nameForHearing(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            store(task);
        }
    }

    protected abstract void prefill(DelegateTask task);

    protected abstract void store(DelegateTask task);
}
