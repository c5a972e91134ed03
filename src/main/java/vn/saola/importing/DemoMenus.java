package vn.saola.importing;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.saola.content.ArticleDirectory;
import vn.saola.content.CategoryEditing;
import vn.saola.content.MenuInput;
import vn.saola.content.MenuName;
import vn.saola.content.MenuTarget;
import vn.saola.content.Menus;
import vn.saola.i18n.Language;

/**
 * The demo site's menus, arranged as a department's portal would: the introduction with its pages,
 * the categories and the contact page across the top; the same pages at the foot; the province's,
 * the ministry's and the national public-service portals as website links.
 */
@ApplicationScoped
class DemoMenus {

    private static final String BY = "demo";

    @Inject
    Menus menus;

    @Inject
    ArticleDirectory articles;

    @Inject
    CategoryEditing categories;

    void arrange() {
        long about = menus.add(MenuName.HEADER, page("demo-page-gioi-thieu", null), BY);
        menus.add(MenuName.HEADER, page("demo-page-chuc-nang", about), BY);
        menus.add(MenuName.HEADER, page("demo-page-co-cau", about), BY);
        categories.all().forEach(category -> menus.add(MenuName.HEADER,
                new MenuInput(MenuTarget.CATEGORY, category.id(), null, Map.of(), null), BY));
        menus.add(MenuName.HEADER, page("demo-page-lien-he", null), BY);
        menus.add(MenuName.FOOTER, page("demo-page-gioi-thieu", null), BY);
        menus.add(MenuName.FOOTER, page("demo-page-lien-he", null), BY);
        menus.add(MenuName.LINKS, link("https://backan.gov.vn/", "Cổng thông tin điện tử tỉnh Bắc Kạn",
                "Bac Kan Provincial Portal"), BY);
        menus.add(MenuName.LINKS, link("https://moit.gov.vn/", "Bộ Công Thương", "Ministry of Industry and Trade"), BY);
        menus.add(MenuName.LINKS, link("https://dichvucong.gov.vn/", "Cổng Dịch vụ công quốc gia",
                "National Public Service Portal"), BY);
    }

    private MenuInput page(String importId, Long parent) {
        long id = articles.articleId(importId).orElseThrow(() -> new IllegalStateException("No demo page " + importId));
        return new MenuInput(MenuTarget.PAGE, id, null, Map.of(), parent);
    }

    private static MenuInput link(String url, String vietnamese, String english) {
        Map<Language, String> labels = new EnumMap<>(Language.class);
        labels.put(Language.VI, vietnamese);
        labels.put(Language.EN, english);
        return new MenuInput(MenuTarget.LINK, null, url, labels, null);
    }
}
