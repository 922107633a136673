/**
 * Dialogue meetings ({@code DialogueMeetingProcess}): a host party and its counterparts meet, agree minutes and follow
 * up on the actions. This base package is the module's API and core: starting and registering a meeting
 * ({@link dk.medhearing.dialogue.DialogueService} with its {@link dk.medhearing.dialogue.DialogueInput} and
 * {@link dk.medhearing.dialogue.DialogueValidator}), the process's variable names
 * ({@link dk.medhearing.dialogue.DialogueVariables}), the meeting's records and states and their table
 * ({@link dk.medhearing.dialogue.DialogueRepository}) and the forms' JSON values
 * ({@link dk.medhearing.dialogue.FormJson}). The sub-packages are the module's internals:
 * {@code api} (REST), {@code process} (the BPMN's delegates and listeners), {@code minutes} (minutes and follow-up
 * rules and the minutes document), {@code mails} (the meeting's mails) and {@code configuration} (the parties of
 * {@code config/dialogue.yaml}). Inside the module the arrows run one way too: {@code api} and {@code process} use
 * {@code mails}, {@code minutes}, the base package and {@code configuration}; {@code mails} uses {@code minutes};
 * {@code minutes} uses the base package; the base package uses only {@code configuration}.
 */
@ApplicationModule(allowedDependencies = {"document", "calendar", "committee", "mail", "security", "kit", "web"})
package dk.medhearing.dialogue;

import org.springframework.modulith.ApplicationModule;
