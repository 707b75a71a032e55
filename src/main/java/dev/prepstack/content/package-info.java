/**
 * Reading and checking the Markdown bank: {@link dev.prepstack.content.ContentLoader} parses the
 * folder (or the bank inside the jar) into a {@link dev.prepstack.content.ContentBank} with its
 * problems; the document types are the vocabulary the catalog stores. No database, no other module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Content",
        allowedDependencies = {})
package dev.prepstack.content;
