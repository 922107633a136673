/** The MED organisation (administration, HovedMED, CenterMEDs, political committee) and its sync into Camunda identity. */
package dk.medhearing.committee;
