package dk.medhearing.notification;

import dk.medhearing.calendar.CalendarInvites;
import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Role;
import dk.medhearing.committee.Side;
import dk.medhearing.committee.Unit;
import dk.medhearing.committee.UnitType;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.hearing.HearingVisibility;
import dk.medhearing.hearing.MainCommitteeState;
import dk.medhearing.mail.Mail;
import dk.medhearing.mail.MailOutbox;
import dk.medhearing.mail.MailProperties;
import dk.medhearing.mail.MailTemplates;
import dk.medhearing.response.MeetingRepository;
import dk.medhearing.response.ResponseRepository;
import dk.medhearing.schedule.HearingSchedule;
import dk.medhearing.security.AccessPolicy;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Which mails a hearing's opening writes to the outbox, for an organisation where a person sits in two CenterMEDs. */
class HearingNotificationsTest {

    private static final Member BOTH =
            new Member("lone.berg", "Lone Berg", "lone.berg@example.org", Side.EMPLOYEE, Set.of(Role.MEMBER), null);

    @Test
    void shouldWriteOneOpeningMailPerCommitteeForAPersonInTwoCommittees() {
        // given a hearing of AMC and JKU, and Lone Berg sits in both
        Organisation organisation = new Organisation(
                "Testkommune",
                List.of(
                        new Unit("hr", UnitType.ADMINISTRATION, "HR", "Enhed for HR", "hr@example.org", List.of()),
                        new Unit("amc", UnitType.LOCAL_COMMITTEE, "AMC", "AMC", null, List.of(BOTH)),
                        new Unit("jku", UnitType.LOCAL_COMMITTEE, "JKU", "JKU", null, List.of(BOTH))));
        HearingRepository hearings = mock(HearingRepository.class);
        OffsetDateTime now = OffsetDateTime.parse("2026-12-01T10:00:00+01:00");
        when(hearings.find("BIF-2026-0042"))
                .thenReturn(Optional.of(Hearing.builder()
                        .reference("BIF-2026-0042")
                        .title("Omlægning")
                        .summary("Forslag")
                        .documentLinks(List.of())
                        .committees(List.of("amc", "jku"))
                        .publishedAt(now)
                        .responseDeadline(now.plusDays(14))
                        .mainMeetingAt(now.plusDays(16))
                        .politicalMeetingAt(now.plusDays(20))
                        .createdBy("karen.holm")
                        .mainState(MainCommitteeState.values()[0])
                        .windowWorkingDays(10)
                        .build()));
        MailOutbox outbox = mock(MailOutbox.class);
        HearingNotifications notifications = new HearingNotifications(
                hearings,
                mock(MeetingRepository.class),
                mock(ResponseRepository.class),
                organisation,
                new MailTemplates(),
                outbox,
                new CalendarInvites(),
                mock(HearingSchedule.class),
                new MailProperties("medhearing <noreply@example.org>", "http://localhost:8080", "R3/PT5M"),
                new HearingVisibility(organisation, new AccessPolicy(organisation)));

        // when the hearing opens
        notifications.hearingOpened("BIF-2026-0042");

        // then she gets two mails, one per committee, with keys the outbox keeps apart
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<Mail>> written = ArgumentCaptor.forClass(List.class);
        verify(outbox).enqueueAll(written.capture());
        List<Mail> mails = written.getValue();
        assertThat(mails).extracting(m -> m.to().email()).containsExactly(BOTH.email(), BOTH.email());
        assertThat(mails)
                .extracting(Mail::key)
                .containsExactlyInAnyOrder("BIF-2026-0042/hearing-opened/amc", "BIF-2026-0042/hearing-opened/jku");
        assertThat(mails.get(0).text()).isNotEqualTo(mails.get(1).text());
    }
}
