package dev.broadsheet.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the workstation was started with: an issue folder to open (none means the bundled sample issue)
 * and the interface language ({@code -Dbroadsheet.locale=en}, otherwise the platform's default locale).
 */
public record LaunchOptions(Optional<Path> issueFolder, Locale locale) {

    public static final String LOCALE_PROPERTY = "broadsheet.locale";

    /**
     * Parses the command line: the first argument that is not an option is the issue folder; {@code --locale=en}
     * (which {@code ./mvnw javafx:run -Djavafx.args=--locale=en} passes on) wins over the system property.
     */
    public static LaunchOptions parse(List<String> args, String localeProperty) {
        Optional<Path> folder = args.stream().filter(a -> !a.startsWith("-")).findFirst().map(Path::of);
        String locale = args.stream().filter(a -> a.startsWith("--locale=")).map(a -> a.substring("--locale=".length()))
                .findFirst().orElse(localeProperty);
        return new LaunchOptions(folder, localeFrom(locale));
    }

    static Locale localeFrom(String tag) {
        if (tag == null || tag.isBlank()) {
            return Locale.getDefault();
        }
        return Locale.forLanguageTag(tag.strip().replace('_', '-'));
    }
}
