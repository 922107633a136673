package dk.medhearing.delivery;

import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.document.ConsolidatedDocumentService;
import dk.medhearing.hearing.HearingRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link MinimalCaseFiles} unless another {@link CaseFiles} is a bean: the adapter over the full case file (module
 * {@code casefile}) replaces it by being a {@code @Component} implementing {@link CaseFiles}.
 */
@Configuration(proxyBeanMethods = false)
class CaseFilesConfiguration {

    @Bean
    @ConditionalOnMissingBean(CaseFiles.class)
    CaseFiles minimalCaseFiles(HearingRepository hearings, ConsolidatedDocumentService documents,
                               DialogueRepository meetings) {
        return new MinimalCaseFiles(hearings, documents, meetings);
    }
}
