package dk.medhearing.web;

/** The thing asked for does not exist (or the user may not know that it does). Answers 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
