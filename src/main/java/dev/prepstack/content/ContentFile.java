package dev.prepstack.content;

/** A file of the content folder: its path relative to the folder (with '/') and its text. */
record ContentFile(String path, String text) {}
