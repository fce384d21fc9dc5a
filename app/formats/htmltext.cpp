#include "htmltext.h"

#include <QHash>

namespace planner {

namespace {

// The block-level elements that end a line or a paragraph of text.
bool isParagraphTag(const QString &name)
{
    static const QStringList tags = { QStringLiteral("p"), QStringLiteral("div"),
        QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("table"),
        QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("h1"),
        QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("hr"), QStringLiteral("dl") };
    return tags.contains(name);
}

bool isLineTag(const QString &name)
{
    return name == QLatin1String("br") || name == QLatin1String("li") || name == QLatin1String("tr")
        || name == QLatin1String("dt") || name == QLatin1String("dd");
}

// A character of \w as QRegularExpression has it by default: ASCII only.
bool isWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || u == u'_';
}

// One of the block-level tags whose presence makes a text HTML, in any case.
bool isBlockTagName(QStringView name)
{
    static constexpr const char *names[] = { "p", "br", "div", "ul", "ol", "li", "h1", "h2", "h3",
        "h4", "h5", "h6", "table", "tr", "blockquote", "pre", "hr" };
    for (const char *candidate : names) {
        if (name.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

const QHash<QString, QChar> &namedEntities()
{
    static const QHash<QString, QChar> entities = {
        { QStringLiteral("amp"), u'&' },
        { QStringLiteral("lt"), u'<' },
        { QStringLiteral("gt"), u'>' },
        { QStringLiteral("quot"), u'"' },
        { QStringLiteral("apos"), u'\'' },
        { QStringLiteral("nbsp"), QChar(0x00A0) },
        { QStringLiteral("ndash"), QChar(0x2013) },
        { QStringLiteral("mdash"), QChar(0x2014) },
        { QStringLiteral("hellip"), QChar(0x2026) },
        { QStringLiteral("lsquo"), QChar(0x2018) },
        { QStringLiteral("rsquo"), QChar(0x2019) },
        { QStringLiteral("ldquo"), QChar(0x201C) },
        { QStringLiteral("rdquo"), QChar(0x201D) },
        { QStringLiteral("laquo"), QChar(0x00AB) },
        { QStringLiteral("raquo"), QChar(0x00BB) },
        { QStringLiteral("bull"), QChar(0x2022) },
        { QStringLiteral("copy"), QChar(0x00A9) },
        { QStringLiteral("reg"), QChar(0x00AE) },
        { QStringLiteral("trade"), QChar(0x2122) },
        { QStringLiteral("euro"), QChar(0x20AC) },
        { QStringLiteral("auml"), QChar(0x00E4) },
        { QStringLiteral("ouml"), QChar(0x00F6) },
        { QStringLiteral("uuml"), QChar(0x00FC) },
        { QStringLiteral("Auml"), QChar(0x00C4) },
        { QStringLiteral("Ouml"), QChar(0x00D6) },
        { QStringLiteral("Uuml"), QChar(0x00DC) },
        { QStringLiteral("szlig"), QChar(0x00DF) },
        { QStringLiteral("eacute"), QChar(0x00E9) },
        { QStringLiteral("egrave"), QChar(0x00E8) },
        { QStringLiteral("shy"), QChar(0x00AD) },
    };
    return entities;
}

// The text of one entity reference, without its '&' and ';'; null when unknown.
QString entityText(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (!ok)
            return {};
        // NUL, surrogates and values past Unicode stand for nothing readable.
        if (code == 0 || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            return QString(QChar::ReplacementCharacter);
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    const auto it = namedEntities().constFind(name.toString());
    return it == namedEntities().constEnd() ? QString() : QString(*it);
}

// Where a tag that opens at `from` ends (its '>'), honouring quoted attribute
// values; -1 when it never closes.
qsizetype tagEnd(const QString &text, qsizetype from)
{
    QChar quote;
    for (qsizetype i = from + 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i;
        }
    }
    return -1;
}

QString tagName(QStringView tag)
{
    qsizetype i = tag.startsWith(u'/') ? 1 : 0;
    const qsizetype start = i;
    while (i < tag.size() && (tag.at(i).isLetterOrNumber()))
        ++i;
    return tag.mid(start, i - start).toString().toLower();
}

// Lines without trailing blanks, no more than one empty line in a row, no
// blank lines at either end. One pass without a list of lines: every abstract
// and description of an import goes through here.
QString tidyLines(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingEmptyLine = false; // kept only if a non-empty line follows
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        qsizetype last = end;
        while (last > start && text.at(last - 1).isSpace())
            --last;
        if (last == start) {
            pendingEmptyLine = !out.isEmpty();
        } else {
            if (!out.isEmpty())
                out += pendingEmptyLine ? QLatin1String("\n\n") : QLatin1String("\n");
            pendingEmptyLine = false;
            out += QStringView(text).mid(start, last - start);
        }
        start = end + 1;
    }
    return out;
}

QString normalizedLineEnds(QString text)
{
    if (!text.contains(u'\r'))
        return text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

// Walks the text once, dropping markup. In HTML mode white space collapses.
class Converter
{
public:
    explicit Converter(bool html)
        : m_html(html)
    {
    }

    QString convert(const QString &text)
    {
        m_out.reserve(text.size());
        qsizetype i = 0;
        while (i < text.size()) {
            if (text.at(i) == u'<' && startsTag(text, i)) {
                i = skipMarkup(text, i);
            } else if (collapses(text.at(i))) {
                appendText(text.at(i++));
            } else {
                // A run of ordinary characters goes in at once, not one call each,
                // single spaces between words included: they collapse to themselves.
                qsizetype end = i + 1;
                while (end < text.size()) {
                    end = endOfPrintableAscii(text, end);
                    if (end == text.size() || text.at(end) == u'<'
                        || (collapses(text.at(end)) && !singleSpace(text, end)))
                        break;
                    ++end;
                }
                m_out += QStringView(text).mid(i, end - i);
                i = end;
            }
        }
        return m_out;
    }

private:
    // The end of the printable ASCII from `i` on, '<' excepted: most of any
    // text, passed over in a loop of its own.
    static qsizetype endOfPrintableAscii(const QString &text, qsizetype i)
    {
        const char16_t *data = reinterpret_cast<const char16_t *>(text.constData());
        const qsizetype size = text.size();
        while (i < size && data[i] > u' ' && data[i] < 0x7f && data[i] != u'<')
            ++i;
        return i;
    }

    static bool startsTag(const QString &text, qsizetype i)
    {
        if (i + 1 >= text.size())
            return false;
        const QChar next = text.at(i + 1);
        return next.isLetter() || next == u'/' || next == u'!' || next == u'?';
    }

    qsizetype skipMarkup(const QString &text, qsizetype i)
    {
        if (QStringView(text).sliced(i).startsWith(QLatin1String("<!--"))) {
            const qsizetype end = text.indexOf(QLatin1String("-->"), i + 4);
            return end < 0 ? text.size() : end + 3;
        }
        const qsizetype end = tagEnd(text, i);
        if (end < 0) { // not a tag after all: a lone '<' in prose
            appendText(text.at(i));
            return i + 1;
        }
        const QStringView tag = QStringView(text).mid(i + 1, end - i - 1);
        const QString name = tagName(tag);
        const bool closing = tag.startsWith(u'/');
        if (!closing && (name == QLatin1String("script") || name == QLatin1String("style"))) {
            // Their content is code, never text: skip up to the closing tag.
            const qsizetype close
                = text.indexOf(QStringLiteral("</") + name, end, Qt::CaseInsensitive);
            const qsizetype after = close < 0 ? -1 : text.indexOf(u'>', close);
            return after < 0 ? text.size() : after + 1;
        }
        if (isParagraphTag(name))
            breakLine(2);
        else if (isLineTag(name))
            breakLine(1);
        if (!closing && name == QLatin1String("li"))
            m_out += QStringLiteral("• ");
        return end + 1;
    }

    bool collapses(QChar c) const
    {
        return m_html && c.isSpace() && c != QChar(0x00A0);
    }

    // A space inside a run, after a character that stays and is no space (a
    // no-break space swallows the next) and before one that stays too: what
    // collapsing would leave of it is itself.
    bool singleSpace(const QString &text, qsizetype i) const
    {
        return text.at(i) == u' ' && !text.at(i - 1).isSpace() && i + 1 < text.size()
            && !collapses(text.at(i + 1)) && text.at(i + 1) != u'<';
    }

    void appendText(QChar c)
    {
        if (collapses(c)) {
            if (!m_out.isEmpty() && !m_out.back().isSpace())
                m_out += u' ';
            return;
        }
        m_out += c;
    }

    void breakLine(int count)
    {
        while (!m_out.isEmpty() && m_out.back() == u' ')
            m_out.chop(1);
        if (m_out.isEmpty())
            return;
        int present = 0;
        for (qsizetype i = m_out.size() - 1; i >= 0 && m_out.at(i) == u'\n'; --i)
            ++present;
        for (; present < count; ++present)
            m_out += u'\n';
    }

    bool m_html;
    QString m_out;
};

} // namespace

QString HtmlText::decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) != u'&') {
            // The text up to the next reference goes in at once, not a character a call.
            qsizetype next = text.indexOf(u'&', i);
            if (next < 0)
                next = text.size();
            out += QStringView(text).mid(i, next - i);
            i = next;
            continue;
        }
        // A reference is at most 12 characters from '&' to ';': the ';' is looked
        // for there only, or a text of many '&' would be read again for each.
        const qsizetype found = QStringView(text).mid(i + 1, 12).indexOf(u';');
        const qsizetype semicolon = found < 0 ? -1 : i + 1 + found;
        if (semicolon > i + 1 && semicolon - i <= 12) {
            const QString decoded = entityText(QStringView(text).mid(i + 1, semicolon - i - 1));
            if (!decoded.isNull()) {
                out += decoded;
                i = semicolon + 1;
                continue;
            }
        }
        out += text.at(i++);
    }
    return out;
}

bool HtmlText::looksLikeHtml(QStringView text)
{
    // By hand rather than with a regular expression: every abstract and description
    // of an import is asked, and most have no tag at all.
    for (qsizetype at = text.indexOf(u'<'); at >= 0; at = text.indexOf(u'<', at + 1)) {
        qsizetype end = at + 1;
        while (end < text.size() && isWordCharacter(text.at(end)))
            ++end;
        if (!isBlockTagName(text.mid(at + 1, end - at - 1)))
            continue;
        while (end < text.size() && text.at(end) != u'<' && text.at(end) != u'>')
            ++end;
        if (end < text.size() && text.at(end) == u'>')
            return true;
    }
    return false;
}

QString HtmlText::toPlainText(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QString source = normalizedLineEnds(text);
    // Entities are decoded after the markup is gone, so "&lt;script&gt;" in an
    // abstract stays visible text instead of turning into a tag.
    const QString stripped = Converter(looksLikeHtml(source)).convert(source);
    return tidyLines(normalizedLineEnds(decodeEntities(stripped)));
}

} // namespace planner
