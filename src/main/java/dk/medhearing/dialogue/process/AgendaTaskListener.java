package dk.medhearing.dialogue.process;

import dk.medhearing.dialogue.DialogueRecords.AgendaItem;
import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.dialogue.MeetingState;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.kit.FormValues;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dk.medhearing.dialogue.DialogueVariables.AGENDA_ITEMS;

/**
 * "Udarbejd dagsorden": the user writes the items, one per line; the system numbers them and puts
 * {@value #WELCOME} first and {@value #ANY_OTHER_BUSINESS} last.
 */
@Component
class AgendaTaskListener extends FormTaskListener {

    public static final String WELCOME = "Velkomst og godkendelse af dagsordenen";
    public static final String ANY_OTHER_BUSINESS = "Eventuelt";
    static final String REJECTED = "Dagsordenen blev ikke gemt";
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(\\d+[.)]|[-•*])\\s*");

    private final DialogueRepository meetings;

    public AgendaTaskListener(DialogueRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    protected void prefill(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        List<AgendaItem> agenda = meetings.agenda(reference);
        String own = agenda.size() <= 2
                ? null
                : agenda.subList(1, agenda.size() - 1).stream()
                        .map(AgendaItem::title)
                        .collect(Collectors.joining("\n"));
        FormValues.prefill(task, Map.of(AGENDA_ITEMS, own == null ? "" : own));
    }

    @Override
    protected void store(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        List<String> items = agenda(FormValues.text(task, AGENDA_ITEMS));
        if (items.size() <= 2) {
            throw ValidationFailedException.of(
                    REJECTED, AGENDA_ITEMS, "Skriv mindst ét dagsordenspunkt ud over velkomst og eventuelt.");
        }
        if (items.stream().anyMatch(item -> item.length() > 500)) {
            throw ValidationFailedException.of(REJECTED, AGENDA_ITEMS, "Et dagsordenspunkt må højst være 500 tegn.");
        }
        meetings.replaceAgenda(reference, items);
        meetings.updateState(reference, MeetingState.STATUS_NOTE_PENDING);
    }

    /** The full agenda from the user's lines: numbering removed, the fixed first and last items added once. */
    static List<String> agenda(String text) {
        List<String> items = new ArrayList<>();
        items.add(WELCOME);
        if (text != null) {
            Arrays.stream(text.split("\\R"))
                    .map(line -> NUMBERING.matcher(line).replaceFirst("").trim())
                    .filter(line -> !line.isEmpty())
                    .filter(line -> !line.equalsIgnoreCase(WELCOME) && !line.equalsIgnoreCase(ANY_OTHER_BUSINESS))
                    .forEach(items::add);
        }
        items.add(ANY_OTHER_BUSINESS);
        return items;
    }
}
