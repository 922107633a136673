package dk.medhearing.dialogue.configuration;

import dk.medhearing.committee.ExternalGroup;
import dk.medhearing.committee.Member;
import dk.medhearing.committee.Side;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Reads the dialogue parties once at startup, and hands them to the identity sync as groups of their own. */
@Configuration
class DialogueConfiguration {

    @Bean
    public DialogueParties dialogueParties(DialogueProperties properties) {
        return new DialogueLoader().load(properties.file());
    }

    /** A group per party ({@code dialog-<party>}) with its participants, synced like the MED organisation. */
    @Bean
    public ExternalGroup.Source dialoguePartyGroups(DialogueParties parties) {
        return () -> parties.parties().stream()
                .map(party -> new ExternalGroup(
                        party.groupId(),
                        "Dialogmøder – " + party.name(),
                        party.participants().stream()
                                .map(p -> new Member(p.id(), p.name(), p.email(), Side.MANAGEMENT, Set.of(), p.title()))
                                .toList()))
                .toList();
    }
}
