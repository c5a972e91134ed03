package vn.saola.media;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vn.saola.platform.PersistenceContributor;

/** The media library's tables: the uploaded images and the addresses replaced images had. */
@ApplicationScoped
public class MediaEntities implements PersistenceContributor {

    @Override
    public List<Class<?>> entities() {
        return List.of(LibraryImage.class, MovedAddress.class);
    }
}
