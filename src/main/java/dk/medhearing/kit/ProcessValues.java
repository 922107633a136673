package dk.medhearing.kit;

import org.camunda.bpm.engine.variable.Variables;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;

/** Values as the engine keeps them: lists as JSON, date-times as {@link Date} (what timers and due dates read). */
public final class ProcessValues {

    /**
     * Camunda's String variables (and form history entries) hold at most 4,000 characters: a longer text is passed
     * on transient or JSON-serialised ({@link FormValues#prefill}, the form guard), never stored as a String.
     */
    public static final int STRING_VARIABLE_LIMIT = 4000;

    private ProcessValues() {}

    /** A list the engine stores as JSON (Java serialization is off), usable as a multi-instance collection. */
    public static Object jsonList(Collection<String> values) {
        return Variables.objectValue(new ArrayList<>(values))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .create();
    }

    public static Date date(OffsetDateTime time) {
        return time == null ? null : Date.from(time.toInstant());
    }
}
