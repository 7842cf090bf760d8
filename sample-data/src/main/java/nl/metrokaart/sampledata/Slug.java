package nl.metrokaart.sampledata;

import java.text.Normalizer;
import java.util.Locale;

/** Turns Dutch names into e-mail and domain parts: "Zoë van 't Hart" -> "zoevanthart". */
final class Slug {

    private Slug() {
    }

    static String of(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ı", "i").replace("ß", "ss");
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
