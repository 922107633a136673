package dk.medhearing.casefile;

/**
 * The kind of a document (akt) in the journal (offentlighedsloven § 15): received by the case's owner, sent by it,
 * or internal. Which, follows from who sent it to whom ({@link #of}).
 */
public enum JournalKind {
    INCOMING("Indgående"),
    OUTGOING("Udgående"),
    INTERNAL("Intern");

    private final String label;

    JournalKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Sent by the owner to someone else: outgoing; sent by someone else to the owner: incoming; anything else (a
     * committee's own minutes, a note the owner keeps): internal.
     */
    public static JournalKind of(String from, String to, String owner) {
        boolean byOwner = owner.equals(from);
        boolean toOwner = owner.equals(to);
        if (byOwner && !toOwner) {
            return OUTGOING;
        }
        if (toOwner && !byOwner) {
            return INCOMING;
        }
        return INTERNAL;
    }
}
