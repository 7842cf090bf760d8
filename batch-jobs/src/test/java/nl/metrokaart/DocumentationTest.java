package nl.metrokaart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the documentation honest, so that a clone needs nothing outside the repository: every
 * relative link of README.md, docs/ and the sample's and golden fixture's READMEs points at a file
 * (and heading) that exists, the README links every docs/ page and stays short, and nothing cites
 * a document a clone does not have.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path README = ROOT.resolve("README.md");
    private static final Path DOCS = ROOT.resolve("docs");

    private static final Pattern FENCE = Pattern.compile("(?ms)^[ \\t]*```.*?^[ \\t]*```[^\\n]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    @Test
    void everyRelativeLinkPointsAtAnExistingFileAndHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        Map<Path, Set<String>> headings = new HashMap<>();
        for (Path page : pages()) {
            for (String target : links(page)) {
                if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                    continue; // https:, mailto: ...
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? null : target.substring(hash + 1);
                Path linked = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!linked.startsWith(ROOT) || !Files.exists(linked)) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such file)");
                } else if (anchor != null && linked.toString().endsWith(".md") && !headings.computeIfAbsent(linked, DocumentationTest::anchors).contains(anchor)) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such heading in " + ROOT.relativize(linked) + ")");
                }
            }
        }
        assertThat(broken).as("links that lead nowhere").isEmpty();
    }

    @Test
    void readmeLinksEveryDocsPage() throws IOException {
        Set<Path> linked = new HashSet<>();
        for (String target : links(README)) {
            String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
            linked.add(ROOT.resolve(file).normalize());
        }
        List<Path> docsPages;
        try (Stream<Path> files = Files.list(DOCS)) {
            docsPages = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(docsPages).as("the docs pages").isNotEmpty();
        assertThat(docsPages.stream().filter(p -> !linked.contains(p)).map(p -> ROOT.relativize(p).toString()).toList())
                .as("docs pages the README does not link").isEmpty();
    }

    @Test
    void readmeStaysShort() throws IOException {
        assertThat(Files.readAllLines(README, StandardCharsets.UTF_8)).as("README.md lines: details belong in docs/").hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void nothingCitesTheDomainDescriptionOutsideTheRepository() throws IOException {
        String outside = "DOMAIN" + ".md"; // the product owner's document, which a clone does not have
        List<String> citing = new ArrayList<>();
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return !dir.equals(ROOT) && (name.equals("target") || name.equals(".git")) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (file.getFileName().toString().matches(".*\\.(md|java|sql|yml|yaml|properties|xml|txt)")
                        && Files.readString(file, StandardCharsets.ISO_8859_1).contains(outside)) {
                    citing.add(ROOT.relativize(file).toString());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertThat(citing).as("files citing " + outside + ": point at docs/domain.md instead").isEmpty();
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(README, ROOT.resolve("sample-data/README.md"),
                ROOT.resolve("batch-jobs/src/test/resources/golden/README.md")));
        try (Stream<Path> files = Files.list(DOCS)) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The link targets of a page, outside code blocks and code spans. */
    private static List<String> links(Path page) throws IOException {
        String text = CODE_SPAN.matcher(FENCE.matcher(Files.readString(page)).replaceAll("")).replaceAll("");
        List<String> targets = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            targets.add(m.group(1));
        }
        return targets;
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
    static Set<String> anchors(Path page) {
        String text;
        try {
            text = FENCE.matcher(Files.readString(page)).replaceAll("");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            String slug = m.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(n == 0 ? slug : slug + "-" + n);
        }
        return anchors;
    }
}
