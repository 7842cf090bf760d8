package nl.metrokaart.reports;

import java.awt.Color;

/** The colours of the band statuses, shared by cells and charts so both tell the same story. */
public final class BandColours {

    private BandColours() {
    }

    public static Color strong(BandStatus status) {
        return switch (status) {
            case ONDER_MINIMUM -> new Color(0xE4, 0x57, 0x2E);
            case BINNEN_BAND -> new Color(0x4C, 0x9F, 0x70);
            case VOL -> new Color(0x2E, 0x86, 0xAB);
            case OVERBOEKT -> new Color(0xA2, 0x3B, 0x72);
        };
    }

    /** A light tint of the strong colour, for cell fills that must stay readable. */
    public static byte[] light(BandStatus status) {
        Color c = strong(status);
        return new byte[]{tint(c.getRed()), tint(c.getGreen()), tint(c.getBlue())};
    }

    private static byte tint(int channel) {
        return (byte) (channel + (255 - channel) * 0.7);
    }
}
