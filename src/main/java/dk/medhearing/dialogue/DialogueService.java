package dk.medhearing.dialogue;

import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Starting dialogue meetings and registering them; the one place both start paths go through. */
@Service
public class DialogueService {

    private final DialogueValidator validator;
    private final DialogueRepository meetings;
    private final RuntimeService runtimeService;

    public DialogueService(DialogueValidator validator, DialogueRepository meetings, RuntimeService runtimeService) {
        this.validator = validator;
        this.meetings = meetings;
        this.runtimeService = runtimeService;
    }

    /** Starts a meeting from the API: validates first (400 with every broken rule, nothing started), then starts. */
    public DialogueMeeting start(DialogueInput input, String user) {
        validator.validate(input, user);
        runtimeService
                .createProcessInstanceByKey(DialogueVariables.PROCESS_ID)
                .businessKey(input.reference().trim())
                .setVariables(input.variables())
                .execute();
        return meetings.find(input.reference().trim()).orElseThrow();
    }

    /** Validates and stores the meeting with its participants, inside the process's start transaction. */
    public DialogueMeeting register(DialogueInput input, String createdBy) {
        DialogueValidator.Valid valid = validator.validate(input, createdBy);
        try {
            meetings.insert(valid.meeting(), valid.participants());
        } catch (DuplicateKeyException e) {
            throw ValidationFailedException.of(
                    DialogueValidator.REJECTED,
                    "reference",
                    "Journalnummeret " + valid.meeting().reference() + " er allerede brugt af et andet dialogmøde.");
        }
        return valid.meeting();
    }
}
