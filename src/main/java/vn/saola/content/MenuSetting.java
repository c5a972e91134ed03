package vn.saola.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where a menu stands, for the menus that may stand in two places ("Liên kết website"). */
@Entity
@Table(name = "menu_setting")
class MenuSetting {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private MenuName menu;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MenuPlacement placement;

    protected MenuSetting() {
    }

    MenuSetting(MenuName menu, MenuPlacement placement) {
        this.menu = menu;
        this.placement = placement;
    }

    MenuPlacement placement() {
        return placement;
    }

    void place(MenuPlacement placement) {
        this.placement = placement;
    }
}
