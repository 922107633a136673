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
        return copy(caseFiles.hearingCaseFile(reference));
    }

    @Override
    public CaseFile dialogue(String id) {
        return copy(caseFiles.dialogueCaseFile(id));
    }

    private static CaseFile copy(dk.medhearing.casefile.CaseFile file) {
        return new CaseFile(file.fileName(), file.zip(), file.sha256());
    }
}
