package dk.medhearing.dialogue.process;

import dk.medhearing.dialogue.DialogueInput;
import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.dialogue.configuration.Participant;
import dk.medhearing.dialogue.configuration.Party;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Reading what was submitted to start a meeting, from the API's variables or the start form's fields. */
class DialogueInputReaderTest {

    private static final DialogueParties PARTIES = new DialogueParties(List.of(
            new Party(
                    "jobcenter",
                    "Jobcenter København",
                    "Jobcentret",
                    "jc@example.org",
                    false,
                    List.of(new Participant("ole.christiansen", "Ole Christiansen", null, "oc@example.org"))),
            new Party(
                    "region",
                    "Beskæftigelsesregion Hovedstaden & Sjælland",
                    "Beskæftigelsesregionen",
                    "br@example.org",
                    true,
                    List.of(new Participant("merete.gronlund", "Merete Grønlund", null, "mg@example.org")))));

    /** A scope holding the values as the engine hands them out (a JSON variable as its Spin node). */
    private static VariableScope scope(Map<String, Object> variables) {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable(anyString())).thenAnswer(call -> {
            Object value = variables.get(call.<String>getArgument(0));
            return value instanceof TypedValue typed ? typed.getValue() : value;
        });
        return scope;
    }

    @Test
    void shouldReadBackWhatTheApiStartedTheProcessWith() {
        // given the variables of POST /api/dialogue-meetings
        DialogueInput sent = new DialogueInput(
                "2026-0042",
                "Dialogmøde",
                "2026-04-01T10:00",
                "Mødelokale 2",
                Map.of("jobcenter", List.of("ole.christiansen"), "region", List.of("merete.gronlund")));

        // when read at registration
        DialogueInput read = DialogueInputReader.read(scope(sent.variables()), "2026-0042", PARTIES);

        // then it is what was sent
        assertThat(read).isEqualTo(sent);
    }

    @Test
    void shouldGroupTheStartFormsChecklistByPartyAndJoinDateAndTime() {
        Map<String, Object> form = new HashMap<>();
        form.put("title", " Dialogmøde ");
        form.put("meetingDate", "2026-04-01");
        form.put("meetingTime", "10:00:00");
        form.put("participants", Spin.JSON("[\"merete.gronlund\", \"ole.christiansen\", \"mallory\"]"));

        DialogueInput read = DialogueInputReader.read(scope(form), "2026-0042", PARTIES);

        assertThat(read.reference()).isEqualTo("2026-0042");
        assertThat(read.title()).isEqualTo("Dialogmøde");
        assertThat(read.meetingAt()).isEqualTo("2026-04-01T10:00");
        assertThat(read.participants())
                .isEqualTo(Map.of(
                        "region",
                        List.of("merete.gronlund"),
                        "jobcenter",
                        List.of("ole.christiansen"),
                        "",
                        List.of("mallory")));
    }

    @Test
    void shouldPassOnADateAndTimeThatCannotBeReadAsWritten() {
        DialogueInput read = DialogueInputReader.read(
                scope(Map.of("meetingDate", "1. april", "meetingTime", "kl. 10")), null, PARTIES);

        assertThat(read.meetingAt()).isEqualTo("1. aprilTkl. 10");
    }

    @Test
    void shouldReadATimeSetAsADateInCopenhagenTime() {
        DialogueInput read = DialogueInputReader.read(
                scope(Map.of("meetingAt", Date.from(Instant.parse("2026-04-01T08:00:00Z")))), null, PARTIES);

        assertThat(read.meetingAt()).isEqualTo("2026-04-01T10:00+02:00");
    }

    @Test
    void shouldReadParticipantsWrittenAsCommaSeparatedIds() {
        assertThat(DialogueInputReader.participants("ole.christiansen, ,merete.gronlund", PARTIES))
                .isEqualTo(Map.of("jobcenter", List.of("ole.christiansen"), "region", List.of("merete.gronlund")));
        assertThat(DialogueInputReader.participants(null, PARTIES)).isNull();
    }
}
