package nl.metrokaart.privacy;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.UserInputException;
import nl.metrokaart.warehouse.KeyFingerprint;

/** What subject and forget need before they open anything: an address, a warehouse, and the key (never made anew). */
public final class PrivacyRequest {

    private PrivacyRequest() {
    }

    public static void check(String email, MetrokaartProperties settings) {
        if (email == null || email.isBlank() || !email.trim().matches("[^@\\s]+@[^@\\s]+")) {
            throw new UserInputException("'" + email + "' is not an e-mail address: give the participant's address, e.g. --email j.jansen@example.nl");
        }
        Path warehouse = settings.getWarehouse().getPath().toAbsolutePath().normalize();
        if (!Files.isRegularFile(warehouse)) {
            throw new UserInputException("There is no warehouse at " + warehouse + ": name it with --warehouse. Nothing was changed.");
        }
        if (KeyFingerprint.keyInPlace(settings.getPseudonym()).isEmpty()) {
            throw new UserInputException("There is no pseudonym key in " + KeyFingerprint.whereIs(settings.getPseudonym())
                    + ": without it no address can be matched to its pseudonym. Put the warehouse's key back (from your key backup), "
                    + "or set metrokaart.pseudonym.key-file to where it is. Nothing was changed.");
        }
    }
}
