package nl.metrokaart.ingest.badges;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.metrokaart.ingest.FileRejectedException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * How a JSON badge file is laid out, found in one streaming pass that also checks it is JSON
 * at all: one array of objects, or a sequence of root values (one object per file, or JSON
 * Lines). Each element's first line is kept, so rejects point at the line an editor shows.
 *
 * <p>Strict on purpose: DuckDB's reader forgives trailing commas, but published Open Badges
 * examples show that hand-edited JSON also has raw line breaks and missing braces; a file
 * that is not JSON is refused with the line and what is wrong, before anything is loaded.
 */
record JsonLayout(boolean array, long[] elementLines, int elements) {

    private static final JsonFactory JSON = new JsonFactory();

    /** The DuckDB {@code read_json_objects} format that reads the elements in the same order. */
    String duckdbFormat() {
        return array ? "array" : "unstructured";
    }

    static JsonLayout scan(Path file, String fileName) {
        long[] lines = new long[64];
        int n = 0;
        boolean array = false;
        int roots = 0;
        JsonParser opened = null;
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), file)) {
            opened = parser;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                roots++;
                if (roots == 1 && token == JsonToken.START_ARRAY) {
                    array = true;
                    for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
                        if (element == null) {
                            throw new FileRejectedException(fileName, "not valid JSON at line " + parser.currentLocation().getLineNr()
                                    + ": the file ends before the array that starts on line 1 is closed with ]");
                        }
                        lines = add(lines, n++, parser.currentTokenLocation().getLineNr());
                        walk(parser, fileName);
                    }
                } else {
                    lines = add(lines, n++, parser.currentTokenLocation().getLineNr());
                    walk(parser, fileName);
                }
            }
        } catch (JacksonException e) {
            // A read limit (nesting depth) has no location of its own: the parser knows where it stopped.
            TokenStreamLocation location = e.getLocation() != null || opened == null ? e.getLocation() : opened.currentLocation();
            throw new FileRejectedException(fileName, "not valid JSON at " + where(location) + ": " + explain(e.getOriginalMessage()));
        }
        if (roots == 0) {
            throw new FileRejectedException(fileName, "holds no Open Badges assertion or credential (the file is empty)");
        }
        if (array && roots > 1) {
            // "[...] {...}": several root values after all; read every root value as an element.
            return scanRoots(file, fileName);
        }
        return new JsonLayout(array, Arrays.copyOf(lines, n), n);
    }

    /** The layout of a file whose root values are its elements (a second pass, only for odd files). */
    private static JsonLayout scanRoots(Path file, String fileName) {
        long[] lines = new long[64];
        int n = 0;
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), file)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                lines = add(lines, n++, parser.currentTokenLocation().getLineNr());
                walk(parser, fileName);
            }
        } catch (JacksonException e) {
            throw new FileRejectedException(fileName, "not valid JSON at " + where(e.getLocation()) + ": " + explain(e.getOriginalMessage()));
        }
        return new JsonLayout(false, Arrays.copyOf(lines, n), n);
    }

    /**
     * Reads one element to its end, checking every text for half a surrogate pair (the escape
     * of one half of an emoji without the other, which JavaScript exporters write when they cut
     * a text in the middle of one): Jackson lets it pass, DuckDB refuses the whole file.
     */
    private static void walk(JsonParser parser, String fileName) {
        int depth = 0;
        for (JsonToken token = parser.currentToken(); token != null; token = parser.nextToken()) {
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            } else if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
                checkSurrogates(parser, fileName);
            }
            if (depth == 0) {
                return;
            }
        }
    }

    private static void checkSurrogates(JsonParser parser, String fileName) {
        String text = parser.getString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(++i))
                    : !Character.isLowSurrogate(c);
            if (!paired) {
                throw new FileRejectedException(fileName, "not valid JSON at line " + parser.currentTokenLocation().getLineNr()
                        + ": half a surrogate pair (\\u" + String.format("%04X", (int) c) + ") in a text value; is an emoji cut in two?");
            }
        }
    }

    private static long[] add(long[] lines, int index, int line) {
        long[] room = index < lines.length ? lines : Arrays.copyOf(lines, lines.length * 2);
        room[index] = line;
        return room;
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? "an unknown line" : "line " + location.getLineNr();
    }

    private static final Pattern CONTROL = Pattern.compile("(?s).*Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*");
    private static final Pattern DEEP = Pattern.compile("nesting depth \\(\\d+\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern UNEXPECTED = Pattern.compile("(?s)Unexpected character \\('(.)' \\(code \\d+\\)\\): (.*)");

    /** Jackson's message in words a pps employee can act on, for the mistakes hand-edited JSON has. */
    static String explain(String message) {
        String text = message == null ? "unreadable" : message.strip();
        Matcher control = CONTROL.matcher(text);
        if (control.matches()) {
            return Integer.parseInt(control.group(1)) == 10 || Integer.parseInt(control.group(1)) == 13
                    ? "a line break inside a text value (JSON needs it written as \\n)"
                    : "a control character (code " + control.group(1) + ") inside a text value";
        }
        Matcher unexpected = UNEXPECTED.matcher(text);
        if (unexpected.matches()) {
            String found = unexpected.group(1);
            String expected = unexpected.group(2);
            if ((found.equals("}") && expected.matches("(?s).*double-quote to start (field|property) name.*"))
                    || (found.equals("]") && expected.contains("expected a value"))) {
                return "a comma before '" + found + "' (a trailing comma, which JSON does not allow)";
            }
            if (expected.contains("was expecting comma to separate")) {
                return "'" + found + "' where a comma or a closing bracket was expected (is a comma or a } missing on the line before?)";
            }
        }
        if (text.startsWith("Invalid UTF-8")) {
            return "bytes that are not UTF-8 (" + text.replaceAll("\\s+", " ").replaceAll(" at \\[Source.*", "")
                    + "); JSON must be saved as UTF-8, was it saved as Windows-1252?";
        }
        Matcher deep = DEEP.matcher(text);
        if (deep.find()) {
            return "values are nested more than " + deep.group(1) + " deep ({ and [ inside each other), which is refused as "
                    + "damaged or hostile; an Open Badges assertion is a few levels deep. Export the badges again";
        }
        if (text.startsWith("Unexpected end-of-input")) {
            return "the file ends before every { and [ is closed (is a closing } or ] missing?)";
        }
        int detail = text.indexOf("\n at [Source");
        return (detail > 0 ? text.substring(0, detail) : text).replaceAll("\\s+", " ");
    }
}
