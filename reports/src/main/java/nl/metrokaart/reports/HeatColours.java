package nl.metrokaart.reports;

import java.awt.Color;

/** The colours of a heat map, shared by cell formats and charts: no gap green, a large gap red. */
public final class HeatColours {

    public static final byte[] LOW = {(byte) 0x63, (byte) 0xBE, (byte) 0x7B};
    public static final byte[] MIDDLE = {(byte) 0xFF, (byte) 0xEB, (byte) 0x84};
    public static final byte[] HIGH = {(byte) 0xF8, (byte) 0x69, (byte) 0x6B};
    public static final Color HIDDEN = new Color(0xD9, 0xD9, 0xD9);

    private HeatColours() {
    }

    /** The colour of {@code value} on a scale from {@code min} (green) over the middle (yellow) to {@code max} (red). */
    public static Color at(double value, double min, double max) {
        double t = max > min ? Math.max(0, Math.min(1, (value - min) / (max - min))) : 0;
        return t < 0.5 ? mix(LOW, MIDDLE, t * 2) : mix(MIDDLE, HIGH, (t - 0.5) * 2);
    }

    private static Color mix(byte[] a, byte[] b, double t) {
        return new Color(channel(a[0], b[0], t), channel(a[1], b[1], t), channel(a[2], b[2], t));
    }

    private static int channel(byte a, byte b, double t) {
        return (int) Math.round((a & 0xFF) + ((b & 0xFF) - (a & 0xFF)) * t);
    }
}
