package dev.broadsheet.review;

import java.io.IOException;

/** An issue package that will not be opened: it names the package and the entry or limit at fault. */
public final class PackageRefusedException extends IOException {
    public PackageRefusedException(String message) {
        super(message);
    }
}
