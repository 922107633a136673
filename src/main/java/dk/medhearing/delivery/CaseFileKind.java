package dk.medhearing.delivery;

/** What a delivery row's case file is of, and the step of its business key that wrote it. */
public enum CaseFileKind {
    HEARING("submitted"),
    DIALOGUE("closed");

    private final String step;

    CaseFileKind(String step) {
        this.step = step;
    }

    public String step() {
        return step;
    }
}
