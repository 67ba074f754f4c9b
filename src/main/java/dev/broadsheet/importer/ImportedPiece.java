package dev.broadsheet.importer;

import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.Story;
import java.util.List;

/** One thing the reader found in the input, in the input's order. */
sealed interface ImportedPiece {

    /** The first input line the piece came from (1-based). */
    int firstLine();

    record StoryPiece(Story story, int firstLine, boolean rolesGuessed) implements ImportedPiece {
    }

    record PhotoPiece(Photo photo, int firstLine) implements ImportedPiece {
    }

    /** Text the reader could not place, kept whole for a person to sort out. */
    record UnsortedPiece(List<Paragraph> paragraphs, int firstLine, String reason) implements ImportedPiece {
    }
}
