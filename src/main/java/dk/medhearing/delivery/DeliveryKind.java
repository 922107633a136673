package dk.medhearing.delivery;

/** Where case files go: nowhere (rows wait), an import folder, or an HTTP endpoint. */
public enum DeliveryKind {
    NONE,
    FOLDER,
    HTTP
}
