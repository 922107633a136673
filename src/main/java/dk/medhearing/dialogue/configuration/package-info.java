/**
 * The dialogue meetings' configuration: the file {@code config/dialogue.yaml} ({@code medhearing.dialogue.file}),
 * read at startup into the parties ({@link dk.medhearing.dialogue.configuration.DialogueParties},
 * {@link dk.medhearing.dialogue.configuration.Party}, {@link dk.medhearing.dialogue.configuration.Participant}); a
 * file that cannot be read stops the application with a {@code DialogueConfigException}.
 */
package dk.medhearing.dialogue.configuration;
