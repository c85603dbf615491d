package org.proclab.ui.narration;

import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.narration.skin.NarrationPanelSkin;

/**
 * The lesson's narration during a run, in the UI language: the line due last is {@code .line:current}, the
 * earlier ones stand above it. Styled in {@code styles/narration.css}.
 */
public class NarrationPanel extends Control {
    public static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final String STYLESHEET = "/styles/narration.css";

    private final NarrationModel model;
    private final I18n i18n;

    public NarrationPanel(NarrationModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("narration-panel");
        setId("narration-panel");
    }

    public NarrationModel model() {
        return model;
    }

    public I18n i18n() {
        return i18n;
    }

    /** Its texts wrap: its height depends on its width. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new NarrationPanelSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return NarrationPanel.class.getResource(STYLESHEET).toExternalForm();
    }
}
