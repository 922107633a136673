package dk.medhearing.delivery;

import dk.medhearing.casefile.CaseFile;
import dk.medhearing.casefile.CaseFileService;
import org.springframework.stereotype.Component;

/** The case files delivered: the full ones of module {@code casefile}, as they are served to the administration. */
@Component
class FullCaseFiles implements CaseFiles {

    private final CaseFileService caseFiles;

    FullCaseFiles(CaseFileService caseFiles) {
        this.caseFiles = caseFiles;
    }

    @Override
    public CaseFile hearing(String reference) {
        return caseFiles.hearingCaseFile(reference);
    }

    @Override
    public CaseFile dialogue(String id) {
        return caseFiles.dialogueCaseFile(id);
    }
}
