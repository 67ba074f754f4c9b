package dev.broadsheet.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.ImageFit;
import dev.broadsheet.model.Length;
import org.junit.jupiter.api.Test;

class PhotoCropTest {

    private static final FrameContent.PhotoImage FILLED = FrameContent.PhotoImage.of("P1");
    private static final FrameContent.PhotoImage DOUBLED = new FrameContent.PhotoImage("P1", ImageFit.CROP, 2, Length.pt(-50), Length.pt(-20));

    @Test
    void aPanKeepsTheImageOverTheWholeArea() {
        // An image twice the 100 × 60 area may move left by up to 100 and up by up to 60, never right or down.
        assertThat(PhotoCrop.clampPan(-30, 100, 2)).isEqualTo(-30);
        assertThat(PhotoCrop.clampPan(-130, 100, 2)).isEqualTo(-100);
        assertThat(PhotoCrop.clampPan(15, 100, 2)).isEqualTo(0);
        assertThat(PhotoCrop.clampPan(15, 100, 1)).as("an image that just fills the area cannot move").isEqualTo(0);
    }

    @Test
    void panByMovesACroppedImageAndClampsAtItsEdges() {
        SetPhotoFitCommand pan = PhotoCrop.panBy(5, "f2", DOUBLED, 100, 60, -10, 30);
        assertThat(pan.fit()).isEqualTo(ImageFit.CROP);
        assertThat(pan.scale()).isEqualTo(2);
        assertThat(pan.panX().toPoints()).isEqualTo(-60);
        assertThat(pan.panY().toPoints()).as("-20 + 30 would show paper above").isEqualTo(0);
    }

    @Test
    void theWheelEnlargesAroundTheMouseAndNeverBelowFillingTheArea() {
        // Area at (200, 300), 100 × 60; mouse at its centre: the centre stays under the mouse.
        SetPhotoFitCommand in = PhotoCrop.zoomAround(5, "f2", FILLED, 200, 300, 100, 60, 2, 250, 330);
        assertThat(in.scale()).isEqualTo(2);
        assertThat(in.panX().toPoints()).isEqualTo(-50, offset(1e-9));
        assertThat(in.panY().toPoints()).isEqualTo(-30, offset(1e-9));

        // At the top-left corner, the corner stays put.
        SetPhotoFitCommand corner = PhotoCrop.zoomAround(5, "f2", FILLED, 200, 300, 100, 60, 1.1, 200, 300);
        assertThat(corner.panX().toPoints()).isZero();
        assertThat(corner.panY().toPoints()).isZero();

        SetPhotoFitCommand out = PhotoCrop.zoomAround(5, "f2", DOUBLED, 200, 300, 100, 60, 0.25, 250, 330);
        assertThat(out.scale()).isEqualTo(1);
        assertThat(out.panX().toPoints()).isZero();
        assertThat(out.panY().toPoints()).isZero();
    }
}
