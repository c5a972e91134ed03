package vn.saola.content;

/** Where an article stands for its editors: scheduled is published with a publication time still to come. */
public enum EditorialStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED
}
