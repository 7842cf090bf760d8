package nl.metrokaart.ingest.leercultuur;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import nl.metrokaart.ingest.FileRejectedException;
import nl.metrokaart.ingest.xlsx.SheetRows;
import nl.metrokaart.ingest.xlsx.SurveyWorkbook;


/**
 * A scan exported as a workbook (.xlsx, e.g. Microsoft Forms) becomes the CSV a scan CSV is, so
 * that one staging and one set of checks judge both: the first sheet whose header row (within
 * the first 20 rows, a title above it is allowed) names a company column, each row below it
 * with the row number the spreadsheet shows in a first column {@code source_line}.
 */
final class ScanWorkbook {

    static final int HEADER_SEARCH_ROWS = 20;
    static final String SOURCE_LINE = "source_line";

    private ScanWorkbook() {
    }

    /** Ends reading a sheet early. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /**
     * Writes the data sheet as CSV into {@code csv}.
     *
     * @param isHeader whether a row's texts are the header (they name a company column)
     * @throws FileRejectedException when the workbook cannot be read or no sheet has such a header
     */
    static void toCsv(Path xlsx, String fileName, Predicate<List<String>> isHeader, Path csv) {
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            Sheet[] data = {null};
            try {
                SurveyWorkbook.read(xlsx, sheetName -> {
                    if (data[0] != null && data[0].headerFound()) {
                        return null;
                    }
                    data[0] = new Sheet(isHeader, out);
                    return data[0];
                });
            } catch (Enough done) {
                // the data sheet was read
            }
            if (data[0] == null || !data[0].headerFound()) {
                throw new FileRejectedException(fileName, "no sheet has a header row (in its first " + HEADER_SEARCH_ROWS
                        + " rows) with a company column (company_kvk, kvk, kvk-nummer, ...)");
            }
        } catch (FileRejectedException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csv, e);
        } catch (Exception unreadable) {
            throw new FileRejectedException(fileName, "cannot be read as an Excel workbook (.xlsx; is it password-protected, "
                    + "or another kind of file renamed?): " + unreadable.getMessage());
        }
    }

    /** The texts of the first rows of the first sheets, to recognise a scan by its header. */
    static List<List<String>> firstRows(Path xlsx) {
        List<List<String>> rows = new ArrayList<>();
        try {
            SurveyWorkbook.read(xlsx, sheetName -> new Collector(rows));
        } catch (Exception unreadable) {
            // not a workbook we can read: not recognised by content
        }
        return rows;
    }

    /** Collects the first rows of each sheet. */
    private static final class Collector extends Cells {
        private final List<List<String>> rows;
        private int seen;

        Collector(List<List<String>> rows) {
            this.rows = rows;
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(texts());
            if (++seen >= HEADER_SEARCH_ROWS) {
                throw new Enough();
            }
        }
    }

    /** A row's texts from column A to its last filled cell, empty where a cell is. */
    private abstract static class Cells extends SheetRows {

        List<String> texts() {
            List<String> texts = new ArrayList<>();
            for (int i = 0; !cells.isEmpty() && i <= cells.lastKey(); i++) {
                texts.add(cells.getOrDefault(i, ""));
            }
            return texts;
        }
    }

    /** The sheet that may hold the data: finds its header, then writes every row below it. */
    private static final class Sheet extends Cells {
        private final Predicate<List<String>> isHeader;
        private final Writer out;
        private int width = -1;

        Sheet(Predicate<List<String>> isHeader, Writer out) {
            this.isHeader = isHeader;
            this.out = out;
        }

        boolean headerFound() {
            return width >= 0;
        }

        @Override
        public void endRow(int rowNum) {
            int line = rowNum + 1;  // the row number the spreadsheet shows
            List<String> texts = texts();
            if (width < 0) {
                if (!texts.isEmpty() && isHeader.test(texts)) {
                    width = texts.size();
                    write(SOURCE_LINE, texts);
                } else if (line >= HEADER_SEARCH_ROWS) {
                    throw new Enough();
                }
            } else if (!texts.isEmpty()) {
                write(String.valueOf(line), texts.size() > width ? texts.subList(0, width) : texts);
            }
        }

        private void write(String first, List<String> texts) {
            StringBuilder row = new StringBuilder(quoted(first));
            for (int i = 0; i < width; i++) {
                row.append(',').append(quoted(i < texts.size() ? texts.get(i) : ""));
            }
            try {
                out.write(row.append('\n').toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String quoted(String text) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
    }
}
