package dk.medhearing.hearing;

import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.web.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guarded hearing window: a window under the minimum needs a written justification. */
class HearingWindowIT extends AbstractProcessTest {

    @Autowired
    HearingRepository hearings;

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    private HearingInput input(String ref, OffsetDateTime deadline, String justification) {
        return new HearingInput(
                ref,
                "Omlægning",
                null,
                List.of(),
                List.of("amc"),
                deadline.toString(),
                null,
                deadline.plusDays(2).toString(),
                deadline.plusDays(9).toString(),
                justification);
    }

    @Test
    void shouldRefuseAShortWindowWithoutJustification() {
        // given Monday 2 November 2026 and a deadline the Friday after: 4 working days
        driver.moveClockTo(OffsetDateTime.of(
                2026, 11, 2, 9, 0, 0, 0, CPH.getRules().getOffset(LocalDateTime.of(2026, 11, 2, 9, 0))));
        String ref = HearingDriver.newReference();
        OffsetDateTime deadline = driver.now().plusDays(4).withHour(12);

        // when it is started without a justification, then it is refused with the window named
        assertThatThrownBy(() ->
                        driver.as("karen.holm", () -> hearingService.start(input(ref, deadline, null), "karen.holm")))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).errors())
                        .anySatisfy(error -> {
                            assertThat(error.field()).isEqualTo("shortWindowJustification");
                            assertThat(error.message())
                                    .isEqualTo("Høringsperioden er kun 4 arbejdsdage (mindst 10). "
                                            + "Skriv en begrundelse for den korte frist.");
                        }));
        assertThat(hearings.exists(ref)).isFalse();
    }

    @Test
    void shouldStartAShortWindowWithJustificationAndKeepIt() {
        // given the same short window, justified
        driver.moveClockTo(OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.ofHours(1)));
        String ref = HearingDriver.newReference();
        OffsetDateTime deadline = driver.now().plusDays(4).withHour(12);

        // when it is started
        driver.as(
                "karen.holm",
                () -> hearingService.start(
                        input(ref, deadline, "Budgetaftalen kræver svar inden BIU-mødet."), "karen.holm"));
        driver.executeJobs(ref);

        // then the window and the justification are stored and shown with the deadline
        Hearing hearing = hearings.find(ref).orElseThrow();
        assertThat(hearing.windowWorkingDays()).isEqualTo(4);
        assertThat(hearing.shortWindowJustification()).isEqualTo("Budgetaftalen kræver svar inden BIU-mødet.");
        assertThat(hearing.deadlineText())
                .contains("4 arbejdsdage")
                .contains("kort frist begrundet med: Budgetaftalen kræver svar inden BIU-mødet.");
        String taskId = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(ref)
                .taskDefinitionKey("Task_ScheduleMeeting")
                .singleResult()
                .getId();
        assertThat(engine.getTaskService()
                        .getVariable(taskId, "responseDeadlineText")
                        .toString())
                .contains("kort frist begrundet med");
    }

    @Test
    void shouldWarnWhenTheWindowCoversChristmas() {
        // given 14 December 2026 and a deadline on 8 January 2027
        driver.moveClockTo(OffsetDateTime.of(2026, 12, 14, 9, 0, 0, 0, ZoneOffset.ofHours(1)));
        String ref = HearingDriver.newReference();

        // when it is started (long enough: no justification needed)
        driver.as(
                "karen.holm",
                () -> hearingService.start(
                        input(ref, OffsetDateTime.of(2027, 1, 8, 12, 0, 0, 0, ZoneOffset.ofHours(1)), null),
                        "karen.holm"));

        // then the window is counted in working days without the holidays, and a warning names Christmas
        Hearing hearing = hearings.find(ref).orElseThrow();
        assertThat(hearing.windowWorkingDays()).isGreaterThanOrEqualTo(10).isLessThan(19);
        assertThat(hearing.holidayWarning()).contains("Jul");
        assertThat(hearing.shortWindowJustification()).isNull();
    }
}
