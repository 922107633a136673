/**
 * The mails of a dialogue meeting ({@link dk.medhearing.dialogue.mails.DialogueNotifications}): invitation, approved
 * minutes with their PDF, follow-up reminders and overdue notices, written to {@code mail}'s outbox. Above the base
 * package and {@code minutes} (whose document it attaches), so neither needs the other's mails.
 */
package dk.medhearing.dialogue.mails;
