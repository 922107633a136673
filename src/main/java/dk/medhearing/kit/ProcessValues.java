package dk.medhearing.kit;

import org.camunda.bpm.engine.variable.Variables;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;

/** Values as the engine keeps them: lists as JSON, date-times as {@link Date} (what timers and due dates read). */
public final class ProcessValues {

    private ProcessValues() {
    }

    /** A list the engine stores as JSON (Java serialization is off), usable as a multi-instance collection. */
    public static Object jsonList(Collection<String> values) {
        return Variables.objectValue(new ArrayList<>(values))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    public static Date date(OffsetDateTime time) {
        return time == null ? null : Date.from(time.toInstant());
    }
}
