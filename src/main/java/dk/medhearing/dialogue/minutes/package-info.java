/**
 * The minutes of a dialogue meeting and their follow-up actions: the form's rows and text blocks as typed records
 * ({@link dk.medhearing.dialogue.minutes.MinutesEntry}, {@link dk.medhearing.dialogue.minutes.FollowUpEntry},
 * parsed by {@code MinutesText}), the rules they must meet ({@code MinutesRules}, {@code FollowUpRules}), recording
 * them ({@link dk.medhearing.dialogue.minutes.DialogueMinutesService}), the parties' approval decisions
 * ({@code dialogueMinutes}, which the BPMN's gateway calls) and the minutes document as HTML and PDF.
 */
package dk.medhearing.dialogue.minutes;
