"""How the site checks read what the build prints, shared by site_check.py and
documents_check.py: the text the build prints of a data text, a value's identity in the app,
and a page's parts as Python's html.parser sees them."""

import unicodedata
from html.parser import HTMLParser


def printable(text):
    """What the build prints of a text: without the controls XML cannot carry (every control
    character but tab, LF and CR, and the two noncharacters U+FFFE and U+FFFF)."""
    return "".join(c for c in text if (unicodedata.category(c) != "Cc" or c in "\t\n\r")
                   and c not in "\ufffe\uffff")


def value_key(value):
    """A value's identity in the app's filters, written again here: lower case, accents
    removed, letters and digits only ("MIIT", "miit" and "M.I.I.T." are one)."""
    decomposed = unicodedata.normalize("NFD", value.lower())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


class Page(HTMLParser):
    """The parts of a page the checks read: the head's tags, the links, and each text element
    of the <article> in order, as [tag, class, the class of its list, its text, the links in
    it, the datetime of each <time> in it]."""

    TEXTS = {"p", "h1", "h2", "li", "th", "td", "dd"}

    def __init__(self):
        super().__init__()
        self.meta, self.links, self.anchors, self.tags = {}, [], [], []
        self.title, self.in_title = "", False
        self.in_article, self.list_class, self.element, self.elements = False, None, None, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "meta":
            self.meta[attrs.get("property") or attrs.get("name")] = attrs.get("content")
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "a":
            self.anchors.append(attrs.get("href"))
            if self.element is not None:
                self.element[4].append(attrs.get("href"))
        elif tag == "time" and self.element is not None:
            self.element[5].append(attrs.get("datetime"))
        elif tag in ("ul", "ol"):
            self.list_class = attrs.get("class")
        self.in_title |= tag == "title"
        self.in_article |= tag == "article"
        if self.in_article and tag in self.TEXTS:
            self.element = [tag, attrs.get("class"), self.list_class if tag == "li" else None, "", [], []]
            self.elements.append(self.element)

    def handle_endtag(self, tag):
        self.in_title &= tag != "title"
        self.in_article &= tag != "article"
        if tag in ("ul", "ol"):
            self.list_class = None
        if tag in self.TEXTS:
            self.element = None

    def handle_data(self, text):
        if self.in_title:
            self.title += text
        if self.element is not None:
            self.element[3] += text

    def items(self, tag, cls=None, list_class=None):
        return [e for e in self.elements if e[0] == tag and e[1] == cls and e[2] == list_class]

    def texts(self, tag, cls=None, list_class=None):
        return [e[3] for e in self.items(tag, cls, list_class)]

    @property
    def h1(self):
        return "".join(self.texts("h1"))


def parse_page(path):
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page
