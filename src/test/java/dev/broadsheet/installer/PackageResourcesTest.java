package dev.broadsheet.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Debian package's hand-written resources under {@code installer/} agree with each other and with the
 * pom: what postinst adds outside /opt, prerm takes away; the menu entry names the installed launcher; the
 * third-party notice lists every library the application ships with. (The package build itself also refuses
 * a bundled jar missing from the notice, transitive ones included; this catches a new direct dependency
 * without building a package.)
 */
class PackageResourcesTest {

    private static final Path INSTALLER = Path.of("installer");

    @Test
    void desktopEntryOpensTheInstalledLauncherInBothLanguages() throws IOException {
        String entry = read(INSTALLER.resolve("linux/broadsheet.desktop"));
        assertThat(entry).startsWith("[Desktop Entry]")
                .contains("\nType=Application\n")
                .contains("\nName=Broadsheet\n")
                .containsPattern("\nName\\[zh_CN\\]=.*[\\u4e00-\\u9fff]")
                .containsPattern("\nComment\\[zh_CN\\]=.*[\\u4e00-\\u9fff]")
                .contains("\nExec=/opt/broadsheet/bin/broadsheet %f\n")
                .contains("\nIcon=/opt/broadsheet/lib/broadsheet.png\n")
                .containsPattern("\nCategories=(.*;)?Office;(.*;)?Publishing;");
    }

    @Test
    void prermRemovesWhatPostinstAddsOutsideOpt() throws IOException {
        String postinst = read(INSTALLER.resolve("linux/postinst"));
        String prerm = read(INSTALLER.resolve("linux/prerm"));
        assertThat(postinst).contains("ln -sf \"$app/bin/broadsheet\" /usr/bin/broadsheet")
                .contains("ln -sf \"$app/lib/broadsheet.desktop\" /usr/share/applications/broadsheet.desktop")
                .contains("-XX:SharedArchiveFile=$app/lib/app/broadsheet.jsa");
        assertThat(prerm).contains("/usr/bin/broadsheet:\"$app/bin/broadsheet\"")
                .contains("/usr/share/applications/broadsheet.desktop:\"$app/lib/broadsheet.desktop\"")
                .contains("rm -f \"$app/lib/app/broadsheet.jsa\"");
    }

    @Test
    void thirdPartyNoticeListsEveryDirectRuntimeDependency() throws IOException {
        String notice = read(INSTALLER.resolve("THIRD-PARTY.txt"));
        List<String> missing = new ArrayList<>();
        for (String artifact : runtimeArtifactsOfThePom()) {
            if (!Pattern.compile("(?m)^" + Pattern.quote(artifact) + "\\s+\\d").matcher(notice).find()) {
                missing.add(artifact);
            }
        }
        assertThat(runtimeArtifactsOfThePom()).contains("javafx-controls", "pdfbox", "icu4j");
        assertThat(missing).as("artifacts in pom.xml but not in installer/THIRD-PARTY.txt").isEmpty();
    }

    @Test
    void everyLicenceTheNoticeNamesIsShipped() throws IOException {
        String notice = read(INSTALLER.resolve("THIRD-PARTY.txt"));
        Matcher licence = Pattern.compile("licenses/([\\w.-]+\\.txt)").matcher(notice);
        int named = 0;
        while (licence.find()) {
            named++;
            assertThat(INSTALLER.resolve("licenses").resolve(licence.group(1))).as(licence.group()).isRegularFile();
        }
        assertThat(named).isGreaterThan(5);
        assertThat(Path.of("assets/fonts/OFL-NotoCJK.txt")).isRegularFile();
        assertThat(Path.of("assets/fonts/OFL-LXGWWenKai.txt")).isRegularFile();
    }

    /** The artifactIds of pom.xml's dependencies that are not test-scoped (BOM imports excluded). */
    private static List<String> runtimeArtifactsOfThePom() throws IOException {
        String pom = read(Path.of("pom.xml"));
        String dependencies = pom.substring(pom.indexOf("</dependencyManagement>"), pom.indexOf("<build>"));
        Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(dependencies);
        List<String> artifacts = new ArrayList<>();
        while (dependency.find()) {
            String body = dependency.group(1);
            if (body.contains("<scope>test</scope>") || body.contains("<scope>provided</scope>")) {
                continue;
            }
            Matcher artifact = Pattern.compile("<artifactId>(.*?)</artifactId>").matcher(body);
            if (artifact.find()) {
                artifacts.add(artifact.group(1));
            }
        }
        return artifacts;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
