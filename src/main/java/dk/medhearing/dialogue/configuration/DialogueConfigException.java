package dk.medhearing.dialogue.configuration;

/** The dialogue file is unreadable or breaks a rule; the message names the file, the entry and the rule. */
class DialogueConfigException extends RuntimeException {
    public DialogueConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
