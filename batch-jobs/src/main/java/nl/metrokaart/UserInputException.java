package nl.metrokaart;

/**
 * A problem in what the user gave us (a folder, a file, an option), told in words a pps
 * employee can act on. The command line shows its message without a stack trace.
 */
public class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }
}
