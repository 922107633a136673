package dk.medhearing.kit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskNamesTest {

    @Test
    void aTaskNamesItsHearingsReferenceAndTitle() {
        // given a diagram's label and a hearing
        // when the task is named
        String name = TaskNames.withHearing(
                "Indkald til ekstraordinært CenterMED-møde", "BIF-2026-0042", "Samling af jobcentrets rådgivning");

        // then Tasklist shows which hearing it is for, and the board can still show the label alone
        assertThat(name)
                .isEqualTo(
                        "Indkald til ekstraordinært CenterMED-møde · BIF-2026-0042 Samling af jobcentrets rådgivning");
        assertThat(TaskNames.label(name)).isEqualTo("Indkald til ekstraordinært CenterMED-møde");
    }

    @Test
    void aLongTitleIsCutWithAnEllipsisToFitTheEnginesColumn() {
        // given a title of 4,000 characters (what a String variable holds)
        String title = "Samling af rådgivningen ".repeat(170);

        // when the task is named
        String name = TaskNames.withHearing("Udarbejd høringssvar", "BIF-2026-0042", title);

        // then it fits Camunda's 255 characters, keeps the reference and ends in "…"
        assertThat(name)
                .hasSize(TaskNames.MAX_LENGTH)
                .startsWith("Udarbejd høringssvar · BIF-2026-0042 Samling")
                .endsWith("…");
    }

    @Test
    void aTitleWithLineBreaksAndControlCharactersIsOneLine() {
        // when the title holds a line break, a tab and a control character
        String name = TaskNames.withHearing("Godkend referatet", "26-123-1", "Dialogmøde\r\nom\tbeskæftigelse\u0007");

        // then the name is one line
        assertThat(name).isEqualTo("Godkend referatet · 26-123-1 Dialogmøde om beskæftigelse");
    }

    @Test
    void aNameIsGivenOnceAndALabelWithoutHearingStaysAsItIs() {
        // given a task named for its hearing already, and one without a reference
        String named = TaskNames.withHearing("Udarbejd høringssvar", "BIF-2026-0042", "Titel");

        // then naming it again changes nothing, and no reference leaves the label alone
        assertThat(TaskNames.withHearing(named, "BIF-2026-0042", "Titel")).isEqualTo(named);
        assertThat(TaskNames.withHearing("Udarbejd høringssvar", null, "Titel")).isEqualTo("Udarbejd høringssvar");
        assertThat(TaskNames.withHearing("Udarbejd høringssvar", "BIF-2026-0042", null))
                .isEqualTo("Udarbejd høringssvar · BIF-2026-0042");
    }
}
