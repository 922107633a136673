package dk.medhearing.security;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * How our engine plugins guard the engine's commands: an interceptor in both command chains, after the command
 * context opens (so it sees the authenticated user, before the command runs), and the protected fields of Camunda
 * 7.24's commands, which have no getters.
 */
public final class EngineCommands {

    private EngineCommands() {}

    /** Adds a new interceptor to each chain (REQUIRED and REQUIRES_NEW): an interceptor links to one chain only. */
    public static void guard(ProcessEngineConfigurationImpl configuration, Supplier<CommandInterceptor> interceptor) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
                with(configuration.getCustomPostCommandInterceptorsTxRequired(), interceptor.get()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), interceptor.get()));
    }

    /** A protected field, looked up once; a Camunda upgrade that renames it fails at the first command. */
    public static Field field(Class<?> declaring, String name) {
        try {
            Field field = declaring.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's " + declaring.getSimpleName() + " has no field " + name, e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> T value(Field field, Object command) {
        try {
            return (T) field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
        List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        interceptors.add(added);
        return interceptors;
    }
}
