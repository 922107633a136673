package dk.medhearing.kit;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import javax.xml.datatype.DatatypeFactory;

/**
 * Names the JDK's XML {@link DatatypeFactory} for the engine, unless the operator named one. The engine creates a
 * factory ({@code DatatypeFactory.newInstance()}, in {@code DurationHelper}) each time it reads a retry cycle, that is
 * for every job and timer of an activity with {@code failedJobRetryTimeCycle} (every mail step and reminder timer of
 * ours), and an unnamed factory is looked for with a ServiceLoader scan of every jar on the class path before the
 * JDK's is taken (no jar of ours provides one): 3 % of the request threads' samples in the flight recording of the
 * benchmark's s2 (docs/benchmarks.md). Named, the same factory is a class lookup.
 */
@Component
class DatatypeFactoryPlugin extends AbstractProcessEnginePlugin {

    static final String PROPERTY = DatatypeFactory.DATATYPEFACTORY_PROPERTY;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        nameJdkFactory();
    }

    /** The JDK's factory named, unless a factory is named already. */
    static void nameJdkFactory() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }
}
