#include "htmlwriter.h"

#include "agendatext.h"

#include <QRegularExpression>

namespace planner {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString bold(const QString &label)
{
    return QStringLiteral("<b>%1</b>").arg(escaped(label));
}

// Escaped, with the line breaks the user typed kept.
QString lines(const QString &text)
{
    return escaped(text.trimmed()).replace(u'\n', QStringLiteral("<br>\n"));
}

// A text as paragraphs: a blank line parts them, a single line break stays one.
QString paragraphs(const QString &text, const QString &className = QString())
{
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n\\s*"));
    const QString open = className.isEmpty() ? QStringLiteral("<p>")
                                             : QStringLiteral("<p class=\"%1\">").arg(className);
    QString html;
    for (const QString &paragraph : text.trimmed().split(blankLine, Qt::SkipEmptyParts))
        html += open + lines(paragraph) + QStringLiteral("</p>\n");
    return html;
}

// A programme's text: each line a paragraph, as the programme's HTML had them
// before it became plain text.
QString programmeParagraphs(const QString &text, const QString &className)
{
    QString html;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            html += QStringLiteral("<p class=\"%1\">%2</p>\n")
                        .arg(className, escaped(line.trimmed()));
    }
    return html;
}

const char styleSheet[] = R"(
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Helvetica, Arial, "Noto Sans CJK TC",
       "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif;
       line-height: 1.45; max-width: 48em; margin: 2em auto;
       padding: 0 1em; color: #1a1a1a; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; border-bottom: 1px solid #999; margin-top: 1.6em; }
h3 { font-size: 1.1em; margin-bottom: 0.2em; }
h4 { font-size: 1em; margin: 0.8em 0 0.2em; }
.facts, .when { color: #555; }
.code { color: #555; font-weight: normal; }
.removed { color: #a40000; }
.star { color: #b8860b; }
.comment { font-style: italic; }
.note { border-left: 3px solid #b8860b; padding-left: 0.8em; }
@page { margin: 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  .session { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
)";

} // namespace

HtmlWriter::HtmlWriter(const ExportOptions &options)
    : m_options(options)
{
}

QString HtmlWriter::page(const Agenda &agenda) const
{
    const AgendaText text(agenda, m_options.language);
    QString html = head(text) + header(text, agenda);
    QString day;
    for (const AgendaItem &item : agenda.items) {
        if (const QString heading = text.dayHeading(item); heading != day) {
            day = heading;
            html += dayHeading(day);
        }
        html += session(text, item);
    }
    if (agenda.items.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(escaped(tr("No sessions in this agenda.")));
    return html + QStringLiteral("</body>\n</html>\n");
}

QString HtmlWriter::head(const AgendaText &text) const
{
    const QString lang = m_options.language == Language::Chinese ? QStringLiteral("zh-Hant")
                                                                 : QStringLiteral("en");
    return QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
        .arg(lang, escaped(text.documentTitle()), QString::fromUtf8(styleSheet));
}

QString HtmlWriter::header(const AgendaText &text, const Agenda &agenda) const
{
    QString html = QStringLiteral("<h1>%1</h1>\n").arg(escaped(text.conferenceTitle()));
    QStringList facts;
    if (const QString dates = text.conferenceDates(); !dates.isEmpty())
        facts.append(escaped(dates));
    const Conference &c = agenda.conference;
    if (!c.city.isEmpty())
        facts.append(escaped(c.venue.isEmpty() ? c.city : c.venue + QStringLiteral(", ") + c.city));
    if (!c.timeZone.isEmpty())
        facts.append(escaped(tr("Times in %1").arg(c.timeZone)));
    const QString exported
        = localeOf(m_options.language)
              .toString(m_options.effectiveTimestamp().toLocalTime().date(), QLocale::LongFormat);
    facts.append(
        escaped(tr("%n session(s), exported %1", nullptr, int(agenda.items.size())).arg(exported)));
    return html
        + QStringLiteral("<p class=\"facts\">%1</p>\n").arg(facts.join(QStringLiteral("<br>\n")));
}

QString HtmlWriter::dayHeading(const QString &day)
{
    return QStringLiteral("<h2>%1</h2>\n").arg(escaped(day));
}

QString HtmlWriter::session(const AgendaText &text, const AgendaItem &item) const
{
    const Session &s = item.session;
    QString html = QStringLiteral("<div class=\"session\">\n<h3>%1").arg(escaped(text.title(item)));
    if (!s.code.isEmpty())
        html += QStringLiteral(" <span class=\"code\">[%1]</span>").arg(escaped(s.code));
    html += QStringLiteral("</h3>\n");
    QStringList facts { escaped(text.when(item)) };
    for (const QString &fact : { s.room, item.trackName.text(m_options.language) }) {
        if (!fact.isEmpty())
            facts.append(escaped(fact));
    }
    html += QStringLiteral("<p class=\"when\">%1</p>\n").arg(facts.join(QStringLiteral(" · ")));
    if (item.removed)
        html += QStringLiteral("<p class=\"removed\">%1</p>\n")
                    .arg(escaped(AgendaText::removedLabel()));
    if (!s.speakers.isEmpty())
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(AgendaText::labelled(bold(AgendaText::speakersLabel()),
                        escaped(text.speakers(item))));
    html += programmeParagraphs(text.overview(item), QStringLiteral("abstract"));
    html += programmeParagraphs(text.description(item), QStringLiteral("description"));
    html += keyPoints(text, item);
    if (const QString topics = text.topics(item, QStringLiteral(" · ")); !topics.isEmpty())
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(AgendaText::labelled(bold(AgendaText::topicsLabel()), escaped(topics)));
    html += links(item);
    if (m_options.withNotes && !item.note.trimmed().isEmpty())
        html += QStringLiteral("<div class=\"note\">\n<h4>%1</h4>\n%2</div>\n")
                    .arg(escaped(AgendaText::notesLabel()), paragraphs(item.note));
    return html + QStringLiteral("</div>\n");
}

QString HtmlWriter::keyPoints(const AgendaText &text, const AgendaItem &item) const
{
    const QList<AgendaText::Point> points = text.points(item);
    if (points.isEmpty())
        return {};
    QString html = QStringLiteral("<h4>%1</h4>\n<ul>\n").arg(escaped(AgendaText::keyPointsLabel()));
    for (const AgendaText::Point &point : points) {
        html += QStringLiteral("<li>");
        if (point.starred)
            html += QStringLiteral("<span class=\"star\" title=\"%1\">★</span> ")
                        .arg(escaped(tr("starred")));
        if (!point.lead.isEmpty())
            html += QStringLiteral("<b>%1:</b> ").arg(escaped(point.lead));
        html += lines(point.text);
        if (point.own)
            html += QStringLiteral(" <i>(%1)</i>").arg(escaped(AgendaText::ownPointLabel()));
        if (!point.comment.isEmpty())
            html += QStringLiteral(" <span class=\"comment\">— %1</span>")
                        .arg(lines(point.comment));
        html += QStringLiteral("</li>\n");
    }
    return html + QStringLiteral("</ul>\n");
}

QString HtmlWriter::links(const AgendaItem &item) const
{
    QStringList anchors;
    for (const Link &link : AgendaText::shownLinks(item)) {
        const QUrl url = link.url();
        const QString address = url.toString(QUrl::FullyEncoded);
        // An address without a scheme is shown, not linked: a browser would read it
        // relative to the page.
        if (!AgendaText::isSafeLink(url)) {
            anchors.append(escaped(link.title.simplified().isEmpty()
                    ? address
                    : link.title.simplified() + QStringLiteral(" (") + address + u')'));
            continue;
        }
        // Parentheses percent-encoded: Qt's PDF engine writes the address as a PDF
        // string without escaping them, and an unbalanced one ("…/minet)" in FOSDEM
        // 2020) breaks the file.
        QString href = address;
        href.replace(u'(', QStringLiteral("%28")).replace(u')', QStringLiteral("%29"));
        anchors.append(QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(escaped(href), escaped(AgendaText::linkText(link))));
    }
    return anchors.isEmpty() ? QString()
                             : QStringLiteral("<p class=\"links\">%1</p>\n")
                                   .arg(AgendaText::labelled(bold(AgendaText::linksLabel()),
                                       anchors.join(QStringLiteral(" · "))));
}

} // namespace planner
