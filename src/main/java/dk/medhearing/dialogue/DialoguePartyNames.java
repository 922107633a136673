package dk.medhearing.dialogue;

import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.dialogue.configuration.Party;
import org.springframework.stereotype.Component;

/**
 * The configured parties' names and which of them hosts, for modules outside this one (the case file) that may not
 * read the module's configuration.
 */
@Component
public class DialoguePartyNames {

    private final DialogueParties parties;

    public DialoguePartyNames(DialogueParties parties) {
        this.parties = parties;
    }

    /** The party's full name; its id for a party no longer configured. */
    public String name(String partyId) {
        return parties.party(partyId).map(Party::name).orElse(partyId);
    }

    public String hostId() {
        return parties.host().id();
    }
}
