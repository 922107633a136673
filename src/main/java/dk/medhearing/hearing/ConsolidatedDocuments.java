package dk.medhearing.hearing;

/** Whether a hearing's consolidated response is stored; the document module keeps the documents and answers. */
public interface ConsolidatedDocuments {

    boolean exists(String reference);
}
