package dev.broadsheet.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one measurement type of Broadsheet: a value with the unit it was entered in.
 *
 * <p>The unit is kept so that a length a person typed as {@code 297mm} is saved as {@code "297mm"}
 * again (the issue file is for people and diffs too); arithmetic and comparison go through points.
 * One point is 1/72 inch (PostScript point, as PDF and JavaFX use). The Chinese 级 (Q, 0.25 mm) is the
 * unit of Chinese phototypesetting and is accepted for type sizes.
 */
public record Length(double value, Unit unit) implements Comparable<Length> {

    /** Units a length may be written in. */
    public enum Unit {
        PT("pt", 1.0),
        MM("mm", 72.0 / 25.4),
        CM("cm", 720.0 / 25.4),
        IN("in", 72.0),
        /** 级 (Q): a quarter millimetre, the size unit of Chinese and Japanese phototypesetting. */
        Q("q", 72.0 / 25.4 / 4.0);

        private final String symbol;
        private final double points;

        Unit(String symbol, double points) {
            this.symbol = symbol;
            this.points = points;
        }

        public String symbol() {
            return symbol;
        }

        public double points() {
            return points;
        }

        static Unit ofSymbol(String symbol) {
            for (Unit u : values()) {
                if (u.symbol.equalsIgnoreCase(symbol)) {
                    return u;
                }
            }
            throw new IllegalArgumentException("unknown unit '" + symbol + "' (use pt, mm, cm, in or q)");
        }
    }

    public static final Length ZERO = new Length(0, Unit.PT);
    private static final Pattern SYNTAX = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]+)\\s*");

    public Length {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a length must be a finite number, got " + value);
        }
    }

    public static Length pt(double points) {
        return new Length(points, Unit.PT);
    }

    public static Length mm(double millimetres) {
        return new Length(millimetres, Unit.MM);
    }

    public static Length of(double value, Unit unit) {
        return new Length(value, unit);
    }

    /** Parses {@code "10.5pt"}, {@code "297mm"}, {@code "38q"}; the inverse of {@link #toString()}. */
    @JsonCreator
    public static Length parse(String text) {
        Matcher m = SYNTAX.matcher(Objects.requireNonNull(text, "length"));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a length: '" + text + "' (expected a number and a unit, such as 10.5pt or 297mm)");
        }
        return new Length(Double.parseDouble(m.group(1)), Unit.ofSymbol(m.group(2)));
    }

    /** The value in points (1/72 inch). */
    public double toPoints() {
        return value * unit.points;
    }

    public double toMillimetres() {
        return toPoints() / Unit.MM.points;
    }

    public Length to(Unit target) {
        return new Length(toPoints() / target.points, target);
    }

    public Length plus(Length other) {
        return new Length(value + other.toPoints() / unit.points, unit);
    }

    public Length minus(Length other) {
        return new Length(value - other.toPoints() / unit.points, unit);
    }

    public Length times(double factor) {
        return new Length(value * factor, unit);
    }

    public boolean isNegative() {
        return value < 0;
    }

    @Override
    public int compareTo(Length other) {
        return Double.compare(toPoints(), other.toPoints());
    }

    /** Canonical text form, e.g. {@code 10.5pt}: shortest decimal, no exponent, no trailing zeros. */
    @JsonValue
    @Override
    public String toString() {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        String number = decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
        if ("-0".equals(number)) {
            number = "0";
        }
        return number + unit.symbol.toLowerCase(Locale.ROOT);
    }
}
