package dk.medhearing.hearing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Task_CollectResponseOverview: every CenterMED has submitted or timed out; HovedMED takes over. Sets the
 * received/missing overview (JSON, shown as a table in HovedMED's forms) and HovedMED as the working committee
 * ({@code committee}, {@code committeeName}: the candidate groups and forms of HovedMED's tasks read them). Which part
 * a task belongs to is not read from that variable: HovedMED's tasks name their own listeners
 * ({@code mainCommitteeMinutesTaskListener}, {@code mainCommitteeDraftResponseTaskListener},
 * {@code mainCommitteeSentBackListener}).
 */
@Component
class CollectResponseOverviewDelegate implements JavaDelegate {

    private final HearingService hearings;

    CollectResponseOverviewDelegate(HearingService hearings) {
        this.hearings = hearings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        execution.setVariable(HearingVariables.COMMITTEE, hearings.mainCommitteeId());
        execution.setVariable(HearingVariables.COMMITTEE_NAME, hearings.name(hearings.mainCommitteeId()));
        execution.setVariable(
                HearingVariables.COMMITTEE_OVERVIEW,
                Variables.objectValue(hearings.overview(reference))
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .create());
        hearings.mainCommitteeTakesOver(reference);
    }
}
