package nl.metrokaart.reports.charts;

import java.awt.Color;

/** Small helpers shared by the charts. */
final class Charts {

    private static final Color[] FALLBACK = {
            new Color(0x2E, 0x86, 0xAB), new Color(0xE4, 0x57, 0x2E), new Color(0x4C, 0x9F, 0x70),
            new Color(0xA2, 0x3B, 0x72), new Color(0xF1, 0x8F, 0x01), new Color(0x3B, 0x1F, 0x2B)};
    static final Color MAIN = new Color(0x2E, 0x86, 0xAB);
    static final Color PROVISIONAL = new Color(0xA9, 0xCF, 0xE0);

    private Charts() {
    }

    /** A lijn's colour from the catalogue ({@code #D7263D}), else one of a fixed set. */
    static Color colour(String hex, int index) {
        if (hex != null && hex.matches("#?[0-9A-Fa-f]{6}")) {
            return new Color(Integer.parseInt(hex.replace("#", ""), 16));
        }
        return FALLBACK[index % FALLBACK.length];
    }
}
