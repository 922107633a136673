/**
 * The adapters of {@code DialogueMeetingProcess}: the service tasks' delegates and the user tasks' listeners, named
 * by bean in the BPMN ({@code ${registerMeetingDelegate}}, {@code ${agendaTaskListener}}, …), and
 * {@code dialogueFollowUps}, which the BPMN's expressions call for a follow-up's title, group and dates. Each maps a
 * task to a record and calls the module's services; the rules live there.
 */
package dk.medhearing.dialogue.process;
