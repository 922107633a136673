package dk.medhearing.kit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ActivityPropertiesTest {

    private static final String MODEL = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
              <process id="Process_Test" isExecutable="true">
                <serviceTask id="Task_WithProperty" camunda:expression="${true}">
                  <extensionElements>
                    <camunda:properties>
                      <camunda:property name="other" value="x"/>
                      <camunda:property name="reminder" value="FINAL"/>
                    </camunda:properties>
                  </extensionElements>
                </serviceTask>
                <serviceTask id="Task_WithoutProperty" camunda:expression="${true}"/>
              </process>
            </definitions>
            """;

    private final BpmnModelInstance model =
            Bpmn.readModelFromStream(new ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8)));

    @Test
    void shouldReadTheNamedPropertyOfTheCurrentActivity() {
        // given an execution at a task whose BPMN sets the property
        DelegateExecution execution = at("Task_WithProperty");

        // when / then
        assertThat(ActivityProperties.require(execution, "reminder")).isEqualTo("FINAL");
    }

    @Test
    void shouldFailNamingTheActivityAndThePropertyWhenTheBpmnDoesNotSetIt() {
        // given an execution at a task without properties
        DelegateExecution execution = at("Task_WithoutProperty");

        // when / then
        assertThatThrownBy(() -> ActivityProperties.require(execution, "reminder"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Task_WithoutProperty")
                .hasMessageContaining("'reminder'");
    }

    private DelegateExecution at(String activityId) {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getBpmnModelElementInstance()).thenReturn(model.getModelElementById(activityId));
        when(execution.getCurrentActivityId()).thenReturn(activityId);
        return execution;
    }
}
