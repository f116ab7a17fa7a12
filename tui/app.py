"""The newsreader Textual app."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from articles import Article, Corpus, load_corpus
from tui.settings import Settings


class NewsreaderApp(App[None]):
    """Browse the corpus: the articles on the left, the one selected on the right."""

    CSS_PATH = "app.tcss"
    TITLE = "newsreader"
    BINDINGS = [Binding("q", "quit", "Quit", id="quit")]

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.corpus: Corpus = load_corpus(settings.articles_dir)

    def compose(self) -> ComposeResult:
        yield Header()
        yield OptionList(
            *(Option(a.title, id=a.id) for a in self.corpus.articles), id="article-list"
        )
        with VerticalScroll(id="reader"):
            yield Static(id="article-title")
            yield Static(id="article-body")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = str(self.corpus.root)
        for warning in self.corpus.warnings:
            self.notify(str(warning), title="Skipped a file", severity="warning")
        if self.corpus.articles:
            self.show_article(self.corpus.articles[0])
        else:
            self.query_one("#article-title", Static).update(f"No articles in {self.corpus.root}")

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        article = self.corpus.get(event.option.id or "")
        if article is not None:
            self.show_article(article)

    def show_article(self, article: Article) -> None:
        self.query_one("#article-title", Static).update(article.title)
        self.query_one("#article-body", Static).update("\n\n".join(article.paragraphs))
