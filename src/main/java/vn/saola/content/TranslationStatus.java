package vn.saola.content;

/**
 * Where one language of an article stands (issue 21): each translation is published on its own,
 * so the Vietnamese can be public while the English is still a draft. Scheduled is
 * {@code PUBLISHED} with a time still to come; awaiting approval is {@code PENDING} for words never
 * public, or a published translation with a pending edit (see {@link ArticleTranslation}).
 *
 * <pre>
 *   DRAFT ──submit──▶ PENDING ──approve──▶ PUBLISHED (scheduled until its time) ──unpublish──▶ UNPUBLISHED
 *     ▲                 │                      │  ▲                                               │
 *     └────return───────┘                      │  └──────────────publish (editor)─────────────────┘
 *   DRAFT / UNPUBLISHED ──publish (editor)─────┘
 * </pre>
 */
public enum TranslationStatus {
    DRAFT,
    PENDING,
    PUBLISHED,
    UNPUBLISHED
}
