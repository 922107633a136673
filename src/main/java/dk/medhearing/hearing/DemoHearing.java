package dk.medhearing.hearing;

import dk.medhearing.calendar.WorkingDayCalendar;
import dk.medhearing.kit.EngineClock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * On the first start of the default profile, a hearing modelled on the 2015 restructuring of the employment
 * services is running, so a CenterMED chair who logs in to Tasklist has a task at once. Off in prod and tests.
 */
@Component
@ConditionalOnProperty(name = "medhearing.demo.enabled", havingValue = "true")
class DemoHearing {

    static final String REFERENCE = "BIF-2026-0001";
    static final String DEMO_USER = "karen.holm";
    private static final Logger log = LoggerFactory.getLogger(DemoHearing.class);

    private final HearingService hearings;
    private final HearingRepository repository;
    private final WorkingDayCalendar calendar;
    private final EngineClock clock;
    private final IdentityService identityService;

    DemoHearing(
            HearingService hearings,
            HearingRepository repository,
            WorkingDayCalendar calendar,
            EngineClock clock,
            IdentityService identityService) {
        this.hearings = hearings;
        this.repository = repository;
        this.calendar = calendar;
        this.clock = clock;
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void startOnFirstRun() {
        if (!repository.findAll().isEmpty()) {
            return;
        }
        LocalDate today = clock.now().toLocalDate();
        OffsetDateTime orientation = at(calendar.addWorkingDays(today, 1), LocalTime.of(14, 0));
        OffsetDateTime deadline = at(calendar.addWorkingDays(today, 10), LocalTime.of(12, 0));
        OffsetDateTime mainMeeting = at(calendar.addWorkingDays(today, 12), LocalTime.of(10, 0));
        OffsetDateTime committeeMeeting = at(calendar.addWorkingDays(today, 17), LocalTime.of(16, 0));
        HearingInput input = new HearingInput(
                REFERENCE,
                "Omlægning af beskæftigelsesindsatsen",
                "Forvaltningen foreslår at styrke den virksomhedsrettede indsats med tværgående teams af job- og "
                        + "virksomhedskonsulenter og at udskyde den nye budgetmodel for beskæftigelsescentrene til 2017. "
                        + "CenterMEDerne bedes drøfte forslaget på et ekstraordinært møde og afgive høringssvar.",
                List.of("https://example.org/bif/omlaegning-af-beskaeftigelsesindsatsen.pdf"),
                null,
                deadline.toString(),
                new HearingInput.OrientationMeeting(orientation.toString(), "Store mødesal, Gyldenløvesgade 15"),
                mainMeeting.toString(),
                committeeMeeting.toString(),
                null);
        identityService.setAuthentication(
                DEMO_USER,
                identityService.createGroupQuery().groupMember(DEMO_USER).list().stream()
                        .map(Group::getId)
                        .toList());
        try {
            hearings.start(input, DEMO_USER);
            log.info("Started the demo hearing {} (deadline {})", REFERENCE, deadline);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static OffsetDateTime at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(EngineClock.ZONE).toOffsetDateTime();
    }
}
