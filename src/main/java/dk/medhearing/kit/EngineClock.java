package dk.medhearing.kit;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** "Now" as the process engine sees it, so tests that move the engine clock move our rules with it. */
@Component
public class EngineClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
    }
}
