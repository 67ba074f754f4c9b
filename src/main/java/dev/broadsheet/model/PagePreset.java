package dev.broadsheet.model;

/**
 * Page sizes a Chinese desk works with (NEWSROOM.md "Pages"): 对开 broadsheet about 390 × 550 mm with a
 * type area about 350 × 490 mm in 8 columns; 四开 tabloid about 275 × 390 mm; and the ISO sizes for
 * supplements and proofs.
 */
public enum PagePreset {
    BROADSHEET("对开", 390, 550, 8, 20, 20, 30, 30),
    TABLOID("四开", 275, 390, 6, 15, 15, 20, 20),
    A3("A3", 297, 420, 6, 15, 15, 20, 20),
    A4("A4", 210, 297, 4, 12, 12, 15, 15),
    CUSTOM("自定义", 390, 550, 8, 20, 20, 30, 30);

    private final String label;
    private final double widthMm;
    private final double heightMm;
    private final int columns;
    private final double insideMm;
    private final double outsideMm;
    private final double topMm;
    private final double bottomMm;

    PagePreset(String label, double widthMm, double heightMm, int columns,
               double insideMm, double outsideMm, double topMm, double bottomMm) {
        this.label = label;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.columns = columns;
        this.insideMm = insideMm;
        this.outsideMm = outsideMm;
        this.topMm = topMm;
        this.bottomMm = bottomMm;
    }

    public String label() {
        return label;
    }

    public PageSize size() {
        return new PageSize(this, Length.mm(widthMm), Length.mm(heightMm));
    }

    /** The preset's default grid: body 9.5 pt on a 12.5 pt pitch, 4 mm gutters. */
    public Grid defaultGrid() {
        return new Grid(columns, Length.mm(4),
                new Margins(Length.mm(topMm), Length.mm(bottomMm), Length.mm(insideMm), Length.mm(outsideMm)),
                Length.pt(9.5), Length.pt(12.5));
    }
}
