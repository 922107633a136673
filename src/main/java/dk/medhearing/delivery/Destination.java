package dk.medhearing.delivery;

import dk.medhearing.casefile.CaseFile;

/** Where a case file goes. An attempt that throws is tried again later; one that returns was delivered. */
interface Destination {

    /** Delivers the file; returns where it went (a file path or the endpoint), for the row and the page. */
    String deliver(DeliveryRow row, CaseFile file) throws Exception;

    /** Whether case files are delivered at all ({@code kind: none} is not). */
    default boolean enabled() {
        return true;
    }

    /** The destination of these settings. */
    static Destination of(DeliveryProperties properties) {
        return switch (properties.kind()) {
            case NONE ->
                new Destination() {
                    @Override
                    public String deliver(DeliveryRow row, CaseFile file) {
                        throw new IllegalStateException("Levering af sagsmapper er slået fra (kind: none)");
                    }

                    @Override
                    public boolean enabled() {
                        return false;
                    }
                };
            case FOLDER -> new FolderDestination(properties.folder());
            case HTTP -> new HttpDestination(properties);
        };
    }
}
