package dk.medhearing.hearing;

import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Unit;
import dk.medhearing.kit.Texts;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.InputRules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import static dk.medhearing.kit.Texts.trimmed;

/** The lists of a hearing start: the CenterMEDs to hear and the document links, each with its rules. */
final class HearingLists {

    static final int MAX_LINK = 2_000;
    static final int MAX_LINKS = 20;

    private HearingLists() {}

    static List<String> committees(Organisation organisation, List<String> requested, List<FieldError> errors) {
        List<String> known =
                organisation.localCommittees().stream().map(Unit::id).toList();
        if (requested == null) {
            return known;
        }
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (String id : requested) {
            String committee = trimmed(id);
            if (committee == null) {
                continue;
            }
            if (!known.contains(committee)) {
                errors.add(new FieldError(
                        "committees",
                        "Ukendt CenterMED '" + committee + "' (kendte: " + String.join(", ", known) + ")."));
            }
            chosen.add(committee);
        }
        if (chosen.isEmpty()) {
            errors.add(new FieldError("committees", "Mindst ét CenterMED skal høres."));
        }
        // the organisation's order, which is also the order of the appendix
        return known.stream().filter(chosen::contains).toList();
    }

    static List<String> documentLinks(List<String> links, List<FieldError> errors) {
        List<String> result = new ArrayList<>();
        List<String> given = links == null ? List.of() : links;
        if (given.size() > MAX_LINKS) {
            errors.add(new FieldError("documentLinks", "Der må højst være " + MAX_LINKS + " dokumentlinks."));
            return result;
        }
        for (String link : given) {
            if (!InputRules.plainText(errors, "documentLinks", "Links til høringsmaterialet", link, true)) {
                continue;
            }
            String value = trimmed(link);
            if (value == null) {
                continue;
            }
            if (value.length() > MAX_LINK) {
                errors.add(new FieldError("documentLinks", "Et dokumentlink må højst være " + MAX_LINK + " tegn."));
            } else if (!Texts.isWebLink(value)) {
                errors.add(new FieldError(
                        "documentLinks",
                        "Dokumentlinket '" + value
                                + "' skal være en webadresse, der starter med https:// eller http://."));
            }
            result.add(value);
        }
        return result;
    }
}
