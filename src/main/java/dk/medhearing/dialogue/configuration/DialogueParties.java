package dk.medhearing.dialogue.configuration;

import java.util.List;
import java.util.Optional;

/** The configured parties of dialogue meetings, in the file's order. */
public record DialogueParties(List<Party> parties) {

    public DialogueParties {
        parties = List.copyOf(parties);
    }

    public Optional<Party> party(String id) {
        return parties.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Party require(String id) {
        return party(id).orElseThrow(() -> new IllegalArgumentException("Unknown dialogue party " + id));
    }

    public Party host() {
        return parties.stream().filter(Party::host).findFirst().orElseThrow();
    }

    /** The party a person takes part for. */
    public Optional<Party> partyOf(String personId) {
        return parties.stream().filter(p -> p.participant(personId).isPresent()).findFirst();
    }

    public List<String> ids() {
        return parties.stream().map(Party::id).toList();
    }
}
