/** medhearing: consultations (høringer) through a municipality's MED committees, on Camunda 7. */
package dk.medhearing;
