package dk.medhearing.dialogue.process;

import dk.medhearing.kit.ProcessValues;
import dk.medhearing.dialogue.DialogueInput;
import dk.medhearing.dialogue.DialogueMeeting;
import dk.medhearing.dialogue.DialogueService;
import dk.medhearing.dialogue.configuration.DialogueParties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.List;

import static dk.medhearing.dialogue.DialogueVariables.*;

/**
 * Task_RegisterMeeting: validates what was submitted (start form or API) and stores the meeting with its
 * participants. Runs in the start transaction, so a rejected start leaves nothing behind. The submitted values are
 * then replaced with what the process needs from now on.
 */
@Component
class RegisterMeetingDelegate implements JavaDelegate {

    private final DialogueService service;
    private final DialogueParties parties;

    public RegisterMeetingDelegate(DialogueService service, DialogueParties parties) {
        this.service = service;
        this.parties = parties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DialogueInput input = DialogueInputReader.read(execution, execution.getProcessBusinessKey(), parties);
        DialogueMeeting meeting = service.register(input, (String) execution.getVariable(INITIATOR));
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(meeting.reference());
        }
        execution.setVariable(REFERENCE, meeting.reference());
        execution.setVariable(TITLE, meeting.title());
        execution.setVariable(MEETING_AT, ProcessValues.date(meeting.meetingAt()));
        execution.setVariable(MEETING_AT_TEXT, dk.medhearing.kit.DateTimes.danish(meeting.meetingAt()));
        execution.setVariable(HOST_GROUP, parties.host().groupId());
        execution.setVariable(PARTIES, ProcessValues.jsonList(parties.ids()));
        for (String submitted : List.of(MEETING_DATE, MEETING_TIME, PLACE, PARTICIPANTS)) {
            execution.removeVariable(submitted);
        }
    }
}
