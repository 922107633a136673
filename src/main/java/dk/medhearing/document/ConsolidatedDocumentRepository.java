package dk.medhearing.document;

import dk.medhearing.hearing.ConsolidatedDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

/** The {@code consolidated_document} table: insert and read only, a stored document is never changed. */
@Repository
class ConsolidatedDocumentRepository implements ConsolidatedDocuments {

    private final JdbcClient jdbc;

    ConsolidatedDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(StoredDocument d) {
        jdbc.sql("insert into consolidated_document (reference, html, pdf, sha256, stored_at, stored_by) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(d.reference(), d.html(), d.pdf(), d.sha256(), d.storedAt(), d.storedBy())
                .update();
    }

    @Override
    public boolean exists(String reference) {
        return jdbc.sql("select count(*) from consolidated_document where reference = ?")
                        .param(reference)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public Optional<StoredDocument> find(String reference) {
        return jdbc.sql("select * from consolidated_document where reference = ?")
                .param(reference)
                .query((rs, row) -> new StoredDocument(
                        rs.getString("reference"),
                        rs.getString("html"),
                        rs.getBytes("pdf"),
                        rs.getString("sha256"),
                        rs.getObject("stored_at", OffsetDateTime.class),
                        rs.getString("stored_by")))
                .optional();
    }
}
