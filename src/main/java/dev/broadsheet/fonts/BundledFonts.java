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

    /**
     * The bundled faces in the order a page is most likely to need them: body text, headlines, then the rest.
     * {@link #loadInBackground} parses them in this order.
     */
    private static final List<String> LOAD_ORDER = List.of("BroadsheetSerifSC-Regular", "BroadsheetSansSC-Bold",
            "BroadsheetSerifSC-Bold", "BroadsheetSansSC-Regular", "BroadsheetKaiSC-Regular");
    /** The fallback order of {@link #faces()}. */
    private static final List<String> FALLBACK_ORDER = List.of("BroadsheetSerifSC-Regular", "BroadsheetSerifSC-Bold",
            "BroadsheetSansSC-Regular", "BroadsheetSansSC-Bold", "BroadsheetKaiSC-Regular");

    private static volatile BundledFonts shared;

    private final Map<Key, FontFace> byRole = new java.util.HashMap<>();
    private final Map<String, FontFace> bundledById = new java.util.HashMap<>();
    private final List<FontFace> all = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean backgroundLoading = new java.util.concurrent.atomic.AtomicBoolean();

    private BundledFonts(Path userFolder) {
        // Deferred: a face's file is read and parsed when something first needs it (FontFace#deferred), so
        // a start-up pays only for the faces it uses; a resource missing from the build still fails here.
        for (String id : FALLBACK_ORDER) {
            bundledById.put(id, bundledFace(id));
        }
        FILES.forEach((key, id) -> byRole.put(key, bundledById.get(id)));
        FALLBACK_ORDER.forEach(id -> all.add(bundledById.get(id)));
        if (userFolder != null) {
            all.addAll(loadUserFolder(userFolder));
        }
    }

    /** The bundled fonts, shared by the whole process: faces are immutable and each is parsed at most once. */
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

    /**
     * Starts parsing the bundled faces on {@code threads} daemon threads, most used first, and returns at once.
     * A thread that needs a face before its turn parses it itself (or waits for the thread already doing it),
     * so this only ever moves work off the caller's path: start-up calls it while it does something else
     * (picocli, Jackson, the JavaFX toolkit). A second call while the first is under way does nothing.
     */
    public BundledFonts loadInBackground(int threads) {
        if (!backgroundLoading.compareAndSet(false, true)) {
            return this; // already under way (the launcher starts it before the workstation asks again)
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < Math.max(1, threads); t++) {
            Thread loader = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < LOAD_ORDER.size(); i = next.getAndIncrement()) {
                    try {
                        bundledById.get(LOAD_ORDER.get(i)).load();
                    } catch (RuntimeException e) {
                        return; // only a head start: whoever needs the face meets the error with its context
                    }
                }
            }, "font-loader-" + t);
            loader.setDaemon(true);
            loader.start();
        }
        return this;
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
        FontFace bundled = bundledById.get(id);
        return bundled != null ? Optional.of(bundled) : all.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private static FontFace bundledFace(String id) {
        String path = RESOURCE_DIR + id + ".ttf";
        if (BundledFonts.class.getResource(path) == null) {
            throw new IllegalStateException("bundled font missing from the class path: " + path
                    + " (rebuild with assets/fonts/build_fonts.py)");
        }
        return FontFace.deferred(id, () -> {
            try (InputStream in = BundledFonts.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IOException("bundled font missing from the class path: " + path);
                }
                return in.readAllBytes();
            }
        });
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
