/** The status board: hearings with working days left and what is overdue, each hearing's timeline as SVG. */
@ApplicationModule(
        allowedDependencies = {
            "hearing",
            "embargo",
            "schedule",
            "calendar",
            "committee",
            "delivery",
            "security",
            "kit",
            "web"
        })
package dk.medhearing.board;

import org.springframework.modulith.ApplicationModule;
