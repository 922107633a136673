package dk.medhearing.dialogue.configuration;

import java.util.List;
import java.util.Optional;

/**
 * One of the two authorities of a dialogue meeting. {@code shortName} is how the minutes name it ("Jobcentret");
 * the host prepares agenda, status note and minutes.
 */
public record Party(
        String id, String name, String shortName, String email, boolean host, List<Participant> participants) {

    public static final String GROUP_PREFIX = "dialog-";

    public Party {
        participants = List.copyOf(participants);
    }

    /** The Camunda group of the party's participants. */
    public String groupId() {
        return GROUP_PREFIX + id;
    }

    public Optional<Participant> participant(String personId) {
        return participants.stream().filter(p -> p.id().equals(personId)).findFirst();
    }
}
