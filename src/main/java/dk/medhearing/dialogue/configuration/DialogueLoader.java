package dk.medhearing.dialogue.configuration;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.medhearing.committee.ConfigFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and validates {@code config/dialogue.yaml}, in the style of the organisation loader: every rule broken is
 * reported in one {@link DialogueConfigException} naming the file, the entry and the rule.
 */
final class DialogueLoader {

    public DialogueParties load(Path file) {
        FileDto dto = ConfigFiles.read(
                file, FileDto.class, "the dialogue file", "medhearing.dialogue.file", DialogueConfigException::new);
        List<String> errors = new ArrayList<>();
        List<Party> parties = new ArrayList<>();
        List<PartyDto> partyDtos = dto.parties() == null ? List.of() : dto.parties();
        if (partyDtos.size() != 2) {
            errors.add("parties: a dialogue meeting has exactly two parties, found " + partyDtos.size());
        }
        Set<String> partyIds = new HashSet<>();
        Set<String> personIds = new HashSet<>();
        for (int i = 0; i < partyDtos.size(); i++) {
            PartyDto p = partyDtos.get(i);
            String entry = "parties[" + i + "]" + (p.id() == null ? "" : " '" + p.id() + "'");
            if (blank(p.id())) {
                errors.add(entry + ": id is required");
            } else if (!ConfigFiles.ID.matcher(p.id()).matches()) {
                errors.add(entry + ": id must be lower case letters, digits, '.', '_' or '-'");
            } else if (!partyIds.add(p.id())) {
                errors.add(entry + ": duplicate party id '" + p.id() + "'");
            }
            if (blank(p.name())) {
                errors.add(entry + ": name is required");
            }
            email(entry, p.email(), errors);
            List<Participant> participants = new ArrayList<>();
            List<Participant> participantDtos = p.participants() == null ? List.of() : p.participants();
            if (participantDtos.isEmpty()) {
                errors.add(entry + ": at least one participant is required");
            }
            for (int j = 0; j < participantDtos.size(); j++) {
                Participant person = participantDtos.get(j);
                String personEntry =
                        entry + ".participants[" + j + "]" + (person.id() == null ? "" : " '" + person.id() + "'");
                if (blank(person.id())) {
                    errors.add(personEntry + ": id is required");
                } else if (!ConfigFiles.ID.matcher(person.id()).matches()) {
                    errors.add(personEntry + ": id must be lower case letters, digits, '.', '_' or '-'");
                } else if (!personIds.add(person.id())) {
                    errors.add(personEntry + ": duplicate person id '" + person.id()
                            + "' (a person takes part for one party)");
                }
                if (blank(person.name())) {
                    errors.add(personEntry + ": name is required");
                }
                if (blank(person.title())) {
                    errors.add(personEntry + ": title is required (the minutes list it)");
                }
                email(personEntry, person.email(), errors);
                participants.add(person);
            }
            parties.add(new Party(
                    p.id(),
                    p.name(),
                    blank(p.shortName()) ? p.name() : p.shortName(),
                    p.email(),
                    Boolean.TRUE.equals(p.host()),
                    participants));
        }
        long hosts = parties.stream().filter(Party::host).count();
        if (hosts != 1) {
            errors.add(
                    "parties: exactly one party must be 'host: true' (it prepares agenda and minutes), found " + hosts);
        }
        if (!errors.isEmpty()) {
            throw new DialogueConfigException(
                    file + ": " + errors.size() + " rule(s) broken:\n  - " + String.join("\n  - ", errors), null);
        }
        return new DialogueParties(parties);
    }

    private static void email(String entry, String email, List<String> errors) {
        if (blank(email)) {
            errors.add(entry + ": email is required");
        } else if (!ConfigFiles.EMAIL.matcher(email).matches()) {
            errors.add(entry + ": email '" + email + "' is not an e-mail address");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    record FileDto(List<PartyDto> parties) {}

    record PartyDto(
            String id,
            String name,
            @JsonProperty("short-name") String shortName,
            String email,
            Boolean host,
            List<Participant> participants) {}
}
