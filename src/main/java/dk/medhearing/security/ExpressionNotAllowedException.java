package dk.medhearing.security;

import org.camunda.bpm.engine.BadUserRequestException;

/** A query with an expression from a user who may not use them; the REST API answers 400. */
public class ExpressionNotAllowedException extends BadUserRequestException {

    static final String MESSAGE = "Søgningen blev afvist: udtryk (${...} eller #{...}) er ikke tilladt i søgninger "
            + "og filtre. Søg på faste værdier i stedet.";

    public ExpressionNotAllowedException() {
        super(MESSAGE);
    }
}
