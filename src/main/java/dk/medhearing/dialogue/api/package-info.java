/**
 * The dialogue meetings' REST API ({@code /api/dialogue-meetings}): starting a meeting, its status with agenda,
 * minutes and follow-ups ({@link dk.medhearing.dialogue.api.DialogueStatus}, read by
 * {@link dk.medhearing.dialogue.api.DialogueQueries}) and the minutes as PDF.
 */
package dk.medhearing.dialogue.api;
