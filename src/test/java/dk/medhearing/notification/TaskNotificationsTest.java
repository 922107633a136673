package dk.medhearing.notification;

import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Role;
import dk.medhearing.committee.Side;
import dk.medhearing.committee.Unit;
import dk.medhearing.committee.UnitType;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is told that work waits for them, when, and whether a kind is switched off. */
class TaskNotificationsTest {

    private static final NotifyProperties ALL_ON = new NotifyProperties(true, true, true, true, true);
    private static final Member CHAIR = member("anders.friis", Role.CHAIR);
    private static final Member VICE_CHAIR = member("bente.lund", Role.VICE_CHAIR, Role.TR);
    private static final Member SECRETARY = member("carl.moe", Role.SECRETARY);
    private static final Member ADMIN = member("karen.holm", Role.MEMBER);
    private static final Organisation ORGANISATION = new Organisation(
            "Testkommune",
            List.of(
                    new Unit("hr", UnitType.ADMINISTRATION, "HR", "Enhed for HR", "hr@example.org", List.of(ADMIN)),
                    new Unit(
                            "amc",
                            UnitType.LOCAL_COMMITTEE,
                            "AMC",
                            "CenterMED AMC",
                            null,
                            List.of(CHAIR, VICE_CHAIR, SECRETARY))));

    @Test
    void shouldSendNoneOfAKindThatIsSwitchedOff() {
        // given approval mails switched off (medhearing.mail.notify.approval-due=false)
        NotifyProperties approvalOff = new NotifyProperties(false, true, true, true, true);

        // then an approval task tells nobody, the other kinds still do
        assertThat(TaskNotifications.shouldNotify(approvalOff, WorkNotice.APPROVAL_DUE, false))
                .isFalse();
        assertThat(TaskNotifications.shouldNotify(approvalOff, WorkNotice.SUBMISSION_DUE, false))
                .isTrue();
        assertThat(TaskNotifications.shouldNotify(ALL_ON, WorkNotice.APPROVAL_DUE, false))
                .isTrue();
        assertThat(new NotifyProperties(true, true, true, true, false).enabled(WorkNotice.TASK_REMINDER))
                .isFalse();
    }

    @Test
    void shouldTellTheMinuteTakerOnlyWhenTheDraftWasSentBack() {
        // then the first drafting task tells nobody, one created because the draft was sent back does
        assertThat(TaskNotifications.shouldNotify(ALL_ON, WorkNotice.SENT_BACK, false))
                .isFalse();
        assertThat(TaskNotifications.shouldNotify(ALL_ON, WorkNotice.SENT_BACK, true))
                .isTrue();
        assertThat(TaskNotifications.shouldNotify(
                        new NotifyProperties(true, false, true, true, true), WorkNotice.SENT_BACK, true))
                .isFalse();
    }

    @Test
    void shouldTellTheMembersOfTheTasksGroupsEachOnce() {
        // when a task is for AMC's chair and vice-chair, a drafting task for secretary and chair, one for the unit
        List<Member> approvers =
                TaskNotifications.candidates(ORGANISATION, List.of("amc-chair", "amc-vice-chair", "amc-tr"), null);
        List<Member> sentBack = TaskNotifications.candidates(
                ORGANISATION, List.of("amc-secretary", "amc-chair"), WorkNotice.SENT_BACK.onlyRole());
        List<Member> administration = TaskNotifications.candidates(ORGANISATION, List.of("hr"), null);

        // then each person once; a sent-back draft only to the minute-taker; the unit's group to all its members
        assertThat(approvers).containsExactly(CHAIR, VICE_CHAIR);
        assertThat(sentBack).containsExactly(SECRETARY);
        assertThat(administration).containsExactly(ADMIN);
        assertThat(TaskNotifications.candidates(ORGANISATION, List.of("unknown"), null))
                .isEmpty();
    }

    @Test
    void shouldRemindOnlyTasksThatExistedWhenTheReminderWasDueAndAreNotOverdue() {
        // given a task due on 20 December, its reminder on the 15th
        OffsetDateTime reminderAt = OffsetDateTime.parse("2026-12-15T09:00:00+01:00");
        WaitingTask task = task(OffsetDateTime.parse("2026-12-10T12:00:00+01:00"));

        // then it is reminded once the time has come, not before, not when created later, not when overdue
        assertThat(TaskNotifications.reminderDue(reminderAt, task, reminderAt.plusMinutes(1)))
                .isTrue();
        assertThat(TaskNotifications.reminderDue(reminderAt, task, reminderAt.minusMinutes(1)))
                .isFalse();
        assertThat(TaskNotifications.reminderDue(reminderAt, task(reminderAt.plusHours(1)), reminderAt.plusHours(2)))
                .isFalse();
        assertThat(TaskNotifications.reminderDue(reminderAt, task, task.due().plusMinutes(1)))
                .isFalse();
    }

    @Test
    void shouldLinkToTheTaskItselfInTasklist() {
        assertThat(TaskNotifications.taskUrl("https://med.example.org", "4f2a-77"))
                .isEqualTo("https://med.example.org/camunda/app/tasklist/default/#/?task=4f2a-77");
    }

    private static WaitingTask task(OffsetDateTime createdAt) {
        return new WaitingTask(
                "t1",
                "Godkend høringssvar som formand",
                "BIF-2026-0042",
                "amc",
                OffsetDateTime.parse("2026-12-20T12:00:00+01:00"),
                createdAt,
                List.of("amc-chair"));
    }

    private static Member member(String id, Role... roles) {
        return new Member(id, id, id + "@example.org", Side.EMPLOYEE, Set.of(roles), null);
    }
}
