package dk.medhearing.hearing;

/** For tests of other modules that need a hearing's row as it is stored, without starting its process. */
public final class StoredHearings {

    private StoredHearings() {}

    public static void insert(HearingRepository hearings, Hearing hearing) {
        hearings.insert(hearing);
    }
}
