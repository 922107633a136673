/**
 * Delivery of case files (sagsmapper) to the municipality's case system (ESDH): a row written in the step's own
 * transaction when a hearing is submitted or a dialogue meeting closed, delivered outside it to an import folder or
 * an HTTP endpoint with retries and backoff; a delivery that keeps failing is shown on {@code /status/sagsmapper}
 * and as an incident in Cockpit on the delivery's own process ({@link dk.medhearing.delivery.DeliveryProcess}).
 * After delivery the process history's removal time is set to the delivery plus the retention
 * ({@link dk.medhearing.delivery.HistoryRemoval}). The case file itself comes from
 * {@link dk.medhearing.casefile.CaseFileService}, built at the first attempt.
 */
@ApplicationModule(allowedDependencies = {"casefile", "security", "kit", "web"})
package dk.medhearing.delivery;

import org.springframework.modulith.ApplicationModule;
