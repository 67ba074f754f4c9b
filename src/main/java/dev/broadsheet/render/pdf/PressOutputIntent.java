package dev.broadsheet.render.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * The output intent of a press PDF. A newspaper prints coldset offset on newsprint, characterised by
 * ISO 12647-3 and registered in the ICC characterization data registry as {@code IFRA26}
 * (ISOnewspaper26v4). PDF/X lets a file name a registered characterisation by its identifier instead of
 * embedding the profile (ISO 15930-1 §6.2.4), which is what we do: we ship no newsprint profile, and the
 * printing plant's RIP knows its own. The file does not claim PDF/X conformance.
 */
final class PressOutputIntent {
    static final String IDENTIFIER = "IFRA26";
    static final String REGISTRY = "http://www.color.org";
    static final String CONDITION = "ISO 12647-3:2004 coldset offset on newsprint (ISOnewspaper26v4)";

    private PressOutputIntent() {
    }

    static void addTo(PDDocument document) {
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        dict.setItem(COSName.S, COSName.getPDFName("GTS_PDFX"));
        PDOutputIntent intent = new PDOutputIntent(dict);
        intent.setOutputConditionIdentifier(IDENTIFIER);
        intent.setRegistryName(REGISTRY);
        intent.setOutputCondition(CONDITION);
        intent.setInfo(CONDITION);
        document.getDocumentCatalog().addOutputIntent(intent);
    }
}
