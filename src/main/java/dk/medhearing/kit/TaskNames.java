package dk.medhearing.kit;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A user task's name as Tasklist shows it (list, header, search): the diagram's label followed by the hearing's (or
 * dialogue meeting's) reference and title, "Indkald til ekstraordinært CenterMED-møde · BIF-2026-0042 Samling af
 * jobcentrets rådgivning", so a chair with two hearings tells their tasks apart. The diagram keeps its static label
 * (Cockpit shows that); the name is a display property set when the task is created, never business state.
 */
public final class TaskNames {

    /** Camunda's {@code ACT_RU_TASK.NAME_} and {@code ACT_HI_TASKINST.NAME_} hold 255 characters. */
    public static final int MAX_LENGTH = 255;
    /** Between the label and the hearing; {@link #label} cuts there. */
    public static final String SEPARATOR = " · ";

    private static final String ELLIPSIS = "…";
    private static final String REFERENCE = "reference";
    private static final String TITLE = "title";

    private TaskNames() {}

    /** Names {@code task} for its hearing, from the process variables {@code reference} and {@code title}. */
    public static void nameForHearing(DelegateTask task) {
        Object reference = task.getVariable(REFERENCE);
        task.setName(withHearing(
                task.getName(),
                reference == null ? task.getExecution().getProcessBusinessKey() : reference.toString(),
                task.getVariable(TITLE) == null ? null : task.getVariable(TITLE).toString()));
    }

    /**
     * {@code label · reference title}, at most {@link #MAX_LENGTH} characters (a long title ends in "…"); the label
     * alone when there is no reference; unchanged when it already names a hearing.
     */
    public static String withHearing(String label, String reference, String title) {
        String base = oneLine(label);
        String ref = oneLine(reference);
        if (ref.isEmpty() || base.contains(SEPARATOR)) {
            return cut(base, MAX_LENGTH);
        }
        String named = base + SEPARATOR + ref;
        String text = oneLine(title);
        if (named.length() >= MAX_LENGTH - 1 || text.isEmpty()) {
            return cut(named, MAX_LENGTH);
        }
        return named + " " + cut(text, MAX_LENGTH - named.length() - 1);
    }

    /** The diagram's label of a name made by {@link #withHearing} (for pages about one hearing). */
    public static String label(String name) {
        if (name == null) {
            return null;
        }
        int at = name.indexOf(SEPARATOR);
        return at < 0 ? name : name.substring(0, at);
    }

    /** Line breaks, tabs and other control characters become single spaces: a name is one line. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.max(end, 0)).stripTrailing() + ELLIPSIS;
    }
}
