package nl.metrokaart.sampledata;

/** Minimal JSON string quoting; the badge files are written by hand, one object per line. */
final class JsonText {

    private JsonText() {
    }

    static StringBuilder quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }

    /** Appends ,"key":"value". */
    static StringBuilder field(StringBuilder sb, String key, String value) {
        sb.append(',');
        quote(sb, key).append(':');
        return quote(sb, value);
    }
}
