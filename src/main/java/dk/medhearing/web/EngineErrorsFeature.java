package dk.medhearing.web;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

import java.util.List;

/**
 * Registers our {@link ValidationExceptionMapper}s on every Jersey application of the app: the engine REST API
 * ({@code /engine-rest}) and the webapps' engine API ({@code /camunda/api/engine}, Camunda's
 * {@code EngineRestApplication}, which we cannot configure otherwise). Listed in
 * {@code META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}.
 */
public class EngineErrorsFeature implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        for (Class<?> mapper : List.<Class<?>>of(
                ValidationExceptionMapper.class,
                ValidationExceptionMapper.Rest.class,
                ValidationExceptionMapper.Unexpected.class,
                UnreadableJsonMapper.class,
                UnreadableJsonMapper.WrongShape.class)) {
            if (!context.getConfiguration().isRegistered(mapper)) {
                context.register(mapper);
            }
        }
    }
}
