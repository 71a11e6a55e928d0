package dev.guide.render;

import dev.guide.content.Helplines;

/**
 * The guide's own additions, listed by {@code guide sources} after the articles: the helplines and
 * emergency numbers, and the papers its safety texts draw on, each with where it was read and
 * when: a short section for a person (a program reading the pipe gets the articles' ids only).
 */
public final class OwnSources {

  private static final String HELPLINES = "The helplines, crisis lines and emergency numbers ('guide safety'), "
      + "each with where it was read and the date it was checked";

  private final View view;

  public OwnSources(View view) {
    this.view = view;
  }

  public String write(Helplines helplines) {
    Document doc = Document.text(view);
    doc.heading("The guide's own additions");
    doc.paragraph("Not from the articles: the safety section, the crisis note and plan, and advice marked as the "
        + "guide's own. They rest on these:");
    doc.bullet(HELPLINES + ".");
    for (Helplines.Research paper : helplines.research()) {
      doc.bullet(paper.cite() + ".");
      doc.subBullet("Used for " + paper.use() + ".");
      doc.subBullet("checked " + paper.checked() + "; source: " + paper.source());
    }
    return doc.text();
  }
}
