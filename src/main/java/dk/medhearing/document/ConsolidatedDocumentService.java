package dk.medhearing.document;

import dk.medhearing.kit.EngineClock;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * The consolidated response as a document: a live preview from the current records, and the frozen document that
 * is rendered and stored once, when HovedMED has approved it, and never changes afterwards.
 */
@Service
public class ConsolidatedDocumentService {

    private final ConsolidatedResponseRenderer renderer;
    private final ConsolidatedDocumentRepository documents;
    private final EngineClock clock;

    public ConsolidatedDocumentService(
            ConsolidatedResponseRenderer renderer, ConsolidatedDocumentRepository documents, EngineClock clock) {
        this.renderer = renderer;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * Renders the hearing's consolidated response from its records and stores it, unless it is stored already: then
     * the stored document is returned unchanged, whatever changed in the records since. Throws
     * {@link dk.medhearing.web.NotFoundException} for an unknown hearing.
     */
    public StoredDocument freeze(String reference, String user) {
        Optional<StoredDocument> stored = documents.find(reference);
        if (stored.isPresent()) {
            return stored.get();
        }
        RenderedDocument rendered = renderer.render(reference);
        StoredDocument document = new StoredDocument(
                reference, rendered.html(), rendered.pdf(), Sha256.hex(rendered.pdf()), clock.now(), user);
        documents.insert(document);
        return document;
    }

    public Optional<StoredDocument> find(String reference) {
        return documents.find(reference);
    }

    /** The consolidated response as the records stand now, as XHTML; not stored. */
    public String previewHtml(String reference) {
        return renderer.renderHtml(reference);
    }

    /** The consolidated response as the records stand now, as PDF; not stored. */
    public byte[] previewPdf(String reference) {
        return renderer.render(reference).pdf();
    }
}
