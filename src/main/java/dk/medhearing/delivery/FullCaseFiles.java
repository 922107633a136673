package dk.medhearing.delivery;

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
        var file = caseFiles.hearingCaseFile(reference);
        return new CaseFile(file.fileName(), file.zip(), file.sha256());
    }

    @Override
    public CaseFile dialogue(String id) {
        var file = caseFiles.dialogueCaseFile(id);
        return new CaseFile(file.fileName(), file.zip(), file.sha256());
    }
}
