package dev.broadsheet.fonts;

import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fonts bundled in the application (assets/fonts, packaged as class-path resources), optionally
 * extended by TrueType files in a user font folder. Nothing here ever looks at system fonts.
 */
public final class BundledFonts implements FontProvider {

    static final String RESOURCE_DIR = "/dev/broadsheet/assets/fonts/";

    private record Key(FontRole role, FontWeight weight) {
    }

    private static final Map<Key, String> FILES = Map.of(
            new Key(FontRole.SERIF, FontWeight.REGULAR), "BroadsheetSerifSC-Regular",
            new Key(FontRole.SERIF, FontWeight.BOLD), "BroadsheetSerifSC-Bold",
            new Key(FontRole.SANS, FontWeight.REGULAR), "BroadsheetSansSC-Regular",
            new Key(FontRole.SANS, FontWeight.BOLD), "BroadsheetSansSC-Bold",
            new Key(FontRole.KAI, FontWeight.REGULAR), "BroadsheetKaiSC-Regular");

    private static volatile BundledFonts shared;

    private final Map<Key, FontFace> byRole = new java.util.HashMap<>();
    private final List<FontFace> all = new ArrayList<>();

    private BundledFonts(Path userFolder) {
        Map<String, FontFace> loaded = new java.util.LinkedHashMap<>();
        for (String id : List.of("BroadsheetSerifSC-Regular", "BroadsheetSerifSC-Bold", "BroadsheetSansSC-Regular",
                "BroadsheetSansSC-Bold", "BroadsheetKaiSC-Regular")) {
            loaded.put(id, loadResource(id));
        }
        FILES.forEach((key, id) -> byRole.put(key, loaded.get(id)));
        all.addAll(loaded.values());
        if (userFolder != null) {
            all.addAll(loadUserFolder(userFolder));
        }
    }

    /** The bundled fonts, loaded once per process (about 40 ms) and shared: faces are immutable. */
    public static BundledFonts shared() {
        BundledFonts s = shared;
        if (s == null) {
            synchronized (BundledFonts.class) {
                s = shared;
                if (s == null) {
                    s = new BundledFonts(null);
                    shared = s;
                }
            }
        }
        return s;
    }

    /** The bundled fonts extended by every {@code .ttf} in {@code folder} (a missing folder adds nothing). */
    public static BundledFonts withUserFolder(Path folder) {
        return new BundledFonts(folder);
    }

    @Override
    public FontFace face(FontRole role, FontWeight weight) {
        FontFace face = byRole.get(new Key(role, weight));
        return face != null ? face : byRole.get(new Key(role, FontWeight.REGULAR));
    }

    @Override
    public List<FontFace> faces() {
        return List.copyOf(all);
    }

    @Override
    public Optional<FontFace> byId(String id) {
        return all.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private static FontFace loadResource(String id) {
        String path = RESOURCE_DIR + id + ".ttf";
        try (InputStream in = BundledFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the class path: " + path
                        + " (rebuild with assets/fonts/build_fonts.py)");
            }
            return FontFace.read(id, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + path, e);
        }
    }

    private static List<FontFace> loadUserFolder(Path folder) {
        List<FontFace> faces = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return faces;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path file : sorted) {
                String name = file.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".ttf")) {
                    faces.add(FontFace.read("user:" + name.substring(0, name.length() - 4), Files.readAllBytes(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the user font folder " + folder, e);
        }
        return faces;
    }
}
