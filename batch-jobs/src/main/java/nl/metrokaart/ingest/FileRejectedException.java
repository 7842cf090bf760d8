package nl.metrokaart.ingest;

import nl.metrokaart.UserInputException;

/** A delivery file that cannot be loaded as a whole; its step fails and nothing of it is kept. */
public class FileRejectedException extends UserInputException {

    public FileRejectedException(String fileName, String reason) {
        super(fileName + ": " + reason);
    }
}
