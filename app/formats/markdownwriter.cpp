#include "markdownwriter.h"

#include "agendatext.h"

#include <QRegularExpression>

namespace planner {

namespace {

// Free text as paragraphs, each line escaped: a blank line parts paragraphs and a
// single line break stays one (a hard break, two spaces before it).
QString paragraphs(const QString &text, const QString &prefix = QString())
{
    QStringList blocks;
    QStringList current;
    const auto close = [&] {
        if (!current.isEmpty())
            blocks.append(prefix + current.join(QStringLiteral("  \n") + prefix) + u'\n');
        current.clear();
    };
    for (const QString &line : text.trimmed().split(u'\n')) {
        if (const QString trimmed = line.trimmed(); trimmed.isEmpty())
            close();
        else
            current.append(MarkdownWriter::escapeLine(trimmed));
    }
    close();
    return blocks.join(prefix.trimmed() + u'\n');
}

QString bold(const QString &label)
{
    return QStringLiteral("**") + MarkdownWriter::escapeInline(label) + QStringLiteral("**");
}

} // namespace

MarkdownWriter::MarkdownWriter(const ExportOptions &options)
    : m_options(options)
{
}

QString MarkdownWriter::escapeInline(const QString &text)
{
    static const QString markup = QStringLiteral("\\`*_[]<>&|~#");
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (markup.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString MarkdownWriter::escapeLine(const QString &line)
{
    QString out = escapeInline(line.trimmed());
    // A line starting "-", "+", ">", "=" could open a list or quote, or underline the
    // line before into a heading; "1." or "1)" would start an ordered list.
    static const QRegularExpression blockStart(QStringLiteral("^([-+>=])"));
    static const QRegularExpression orderedList(QStringLiteral("^(\\d{1,9})([.)])"));
    if (blockStart.match(out).hasMatch())
        out.prepend(u'\\');
    else if (const QRegularExpressionMatch m = orderedList.match(out); m.hasMatch())
        out.insert(m.capturedEnd(1), u'\\');
    return out;
}

QByteArray MarkdownWriter::write(const Agenda &agenda) const
{
    const AgendaText text(agenda, m_options.language);
    QString out = header(text, agenda);
    QString day;
    for (const AgendaItem &item : agenda.items) {
        if (const QString heading = text.dayHeading(item); heading != day) {
            day = heading;
            out += QStringLiteral("\n## ") + escapeInline(day.simplified()) + u'\n';
        }
        out += session(text, item);
    }
    if (agenda.items.isEmpty())
        out += u'\n' + escapeLine(tr("No sessions in this agenda.")) + u'\n';
    return out.toUtf8();
}

QString MarkdownWriter::header(const AgendaText &text, const Agenda &agenda) const
{
    QString out = QStringLiteral("# ") + escapeInline(text.documentTitle().simplified()) + u'\n';
    QStringList facts;
    if (const QString dates = text.conferenceDates(); !dates.isEmpty())
        facts.append(dates);
    const Conference &c = agenda.conference;
    if (!c.city.isEmpty())
        facts.append(c.venue.isEmpty() ? c.city : c.venue + QStringLiteral(", ") + c.city);
    if (!c.timeZone.isEmpty())
        facts.append(tr("Times in %1").arg(c.timeZone));
    if (!facts.isEmpty())
        out += u'\n' + escapeLine(facts.join(QStringLiteral(" · ")).simplified()) + u'\n';
    return out;
}

QString MarkdownWriter::session(const AgendaText &text, const AgendaItem &item) const
{
    QString out = QStringLiteral("\n### ") + escapeInline(text.title(item).simplified()) + u'\n';
    out += u'\n' + facts(text, item);
    for (const QString &body : { text.overview(item), text.description(item) }) {
        if (!body.isEmpty())
            out += u'\n' + paragraphs(body);
    }
    out += keyPoints(text, item);
    if (const QString topics = text.topics(item,
            m_options.language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
        !topics.isEmpty())
        out += u'\n'
            + AgendaText::labelled(
                bold(AgendaText::topicsLabel()), escapeInline(topics.simplified()))
            + u'\n';
    out += links(item);
    out += notes(item);
    return out;
}

// When, where and who: the code, time, room and track on one line, the speakers on the next.
QString MarkdownWriter::facts(const AgendaText &text, const AgendaItem &item) const
{
    const Session &s = item.session;
    QStringList parts;
    for (const QString &fact :
        { s.code, text.when(item), s.room, item.trackName.text(m_options.language) }) {
        if (!fact.trimmed().isEmpty())
            parts.append(escapeInline(fact.simplified()));
    }
    QString out = parts.join(QStringLiteral(" · "));
    if (item.removed)
        out += QStringLiteral(" · *") + escapeInline(AgendaText::removedLabel()) + u'*';
    if (const QString speakers = text.speakers(item); !speakers.isEmpty())
        out += QStringLiteral("  \n")
            + AgendaText::labelled(
                bold(AgendaText::speakersLabel()), escapeInline(speakers.simplified()));
    return out + u'\n';
}

QString MarkdownWriter::keyPoints(const AgendaText &text, const AgendaItem &item) const
{
    const QList<AgendaText::Point> points = text.points(item);
    if (points.isEmpty())
        return {};
    QString out = u'\n' + bold(AgendaText::keyPointsLabel()) + QStringLiteral("\n\n");
    for (const AgendaText::Point &point : points) {
        out += QStringLiteral("- ");
        if (point.starred)
            out += QStringLiteral("★ ");
        QString body = escapeInline(point.text.simplified());
        if (!point.lead.isEmpty())
            body = AgendaText::tr("%1: %2", "key point lead-in, then its text")
                       .arg(bold(point.lead.simplified()), body);
        out += body;
        if (point.own)
            out += QStringLiteral(" *(") + escapeInline(AgendaText::ownPointLabel())
                + QStringLiteral(")*");
        if (!point.comment.trimmed().isEmpty())
            out += QStringLiteral(" — *") + escapeInline(point.comment.simplified()) + u'*';
        out += u'\n';
    }
    return out;
}

QString MarkdownWriter::links(const AgendaItem &item) const
{
    QStringList anchors;
    for (const Link &link : AgendaText::shownLinks(item)) {
        const QUrl url = link.url();
        const QString address = url.toString(QUrl::FullyEncoded);
        // An address without a scheme is shown, not linked (a reader would take it
        // as a path beside the file).
        if (!AgendaText::isSafeLink(url)) {
            const QString title = link.title.simplified();
            anchors.append(escapeInline(
                title.isEmpty() ? address : title + QStringLiteral(" (") + address + u')'));
            continue;
        }
        // FullyEncoded leaves no space, '<' or '>', so the address stands in <…> whole.
        anchors.append(QStringLiteral("[%1](<%2>)")
                           .arg(escapeInline(AgendaText::linkText(link)), address));
    }
    if (anchors.isEmpty())
        return {};
    return u'\n'
        + AgendaText::labelled(
            bold(AgendaText::linksLabel()), anchors.join(QStringLiteral(" · ")))
        + u'\n';
}

QString MarkdownWriter::notes(const AgendaItem &item) const
{
    if (!m_options.withNotes || item.note.trimmed().isEmpty())
        return {};
    return QStringLiteral("\n> ") + bold(AgendaText::notesLabel()) + QStringLiteral("\n>\n")
        + paragraphs(item.note, QStringLiteral("> "));
}

} // namespace planner
