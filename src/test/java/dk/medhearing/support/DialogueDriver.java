package dk.medhearing.support;

import dk.medhearing.dialogue.DialogueInput;
import dk.medhearing.dialogue.DialogueService;
import dk.medhearing.dialogue.DialogueVariables;
import dk.medhearing.dialogue.FormJson;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Drives dialogue meetings as the real users would, on top of {@link HearingDriver}'s claim + submit-form and its
 * due jobs per business key. The region hosts: Jan Hendeliowitz prepares and records; Morten Binder approves for
 * the jobcenter.
 */
public class DialogueDriver {

    public static final String HOST = "jan.hendeliowitz";
    public static final String JOBCENTER = "morten.binder";
    public static final Map<String, List<String>> SEED_PARTICIPANTS = seedParticipants();

    private final HearingDriver driver;
    private final DialogueService service;

    public DialogueDriver(HearingDriver driver, DialogueService service) {
        this.driver = driver;
        this.service = service;
    }

    /** A journal number in the region's form, unique enough for a test run: "07-320-12345". */
    public static String newReference() {
        return String.format(
                "%02d-%03d-%d",
                ThreadLocalRandom.current().nextInt(100),
                ThreadLocalRandom.current().nextInt(1000),
                ThreadLocalRandom.current().nextInt(1, 1_000_000));
    }

    /** The meeting of the 2008 minutes, a week from the engine's now at 10.00. */
    public DialogueInput input(String reference) {
        return new DialogueInput(
                reference,
                "Dialogmøde om jobcentrets resultater",
                meetingAt().toLocalDateTime().toString(),
                "Beskæftigelsesregionen, Hovedstaden & Sjælland",
                SEED_PARTICIPANTS);
    }

    public OffsetDateTime meetingAt() {
        return driver.now().plusDays(7).withHour(10).withMinute(0).withSecond(0).withNano(0);
    }

    public void start(String reference) {
        DialogueInput input = input(reference);
        driver.as("karen.holm", () -> service.start(input, "karen.holm"));
        driver.executeJobs(reference);
    }

    /** Agenda, status note and the invitation, as before the 2008 meeting. */
    public void prepare(String reference) {
        driver.complete(
                reference,
                "Task_DraftAgenda",
                HOST,
                Map.of(
                        DialogueVariables.AGENDA_ITEMS,
                        "Arbejdskraftreserven\nUnge på overførselsindkomst\nNy chance til alle\nSygedagpengeområdet"));
        driver.complete(
                reference,
                "Task_WriteStatusNote",
                HOST,
                Map.of(
                        DialogueVariables.STATUS_NOTE_TEXT,
                        "Statusnotat om jobcentrets resultater.",
                        DialogueVariables.STATUS_NOTE_LINK,
                        "https://example.org/statusnotat.pdf"));
        driver.executeJobs(reference);
    }

    /** The engine clock passes the meeting's time (two hours after it starts). */
    public void holdMeeting(String reference, OffsetDateTime meetingAt) {
        driver.moveClockTo(meetingAt.plusHours(2));
        driver.executeJobs(reference);
    }

    public static final List<String> AGENDA = List.of(
            "Velkomst og godkendelse af dagsordenen",
            "Arbejdskraftreserven",
            "Unge på overførselsindkomst",
            "Ny chance til alle",
            "Sygedagpengeområdet",
            "Eventuelt");

    /** Minutes for each of the six items of the seed's agenda, with the given follow-up actions. */
    public void recordMinutes(String reference, List<Map<String, Object>> followUps) {
        recordMinutes(
                reference,
                AGENDA.stream()
                        .map(t -> "Drøftelse af " + t.toLowerCase() + ".")
                        .toList(),
                followUps);
    }

    /** Minutes with the given discussion of each of the six items. */
    public void recordMinutes(String reference, List<String> discussions, List<Map<String, Object>> followUps) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> titles = AGENDA;
        for (int i = 0; i < titles.size(); i++) {
            // only the fields the form has, in agenda order, as Tasklist submits them
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("discussion", discussions.get(i));
            item.put("decisions", i == 0 ? "Med disse bemærkninger blev dagsordenen godkendt." : "");
            items.add(item);
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put(DialogueVariables.MINUTES, FormJson.value(items));
        vars.put(DialogueVariables.FOLLOW_UP_ACTIONS, FormJson.value(followUps));
        driver.complete(reference, "Task_RecordMinutes", HOST, vars);
    }

    public static Map<String, Object> followUp(
            String description, String party, String person, LocalDate due, boolean reviseStatusNote) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("description", description);
        action.put("agendaItem", "");
        action.put("responsibleParty", party);
        action.put("responsiblePerson", person);
        action.put("dueDate", due.toString());
        action.put("reviseStatusNote", reviseStatusNote);
        return action;
    }

    public void decide(String reference, String user, boolean approve, String comment) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(
                DialogueVariables.DECISION,
                approve ? DialogueVariables.DECISION_APPROVE : DialogueVariables.DECISION_SEND_BACK);
        vars.put(DialogueVariables.APPROVAL_COMMENT, comment);
        driver.complete(reference, "Task_ApproveMinutes", user, vars);
    }

    public void approveByBoth(String reference) {
        decide(reference, JOBCENTER, true, null);
        decide(reference, HOST, true, null);
        driver.executeJobs(reference);
    }

    public void closeFollowUp(String reference, String user, String outcome) {
        driver.complete(reference, "Task_CloseFollowUp", user, Map.of(DialogueVariables.OUTCOME, outcome));
        driver.executeJobs(reference);
    }

    private static Map<String, List<String>> seedParticipants() {
        Map<String, List<String>> participants = new LinkedHashMap<>();
        participants.put(
                "jobcenter",
                List.of(
                        "morten.binder",
                        "ole.christiansen",
                        "michael.kornager",
                        "mette.munk.sauvr",
                        "anne.oesterby",
                        "marie.louise.laursen"));
        participants.put(
                "region", List.of("jan.hendeliowitz", "marianne.sumborg", "susanne.hansen", "merete.groenlund"));
        return participants;
    }
}
