package dev.guide.cli;

/** How a list or an entry is printed: for a person, or as JSON for a program. */
enum Format { text, json }
