package dk.medhearing.security;

import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;

import java.lang.reflect.Field;

/** Reads the protected fields of the engine's filter commands (they have no getters). */
final class FilterCommandFields {

    private static final Field FILTER_ID = field(AbstractExecuteFilterCmd.class, "filterId");
    private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");
    private static final Field FILTER = field(SaveFilterCmd.class, "filter");

    private FilterCommandFields() {
    }

    static String filterIdOf(AbstractExecuteFilterCmd command) {
        return (String) read(FILTER_ID, command);
    }

    static Object extendingQueryOf(AbstractExecuteFilterCmd command) {
        return read(EXTENDING_QUERY, command);
    }

    static Filter filterOf(SaveFilterCmd command) {
        return (Filter) read(FILTER, command);
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's " + type.getSimpleName() + " has no field " + name, e);
        }
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
