package dk.medhearing.response;

import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Role;
import dk.medhearing.committee.Side;
import dk.medhearing.committee.Unit;
import dk.medhearing.committee.UnitType;
import dk.medhearing.kit.Actor;
import dk.medhearing.kit.EngineClock;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A CenterMED's part and HovedMED's part differ only in their {@link Progress}: where the step is recorded and which
 * meeting the minutes start from. The listeners are the same, given the part when their beans are made.
 */
class CommitteePartsTest {

    private static final String REFERENCE = "H-2026-001";
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T10:00:00+01:00");
    private static final OffsetDateTime MAIN_MEETING = OffsetDateTime.parse("2026-12-15T09:00:00+01:00");

    private final ParticipationRepository participations = mock(ParticipationRepository.class);
    private final HearingRecords hearings = mock(HearingRecords.class);
    private final EngineClock clock = mock(EngineClock.class);
    private final MinutesRepository minutes = mock(MinutesRepository.class);
    private final MeetingRepository meetings = mock(MeetingRepository.class);
    private final ResponseListeners beans = new ResponseListeners();
    private final Organisation organisation = new Organisation(
            "Kommunen", List.of(unit("amc", UnitType.LOCAL_COMMITTEE), unit("hmed", UnitType.MAIN_COMMITTEE)));

    @Test
    void aCentreCommitteesStepIsItsParticipationsState() {
        // given
        when(clock.now()).thenReturn(NOW);

        // when
        new CentreCommitteeProgress(participations, clock)
                .record(new ResponseKey(REFERENCE, "amc"), CommitteeState.MINUTES_RECORDED);

        // then
        verify(participations).updateState(REFERENCE, "amc", CommitteeState.MINUTES_RECORDED, NOW);
        verify(hearings, never()).mainCommitteeReached(any(), any());
    }

    @Test
    void theMainCommitteesStepIsTheHearingsMainState() {
        // when
        new MainCommitteeProgress(hearings).record(new ResponseKey(REFERENCE, "hmed"), CommitteeState.DRAFTING);

        // then
        verify(hearings).mainCommitteeReached(REFERENCE, CommitteeState.DRAFTING);
        verify(participations, never()).updateState(any(), any(), any(), any());
    }

    @Test
    void theMainCommitteesMinutesStartFromTheHearingsPlannedMeeting() {
        // given no minutes and no meeting of HovedMED's own
        when(minutes.find(REFERENCE, "hmed")).thenReturn(Optional.empty());
        when(meetings.find(REFERENCE, "hmed")).thenReturn(Optional.empty());
        when(hearings.mainMeetingAt(REFERENCE)).thenReturn(Optional.of(MAIN_MEETING));
        MinutesTaskListener listener = beans.mainCommitteeMinutesTaskListener(
                service(), new MainCommitteeProgress(hearings), mock(Actor.class));

        // when
        Map<String, Object> fields = listener.defaults(REFERENCE, "hmed");

        // then
        assertThat(fields.get(CommitteeResponseVariables.MEETING_DATE)).isEqualTo("2026-12-15");
        assertThat(fields.get(CommitteeResponseVariables.MEETING_CHAIR)).isEqualTo("Formand hmed");
    }

    @Test
    void aCentreCommitteesMinutesHaveNoMeetingUnlessItScheduledOne() {
        // given
        when(minutes.find(REFERENCE, "amc")).thenReturn(Optional.empty());
        when(meetings.find(REFERENCE, "amc")).thenReturn(Optional.empty());
        when(hearings.mainMeetingAt(REFERENCE)).thenReturn(Optional.of(MAIN_MEETING));
        MinutesTaskListener listener = beans.minutesTaskListener(
                service(), new CentreCommitteeProgress(participations, clock), mock(Actor.class));

        // when
        Map<String, Object> fields = listener.defaults(REFERENCE, "amc");

        // then
        assertThat(fields.get(CommitteeResponseVariables.MEETING_DATE)).isNull();
        assertThat(fields.get(CommitteeResponseVariables.MEETING_CHAIR)).isEqualTo("Formand amc");
    }

    private CommitteeResponseService service() {
        return new CommitteeResponseService(
                participations, meetings, minutes, mock(ResponseRepository.class), organisation, hearings, clock);
    }

    private static Unit unit(String id, UnitType type) {
        return new Unit(
                id,
                type,
                id,
                id,
                id + "@example.dk",
                List.of(new Member(id + "-chair", "Formand " + id, null, Side.MANAGEMENT, Set.of(Role.CHAIR), null)));
    }
}
