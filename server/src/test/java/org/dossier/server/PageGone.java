package org.dossier.server;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * A wait condition: the element belongs to a page that was rendered again. Chrome answers for such a node either
 * as a stale element or with "Node with given id does not belong to the document"; both mean it is gone, where
 * Selenium's stalenessOf lets the second escape as an error.
 */
final class PageGone {

    private PageGone() {
    }

    static ExpectedCondition<Boolean> of(WebElement before) {
        return driver -> {
            try {
                before.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        };
    }
}
