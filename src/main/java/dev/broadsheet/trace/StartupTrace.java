package dev.broadsheet.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Start-up timing for {@code -Dbroadsheet.startupTrace=true}: each {@link #mark} prints to standard error how
 * long after the process started (the OS's start time, so the JVM's own start is included) a step was reached,
 * and on which thread. JDK 17 has no {@code -Xlog:startuptime}; this is the cheap substitute (issue 8).
 *
 * <p>Off by default, and then {@link #mark} costs one static boolean read: nothing is loaded or printed.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("broadsheet.startupTrace");
    /** Process start in nanoTime's frame, fixed on first use when tracing is on. */
    private static final long ORIGIN = ON ? origin() : 0;

    private StartupTrace() {
    }

    public static boolean enabled() {
        return ON;
    }

    /** Prints {@code [startup] 123 ms  main  what} when tracing is on. */
    public static void mark(String what) {
        if (ON) {
            long ms = (System.nanoTime() - ORIGIN) / 1_000_000;
            System.err.printf("[startup] %5d ms  %-14s %s%n", ms, Thread.currentThread().getName(), what);
        }
    }

    /**
     * Linux: the process's age from /proc (start time in clock ticks since boot, against /proc/uptime; both at
     * 10 ms resolution). Not {@code ProcessHandle.info().startInstant()}: that adds the boot time, which /proc
     * gives in whole seconds, so it is off by up to a second. Elsewhere times count from the first mark.
     */
    private static long origin() {
        long now = System.nanoTime();
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]); // field 22 of stat(5); fields[0] is field 3
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            double ageSeconds = uptime - startTicks / 100.0; // USER_HZ is 100 on Linux
            return now - (long) (Math.max(0, ageSeconds) * 1e9);
        } catch (IOException | RuntimeException e) {
            return now;
        }
    }
}
