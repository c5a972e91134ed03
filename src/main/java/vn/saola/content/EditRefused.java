package vn.saola.content;

import vn.saola.platform.FieldRefusal;

/**
 * A change content will not make ({@code editor.error.*}): a slug or a category name already
 * taken, a category still in use, an article gone meanwhile.
 */
public class EditRefused extends FieldRefusal {

    public EditRefused(String field, String messageKey) {
        super(field, messageKey);
    }
}
