#include "icswriter.h"

#include "agendatext.h"

#include <QUuid>

namespace planner {

namespace {

// Our own namespace for version 5 UUIDs, so UIDs never collide with other producers'.
const QUuid uidNamespace(QStringLiteral("{6b1c3f0e-5a4d-4f6e-9b2a-7c3d8e1f0a52}"));

QString utcStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString dateValue(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

IcsWriter::IcsWriter(const ExportOptions &options)
    : m_options(options)
{
}

QString IcsWriter::uid(const QString &conferenceKey, const QString &sessionKey)
{
    // A newline cannot occur in either key, so the pair maps to one name only.
    const QUuid id = QUuid::createUuidV5(uidNamespace, conferenceKey + u'\n' + sessionKey);
    return id.toString(QUuid::WithoutBraces) + QStringLiteral("@conference-planner");
}

QString IcsWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i; // CRLF is one line break
            escaped += QStringLiteral("\\n");
        } else if (c == u'\n') {
            escaped += QStringLiteral("\\n");
        } else if (c.unicode() >= 0x20 || c == u'\t') {
            escaped += c;
        } // other control characters are not allowed in TEXT
    }
    return escaped;
}

QByteArray IcsWriter::fold(const QString &line)
{
    // Encoded once, then cut between characters: a UTF-8 continuation byte
    // (10xxxxxx) never starts one. Encoding character by character made this the
    // slowest part of exporting a large agenda.
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 64 * 3 + 2);
    int lineOctets = 0;
    qsizetype i = 0;
    while (i < utf8.size()) {
        qsizetype next = i + 1;
        while (next < utf8.size() && (uchar(utf8.at(next)) & 0xC0) == 0x80)
            ++next;
        const int octets = int(next - i);
        if (lineOctets + octets > 75) {
            out += "\r\n "; // the space opens the continuation and counts in its 75
            lineOctets = 1;
        }
        out.append(utf8.constData() + i, octets);
        lineOctets += octets;
        i = next;
    }
    return out + "\r\n";
}

QByteArray IcsWriter::write(const Agenda &agenda)
{
    m_leftOut.clear();
    const AgendaText text(agenda, m_options.language);
    QByteArray out;
    out += fold(QStringLiteral("BEGIN:VCALENDAR"));
    out += fold(QStringLiteral("VERSION:2.0"));
    out += fold(QStringLiteral("PRODID:-//Conference Planner//Conference Planner %1//EN")
                    .arg(QStringLiteral(PLANNER_VERSION)));
    out += fold(QStringLiteral("CALSCALE:GREGORIAN"));
    out += fold(QStringLiteral("METHOD:PUBLISH"));
    out += fold(QStringLiteral("X-WR-CALNAME:") + escapeText(text.conferenceTitle()));
    for (const AgendaItem &item : agenda.items) {
        if (!item.day(agenda.timeZone()).isValid()) {
            m_leftOut.append(item.session.key);
            continue;
        }
        writeEvent(out, agenda, item);
    }
    out += fold(QStringLiteral("END:VCALENDAR"));
    return out;
}

void IcsWriter::writeEvent(QByteArray &out, const Agenda &agenda, const AgendaItem &item) const
{
    const AgendaText text(agenda, m_options.language);
    const Session &session = item.session;
    QStringList lines { QStringLiteral("BEGIN:VEVENT"),
        QStringLiteral("UID:") + uid(agenda.conference.key, session.key),
        QStringLiteral("DTSTAMP:") + utcStamp(m_options.effectiveTimestamp()) };
    if (item.start().isValid()) {
        lines.append(QStringLiteral("DTSTART:") + utcStamp(item.start()));
        if (item.end().isValid())
            lines.append(QStringLiteral("DTEND:") + utcStamp(item.end()));
    } else {
        // A day with the time still to be announced: an all-day event; DTEND is exclusive.
        const QDate day = item.day(agenda.timeZone());
        lines.append(QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(day));
        lines.append(QStringLiteral("DTEND;VALUE=DATE:") + dateValue(day.addDays(1)));
    }
    QString summary = text.title(item);
    if (!session.code.isEmpty())
        summary += QStringLiteral(" [%1]").arg(session.code);
    lines.append(QStringLiteral("SUMMARY:") + escapeText(summary));
    lines.append(QStringLiteral("DESCRIPTION:") + escapeText(description(agenda, item)));
    if (!session.room.isEmpty())
        lines.append(QStringLiteral("LOCATION:") + escapeText(session.room));
    for (const Link &link : session.links) {
        if (const QUrl url = link.url(); isWebUrl(url)) { // URL may appear once
            lines.append(QStringLiteral("URL:") + url.toString(QUrl::FullyEncoded));
            break;
        }
    }
    if (const QString track = item.trackName.text(m_options.language); !track.isEmpty())
        lines.append(QStringLiteral("CATEGORIES:") + escapeText(track));
    lines.append(QStringLiteral("END:VEVENT"));
    for (const QString &line : lines)
        out += fold(line);
}

QString IcsWriter::description(const Agenda &agenda, const AgendaItem &item) const
{
    const AgendaText text(agenda, m_options.language);
    QStringList parts;
    if (item.removed)
        parts.append(AgendaText::removedLabel());
    if (!item.session.speakers.isEmpty())
        parts.append(AgendaText::speakersLabel() + QStringLiteral(": ")
            + item.session.speakers.join(QStringLiteral(", ")));
    if (const QString overview = item.session.overview.text(m_options.language);
        !overview.isEmpty())
        parts.append(overview);
    const QList<AgendaText::Point> points = text.points(item);
    if (!points.isEmpty()) {
        QString block = AgendaText::keyPointsLabel() + u':';
        for (const AgendaText::Point &point : points)
            block += QStringLiteral("\n• ") + text.pointLine(point);
        parts.append(block);
    }
    if (const QString topics = text.topics(item, QStringLiteral(", ")); !topics.isEmpty())
        parts.append(AgendaText::topicsLabel() + QStringLiteral(": ") + topics);
    if (m_options.withNotes && !item.note.isEmpty())
        parts.append(AgendaText::notesLabel() + QStringLiteral(":\n") + item.note);
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace planner
