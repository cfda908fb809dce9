package dev.memoria.render.view;

import java.util.List;

/** The 404 page, with its message in every language of the site. */
public record NotFoundPageView(PageChrome page, List<Message> messages) {

  public NotFoundPageView {
    messages = List.copyOf(messages);
  }

  /** The message in one language. */
  public record Message(String lang, String text, String home, String homeUrl) {}
}
