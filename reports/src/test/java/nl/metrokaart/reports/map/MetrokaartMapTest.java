package nl.metrokaart.reports.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

import nl.metrokaart.reports.BandStatus;
import nl.metrokaart.reports.MetrokaartPicture;
import nl.metrokaart.reports.ReportLanguage;

import org.junit.jupiter.api.Test;

public class MetrokaartMapTest {

    /** Two lijnen sharing NM-3 (second station of ROOD, first of GROEN), and a lijn of its own. */
    public static final MetrokaartPicture PICTURE = new MetrokaartPicture("PPS Test", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
            List.of(
                    new MetrokaartPicture.Lijn("ROOD", "Rode lijn - basis", "#D7263D", List.of("NM-1", "NM-3", "NM-2"),
                            Map.of(BandStatus.ONDER_MINIMUM, 1, BandStatus.BINNEN_BAND, 2)),
                    new MetrokaartPicture.Lijn("GEEL", "Gele lijn", "#F2B705", List.of("NM-5", "NM-6"), Map.of()),
                    new MetrokaartPicture.Lijn("GROEN", "Groene lijn - Digitale koers voor de ondernemer", "#2E9E4F",
                            List.of("NM-3", "NM-4"), Map.of(BandStatus.OVERBOEKT, 1))),
            List.of(new MetrokaartPicture.Module("NM-1", "Sensoren in de praktijk", 18),
                    new MetrokaartPicture.Module("NM-2", "Van storing naar oorzaak", 0),
                    new MetrokaartPicture.Module("NM-3", "Leercultuur in het mkb", 11),
                    new MetrokaartPicture.Module("NM-4", "Investeren in slimme productie met een heel lange titel die niet past", 4),
                    new MetrokaartPicture.Module("NM-5", "Kennismaken met cobots", 1),
                    new MetrokaartPicture.Module("NM-6", "Een cobot programmeren", 7)),
            Set.of("NM-4"));

    @Test
    void thePngDecodesWithItsSizeAndAStationInItsLijnsColour() throws IOException {
        byte[] png = MetrokaartMap.png(PICTURE, ReportLanguage.NL);
        preview(png, "metrokaart-test.png");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        MetrokaartMap.Layout layout = MetrokaartMap.Layout.of(PICTURE);
        assertThat(image.getWidth()).isEqualTo(layout.width()).isEqualTo(MetrokaartMap.MIN_WIDTH);
        assertThat(image.getHeight()).isEqualTo(layout.height());

        // NM-1 has the most participants: the biggest station, filled with ROOD's colour. Its
        // centre holds the count, so look halfway between the centre and the edge, above it.
        MetrokaartMap.Layout.Spot station = layout.spot("ROOD", "NM-1");
        double r = MetrokaartMap.radius(18, 18);
        assertThat(new Color(image.getRGB(station.x(), (int) (station.y() - r * 0.75)))).isEqualTo(new Color(0xD7263D));
        // ... and the line between two stations too.
        MetrokaartMap.Layout.Spot next = layout.spot("ROOD", "NM-3");
        assertThat(new Color(image.getRGB((station.x() + next.x()) / 2, station.y()))).isEqualTo(new Color(0xD7263D));
    }

    @Test
    void aModuleOnTwoLijnenIsOneInterchangeWhereTheirLinesMeet() {
        MetrokaartMap.Layout layout = MetrokaartMap.Layout.of(PICTURE);

        // GROEN shares NM-3 with ROOD, so it is drawn right below ROOD (before GEEL) ...
        assertThat(layout.rows()).extracting(row -> row.lijn().code()).containsExactly("ROOD", "GROEN", "GEEL");
        // ... starting one column to the right, so that NM-3 is in the same column on both.
        assertThat(layout.spot("GROEN", "NM-3").x()).isEqualTo(layout.spot("ROOD", "NM-3").x());
        assertThat(layout.interchanges()).singleElement().satisfies(interchange -> {
            assertThat(interchange.moduleCode()).isEqualTo("NM-3");
            assertThat(interchange.lijnCodes()).containsExactly("ROOD", "GROEN");
        });
        assertThat(layout.spot("GEEL", "NM-5").x()).isEqualTo(layout.spot("ROOD", "NM-1").x());
    }

    @Test
    void aSharedModuleThatCannotBeOneStationIsRepeatedWithAMarker() {
        // NM-A and NM-B both on X and Y, in opposite orders: one column cannot hold both.
        MetrokaartPicture crossed = new MetrokaartPicture("", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of(
                new MetrokaartPicture.Lijn("X", "X", "#123456", List.of("NM-A", "NM-B"), Map.of()),
                new MetrokaartPicture.Lijn("Y", "Y", "zwart", List.of("NM-B", "NM-A"), Map.of())),
                List.of(new MetrokaartPicture.Module("NM-A", "A", 3), new MetrokaartPicture.Module("NM-B", "B", 0)), Set.of());

        MetrokaartMap.Layout layout = MetrokaartMap.Layout.of(crossed);

        assertThat(layout.interchanges()).hasSize(1);
        String repeated = layout.interchanges().get(0).moduleCode().equals("NM-A") ? "NM-B" : "NM-A";
        assertThat(layout.spot("X", repeated).alsoOn()).containsExactly("Y");
        assertThat(layout.spot("Y", repeated).alsoOn()).containsExactly("X");
        assertThat(MetrokaartMap.png(crossed, ReportLanguage.EN)).isNotEmpty();
    }

    @Test
    void aCatalogueWithoutLijnenOrWithEmptyOnesStillDraws() throws IOException {
        MetrokaartPicture empty = new MetrokaartPicture(null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), List.of(), List.of(), Set.of());
        MetrokaartPicture bare = new MetrokaartPicture("PPS", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                List.of(new MetrokaartPicture.Lijn("LEEG", null, null, List.of(), Map.of()),
                        new MetrokaartPicture.Lijn("X", "X", "#abc", List.of("NM-9"), Map.of(BandStatus.VOL, 1))),
                List.of(), Set.of("NM-9"));

        for (MetrokaartPicture picture : List.of(empty, bare)) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(MetrokaartMap.png(picture, ReportLanguage.NL)));
            assertThat(image.getWidth()).isEqualTo(MetrokaartMap.MIN_WIDTH);
        }
    }

    @Test
    void theSamePictureGivesTheSameBytes() {
        assertThat(MetrokaartMap.png(PICTURE, ReportLanguage.EN)).isEqualTo(MetrokaartMap.png(PICTURE, ReportLanguage.EN));
    }

    @Test
    void aWholeMonthIsNamedAndOtherPeriodsShowBothDates() {
        assertThat(MetrokaartMap.period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), ReportLanguage.NL)).isEqualTo("oktober 2026");
        assertThat(MetrokaartMap.period(LocalDate.of(2025, 11, 28), LocalDate.of(2026, 11, 27), ReportLanguage.EN))
                .isEqualTo("28 Nov 2025 – 27 Nov 2026");
    }

    /** With -Dmetrokaart.preview=DIR the pictures are also written there, to look at. */
    public static void preview(byte[] png, String name) throws IOException {
        String dir = System.getProperty("metrokaart.preview");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name), png);
        }
    }
}
