package nl.metrokaart.ingest.catalogue;

import java.util.List;

import nl.metrokaart.UserInputException;

/** Every error in a catalogue at once, so the pps can fix the file in one go. */
public class CatalogueInvalidException extends UserInputException {

    private final List<String> errors;

    public CatalogueInvalidException(String fileName, List<String> errors) {
        super(fileName + " has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                + "; nothing of this delivery was loaded:\n  - " + String.join("\n  - ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
