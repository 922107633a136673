/**
 * The case file (sagsmappe) of a hearing or a dialogue meeting: every record as a PDF/A document, the journal list
 * (aktliste), the dispatch log and the manifest {@code sag.json}, in one zip, built from the modules' records (read
 * only, never from engine history), for the journal and for requests for access (aktindsigt).
 */
@ApplicationModule(
        allowedDependencies = {
            "hearing",
            "response",
            "document",
            "dialogue",
            "committee",
            "mail",
            "security",
            "kit",
            "web"
        })
package dk.medhearing.casefile;

import org.springframework.modulith.ApplicationModule;
