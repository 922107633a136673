package dk.medhearing.dialogue.process;

import dk.medhearing.dialogue.DialogueInput;
import dk.medhearing.dialogue.DialogueMeeting;
import dk.medhearing.dialogue.DialogueService;
import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.List;

import static dk.medhearing.dialogue.DialogueVariables.HOST_GROUP;
import static dk.medhearing.dialogue.DialogueVariables.INITIATOR;
import static dk.medhearing.dialogue.DialogueVariables.MEETING_AT;
import static dk.medhearing.dialogue.DialogueVariables.MEETING_AT_TEXT;
import static dk.medhearing.dialogue.DialogueVariables.MEETING_DATE;
import static dk.medhearing.dialogue.DialogueVariables.MEETING_TIME;
import static dk.medhearing.dialogue.DialogueVariables.PARTICIPANTS;
import static dk.medhearing.dialogue.DialogueVariables.PARTIES;
import static dk.medhearing.dialogue.DialogueVariables.PLACE;
import static dk.medhearing.dialogue.DialogueVariables.REFERENCE;
import static dk.medhearing.dialogue.DialogueVariables.TITLE;

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
        execution.setVariable(MEETING_AT_TEXT, DateTimes.danish(meeting.meetingAt()));
        execution.setVariable(HOST_GROUP, parties.host().groupId());
        execution.setVariable(PARTIES, ProcessValues.jsonList(parties.ids()));
        for (String submitted : List.of(MEETING_DATE, MEETING_TIME, PLACE, PARTICIPANTS)) {
            execution.removeVariable(submitted);
        }
    }
}
