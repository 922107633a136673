package dk.medhearing.document;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service tasks that render or archive a document run in their own job with a retry cycle: a failure is retried
 * and then becomes an incident in Cockpit, never a hearing stuck in its approvers' transaction.
 */
class RenderJobsTest {

    @ParameterizedTest
    @CsvSource({
        "HearingProcess, Task_StoreConsolidatedDocument",
        "HearingProcess, Task_SendConsolidatedResponse",
        "DialogueMeetingProcess, Task_SendApprovedMinutes"
    })
    void shouldRunEachRenderInItsOwnRetriedJob(String process, String task) {
        // given the deployed process model
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + process + ".bpmn"));

        // when the rendering service task is read
        ServiceTask serviceTask = model.getModelElementById(task);

        // then it is asynchronous before and has a retry cycle
        assertThat(serviceTask.isCamundaAsyncBefore()).isTrue();
        assertThat(serviceTask
                        .getExtensionElements()
                        .getElementsQuery()
                        .filterByType(CamundaFailedJobRetryTimeCycle.class)
                        .singleResult()
                        .getTextContent())
                .isNotBlank();
    }
}
