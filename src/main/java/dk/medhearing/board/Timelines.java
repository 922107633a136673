package dk.medhearing.board;

import dk.medhearing.calendar.WorkingDayCalendar;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingStatus;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.schedule.ScheduleView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The timeline of a running hearing (what happened and what is due) and of a schedule before the start. */
@Component
class Timelines {

    /**
     * The most days one picture spans, and the most days it reaches back before the hearing's start: a date typed
     * decades off is drawn at the picture's edge, and the page stays small (it is drawn day by day).
     */
    static final int MAX_DAYS = 3 * 366;

    private final WorkingDayCalendar calendar;

    Timelines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    Timeline ofHearing(
            HearingStatus h,
            Hearing hearing,
            List<BoardViews.Committee> committees,
            BoardViews.Embargo embargo,
            OffsetDateTime now) {
        List<Timeline.Event> main = new ArrayList<>();
        if (embargo != null) {
            main.add(new Timeline.Event(
                    Timeline.Kind.EMBARGO,
                    "Embargo udløber",
                    embargo.until(),
                    embargo.releasedAt() != null || !embargo.until().isAfter(now)));
        }
        if (embargo == null || embargo.releasedAt() != null) {
            main.add(new Timeline.Event(Timeline.Kind.PUBLICATION, "Offentliggjort", h.publishedAt(), true));
        }
        if (h.orientationMeetingAt() != null) {
            main.add(new Timeline.Event(
                    Timeline.Kind.ORIENTATION,
                    "Orienteringsmøde",
                    h.orientationMeetingAt(),
                    !h.orientationMeetingAt().isAfter(now)));
        }
        main.add(new Timeline.Event(
                Timeline.Kind.DEADLINE,
                "Høringsfrist",
                h.responseDeadline(),
                !h.responseDeadline().isAfter(now)));
        List<Timeline.Lane> lanes = new ArrayList<>();
        lanes.add(new Timeline.Lane("Høringen", main));
        for (BoardViews.Committee c : committees) {
            List<Timeline.Event> events = new ArrayList<>();
            if (embargo != null) {
                embargo.confirmations().stream()
                        .filter(e -> e.committeeName().equals(c.status().name()) && e.confirmedAt() != null)
                        .forEach(e -> events.add(new Timeline.Event(
                                Timeline.Kind.CONFIRMATION, "Medarbejdere orienteret", e.confirmedAt(), true)));
            }
            if (c.status().meeting() != null) {
                events.add(new Timeline.Event(
                        Timeline.Kind.MEETING,
                        "Ekstraordinært møde",
                        c.status().meeting().startsAt(),
                        !c.status().meeting().startsAt().isAfter(now)));
            }
            for (BoardViews.ReminderState r : c.reminders()) {
                if (r.sent() || r.state().equals("Planlagt") || r.state().startsWith("Afventer")) {
                    events.add(new Timeline.Event(Timeline.Kind.REMINDER, r.label(), r.at(), r.sent()));
                }
            }
            if (c.status().submittedAt() != null) {
                events.add(new Timeline.Event(
                        Timeline.Kind.SUBMISSION,
                        "Høringssvar indsendt",
                        c.status().submittedAt(),
                        true));
            }
            lanes.add(new Timeline.Lane(c.status().name(), events));
        }
        lanes.add(new Timeline.Lane(
                "HovedMED",
                List.of(new Timeline.Event(
                        Timeline.Kind.MEETING,
                        "HovedMEDs møde",
                        h.mainCommitteeMeetingAt(),
                        !h.mainCommitteeMeetingAt().isAfter(now)))));
        List<Timeline.Event> political = new ArrayList<>();
        political.add(new Timeline.Event(
                Timeline.Kind.MEETING,
                "Det politiske udvalgs møde",
                h.politicalCommitteeMeetingAt(),
                !h.politicalCommitteeMeetingAt().isAfter(now)));
        if (h.mainCommittee().submittedAt() != null) {
            political.add(new Timeline.Event(
                    Timeline.Kind.SUBMISSION,
                    "Samlet høringssvar indsendt",
                    h.mainCommittee().submittedAt(),
                    true));
        }
        lanes.add(new Timeline.Lane("Politisk udvalg", political));
        OffsetDateTime start = hearing.embargoed() && h.publishedAt().isAfter(hearing.embargoUntil())
                ? hearing.embargoUntil()
                : h.publishedAt();
        return timeline("Tidslinje for høringen " + h.reference() + ": " + h.title(), start, lanes, now);
    }

    Timeline ofSchedule(ScheduleView s, OffsetDateTime now) {
        List<Timeline.Event> main = new ArrayList<>();
        if (s.embargoUntil() != null) {
            main.add(new Timeline.Event(
                    Timeline.Kind.EMBARGO, "Materialet til ledelsessiden", s.materialSentAt(), false));
            main.add(new Timeline.Event(
                    Timeline.Kind.PUBLICATION, "Offentliggøres senest (embargoen udløber)", s.embargoUntil(), false));
        } else {
            main.add(new Timeline.Event(Timeline.Kind.PUBLICATION, "Offentliggøres", s.publishedAt(), false));
        }
        if (s.orientationMeetingAt() != null) {
            main.add(
                    new Timeline.Event(Timeline.Kind.ORIENTATION, "Orienteringsmøde", s.orientationMeetingAt(), false));
        }
        if (s.responseDeadline() != null) {
            main.add(new Timeline.Event(Timeline.Kind.DEADLINE, "Høringsfrist", s.responseDeadline(), false));
        }
        List<Timeline.Lane> lanes = new ArrayList<>();
        lanes.add(new Timeline.Lane("Høringen", main));
        for (ScheduleView.CommitteeDates c : s.committees()) {
            List<Timeline.Event> events = new ArrayList<>();
            c.tasks().stream()
                    .filter(t -> t.taskKey().equals("Task_ScheduleMeeting"))
                    .forEach(t -> events.add(
                            new Timeline.Event(Timeline.Kind.MEETING, "Mødet indkaldt senest", t.due(), false)));
            c.reminders().stream()
                    .filter(ScheduleView.Reminder::sent)
                    .forEach(r -> events.add(new Timeline.Event(Timeline.Kind.REMINDER, r.label(), r.at(), false)));
            lanes.add(new Timeline.Lane(c.name(), events));
        }
        if (s.mainCommitteeMeetingAt() != null) {
            lanes.add(new Timeline.Lane(
                    "HovedMED",
                    List.of(new Timeline.Event(
                            Timeline.Kind.MEETING, "HovedMEDs møde", s.mainCommitteeMeetingAt(), false))));
        }
        if (s.politicalCommitteeMeetingAt() != null) {
            lanes.add(new Timeline.Lane(
                    "Politisk udvalg",
                    List.of(new Timeline.Event(
                            Timeline.Kind.MEETING,
                            "Det politiske udvalgs møde",
                            s.politicalCommitteeMeetingAt(),
                            false))));
        }
        return timeline(
                "Tidsplan for høringen" + (s.title() == null ? "" : ": " + s.title()), s.materialSentAt(), lanes, now);
    }

    private Timeline timeline(String caption, OffsetDateTime start, List<Timeline.Lane> lanes, OffsetDateTime now) {
        LocalDate from = day(start);
        LocalDate to = lanes.stream()
                .flatMap(l -> l.events().stream())
                .map(Timeline.Event::at)
                .filter(Objects::nonNull)
                .map(this::day)
                .max(LocalDate::compareTo)
                .orElse(from);
        from = Stream.concat(
                        Stream.of(from),
                        lanes.stream().flatMap(l -> l.events().stream()).map(e -> day(e.at())))
                .min(LocalDate::compareTo)
                .orElse(from);
        LocalDate earliest = day(start).minusDays(MAX_DAYS / 3);
        from = from.isBefore(earliest) ? earliest : from;
        to = to.isBefore(from) ? from.plusDays(1) : to.plusDays(1);
        to = to.isAfter(from.plusDays(MAX_DAYS)) ? from.plusDays(MAX_DAYS) : to;
        return new Timeline(
                caption,
                from,
                to,
                day(now),
                lanes,
                calendar.nonWorkingDaysBetween(from.minusDays(1), to),
                calendar.holidayPeriodsWithin(from, to));
    }

    private LocalDate day(OffsetDateTime t) {
        return t.atZoneSameInstant(EngineClock.ZONE).toLocalDate();
    }
}
