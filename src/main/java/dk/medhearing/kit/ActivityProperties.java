package dk.medhearing.kit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * A fixed setting of the activity being executed, read from its {@code camunda:properties} in the BPMN file (the
 * modeler's "Extension properties"). Unlike an input parameter it costs no variable: nothing is written for it.
 */
public final class ActivityProperties {

    private ActivityProperties() {}

    /** The value of the current activity's property {@code name}; fails if the BPMN file does not set it. */
    public static String require(DelegateExecution execution, String name) {
        return require(execution.getBpmnModelElementInstance(), execution.getCurrentActivityId(), name);
    }

    /** The value of the user task's property {@code name}; fails if the BPMN file does not set it. */
    public static String require(DelegateTask task, String name) {
        return require(task.getBpmnModelElementInstance(), task.getTaskDefinitionKey(), name);
    }

    private static String require(FlowElement element, String activityId, String name) {
        ExtensionElements extensions = element == null ? null : element.getExtensionElements();
        if (extensions != null) {
            for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
                for (CamundaProperty property : properties.getCamundaProperties()) {
                    if (name.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
                        return property.getCamundaValue();
                    }
                }
            }
        }
        throw new IllegalStateException("Activity " + activityId + " has no property '" + name + "' in its BPMN file");
    }
}
