/** Deploys the top-level processes/ and forms/ folders to the engine, with stable names and duplicate filtering. */
package dk.medhearing.deployment;
