package nl.metrokaart.reports.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import nl.metrokaart.reports.BandColours;
import nl.metrokaart.reports.BandStatus;
import nl.metrokaart.reports.MetrokaartPicture;
import nl.metrokaart.reports.ReportLanguage;

/**
 * The metrokaart itself, drawn with Java2D: every lijn as a thick line in the catalogue's colour
 * through its module stations in catalogue order, each station sized by the participants present
 * at the module in the period, a module on several lijnen as one interchange where their lines
 * meet, and beside each lijn its runs per band status. Headless and deterministic: the same
 * picture gives the same bytes (fixed font, fixed layout, no time stamp in the PNG).
 */
public final class MetrokaartMap {

    public static final int MIN_WIDTH = 1600;
    public static final int TOP = 130;
    public static final int ROW = 180;
    public static final int FIRST_ROW = 62;
    public static final int TERMINUS = 36;
    public static final int PANEL_X = 40;
    public static final int TRACK_X0 = 500;
    public static final int RIGHT = 110;
    public static final int MIN_SPACING = 170;
    public static final int MAX_SPACING = 215;
    public static final float LINE = 12f;
    public static final int LEGEND_HEIGHT = 170;

    private static final String FONT = "DejaVu Sans";
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color GREY = new Color(0x66, 0x66, 0x66);
    private static final Color LIGHT = new Color(0xE6, 0xE6, 0xE6);
    private static final Color MISSING = new Color(0x88, 0x88, 0x88);

    private MetrokaartMap() {
    }

    public static byte[] png(MetrokaartPicture picture, ReportLanguage language) {
        Layout layout = Layout.of(picture);
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            new Painter(g, picture, layout, language, null, true).paint();
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How far down the picture its own title and subtitle reach: a page that titles it itself starts below. */
    public static final int HEADER = 120;

    /**
     * Draws the picture into {@code g} (e.g. a PDF page's vector graphics) from {@link #HEADER} down,
     * without its own title, the page titling it: {@code count} gives a station's number as text
     * (e.g. a privacy mark), or null for the number itself. Its size is {@link Layout#width()} by
     * {@link Layout#height()} minus {@link #HEADER}.
     */
    public static void drawBelowHeader(Graphics2D g, MetrokaartPicture picture, ReportLanguage language,
                                java.util.function.Function<String, String> count) {
        Layout layout = Layout.of(picture);
        Graphics2D shifted = (Graphics2D) g.create();
        try {
            shifted.translate(0, -HEADER);
            new Painter(shifted, picture, layout, language, count, false).paint();
        } finally {
            shifted.dispose();
        }
    }

    /**
     * Writes the picture as {@code metrokaart-YYYY-MM.png} (a whole month; {@code metro-map-...} in
     * English) or {@code metrokaart-FROM_TO.png} in {@code outDir}, and returns the file.
     */
    public static Path write(MetrokaartPicture picture, ReportLanguage language, Path outDir) {
        Path file = outDir.resolve(language.text("file.map", periodName(picture.from(), picture.to())) + ".png");
        try {
            Files.createDirectories(outDir);
            Path partial = outDir.resolve(file.getFileName() + ".part");
            Files.write(partial, png(picture, language));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the metrokaart picture to " + outDir, e);
        }
        return file;
    }

    /** A period in a file name: YYYY-MM for a whole month, else both dates. */
    public static String periodName(LocalDate from, LocalDate to) {
        if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
            return java.time.YearMonth.from(from).toString();
        }
        return from + "_" + to;
    }

    /** The period as a reader says it: a whole month by its name, otherwise both dates. */
    public static String period(LocalDate from, LocalDate to, ReportLanguage language) {
        if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
            return language.monthName(java.time.YearMonth.from(from));
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", language.locale());
        return day.format(from) + " – " + day.format(to);
    }

    /** The colour of a lijn from the catalogue's {@code #RRGGBB}; grey when it cannot be read. */
    public static Color colour(String hex) {
        if (hex == null) {
            return MISSING;
        }
        String digits = hex.trim().startsWith("#") ? hex.trim().substring(1) : hex.trim();
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2) + digits.charAt(2);
        }
        try {
            return digits.length() == 6 ? new Color(Integer.parseInt(digits, 16)) : MISSING;
        } catch (NumberFormatException e) {
            return MISSING;
        }
    }

    /** White or near-black, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        double luminance = (0.299 * background.getRed() + 0.587 * background.getGreen() + 0.114 * background.getBlue()) / 255;
        return luminance > 0.62 ? INK : Color.WHITE;
    }

    public static Color faded(Color c) {
        return new Color(c.getRed() + (255 - c.getRed()) * 3 / 5, c.getGreen() + (255 - c.getGreen()) * 3 / 5,
                c.getBlue() + (255 - c.getBlue()) * 3 / 5);
    }

    /**
     * Where everything goes. Rows are lijnen (catalogue order, except that a lijn sharing a module
     * with the lijn above follows it directly); columns are station slots. A lijn's stations take
     * consecutive columns from its offset, chosen so that a module it shares with a lijn placed
     * before sits in the same column: there the lijnen bend towards each other and meet in one
     * interchange. A module whose column cannot be shared (two shared modules asking different
     * offsets, or a lijn between with its own station in that column) is drawn on each lijn with a
     * marker instead.
     */
    public record Layout(int width, int height, int spacing, List<Row> rows, List<Spot> spots, List<Interchange> interchanges) {

        /** A lijn's row: the y of its line, the x of its first and last station, and the line's path (x, y points). */
        record Row(MetrokaartPicture.Lijn lijn, int y, int firstX, int lastX, List<double[]> path) {
        }

        /**
         * A station on one lijn. {@code alsoOn}: other lijnen showing the same module apart (a
         * repeated station); {@code inInterchange}: drawn as part of an interchange (its y is then
         * where the lijn meets the others, off its row).
         */
        record Spot(String lijnCode, String moduleCode, int x, int y, boolean inInterchange, List<String> alsoOn) {
        }

        /** One module where several lijnen meet: a capsule at x through the lijnen's points ys (top to bottom). */
        record Interchange(String moduleCode, int x, List<Integer> ys, List<String> lijnCodes, double radius, boolean labelLeft) {
        }

        public static Layout of(MetrokaartPicture picture) {
            List<MetrokaartPicture.Lijn> order = order(picture.lijnen());
            Map<String, Integer> participants = new HashMap<>();
            picture.modules().forEach(m -> participants.put(m.code(), m.participants()));
            int maxParticipants = picture.modules().stream().mapToInt(MetrokaartPicture.Module::participants).max().orElse(0);
            Map<String, Integer> offset = new HashMap<>();
            // Offsets: the first lijn of each group sharing modules starts at 0; later ones align on a shared module.
            for (MetrokaartPicture.Lijn lijn : order) {
                Integer chosen = null;
                for (MetrokaartPicture.Lijn placed : order) {
                    if (!offset.containsKey(placed.code()) || chosen != null) {
                        continue;
                    }
                    for (int p = 0; p < lijn.moduleCodes().size() && chosen == null; p++) {
                        int q = placed.moduleCodes().indexOf(lijn.moduleCodes().get(p));
                        if (q >= 0) {
                            chosen = offset.get(placed.code()) + q - p;
                        }
                    }
                }
                offset.put(lijn.code(), chosen == null ? 0 : chosen);
            }
            normalise(order, offset);
            int columns = 1;
            for (MetrokaartPicture.Lijn lijn : order) {
                columns = Math.max(columns, offset.get(lijn.code()) + lijn.moduleCodes().size());
            }
            int spacing = columns <= 1 ? MAX_SPACING
                    : Math.max(MIN_SPACING, Math.min(MAX_SPACING, (MIN_WIDTH - TRACK_X0 - RIGHT) / (columns - 1)));
            int width = Math.max(MIN_WIDTH, TRACK_X0 + (columns - 1) * spacing + RIGHT);
            int height = TOP + Math.max(1, order.size()) * ROW + LEGEND_HEIGHT;
            int[] rowY = new int[order.size()];
            for (int i = 0; i < order.size(); i++) {
                rowY[i] = TOP + i * ROW + FIRST_ROW;
            }

            // Which shared modules can be one interchange: the same column on every lijn, no other station in between.
            Map<String, List<int[]>> places = new LinkedHashMap<>(); // module -> [row, column]
            for (int i = 0; i < order.size(); i++) {
                MetrokaartPicture.Lijn lijn = order.get(i);
                for (int p = 0; p < lijn.moduleCodes().size(); p++) {
                    places.computeIfAbsent(lijn.moduleCodes().get(p), k -> new ArrayList<>()).add(new int[]{i, offset.get(lijn.code()) + p});
                }
            }
            List<Interchange> interchanges = new ArrayList<>();
            Map<String, Integer> meetY = new HashMap<>(); // "lijn/module" -> the y where that lijn passes the interchange
            for (Map.Entry<String, List<int[]>> e : places.entrySet()) {
                List<int[]> at = e.getValue().stream().sorted(java.util.Comparator.comparingInt(pl -> pl[0])).toList();
                if (at.size() < 2 || !at.stream().allMatch(pl -> pl[1] == at.get(0)[1])) {
                    continue;
                }
                int column = at.get(0)[1];
                boolean clear = true;
                for (int r = at.get(0)[0] + 1; r < at.get(at.size() - 1)[0]; r++) {
                    final int row = r;
                    int o = offset.get(order.get(r).code());
                    if (at.stream().noneMatch(pl -> pl[0] == row) && column >= o && column < o + order.get(r).moduleCodes().size()) {
                        clear = false;
                    }
                }
                if (!clear) {
                    continue;
                }
                double radius = Math.max(radius(participants.getOrDefault(e.getKey(), 0), maxParticipants), 11);
                // The lijnen meet around the middle of their rows, their points one station apart.
                double middle = at.stream().mapToInt(pl -> rowY[pl[0]]).average().orElseThrow();
                double step = 2 * radius + 6;
                List<Integer> ys = new ArrayList<>();
                List<String> codes = new ArrayList<>();
                for (int k = 0; k < at.size(); k++) {
                    int y = (int) Math.round(middle + (k - (at.size() - 1) / 2.0) * step);
                    ys.add(y);
                    codes.add(order.get(at.get(k)[0]).code());
                    meetY.put(order.get(at.get(k)[0]).code() + "/" + e.getKey(), y);
                }
                // The label goes right of the capsule, unless a lijn ends there and its terminus is in the way.
                boolean lastOfALijn = at.stream().anyMatch(pl -> pl[1] == offset.get(order.get(pl[0]).code())
                        + order.get(pl[0]).moduleCodes().size() - 1);
                interchanges.add(new Interchange(e.getKey(), TRACK_X0 + column * spacing, ys, codes, radius, lastOfALijn));
            }

            List<Row> rows = new ArrayList<>();
            List<Spot> spots = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                MetrokaartPicture.Lijn lijn = order.get(i);
                int first = TRACK_X0 + offset.get(lijn.code()) * spacing;
                List<double[]> stations = new ArrayList<>();
                for (int p = 0; p < lijn.moduleCodes().size(); p++) {
                    String module = lijn.moduleCodes().get(p);
                    Integer y = meetY.get(lijn.code() + "/" + module);
                    List<String> alsoOn = y != null ? List.of() : order.stream()
                            .filter(l -> !l.code().equals(lijn.code()) && l.moduleCodes().contains(module))
                            .map(MetrokaartPicture.Lijn::code).toList();
                    int x = first + p * spacing;
                    spots.add(new Spot(lijn.code(), module, x, y == null ? rowY[i] : y, y != null, alsoOn));
                    stations.add(new double[]{x, y == null ? rowY[i] : y, y == null ? 0 : 1});
                }
                int last = first + Math.max(0, lijn.moduleCodes().size() - 1) * spacing;
                rows.add(new Row(lijn, rowY[i], first, last, path(stations, rowY[i], first, last)));
            }
            return new Layout(width, height, spacing, rows, spots, interchanges);
        }

        /**
         * The line through a lijn's stations ({x, y, bent}): straight along its row, leaving it at
         * 45 degrees just before an interchange off the row and back just after it, and running on
         * past both ends to the termini.
         */
        static List<double[]> path(List<double[]> stations, int rowY, int firstX, int lastX) {
            List<double[]> points = new ArrayList<>();
            if (stations.isEmpty()) {
                points.add(new double[]{firstX - TERMINUS, rowY});
                points.add(new double[]{lastX + TERMINUS, rowY});
                return points;
            }
            double[] head = stations.get(0);
            points.add(new double[]{head[0] - TERMINUS, head[1]});
            points.add(new double[]{head[0], head[1]});
            for (int k = 1; k < stations.size(); k++) {
                double[] a = stations.get(k - 1);
                double[] b = stations.get(k);
                double dy = Math.abs(b[1] - a[1]);
                if (dy > 0.5) {
                    double flat = 14;
                    if (b[2] > 0 && a[2] == 0) {
                        points.add(new double[]{b[0] - flat - dy, a[1]});
                        points.add(new double[]{b[0] - flat, b[1]});
                    } else if (a[2] > 0 && b[2] == 0) {
                        points.add(new double[]{a[0] + flat, a[1]});
                        points.add(new double[]{a[0] + flat + dy, b[1]});
                    } else {
                        double middle = (a[0] + b[0]) / 2;
                        points.add(new double[]{middle - dy / 2, a[1]});
                        points.add(new double[]{middle + dy / 2, b[1]});
                    }
                }
                points.add(new double[]{b[0], b[1]});
            }
            double[] tail = stations.get(stations.size() - 1);
            points.add(new double[]{tail[0] + TERMINUS, tail[1]});
            return points;
        }

        /** Catalogue order, except that lijnen sharing a module are pulled together (breadth first). */
        static List<MetrokaartPicture.Lijn> order(List<MetrokaartPicture.Lijn> lijnen) {
            List<MetrokaartPicture.Lijn> order = new ArrayList<>();
            for (MetrokaartPicture.Lijn start : lijnen) {
                if (order.contains(start)) {
                    continue;
                }
                java.util.ArrayDeque<MetrokaartPicture.Lijn> queue = new java.util.ArrayDeque<>(List.of(start));
                while (!queue.isEmpty()) {
                    MetrokaartPicture.Lijn next = queue.poll();
                    if (order.contains(next)) {
                        continue;
                    }
                    order.add(next);
                    for (MetrokaartPicture.Lijn other : lijnen) {
                        if (!order.contains(other) && !queue.contains(other)
                                && other.moduleCodes().stream().anyMatch(next.moduleCodes()::contains)) {
                            queue.add(other);
                        }
                    }
                }
            }
            return order;
        }

        /** Shifts each group of lijnen linked by shared modules so that its leftmost station is in column 0. */
        private static void normalise(List<MetrokaartPicture.Lijn> order, Map<String, Integer> offset) {
            Map<String, Integer> group = new HashMap<>();
            int groups = 0;
            for (MetrokaartPicture.Lijn lijn : order) {
                if (group.containsKey(lijn.code())) {
                    continue;
                }
                java.util.ArrayDeque<MetrokaartPicture.Lijn> queue = new java.util.ArrayDeque<>(List.of(lijn));
                while (!queue.isEmpty()) {
                    MetrokaartPicture.Lijn next = queue.poll();
                    if (group.putIfAbsent(next.code(), groups) != null) {
                        continue;
                    }
                    order.stream().filter(o -> !group.containsKey(o.code())
                            && o.moduleCodes().stream().anyMatch(next.moduleCodes()::contains)).forEach(queue::add);
                }
                groups++;
            }
            for (int gr = 0; gr < groups; gr++) {
                final int current = gr;
                int min = order.stream().filter(l -> group.get(l.code()) == current).mapToInt(l -> offset.get(l.code())).min().orElse(0);
                order.stream().filter(l -> group.get(l.code()) == current).forEach(l -> offset.put(l.code(), offset.get(l.code()) - min));
            }
        }

        Spot spot(String lijnCode, String moduleCode) {
            return spots.stream().filter(s -> s.lijnCode().equals(lijnCode) && s.moduleCode().equals(moduleCode)).findFirst().orElseThrow();
        }
    }

    /** Draws one picture from its layout. */
    private static final class Painter {

        private final Graphics2D g;
        private final MetrokaartPicture picture;
        private final Layout layout;
        private final ReportLanguage language;
        private final Map<String, MetrokaartPicture.Module> modules = new HashMap<>();
        private final int maxParticipants;
        private final java.util.function.Function<String, String> countText;
        private final boolean header;

        Painter(Graphics2D g, MetrokaartPicture picture, Layout layout, ReportLanguage language,
                java.util.function.Function<String, String> countText, boolean header) {
            this.g = g;
            this.countText = countText;
            this.header = header;
            this.picture = picture;
            this.layout = layout;
            this.language = language;
            picture.modules().forEach(m -> modules.put(m.code(), m));
            this.maxParticipants = picture.modules().stream().mapToInt(MetrokaartPicture.Module::participants).max().orElse(0);
        }

        void paint() {
            g.setColor(Color.WHITE);
            g.fillRect(0, header ? 0 : HEADER, layout.width(), layout.height() - (header ? 0 : HEADER));
            if (header) {
                header();
            }
            for (Layout.Row row : layout.rows()) {
                line(row);
            }
            for (Layout.Interchange interchange : layout.interchanges()) {
                interchange(interchange);
            }
            for (Layout.Spot spot : layout.spots()) {
                if (!spot.inInterchange()) {
                    station(spot);
                }
            }
            for (Layout.Row row : layout.rows()) {
                panel(row);
            }
            labels();
            legend();
        }

        private void header() {
            String title = picture.pps() == null || picture.pps().isBlank() ? language.text("map.title.plain")
                    : language.text("map.title", picture.pps());
            g.setColor(INK);
            g.setFont(font(Font.BOLD, 28));
            g.drawString(title, PANEL_X, 62);
            g.setFont(font(Font.PLAIN, 15));
            g.setColor(GREY);
            g.drawString(language.text("map.subtitle", period(picture.from(), picture.to(), language)), PANEL_X, 94);
            g.setColor(LIGHT);
            g.fillRect(PANEL_X, 116, layout.width() - 2 * PANEL_X, 2);
        }

        private Color colourOf(MetrokaartPicture.Lijn lijn) {
            Color c = colour(lijn.colour());
            return lijn.activeRuns() == 0 ? faded(c) : c;
        }

        private void line(Layout.Row row) {
            Color c = colourOf(row.lijn());
            java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
            List<double[]> points = row.path();
            path.moveTo(points.get(0)[0], points.get(0)[1]);
            for (int i = 1; i < points.size(); i++) {
                path.lineTo(points.get(i)[0], points.get(i)[1]);
            }
            g.setColor(c);
            g.setStroke(new BasicStroke(LINE, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(path);
            // Termini: the bar across the line's ends, as on every metro map.
            double[] start = points.get(0);
            double[] end = points.get(points.size() - 1);
            g.draw(new Line2D.Double(start[0] + LINE / 2, start[1] - 15, start[0] + LINE / 2, start[1] + 15));
            g.draw(new Line2D.Double(end[0] - LINE / 2, end[1] - 15, end[0] - LINE / 2, end[1] + 15));
        }

        double radiusOf(String moduleCode) {
            return radius(participants(moduleCode), maxParticipants);
        }

        private void station(Layout.Spot spot) {
            MetrokaartPicture.Lijn lijn = lijn(spot.lijnCode());
            Color c = colourOf(lijn);
            double r = radiusOf(spot.moduleCode());
            highlight(spot.moduleCode(), spot.x(), spot.y(), spot.y(), r);
            disc(spot.x(), spot.y(), r + 3.5, Color.WHITE);
            if (participants(spot.moduleCode()) == 0) {
                ring(spot.x(), spot.y(), r - 1.5, c, 3.5f);
            } else {
                disc(spot.x(), spot.y(), r, c);
                count(spot.moduleCode(), spot.x(), spot.y(), c);
            }
            if (!spot.alsoOn().isEmpty()) {
                // A shared module that could not be laid out as one interchange: a black ring says "also elsewhere".
                ring(spot.x(), spot.y(), r + 3.5, INK, 2.5f);
            }
        }

        private void interchange(Layout.Interchange interchange) {
            double r = interchange.radius();
            int top = interchange.ys().get(0);
            int bottom = interchange.ys().get(interchange.ys().size() - 1);
            highlight(interchange.moduleCode(), interchange.x(), top, bottom, r + 3);
            RoundRectangle2D capsule = new RoundRectangle2D.Double(interchange.x() - r - 4, top - r - 4, 2 * r + 8,
                    bottom - top + 2 * r + 8, 2 * r + 8, 2 * r + 8);
            g.setColor(Color.WHITE);
            g.fill(capsule);
            g.setColor(INK);
            g.setStroke(new BasicStroke(3.5f));
            g.draw(capsule);
            int participants = participants(interchange.moduleCode());
            for (int i = 0; i < interchange.ys().size(); i++) {
                Color c = colourOf(lijn(interchange.lijnCodes().get(i)));
                if (participants == 0) {
                    ring(interchange.x(), interchange.ys().get(i), r - 3, c, 3.5f);
                } else {
                    disc(interchange.x(), interchange.ys().get(i), r - 1, c);
                    count(interchange.moduleCode(), interchange.x(), interchange.ys().get(i), c);
                }
            }
        }

        private void highlight(String moduleCode, int x, int top, int bottom, double r) {
            if (!picture.highlighted().contains(moduleCode)) {
                return;
            }
            double halo = r + 10;
            g.setColor(INK);
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[]{6f, 4f}, 0f));
            g.draw(new RoundRectangle2D.Double(x - halo, top - halo, 2 * halo, bottom - top + 2 * halo, 2 * halo, 2 * halo));
        }

        private void count(String moduleCode, int x, int y, Color background) {
            int n = participants(moduleCode);
            if (n <= 0 || radiusOf(moduleCode) < 10) {
                return;
            }
            String shown = countText == null ? null : countText.apply(moduleCode);
            String text = shown != null ? shown : java.text.NumberFormat.getIntegerInstance(language.locale()).format(n);
            g.setFont(font(Font.BOLD, n >= 100 ? 10 : 12));
            FontMetrics fm = g.getFontMetrics();
            g.setColor(textOn(background));
            g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0), (float) (y + fm.getAscent() / 2.0 - 1.5));
        }

        /**
         * Code and title under each station, wrapped to the column; beside an interchange, in the
         * wedge its lijnen leave open when they bend away from it.
         */
        private void labels() {
            int width = layout.spacing() - 26;
            for (Layout.Spot spot : layout.spots()) {
                if (!spot.inInterchange()) {
                    int y = spot.y() + (int) radiusOf(spot.moduleCode()) + 6;
                    if (picture.highlighted().contains(spot.moduleCode())) {
                        y += 8;
                    }
                    List<String> extra = spot.alsoOn().isEmpty() ? List.of()
                            : List.of(language.text("map.also_on", String.join(", ", spot.alsoOn())));
                    label(spot.moduleCode(), spot.x(), y, width, 0, extra);
                }
            }
            for (Layout.Interchange ic : layout.interchanges()) {
                int middle = (ic.ys().get(0) + ic.ys().get(ic.ys().size() - 1)) / 2;
                int gap = (int) ic.radius() + 14 + (picture.highlighted().contains(ic.moduleCode()) ? 10 : 0);
                int labelWidth = layout.spacing() * 2 / 3;
                int x = ic.labelLeft() ? ic.x() - gap : ic.x() + gap;
                // Up to three lines around the middle of the capsule, a little low: clear of the upper row's labels.
                label(ic.moduleCode(), x, middle - 16, labelWidth, ic.labelLeft() ? -1 : 1, List.of());
            }
        }

        /** A station's code (bold) and title (wrapped), from {@code top}: centred (align 0), left of x (-1) or right of x (1). */
        private void label(String moduleCode, int x, int top, int width, int align, List<String> extra) {
            MetrokaartPicture.Module module = modules.get(moduleCode);
            g.setColor(INK);
            g.setFont(font(Font.BOLD, 12));
            FontMetrics bold = g.getFontMetrics();
            int y = top + bold.getAscent();
            g.drawString(moduleCode, anchor(x, bold.stringWidth(moduleCode), align), y);
            g.setFont(font(Font.PLAIN, 11));
            g.setColor(GREY);
            FontMetrics plain = g.getFontMetrics();
            List<String> lines = new ArrayList<>(wrap(module == null ? "" : module.title(), plain, width, 2));
            lines.addAll(extra);
            for (String text : lines) {
                y += plain.getHeight();
                g.drawString(text, anchor(x, plain.stringWidth(text), align), y);
            }
        }

        private static float anchor(int x, int textWidth, int align) {
            return align == 0 ? x - textWidth / 2f : align < 0 ? x - textWidth : x;
        }

        /** Left of each line: the lijn's code in its colour, its name, and its runs in the period per band status. */
        private void panel(Layout.Row row) {
            MetrokaartPicture.Lijn lijn = row.lijn();
            Color c = colour(lijn.colour());
            g.setFont(font(Font.BOLD, 15));
            FontMetrics fm = g.getFontMetrics();
            int pillWidth = fm.stringWidth(lijn.code()) + 24;
            int pillTop = row.y() - 44;
            g.setColor(c);
            g.fill(new RoundRectangle2D.Double(PANEL_X, pillTop, pillWidth, 28, 28, 28));
            g.setColor(textOn(c));
            g.drawString(lijn.code(), PANEL_X + 12, pillTop + 14 + fm.getAscent() / 2f - 2);

            g.setFont(font(Font.BOLD, 14));
            FontMetrics nameFont = g.getFontMetrics();
            int nameX = PANEL_X + pillWidth + 12;
            int panelRight = TRACK_X0 - 70;
            List<String> name = wrap(lijn.name() == null ? "" : lijn.name(), nameFont, panelRight - nameX, 2);
            g.setColor(INK);
            int y = pillTop + 14 + nameFont.getAscent() / 2 - 2 - (name.size() - 1) * nameFont.getHeight() / 2;
            for (String text : name) {
                g.drawString(text, nameX, y);
                y += nameFont.getHeight();
            }

            // The runs active in the period, per band status, as coloured chips.
            g.setFont(font(Font.PLAIN, 12));
            FontMetrics small = g.getFontMetrics();
            int x = PANEL_X;
            int chipY = row.y() + 6;
            if (lijn.activeRuns() == 0) {
                g.setColor(GREY);
                g.drawString(language.text("map.no_runs"), x, chipY + small.getAscent());
                return;
            }
            String runs = language.text("map.runs", lijn.activeRuns());
            g.setColor(INK);
            g.drawString(runs, x, chipY + small.getAscent());
            x += small.stringWidth(runs) + 10;
            for (BandStatus status : BandStatus.values()) {
                int n = lijn.runsByStatus().getOrDefault(status, 0);
                if (n == 0) {
                    continue;
                }
                String text = n + " " + language.text(status.messageKey());
                int chipWidth = small.stringWidth(text) + 16;
                if (x + chipWidth > panelRight + 20) {
                    x = PANEL_X;
                    chipY += 26;
                }
                Color sc = BandColours.strong(status);
                g.setColor(sc);
                g.fill(new RoundRectangle2D.Double(x, chipY - 3, chipWidth, 22, 22, 22));
                g.setColor(Color.WHITE);
                g.drawString(text, x + 8, chipY + small.getAscent());
                x += chipWidth + 6;
            }
        }

        private void legend() {
            int top = layout.height() - LEGEND_HEIGHT + 20;
            g.setColor(LIGHT);
            g.fillRect(PANEL_X, top - 12, layout.width() - 2 * PANEL_X, 2);
            g.setFont(font(Font.PLAIN, 13));
            FontMetrics fm = g.getFontMetrics();
            int y = top + 34;
            int x = PANEL_X;
            Color sample = new Color(0x55, 0x55, 0x55);
            // Station sizes.
            g.setColor(INK);
            g.setFont(font(Font.BOLD, 13));
            g.drawString(language.text("map.legend.stations"), x, y - 26 + fm.getAscent() / 2);
            g.setFont(font(Font.PLAIN, 13));
            int max = Math.max(1, maxParticipants);
            int[] examples = max >= 10 ? new int[]{1, Math.max(2, Math.round(max / 3f)), max} : new int[]{1, max};
            for (int n : java.util.Arrays.stream(examples).distinct().toArray()) {
                double r = radius(n, maxParticipants);
                disc(x + r, y + 6, r, sample);
                String text = String.valueOf(n);
                g.setFont(font(Font.BOLD, 12));
                FontMetrics b = g.getFontMetrics();
                if (r >= 10) {
                    g.setColor(Color.WHITE);
                    g.drawString(text, (float) (x + r - b.stringWidth(text) / 2.0), (float) (y + 6 + b.getAscent() / 2.0 - 1.5));
                }
                x += (int) (2 * r) + 14;
            }
            g.setFont(font(Font.PLAIN, 13));
            g.setColor(INK);
            String sizes = language.text("map.legend.sizes");
            g.drawString(sizes, x, y + 6 + fm.getAscent() / 2 - 2);
            x += fm.stringWidth(sizes) + 36;
            ring(x + 8, y + 6, 6.5, sample, 3.5f);
            g.setColor(INK);
            String none = language.text("map.legend.none");
            g.drawString(none, x + 24, y + 6 + fm.getAscent() / 2 - 2);
            x += 24 + fm.stringWidth(none) + 36;
            // Interchange.
            RoundRectangle2D capsule = new RoundRectangle2D.Double(x, y - 12, 24, 38, 24, 24);
            g.setColor(Color.WHITE);
            g.fill(capsule);
            g.setColor(INK);
            g.setStroke(new BasicStroke(3f));
            g.draw(capsule);
            disc(x + 12, y - 1, 7, sample);
            disc(x + 12, y + 13, 7, sample);
            String interchange = language.text("map.legend.interchange");
            g.drawString(interchange, x + 34, y + 6 + fm.getAscent() / 2 - 2);

            // Second row: band statuses, then the optional marks.
            y += 58;
            x = PANEL_X;
            g.setFont(font(Font.BOLD, 13));
            String runs = language.text("map.legend.runs");
            g.drawString(runs, x, y + fm.getAscent() / 2 - 2);
            x += g.getFontMetrics().stringWidth(runs) + 14;
            g.setFont(font(Font.PLAIN, 12));
            FontMetrics small = g.getFontMetrics();
            for (BandStatus status : BandStatus.values()) {
                String text = language.text(status.messageKey());
                int w = small.stringWidth(text) + 16;
                g.setColor(BandColours.strong(status));
                g.fill(new RoundRectangle2D.Double(x, y - 11, w, 22, 22, 22));
                g.setColor(Color.WHITE);
                g.drawString(text, x + 8, y + small.getAscent() / 2f - 2);
                x += w + 8;
            }
            g.setFont(font(Font.PLAIN, 13));
            x += 28;
            if (picture.lijnen().stream().anyMatch(l -> l.activeRuns() == 0)) {
                g.setColor(faded(sample));
                g.setStroke(new BasicStroke(LINE, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(x, y, x + 44, y));
                g.setColor(INK);
                String faded = language.text("map.legend.faded");
                g.drawString(faded, x + 54, y + fm.getAscent() / 2 - 2);
                x += 54 + fm.stringWidth(faded) + 36;
            }
            if (!picture.highlighted().isEmpty()) {
                g.setColor(INK);
                g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[]{6f, 4f}, 0f));
                g.draw(new Ellipse2D.Double(x, y - 12, 24, 24));
                disc(x + 12, y, 7, sample);
                String highlighted = language.text("map.legend.highlighted");
                g.drawString(highlighted, x + 34, y + fm.getAscent() / 2 - 2);
            }
            g.setFont(font(Font.PLAIN, 11));
            g.setColor(GREY);
            String source = language.text("map.source");
            g.drawString(source, layout.width() - PANEL_X - g.getFontMetrics().stringWidth(source), layout.height() - 16);
        }

        private MetrokaartPicture.Lijn lijn(String code) {
            return picture.lijnen().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
        }

        private int participants(String moduleCode) {
            MetrokaartPicture.Module m = modules.get(moduleCode);
            return m == null ? 0 : m.participants();
        }

        private void disc(double x, double y, double r, Color c) {
            g.setColor(c);
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }

        private void ring(double x, double y, double r, Color c, float width) {
            g.setColor(c);
            g.setStroke(new BasicStroke(width));
            g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    }

    /** A station's radius: its area grows with the participants, from 9 px for one to 25 px for the most. */
    public static double radius(int participants, int maxParticipants) {
        if (participants <= 0 || maxParticipants <= 0) {
            return 8;
        }
        return 9 + 16 * Math.sqrt(participants / (double) maxParticipants);
    }

    public static Font font(int style, int size) {
        return new Font(FONT, style, size);
    }

    /** Words wrapped to {@code width} pixels, at most {@code maxLines} lines; the last one ends in … when cut. */
    public static List<String> wrap(String text, FontMetrics fm, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        int i = 0;
        for (; i < words.length; i++) {
            String word = words[i];
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
                if (lines.size() == maxLines) {
                    break;
                }
            }
        }
        if (lines.size() < maxLines && line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
        }
        boolean cut = i < words.length || line.length() > 0;
        if (!lines.isEmpty()) {
            String last = lines.get(lines.size() - 1);
            if (cut || fm.stringWidth(last) > width) {
                while (!last.isEmpty() && fm.stringWidth(last + "…") > width) {
                    last = last.substring(0, last.length() - 1).stripTrailing();
                }
                lines.set(lines.size() - 1, last + "…");
            }
        }
        return lines;
    }
}
