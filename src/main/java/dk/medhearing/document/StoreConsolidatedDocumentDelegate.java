package dk.medhearing.document;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Task_StoreConsolidatedDocument "Arkivér det samlede høringssvar": freezes the consolidated response HovedMED has
 * just approved (idempotent: a retried job or a second pass stores nothing new).
 */
@Component("storeConsolidatedDocumentDelegate")
class StoreConsolidatedDocumentDelegate implements JavaDelegate {

    /** Who stored the document when no user is authenticated, e.g. in a job after the joint approval. */
    static final String SYSTEM = "system";

    private final ConsolidatedDocumentService documents;
    private final IdentityService identityService;

    StoreConsolidatedDocumentDelegate(ConsolidatedDocumentService documents, IdentityService identityService) {
        this.documents = documents;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication authentication = identityService.getCurrentAuthentication();
        String user =
                authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
        documents.freeze(execution.getProcessBusinessKey(), user);
    }
}
