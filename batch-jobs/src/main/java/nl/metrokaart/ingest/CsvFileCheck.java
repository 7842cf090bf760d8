package nl.metrokaart.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Looks at a CSV file's bytes before DuckDB reads it, for what makes DuckDB's reader give up on
 * the whole file: no content, UTF-16, binary bytes, a quote that never closes, Windows and Unix
 * line ends mixed. Such a file is refused with the line and what to do, before the warehouse's
 * transaction has run a statement on it. One pass over the bytes, no lookahead; never keeps or
 * shows the content (it may hold names and addresses).
 */
final class CsvFileCheck {

    private CsvFileCheck() {
    }

    /** Refuses {@code file} ({@link FileRejectedException}) when DuckDB could not read it as a CSV file. */
    static void check(Path file, String fileName, char delimiter) {
        try (InputStream in = Files.newInputStream(file)) {
            new Scan(fileName, delimiter).run(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static final class Scan {
        private final String fileName;
        private final byte delimiter;
        private long line = 1;
        private boolean fieldStart = true;
        private boolean quoted;
        private boolean quoteInQuoted; // a quote inside a quoted value: escaped ("") or closing
        private boolean pendingCr;
        private long quoteOpenedAt;
        private long firstCrlfLine;
        private long firstLfLine;
        private long firstCrLine;
        private boolean content;

        Scan(String fileName, char delimiter) {
            this.fileName = fileName;
            this.delimiter = (byte) delimiter;
        }

        void run(InputStream in) throws IOException {
            byte[] buffer = new byte[1 << 16];
            long offset = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                int from = 0;
                if (offset == 0) {
                    from = startOf(buffer, n);
                }
                for (int i = from; i < n; i++) {
                    step(buffer[i]);
                }
                offset += n;
            }
            if (pendingCr) {
                terminator(Ending.CR);
            }
            if (!content) {
                throw refused("the file is empty (no header line, no rows). Was the export cut off? Export it again.");
            }
            if (quoted && !quoteInQuoted) {
                throw refused("line " + quoteOpenedAt + ": a value opens a quote (\") that is never closed, so everything after it "
                        + "would be one value. Close the quote, or export the file again with every quoted value closed.");
            }
        }

        /** Where the content starts; refuses UTF-16 before reading on. */
        private int startOf(byte[] head, int n) {
            if (n >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))
                    || looksUtf16(head, n)) {
                throw refused("the file is UTF-16 encoded (Excel's \"Unicode text\"), which is not read. Save it as UTF-8 "
                        + "(in Excel: Save as > \"CSV UTF-8 (comma delimited)\") and run again.");
            }
            return n >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        }

        /** UTF-16 without a byte order mark: text whose every other byte is NUL. */
        private static boolean looksUtf16(byte[] head, int n) {
            int pairs = Math.min(n, 64) / 2;
            if (pairs < 2) {
                return false;
            }
            int evenNul = 0, oddNul = 0;
            for (int i = 0; i < pairs * 2; i += 2) {
                if (head[i] == 0) evenNul++;
                if (head[i + 1] == 0) oddNul++;
            }
            return evenNul == pairs && oddNul == 0 || oddNul == pairs && evenNul == 0;
        }

        private void step(byte b) {
            if (pendingCr) {
                pendingCr = false;
                if (b == '\n') {
                    terminator(Ending.CRLF);
                    return;
                }
                terminator(Ending.CR);
            }
            // Tab, line ends, vertical tab (a line break in a cell in some tools), form feed and Ctrl-Z occur in text exports.
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0B && b != 0x0C && b != 0x1A) {
                throw refused("line " + line + " holds binary bytes (" + (b == 0 ? "a NUL byte" : String.format("control byte 0x%02X", b))
                        + "), so this is not a text export or it was damaged. Export the file again as CSV.");
            }
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                content = true;
            }
            if (quoted) {
                if (quoteInQuoted) {
                    quoteInQuoted = false;
                    if (b == '"') {
                        return; // "" inside a quoted value: a quote
                    }
                    quoted = false; // the quote closed the value; this byte follows it
                } else {
                    if (b == '"') {
                        quoteInQuoted = true;
                    } else if (b == '\n') {
                        line++; // a line break inside a quoted value
                    }
                    return;
                }
            }
            if (b == '"' && fieldStart) {
                quoted = true;
                quoteOpenedAt = line;
                fieldStart = false;
            } else if (b == '\r') {
                pendingCr = true;
            } else if (b == '\n') {
                terminator(Ending.LF);
            } else {
                fieldStart = b == delimiter;
            }
        }

        private void terminator(Ending ending) {
            switch (ending) {
                case CRLF -> firstCrlfLine = firstCrlfLine == 0 ? line : firstCrlfLine;
                case LF -> firstLfLine = firstLfLine == 0 ? line : firstLfLine;
                case CR -> firstCrLine = firstCrLine == 0 ? line : firstCrLine;
            }
            int kinds = (firstCrlfLine > 0 ? 1 : 0) + (firstLfLine > 0 ? 1 : 0) + (firstCrLine > 0 ? 1 : 0);
            if (kinds > 1) {
                throw refused("line " + line + " ends with " + ending.words + ", but line " + firstOther(ending) + " with "
                        + otherWords(ending) + ": the file mixes line ends (perhaps two exports were pasted together), which "
                        + "cannot be read. Save it again with one kind of line end (a text editor's \"line endings\" setting, "
                        + "or export it again) and run again.");
            }
            line++;
            fieldStart = true;
        }

        private long firstOther(Ending ending) {
            return ending != Ending.CRLF && firstCrlfLine > 0 ? firstCrlfLine : ending != Ending.LF && firstLfLine > 0 ? firstLfLine : firstCrLine;
        }

        private String otherWords(Ending ending) {
            return ending != Ending.CRLF && firstCrlfLine > 0 ? Ending.CRLF.words : ending != Ending.LF && firstLfLine > 0 ? Ending.LF.words : Ending.CR.words;
        }

        private FileRejectedException refused(String reason) {
            return new FileRejectedException(fileName, reason);
        }
    }

    private enum Ending {
        CRLF("a Windows line end (CR LF)"), LF("a Unix line end (LF only)"), CR("an old Mac line end (CR only)");

        final String words;

        Ending(String words) {
            this.words = words;
        }
    }
}
