package dk.medhearing.kit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.xml.datatype.DatatypeFactory;

import static org.assertj.core.api.Assertions.assertThat;

class DatatypeFactoryPluginTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(DatatypeFactoryPlugin.PROPERTY);
        System.clearProperty(DatatypeFactoryPlugin.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(DatatypeFactoryPlugin.PROPERTY);
        } else {
            System.setProperty(DatatypeFactoryPlugin.PROPERTY, before);
        }
    }

    @Test
    void namesTheFactoryTheClassPathScanWouldHaveFound() throws Exception {
        // given the factory found without a name (the scan, then the JDK's)
        Class<?> scanned = DatatypeFactory.newInstance().getClass();

        // when the engine is configured
        new DatatypeFactoryPlugin().preInit(null);

        // then it is named, and it is the same factory
        assertThat(System.getProperty(DatatypeFactoryPlugin.PROPERTY)).isEqualTo(scanned.getName());
        assertThat(DatatypeFactory.newInstance().getClass()).isEqualTo(scanned);
    }

    @Test
    void keepsTheOperatorsFactory() {
        // given an operator's choice
        System.setProperty(DatatypeFactoryPlugin.PROPERTY, "org.example.TheirFactory");

        // when the engine is configured
        new DatatypeFactoryPlugin().preInit(null);

        // then it stays
        assertThat(System.getProperty(DatatypeFactoryPlugin.PROPERTY)).isEqualTo("org.example.TheirFactory");
    }
}
