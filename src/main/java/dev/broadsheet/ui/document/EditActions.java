package dev.broadsheet.ui.document;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.ImageFit;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.PageHeader;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.model.User;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Every change the workstation's panels and menus can ask for, by intent. Each call becomes exactly one
 * undoable command of the edit package and re-composes what it touched; a call that changes nothing adds
 * nothing to the history.
 */
public interface EditActions {

    /** Which edge or centre line selected frames are aligned on. */
    enum AlignEdge { LEFT, RIGHT, TOP, BOTTOM }

    void editHeadline(String storyId, String kicker, String headline, String subhead);

    void editStoryText(String storyId, List<String> paragraphs);

    void editDateline(String storyId, String label, List<String> reporters, List<String> correspondents);

    void setFrameGeometry(int pageNumber, String frameId, int firstColumn, int columnSpan, Length top, Length depth);

    /** 破栏: the frame's own text columns (0 = one per grid column) and gutter. */
    void setFrameColumns(int pageNumber, String frameId, int textColumns, Length gutter);

    void setPhotoFit(int pageNumber, String frameId, ImageFit fit);

    /** Points the photo at an image file, given relative to the issue folder. */
    void setPhotoImage(String photoId, String relativeImagePath);

    void editPhotoTexts(String photoId, String title, String caption, String credit);

    void deleteFrames(int pageNumber, Set<String> frameIds);

    /** Duplicates the frames and answers the new frames. */
    List<Frame> duplicateFrames(int pageNumber, Set<String> frameIds);

    void alignFrames(int pageNumber, Set<String> frameIds, AlignEdge edge);

    /** Moves frames to another page, keeping their grid places and their threads (one undoable edit). */
    void moveFramesToPage(int fromPage, Set<String> frameIds, int toPage);

    /** Adds a blank page after the last one and answers its number. */
    int addPage(PagePreset preset);

    void removePage(int pageNumber);

    /** Moves a page one place up (towards page 1, delta -1) or down (+1). */
    void movePage(int pageNumber, int delta);

    void setPageProperties(int pageNumber, String sectionName, PagePreset preset, int columns);

    void editPageHeader(int pageNumber, PageHeader header);

    /** Sets the house composition rules; every story re-flows. */
    void setCompositionSettings(dev.broadsheet.model.CompositionSettings settings);

    /** Records a release for print without sign-off (签发) in the pages' history: who, when and why. */
    void recordPrintOverride(List<Integer> pageNumbers, User by, String reason, Instant at);
}
