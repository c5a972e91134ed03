package vn.saola.media;

/** An image as {@link ImageStore} stored it: its key (the stored name without extension), address, pixels and bytes. */
record StoredImage(String key, String address, int width, int height, long size) {
}
